/**
 * Projection from full records (as the application stores them) to the scoring model. Every function builds a
 * NEW object from a whitelist of fields; nothing is spread or copied wholesale, so a field that is not listed
 * here (gender, nationality, origin region, religion, names, medical notes, …) can never reach scoring.
 */
import {
  ACCESSIBILITY_NEEDS, ASPIRATIONS, CARE_NEEDS, CRITERIA, PREFERRED_SETTINGS,
  type AccessibilityNeed, type Aspiration, type CareNeed, type Criterion, type PreferredSetting,
  type ScoringHousehold, type ScoringMember, type ScoringMunicipality,
} from './types.js';
import {
  ADULT_AGE, CAPACITY_FIELD, HOME_BANDS, TIE_KINDS, normaliseLanguageSet, normaliseLanguageSkills,
  type CapacityField, type Resource, type TieKind,
} from '../vocabulary/index.js';

/** A household member as stored (loosely typed on purpose: extra fields are allowed and ignored). */
export interface MemberRecord {
  readonly position?: number;
  readonly birthYear?: number;
  readonly age?: number;
  readonly role?: string;
  readonly educationLevel?: number | null;
  readonly workExperienceYears?: number | null;
  readonly aspirations?: readonly string[] | null;
  readonly professions?: readonly (string | { readonly iscoCode: string; readonly position?: number })[] | null;
  readonly languages?: readonly { readonly language: string; readonly cefr: string }[] | null;
  readonly [extra: string]: unknown;
}

export interface HouseholdRecord {
  readonly id: string;
  readonly preferredSetting?: string | null;
  readonly preferenceWeights?: Readonly<Record<string, number>> | null;
  readonly careNeeds?: readonly string[] | null;
  readonly accessibilityNeeds?: readonly string[] | null;
  readonly linkGroup?: string | null;
  readonly members: readonly MemberRecord[];
  readonly ties?: readonly { readonly kind: string; readonly municipalityCode?: string; readonly municipality?: string }[] | null;
  readonly [extra: string]: unknown;
}

const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T => values.includes(v as T);

/**
 * Scoring-safe projection of a household. `referenceYear` turns birth years into ages (the year of the
 * matching round). Language codes are normalised (vocabulary); unknown enum values and codes are dropped
 * rather than guessed.
 */
export function projectHousehold(record: HouseholdRecord, referenceYear: number): ScoringHousehold {
  const members: ScoringMember[] = [...record.members]
    .map((m, i) => ({ m, pos: m.position ?? i + 1 }))
    .sort((a, b) => a.pos - b.pos)
    .map(({ m }, i): ScoringMember => {
      const age = m.age ?? (m.birthYear !== undefined ? Math.max(0, referenceYear - m.birthYear) : 30);
      const professions = [...(m.professions ?? [])]
        .map((p) => (typeof p === 'string' ? { code: p, pos: 0 } : { code: p.iscoCode, pos: p.position ?? 0 }))
        .sort((a, b) => a.pos - b.pos || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
        .map((p) => p.code)
        .filter((c) => /^[0-9]{1,4}$/.test(c));
      return {
        position: i + 1,
        age,
        role: age < ADULT_AGE ? 'child' : 'adult',
        professions,
        educationLevel: m.educationLevel ?? null,
        workExperienceYears: m.workExperienceYears ?? 0,
        languages: normaliseLanguageSkills(m.languages ?? []),
        aspirations: (m.aspirations ?? []).filter((a): a is Aspiration => isOneOf(ASPIRATIONS, a)),
      };
    });
  const weights: Partial<Record<Criterion, number>> = {};
  for (const c of CRITERIA) {
    const w = record.preferenceWeights?.[c];
    if (typeof w === 'number' && Number.isFinite(w) && w >= 0) weights[c] = w;
  }
  return {
    id: record.id,
    members,
    preferredSetting: isOneOf<PreferredSetting>(PREFERRED_SETTINGS, record.preferredSetting) ? record.preferredSetting : 'no_preference',
    preferenceWeights: weights,
    careNeeds: (record.careNeeds ?? []).filter((n): n is CareNeed => isOneOf(CARE_NEEDS, n)),
    accessibilityNeeds: (record.accessibilityNeeds ?? []).filter((n): n is AccessibilityNeed => isOneOf(ACCESSIBILITY_NEEDS, n)),
    ties: (record.ties ?? [])
      .filter((t) => isOneOf<TieKind>(TIE_KINDS, t.kind) && (t.municipalityCode ?? t.municipality))
      .map((t) => ({ kind: t.kind as TieKind, municipality: (t.municipalityCode ?? t.municipality) as string })),
    linkGroup: record.linkGroup ?? null,
  };
}

export interface MunicipalityRecord {
  readonly cbsCode: string;
  readonly name: string;
  readonly province: string;
  readonly population: number;
  readonly urbanisation: number;
  readonly lat: number;
  readonly lon: number;
  readonly labourMarketRegion: string;
  readonly [extra: string]: unknown;
}

export interface MunicipalityProfileRecord {
  readonly labourMarket?: { readonly shortageOccupations?: readonly string[]; readonly sectors?: readonly string[]; readonly employersOpenToNewcomers?: readonly string[] | number } | null;
  readonly networks?: {
    readonly communities?: readonly { readonly language?: string; readonly originRegion?: string; readonly size?: number }[];
    readonly selfOrganisations?: readonly string[] | number;
    readonly buddySchemes?: readonly string[] | number;
  } | null;
  readonly services?: Partial<Record<keyof ScoringMunicipality['services'], boolean>> | null;
  readonly priorities?: { readonly wantedOccupations?: readonly string[] } | null;
  readonly [extra: string]: unknown;
}

/** Capacity as stored and entered: persons, and homes per band under the band's field name (CAPACITY_FIELD). */
export type CapacityRecord = { readonly persons: number } & { readonly [F in CapacityField]: number };

const count = (v: readonly string[] | number | undefined): number => (typeof v === 'number' ? v : (v?.length ?? 0));
const sortedUnique = (xs: readonly string[]): string[] => [...new Set(xs)].sort();

/**
 * Scoring-safe projection of a municipality, its latest profile (or none) and its capacity for the period.
 * Community languages are normalised like household languages (unknown codes dropped).
 */
export function projectMunicipality(
  m: MunicipalityRecord, profile: MunicipalityProfileRecord | null, capacity: CapacityRecord | null,
): ScoringMunicipality {
  const s = profile?.services ?? {};
  const u = Math.min(5, Math.max(1, Math.round(m.urbanisation))) as 1 | 2 | 3 | 4 | 5;
  const cap = { persons: capacity?.persons ?? 0 } as Record<Resource, number>;
  for (const band of HOME_BANDS) cap[band] = capacity?.[CAPACITY_FIELD[band]] ?? 0;
  return {
    id: m.cbsCode,
    name: m.name,
    province: m.province,
    population: m.population,
    urbanisation: u,
    lat: m.lat,
    lon: m.lon,
    labourMarketRegion: m.labourMarketRegion,
    labour: {
      shortageOccupations: sortedUnique((profile?.labourMarket?.shortageOccupations ?? []).filter((c) => /^[0-9]{1,4}$/.test(c))),
      sectors: sortedUnique(profile?.labourMarket?.sectors ?? []),
      employersOpenToNewcomers: count(profile?.labourMarket?.employersOpenToNewcomers),
    },
    networks: {
      communityLanguages: normaliseLanguageSet((profile?.networks?.communities ?? []).flatMap((c) => (c.language ? [c.language] : []))),
      selfOrganisations: count(profile?.networks?.selfOrganisations),
      buddySchemes: count(profile?.networks?.buddySchemes),
    },
    services: {
      hospital: s.hospital ?? false,
      mentalHealthCare: s.mentalHealthCare ?? false,
      primarySchools: s.primarySchools ?? false,
      secondarySchools: s.secondarySchools ?? false,
      mbo: s.mbo ?? false,
      hbo: s.hbo ?? false,
      university: s.university ?? false,
      dutchLanguageCourses: s.dutchLanguageCourses ?? false,
      accessibleHomes: s.accessibleHomes ?? false,
    },
    priorities: {
      wantedOccupations: sortedUnique((profile?.priorities?.wantedOccupations ?? []).filter((c) => /^[0-9]{1,4}$/.test(c))),
    },
    capacity: cap,
  };
}
