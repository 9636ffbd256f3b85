/**
 * The same person scores the same whichever valid spelling of a language code the record uses
 * (issue 9, /work/shared/cases/language-codes.graphql: `nl` scored 0.65, `nld` 0.533333).
 * Records go through the projection, as the API's do, then through scoring.
 */
import { buildScoredInstance } from '../scoring/build.js';
import { projectHousehold, projectMunicipality, type StoredHousehold, type StoredMunicipalityProfile } from './project.js';

const ALMERE = { cbsCode: 'GM0034', name: 'Almere', province: 'Flevoland', population: 220_000, urbanisation: 2, lat: 52.37, lon: 5.22, labourMarketRegion: 'Flevoland' };

function profile(communityLanguages: readonly string[]): StoredMunicipalityProfile {
  return {
    labourMarket: { shortageOccupations: [], sectors: [], employersOpenToNewcomers: [] },
    networks: { communities: communityLanguages.map((language) => ({ language, size: 100 })), selfOrganisations: [], buddySchemes: [] },
    services: {
      hospital: false, mentalHealthCare: false, primarySchools: true, secondarySchools: false, mbo: false, hbo: false, university: false,
      dutchLanguageCourses: true, accessibleHomes: false,
    },
    priorities: { wantedOccupations: [] },
  };
}

function single(id: string, languages: readonly { language: string; cefr: string }[]): StoredHousehold {
  return {
    id, preferredSetting: 'no_preference', preferenceWeights: {}, careNeeds: [], accessibilityNeeds: [], linkGroup: null, ties: [],
    members: [{ position: 1, birthYear: 1990, educationLevel: null, workExperienceYears: 0, aspirations: [], professions: [], languages }],
  };
}

/** Fit and criterion scores of each household at the one municipality. */
function score(records: readonly StoredHousehold[], communityLanguages: readonly string[]) {
  const municipality = projectMunicipality(ALMERE, profile(communityLanguages), { persons: 10, homes1to2: 5, homes3to4: 0, homes5plus: 0 });
  const households = records.map((r) => projectHousehold(r, 2026));
  const { instance, details } = buildScoredInstance({ households, municipalities: [municipality] }, {});
  return Object.fromEntries(instance.households.map((h) => {
    const breakdown = details.breakdown(h.id, 'GM0034')!;
    return [h.id, { fit: h.options[0].score, criteria: breakdown.households[0].criteria.map((c) => [c.criterion, c.score, c.reasons]) }];
  }));
}

describe('one spelling per language: projection and scoring', () => {
  it('Dutch written nl, nld, dut or NL scores the same (the reported case: ti C2 + Dutch C1)', () => {
    const spellings = ['nl', 'nld', 'dut', 'NL'];
    const s = score(spellings.map((nl) => single(nl, [{ language: 'ti', cefr: 'C2' }, { language: nl, cefr: 'C1' }])), []);
    for (const spelling of spellings) expect(s[spelling]).toEqual(s.nl);
    // Dutch at C1 is no need for Dutch courses, and Dutch is not a community language.
    expect(JSON.stringify(s.nl.criteria)).not.toContain('services.language_courses');
  });

  it('a household language matches the community of a profile whichever way either side writes it', () => {
    const a = score([single('ara', [{ language: 'ara', cefr: 'C2' }]), single('ar', [{ language: 'ar', cefr: 'C2' }])], ['ar']);
    const b = score([single('ar', [{ language: 'ar', cefr: 'C2' }])], ['ara']);
    expect(a.ara).toEqual(a.ar);
    expect(b.ar).toEqual(a.ar);
    expect(JSON.stringify(a.ara.criteria)).toContain('network.community_language');
  });

  it('the projection stores the one normal form: ISO 639-1 where it exists, else ISO 639-3; unknown codes are dropped', () => {
    const h = projectHousehold(single('h', [{ language: 'nld', cefr: 'A2' }, { language: 'ara', cefr: 'C2' }, { language: 'prs', cefr: 'C2' }, { language: 'xx', cefr: 'C2' }]), 2026);
    expect(h.members[0].languages).toEqual([{ language: 'nl', cefr: 'A2' }, { language: 'ar', cefr: 'C2' }, { language: 'prs', cefr: 'C2' }]);
    const m = projectMunicipality(ALMERE, profile(['tir', 'ara', 'ar', 'qq']), null);
    expect(m.networks.communityLanguages).toEqual(['ar', 'ti']);
  });
});
