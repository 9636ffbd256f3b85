import { SeededRandom } from '#common/random.js';
import { declaredTie, type NewHousehold, type NewMember, type NewTie } from '#persistence/repositories/household.repository.js';
import { ADULT_AGE, DUTCH, requireLanguage, type TieKind } from '#matching/vocabulary/index.js';
import type { MunicipalityRecord } from './reference-data.js';

export interface CohortOptions {
  readonly households: number;
  readonly seed: number;
  /** Permits are spread over the months before this date. */
  readonly today: Date;
  readonly municipalities: readonly MunicipalityRecord[];
}

/** Household sizes of status holders: mostly single adults, some large families. */
const SIZE_MIX: readonly (readonly [number, number])[] = [
  [1, 52], [2, 14], [3, 10], [4, 9], [5, 6], [6, 4], [7, 2.5], [8, 1.5], [9, 1],
];

/** Origins (protected; audit only), with the languages spoken there (normalised where members are built). */
const ORIGINS: readonly (readonly [{ nationality: string; region: string; languages: string[] }, number])[] = [
  [{ nationality: 'SY', region: 'Middle East and North Africa', languages: ['ar', 'ku'] }, 30],
  [{ nationality: 'ER', region: 'Horn of Africa', languages: ['ti', 'ar'] }, 14],
  [{ nationality: 'AF', region: 'Iran and Afghanistan', languages: ['prs', 'ps'] }, 10],
  [{ nationality: 'TR', region: 'Turkey', languages: ['tr', 'ku'] }, 12],
  [{ nationality: 'YE', region: 'Middle East and North Africa', languages: ['ar'] }, 6],
  [{ nationality: 'IQ', region: 'Middle East and North Africa', languages: ['ar', 'ku'] }, 5],
  [{ nationality: 'SO', region: 'Horn of Africa', languages: ['so', 'ar'] }, 5],
  [{ nationality: 'IR', region: 'Iran and Afghanistan', languages: ['fa'] }, 6],
  [{ nationality: 'UA', region: 'Eastern Europe', languages: ['uk', 'ru'] }, 6],
  [{ nationality: 'ET', region: 'Horn of Africa', languages: ['am'] }, 3],
  [{ nationality: 'SD', region: 'Middle East and North Africa', languages: ['ar'] }, 3],
];

/** Professions newcomers bring, as ISCO-08 unit groups, roughly by frequency. */
const PROFESSIONS: readonly (readonly [string, number])[] = [
  ['5120', 6], ['7115', 5], ['8322', 5], ['5223', 5], ['9112', 4], ['7231', 4], ['7411', 4], ['7126', 3],
  ['6111', 3], ['7512', 3], ['7531', 3], ['5141', 3], ['2221', 3], ['3221', 2], ['2341', 3], ['2330', 2],
  ['2512', 2], ['2511', 1], ['2161', 1], ['2142', 1], ['2211', 1], ['2261', 1], ['2262', 1], ['3313', 2],
  ['2411', 1], ['4110', 2], ['8332', 3], ['5311', 2], ['5321', 2], ['7212', 2], ['7233', 2], ['9329', 3],
  ['2144', 1], ['3112', 1], ['2310', 1], ['2611', 1], ['1420', 1],
];

const RECEPTION = ['AZC Ter Apel', 'AZC Budel', 'AZC Zweeloo', 'AZC Gilze', 'AZC Den Helder', 'AZC Assen', 'AZC Musselkanaal', 'AZC Dronten', 'AZC Rijswijk', 'AZC Delfzijl'];
const FIRST_NAMES = ['Amina', 'Omar', 'Yonas', 'Fatima', 'Ahmad', 'Hanna', 'Mehmet', 'Zainab', 'Ali', 'Selam', 'Olena', 'Dawit', 'Layla', 'Khalid', 'Mariam', 'Hassan', 'Nour', 'Tesfay', 'Sara', 'Bilal', 'Ayan', 'Reza', 'Oksana', 'Yusuf'];
const LAST_NAMES = ['Haddad', 'Tesfamariam', 'Ahmadi', 'Yilmaz', 'Kaya', 'Mohammed', 'Abdi', 'Hosseini', 'Kovalenko', 'Ghebre', 'Saleh', 'Rahimi', 'Demir', 'Osman', 'Shevchenko', 'Alemu', 'Nasser', 'Karimi'];

/**
 * Officers' notes on the evidence of seeded verified ties (officer-written data, so in Dutch), one list per kind.
 * Community ties are left as the newcomer declared them.
 */
const EVIDENCE_NOTES: Readonly<Record<Exclude<TieKind, 'community'>, readonly string[]>> = {
  job_contract: [
    'Arbeidsovereenkomst gezien, getekend door werkgever en werknemer',
    'Getekende arbeidsovereenkomst gezien; werkgever telefonisch bevestigd',
    'Arbeidsovereenkomst gezien, kopie in dossier; ingangsdatum binnen drie maanden',
  ],
  study_place: ['Toelatingsbrief van de onderwijsinstelling gezien', 'Bewijs van inschrijving (Studielink) gezien'],
  family: ['Familierelatie vastgesteld met BRP-uittreksel van het familielid', 'Geboorteakte en BRP-uittreksel van het familielid gezien'],
};

/** Seed of the second random stream (the ties' evidence), so the households themselves stay as they were before ties had a status. */
const EVIDENCE_STREAM = 0x5eed;

/**
 * A synthetic cohort of waiting households: fake people with a realistic mix of household sizes,
 * professions, languages, needs, ties and preferences. Deterministic for a given seed.
 *
 * Ties: job contracts and study places were registered by an officer who saw the contract or enrolment, so they are
 * verified (a note from EVIDENCE_NOTES, a few weeks after the permit, never after `today`; `verifiedBy` null: no
 * officer account exists when the cohort is seeded). About half of the family ties are first-degree; of those,
 * most want to live near the relative, and most are verified from a family record. Other family ties and all
 * community ties stay declared. The evidence is drawn from a second random stream, so everything else is the
 * same cohort as before ties had a status.
 */
export function syntheticCohort(options: CohortOptions): NewHousehold[] {
  const random = new SeededRandom(options.seed);
  const evidence = new SeededRandom(options.seed ^ EVIDENCE_STREAM);
  const year = options.today.getUTCFullYear();
  const byPopulation = options.municipalities.map((m) => [m.cbsCode, m.population] as const);
  const households: NewHousehold[] = [];
  for (let index = 0; index < options.households; index++) {
    const size = random.weighted(SIZE_MIX);
    const origin = random.weighted(ORIGINS);
    const lastName = random.pick(LAST_NAMES);
    const members: NewMember[] = [];
    const adults = size === 1 ? 1 : size === 2 ? random.weighted([[2, 0.7], [1, 0.3]] as const) : random.weighted([[2, 0.75], [1, 0.15], [3, 0.1]] as const);
    for (let position = 0; position < size; position++) {
      const adult = position < adults;
      const age = adult ? random.int(ADULT_AGE, position === 0 ? 62 : 58) : random.int(0, ADULT_AGE - 1);
      const role = position === 0 ? 'applicant' : adult ? (position === 1 ? 'partner' : 'relative') : 'child';
      members.push(adult ? adultMember(random, origin.languages, age, year, role, lastName) : child(random, origin.languages, age, year, lastName));
    }
    const permit = new Date(options.today.getTime() - random.int(5, 540) * 86_400_000);
    const ties: NewTie[] = [];
    const verifiedAt = () => new Date(Math.min(options.today.getTime(), permit.getTime() + evidence.int(3, 40) * 86_400_000));
    if (random.chance(0.16)) ties.push(familyTie(evidence, random.weighted(byPopulation), verifiedAt));
    if (random.chance(0.06)) ties.push(declaredTie('community', random.weighted(byPopulation)));
    if (random.chance(0.05)) ties.push(verifiedTie(evidence, 'job_contract', random.weighted(byPopulation), 'Signed employment contract', verifiedAt()));
    else if (random.chance(0.025)) ties.push(verifiedTie(evidence, 'study_place', random.weighted(byPopulation), 'Admitted to a study programme', verifiedAt()));
    const careNeeds: NewHousehold['careNeeds'][number][] = [];
    if (random.chance(0.05 + 0.01 * size)) careNeeds.push('hospital');
    if (random.chance(0.06)) careNeeds.push('mental_health');
    if (random.chance(0.02)) careNeeds.push('chronic_care');
    households.push({
      permitDate: permit.toISOString().slice(0, 10),
      receptionLocation: random.pick(RECEPTION),
      preferredSetting: random.weighted([['urban', 38], ['suburban', 20], ['rural', 12], ['no_preference', 30]] as const),
      preferenceWeights: random.chance(0.5) ? {} : { [random.pick(['labour', 'setting', 'network', 'services', 'ties'] as const)]: random.int(2, 4) },
      careNeeds,
      accessibilityNeeds: random.chance(0.025) ? ['wheelchair'] : [],
      medicalNotes: careNeeds.length ? 'Synthetic note: regular follow-up needed' : null,
      urgency: careNeeds.includes('hospital') && random.chance(0.3) ? 'medical' : random.chance(0.015) ? 'social' : 'none',
      linkGroup: null,
      isSynthetic: true,
      members,
      ties,
      protectedTraits: { nationality: origin.nationality, originRegion: origin.region },
    });
  }
  linkSomeRelatives(random, households);
  return households;
}

/** A seeded tie an officer verified: `verifiedBy` null (the seed, not an account). */
function verifiedTie(evidence: SeededRandom, kind: Exclude<TieKind, 'community'>, municipalityCode: string, description: string | null, verifiedAt: Date, family: Pick<NewTie, 'firstDegree' | 'liveNear'> = { firstDegree: false, liveNear: false }): NewTie {
  return { ...declaredTie(kind, municipalityCode, description), ...family, status: 'verified', verifiedBy: null, verifiedAt, verificationNote: evidence.pick(EVIDENCE_NOTES[kind]) };
}

/** A seeded family tie: first-degree about half the time (then mostly "live near" and mostly verified). */
function familyTie(evidence: SeededRandom, municipalityCode: string, verifiedAt: () => Date): NewTie {
  const firstDegree = evidence.chance(0.5);
  const liveNear = evidence.chance(firstDegree ? 0.7 : 0.3);
  const description = firstDegree ? evidence.pick(['Parent', 'Adult child', 'Partner']) : evidence.pick(['Brother', 'Sister', 'Uncle', 'Cousin']);
  if (firstDegree && evidence.chance(0.6)) return verifiedTie(evidence, 'family', municipalityCode, description, verifiedAt(), { firstDegree, liveNear });
  return { ...declaredTie('family', municipalityCode, description), firstDegree, liveNear };
}

function adultMember(random: SeededRandom, languages: readonly string[], age: number, year: number, role: NewMember['role'], lastName: string): NewMember {
  const education = random.weighted([[1, 10], [2, 15], [3, 30], [4, 8], [5, 7], [6, 18], [7, 9], [8, 3]] as const);
  const professionCount = random.weighted([[0, 30], [1, 55], [2, 15]] as const);
  const professions = new Set<string>();
  while (professions.size < professionCount) professions.add(random.weighted(PROFESSIONS));
  const aspirations: NewMember['aspirations'][number][] = [];
  if (professions.size > 0 && random.chance(0.7)) aspirations.push('work_in_profession');
  if (age < 35 && random.chance(0.35)) aspirations.push('study');
  if (random.chance(0.08)) aspirations.push('start_business');
  if (random.chance(0.15)) aspirations.push('retrain');
  if (aspirations.length === 0) aspirations.push(random.chance(0.8) ? 'any_work' : 'care_for_family');
  return {
    fullName: `${random.pick(FIRST_NAMES)} ${lastName}`,
    birthYear: year - age,
    role,
    gender: random.weighted([['male', 55], ['female', 43], [null, 2]] as const),
    educationLevel: education,
    workExperienceYears: Math.max(0, Math.min(age - 16, random.int(0, 25))),
    aspirations,
    professions: [...professions],
    languages: spokenLanguages(random, languages, true),
  };
}

function child(random: SeededRandom, languages: readonly string[], age: number, year: number, lastName: string): NewMember {
  return {
    fullName: `${random.pick(FIRST_NAMES)} ${lastName}`,
    birthYear: year - age,
    role: 'child',
    gender: random.weighted([['male', 50], ['female', 50]] as const),
    educationLevel: age >= 12 ? 1 : age >= 4 ? 0 : null,
    workExperienceYears: 0,
    aspirations: [],
    professions: [],
    languages: spokenLanguages(random, languages, false),
  };
}

function spokenLanguages(random: SeededRandom, native: readonly string[], adult: boolean): NewMember['languages'][number][] {
  // Seed data is a boundary like API input: every code goes through the vocabulary's normal form.
  const result: NewMember['languages'][number][] = [{ language: requireLanguage(native[0]), cefr: 'C2' }];
  if (native[1] && random.chance(0.35)) result.push({ language: requireLanguage(native[1]), cefr: random.pick(['B1', 'B2', 'C1'] as const) });
  if (adult && random.chance(0.45)) result.push({ language: requireLanguage('en'), cefr: random.weighted([['A2', 3], ['B1', 4], ['B2', 3], ['C1', 1]] as const) });
  if (random.chance(0.3)) result.push({ language: DUTCH, cefr: random.weighted([['A1', 5], ['A2', 3], ['B1', 1]] as const) });
  return result.filter((l, i, all) => all.findIndex((o) => o.language === l.language) === i);
}

/** About 2 % of households are relatives who asked to live in the same municipality, in pairs. */
function linkSomeRelatives(random: SeededRandom, households: NewHousehold[]): void {
  const pairs = Math.floor(households.length * 0.01);
  const chosen = random.sample(households.map((_, i) => i), pairs * 2);
  for (let p = 0; p < pairs; p++) {
    const group = `family-${String(p + 1).padStart(3, '0')}`;
    for (const i of [chosen[2 * p], chosen[2 * p + 1]]) households[i] = { ...households[i], linkGroup: group };
  }
}
