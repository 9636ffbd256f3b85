/**
 * Seeded synthetic scoring models for benchmarks and tests (not realistic statistics, just plausible shapes).
 */
import {
  ASPIRATIONS, type CareNeed, type MatchingModel, type PreferredSetting, type ScoringHousehold, type ScoringMember,
  type ScoringMunicipality, type ScoringTie,
} from './types.js';
import { mulberry32 as seededRandom } from '../random.js';
import { ADULT_AGE, DUTCH } from '../vocabulary/index.js';


const ISCO = ['2161', '2162', '2512', '2513', '2211', '2221', '2310', '2341', '3221', '3113', '5120', '5131', '7115', '7126', '7411', '8322', '9112', '9313', '2411', '4110', '5223', '7212', '8160', '9412'];
/** Languages in the vocabulary's normal form (ISO 639-1 where one exists, else ISO 639-3). */
const LANGS = ['ar', 'ti', 'fa', 'prs', 'tr', 'so', 'uk', 'ru', 'en', 'fr', 'ku'];
const SIZE_DIST: readonly [number, number][] = [[1, 0.55], [2, 0.15], [3, 0.1], [4, 0.08], [5, 0.05], [6, 0.04], [7, 0.02], [8, 0.01]];

export interface SyntheticOptions {
  readonly households: number;
  readonly municipalities?: number;
  readonly seed?: number;
  /** Total persons capacity / total persons demand (default 0.97). */
  readonly tightness?: number;
}

export function syntheticModel(o: SyntheticOptions): MatchingModel {
  const rnd = seededRandom(o.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const M = o.municipalities ?? 342;
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const pops = Array.from({ length: M }, () => Math.round(Math.exp(10.3 + 0.85 * gauss())));
  const sizes: number[] = [];
  for (let i = 0; i < o.households; i++) {
    const x = rnd();
    let acc = 0;
    let s = 1;
    for (const [k, p] of SIZE_DIST) { acc += p; if (x <= acc) { s = k; break; } s = k; }
    sizes.push(s);
  }
  const demand = { persons: sizes.reduce((a, b) => a + b, 0), b12: sizes.filter((s) => s <= 2).length, b34: sizes.filter((s) => s >= 3 && s <= 4).length, b5: sizes.filter((s) => s >= 5).length };
  const tight = o.tightness ?? 0.97;
  const totalPop = pops.reduce((a, b) => a + b, 0);
  const municipalities: ScoringMunicipality[] = pops.map((pop, i) => {
    const share = pop / totalPop;
    const urban = pop > 150000 ? 1 : pop > 60000 ? 2 : pop > 30000 ? 3 : pop > 15000 ? 4 : 5;
    const big = pop > 40000;
    const cap = (d: number): number => Math.floor(d * share * tight + rnd());
    return {
      id: `GM${String(i + 1).padStart(4, '0')}`,
      name: `Gemeente ${i + 1}`,
      province: `P${(i % 12) + 1}`,
      population: pop,
      urbanisation: urban as 1 | 2 | 3 | 4 | 5,
      lat: 50.8 + rnd() * 2.6,
      lon: 3.4 + rnd() * 3.8,
      labourMarketRegion: `R${(i % 35) + 1}`,
      labour: {
        shortageOccupations: [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => pick(ISCO)))].sort(),
        sectors: [],
        employersOpenToNewcomers: Math.floor(rnd() * 8),
      },
      networks: {
        communityLanguages: [...new Set(Array.from({ length: Math.floor(rnd() * 4) }, () => pick(LANGS)))].sort(),
        selfOrganisations: Math.floor(rnd() * 3),
        buddySchemes: Math.floor(rnd() * 2),
      },
      services: {
        hospital: big || rnd() < 0.2, mentalHealthCare: big || rnd() < 0.3, primarySchools: true, secondarySchools: big || rnd() < 0.7,
        mbo: big || rnd() < 0.3, hbo: pop > 80000, university: pop > 150000, dutchLanguageCourses: rnd() < 0.9, accessibleHomes: rnd() < 0.6,
      },
      priorities: { wantedOccupations: rnd() < 0.5 ? [pick(ISCO)] : [] },
      capacity: { persons: cap(demand.persons), homes_1_2: cap(demand.b12), homes_3_4: cap(demand.b34), homes_5_plus: cap(demand.b5) },
    };
  });
  const households: ScoringHousehold[] = sizes.map((size, i) => {
    const adults = size === 1 ? 1 : Math.min(size, rnd() < 0.7 ? 2 : 1);
    const members: ScoringMember[] = Array.from({ length: size }, (_, k) => {
      const adult = k < adults;
      const age = adult ? 20 + Math.floor(rnd() * 40) : Math.floor(rnd() * ADULT_AGE);
      return {
        position: k + 1,
        age,
        role: adult ? 'adult' : 'child',
        professions: adult && rnd() < 0.7 ? [pick(ISCO)] : [],
        educationLevel: adult ? Math.floor(rnd() * 8) : null,
        workExperienceYears: adult ? Math.floor(rnd() * 20) : 0,
        languages: [{ language: pick(LANGS), cefr: 'C2' }, ...(rnd() < 0.3 ? [{ language: DUTCH, cefr: pick(['A1', 'A2', 'B1'] as const) }] : [])],
        aspirations: adult ? [pick(ASPIRATIONS)] : [],
      };
    });
    const ties: ScoringTie[] = [];
    if (rnd() < 0.15) ties.push({ kind: 'family', municipality: municipalities[Math.floor(rnd() * M)].id, status: 'declared', firstDegree: false, liveNear: false });
    if (rnd() < 0.05) ties.push({ kind: 'job_contract', municipality: municipalities[Math.floor(rnd() * M)].id, status: 'declared', firstDegree: false, liveNear: false });
    const careNeeds: CareNeed[] = rnd() < 0.05 ? ['hospital'] : rnd() < 0.05 ? ['mental_health'] : [];
    return {
      id: `H${String(i + 1).padStart(6, '0')}`,
      members,
      preferredSetting: pick<PreferredSetting>(['urban', 'suburban', 'rural', 'no_preference']),
      preferenceWeights: rnd() < 0.3 ? { labour: 2, network: 1 + Math.floor(rnd() * 3) } : {},
      careNeeds,
      accessibilityNeeds: rnd() < 0.02 ? ['wheelchair'] : [],
      ties,
      linkGroup: null,
    };
  });
  // a few linked pairs
  const linked = households.map((h, i) => (i % 200 === 1 && i + 1 < households.length ? { ...h, linkGroup: `L${i}` } : i % 200 === 2 ? { ...h, linkGroup: `L${i - 1}` } : h));
  return { households: linked, municipalities };
}
