import { SeededRandom } from '#common/random.js';
import type { ProfileContent } from '#persistence/repositories/municipality-profile.repository.js';
import { requireLanguage } from '#matching/vocabulary/index.js';
import type { MunicipalityRecord } from './reference-data.js';

/** A self-profile's content as stored, without the demo flag. */
export type DemoProfile = Omit<ProfileContent, 'isDemo'>;


/** Occupations on Dutch shortage lists (UWV "kansrijke beroepen"), as ISCO-08 unit groups. */
const SHORTAGE_POOL: readonly (readonly [string, number])[] = [
  ['2221', 5], ['3221', 5], ['5321', 5], ['2341', 4], ['2330', 3], ['2512', 3], ['2511', 2], ['2514', 2],
  ['7411', 4], ['7126', 3], ['7115', 3], ['7112', 2], ['7233', 3], ['7212', 2], ['8332', 4], ['5311', 3],
  ['5120', 3], ['9412', 2], ['3115', 2], ['2144', 2], ['2142', 2], ['2211', 2], ['2262', 1], ['3311', 1],
  ['9329', 2], ['8160', 1], ['6121', 1], ['6111', 1], ['2161', 1], ['3112', 2],
];

const URBAN_SECTORS = ['ICT', 'healthcare', 'hospitality', 'logistics', 'finance', 'education', 'creative industry', 'construction'];
const RURAL_SECTORS = ['agriculture', 'horticulture', 'food processing', 'healthcare', 'construction', 'manufacturing', 'logistics', 'tourism'];
const COMMUNITY_LANGUAGES: readonly (readonly [string, string, number])[] = [
  ['ar', 'Middle East and North Africa', 5], ['ti', 'Horn of Africa', 3], ['fa', 'Iran and Afghanistan', 2],
  ['prs', 'Iran and Afghanistan', 2], ['tr', 'Turkey', 3], ['so', 'Horn of Africa', 1], ['uk', 'Eastern Europe', 3],
  ['ku', 'Middle East and North Africa', 1], ['ps', 'Iran and Afghanistan', 1],
];

/** Municipalities with a research university campus (VSNU members' main sites). */
const UNIVERSITY_TOWNS = new Set(['GM0363', 'GM0599', 'GM0344', 'GM0546', 'GM0014', 'GM0503', 'GM0268', 'GM0855', 'GM0935', 'GM0772', 'GM0153', 'GM0289', 'GM0518']);

const SETTING_WORDS = ['a very strongly urban', 'a strongly urban', 'a moderately urban', 'a little urban', 'a rural'];

/**
 * A plausible self-profile derived only from public attributes (population, urbanisation, region).
 * Marked as demo data: a real municipality replaces it by publishing its own version.
 */
export function demoProfile(m: MunicipalityRecord, seed: number): DemoProfile {
  const random = new SeededRandom(seed ^ Number(m.cbsCode.slice(2)) * 2654435761);
  const size = m.population;
  const urban = m.urbanisation <= 2;
  const shortageCount = Math.min(12, 3 + Math.floor(Math.log10(Math.max(size, 10)) * 1.5) + random.int(0, 2));
  const shortage = new Set<string>();
  while (shortage.size < shortageCount) shortage.add(random.weighted(SHORTAGE_POOL));
  const sectors = random.sample(urban ? URBAN_SECTORS : RURAL_SECTORS, 3 + random.int(0, 2));
  const employers = Array.from({ length: Math.min(25, Math.round(size / 15_000) + random.int(1, 3)) }, (_, i) => `Demo employer ${i + 1} (${sectors[i % sectors.length]})`);
  const communityCount = size > 150_000 ? 6 : size > 60_000 ? 4 : size > 25_000 ? 2 : random.chance(0.5) ? 1 : 0;
  const communities = random.sample(COMMUNITY_LANGUAGES, communityCount).map(([language, originRegion, weight]) => ({
    language: requireLanguage(language),
    originRegion,
    size: Math.max(20, Math.round((size / 1000) * weight * (0.5 + random.next()))),
  }));
  const services = {
    hospital: size > 70_000 || (size > 30_000 && random.chance(0.3)),
    mentalHealthCare: size > 40_000 || random.chance(0.25),
    primarySchools: true,
    secondarySchools: size > 12_000 || random.chance(0.4),
    mbo: size > 45_000 || random.chance(0.15),
    hbo: size > 110_000 || (size > 60_000 && random.chance(0.3)),
    university: UNIVERSITY_TOWNS.has(m.cbsCode),
    dutchLanguageCourses: size > 8_000 || random.chance(0.7),
    accessibleHomes: size > 30_000 || random.chance(0.5),
  };
  const wanted = random.sample([...shortage], random.int(1, 3));
  const selfOrganisations = communityCount > 0 ? Array.from({ length: Math.min(4, communityCount) }, (_, i) => `Demo self-organisation ${i + 1}`) : [];
  const buddySchemes = size > 20_000 || random.chance(0.5) ? ['VluchtelingenWerk buddy programme (demo)'] : [];
  return {
    labourMarket: { shortageOccupations: [...shortage].sort(), sectors, employersOpenToNewcomers: employers },
    networks: { communities, selfOrganisations, buddySchemes },
    services,
    whatToExpect:
      `Demo profile generated from CBS data, not written by ${m.name}. ${m.name} is ${SETTING_WORDS[m.urbanisation - 1]} ` +
      `municipality of ${size.toLocaleString('en-GB')} inhabitants in ${m.province}, in the labour-market region ` +
      `${m.labourMarketRegion}. Main sectors: ${sectors.join(', ')}.`,
    priorities: { wantedOccupations: wanted.sort(), statement: null },
  };
}
