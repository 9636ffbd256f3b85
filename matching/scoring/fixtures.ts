/** Small builders for tests and golden cases: defaults for everything, override what matters. */
import type { ScoringHousehold, ScoringMember, ScoringMunicipality, ScoringTie } from '../model/types.js';
import type { TieKind } from '../vocabulary/index.js';

type DeepPartialMunicipality = Partial<Omit<ScoringMunicipality, 'labour' | 'networks' | 'services' | 'priorities' | 'capacity'>> & {
  labour?: Partial<ScoringMunicipality['labour']>;
  networks?: Partial<ScoringMunicipality['networks']>;
  services?: Partial<ScoringMunicipality['services']>;
  priorities?: Partial<ScoringMunicipality['priorities']>;
  capacity?: Partial<ScoringMunicipality['capacity']>;
};

export function municipality(id: string, o: DeepPartialMunicipality = {}): ScoringMunicipality {
  return {
    id,
    name: o.name ?? id,
    province: o.province ?? 'Utrecht',
    population: o.population ?? 50000,
    urbanisation: o.urbanisation ?? 3,
    lat: o.lat ?? 52.09,
    lon: o.lon ?? 5.12,
    labourMarketRegion: o.labourMarketRegion ?? 'Midden-Utrecht',
    labour: { shortageOccupations: [], sectors: [], employersOpenToNewcomers: 0, ...o.labour },
    networks: { communityLanguages: [], selfOrganisations: 0, buddySchemes: 0, ...o.networks },
    services: {
      hospital: false, mentalHealthCare: false, primarySchools: true, secondarySchools: true, mbo: false, hbo: false,
      university: false, dutchLanguageCourses: true, accessibleHomes: false, ...o.services,
    },
    priorities: { wantedOccupations: [], ...o.priorities },
    capacity: { persons: 10, homes_1_2: 5, homes_3_4: 3, homes_5_plus: 1, ...o.capacity },
  };
}

export function adult(o: Partial<ScoringMember> = {}): ScoringMember {
  return {
    position: 1, age: 35, role: 'adult', professions: [], educationLevel: null, workExperienceYears: 0,
    languages: [{ language: 'ar', cefr: 'C2' }], aspirations: [], ...o,
  };
}

export function child(age: number, position: number): ScoringMember {
  return { position, age, role: 'child', professions: [], educationLevel: null, workExperienceYears: 0, languages: [], aspirations: [] };
}

export function household(id: string, o: Partial<ScoringHousehold> = {}): ScoringHousehold {
  return {
    id, members: [adult()], preferredSetting: 'no_preference', preferenceWeights: {}, careNeeds: [], accessibilityNeeds: [],
    ties: [], linkGroup: null, ...o,
  };
}

/** A tie for tests: declared and not a near-family wish unless `o` says otherwise. */
export function tie(kind: TieKind, municipality: string, o: Partial<Omit<ScoringTie, 'kind' | 'municipality'>> = {}): ScoringTie {
  return { kind, municipality, status: 'declared', firstDegree: false, liveNear: false, ...o };
}
