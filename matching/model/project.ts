/**
 * Projection from stored records to the scoring model. Every function builds a NEW object from a whitelist of
 * fields; nothing is spread or copied wholesale, so a field that is not listed here (gender, nationality, origin
 * region, religion, names, medical notes, …) can never reach scoring.
 *
 * The inputs are typed views (`StoredHousehold`, `StoredMunicipality`, `StoredMunicipalityProfile`, `StoredCapacity`):
 * the fields the projection reads, with the types the database holds. The persistence entities satisfy them
 * structurally (the matching core imports no persistence code), so renaming or retyping an entity field fails to
 * compile here instead of silently changing scores. Extra fields of an entity are allowed and never read.
 */
import {
  CRITERIA,
  type AccessibilityNeed, type Aspiration, type CareNeed, type Criterion, type MatchingModel, type MatchingSnapshot,
  type PreferredSetting, type ScoringHousehold, type ScoringMember, type ScoringMunicipality, type ScoringServices,
  type SnapshotMunicipality,
} from './types.js';
import {
  ADULT_AGE, CAPACITY_FIELD, HOME_BANDS, normaliseLanguageSet, normaliseLanguageSkills,
  type CapacityField, type Resource, type TieKind, type TieStatus,
} from '../vocabulary/index.js';

/** A household member as stored (`household_member` with its professions and languages). */
export interface StoredMember {
  /** Order in the household (any integers; members are renumbered 1, 2, … in this order). */
  readonly position: number;
  /** Year of birth; required: the age is the round's year minus it. A member without one is an error. */
  readonly birthYear: number;
  /** ISCED 2011 level 0–8, or null when unknown. */
  readonly educationLevel: number | null;
  readonly workExperienceYears: number;
  readonly aspirations: readonly Aspiration[];
  /** ISCO-08 codes, ordered by `position` (the member's own order of relevance). */
  readonly professions: readonly { readonly iscoCode: string; readonly position: number }[];
  /** Any accepted spelling of a language code (normalised here); CEFR level A1–C2. */
  readonly languages: readonly { readonly language: string; readonly cefr: string }[];
}

/** A household as stored (`household` with members and ties); its protected traits are not part of the view. */
export interface StoredHousehold {
  readonly id: string;
  readonly preferredSetting: PreferredSetting;
  /** The household's own weight per criterion; missing means 1 (see ScoringHousehold.preferenceWeights). */
  readonly preferenceWeights: Readonly<Partial<Record<Criterion, number>>>;
  readonly careNeeds: readonly CareNeed[];
  readonly accessibilityNeeds: readonly AccessibilityNeed[];
  readonly linkGroup: string | null;
  readonly members: readonly StoredMember[];
  readonly ties: readonly {
    readonly kind: TieKind;
    readonly municipalityCode: string;
    readonly status: TieStatus;
    readonly firstDegree: boolean;
    readonly liveNear: boolean;
  }[];
}

const ISCO_CODE = /^[0-9]{1,4}$/;

/**
 * Scoring-safe projection of a household. `referenceYear` turns birth years into ages (the year of the matching
 * round; an age is never below 0). Language codes are normalised (vocabulary); unknown language codes, CEFR
 * levels and malformed ISCO codes are dropped rather than guessed; a negative or non-finite preference weight is
 * dropped (weight 1 then applies).
 * @throws Error when a member has no integer birth year (the database requires one; other sources must too).
 */
export function projectHousehold(record: StoredHousehold, referenceYear: number): ScoringHousehold {
  const members: ScoringMember[] = [...record.members]
    .sort((a, b) => a.position - b.position)
    .map((m, i): ScoringMember => {
      if (!Number.isInteger(m.birthYear)) throw new Error(`household ${record.id}: member at position ${m.position} has no birth year`);
      const age = Math.max(0, referenceYear - m.birthYear);
      const professions = [...m.professions]
        .sort((a, b) => a.position - b.position || (a.iscoCode < b.iscoCode ? -1 : a.iscoCode > b.iscoCode ? 1 : 0))
        .map((p) => p.iscoCode)
        .filter((c) => ISCO_CODE.test(c));
      return {
        position: i + 1,
        age,
        role: age < ADULT_AGE ? 'child' : 'adult',
        professions,
        educationLevel: m.educationLevel,
        workExperienceYears: m.workExperienceYears,
        languages: normaliseLanguageSkills(m.languages),
        aspirations: [...m.aspirations],
      };
    });
  const weights: Partial<Record<Criterion, number>> = {};
  for (const c of CRITERIA) {
    const w = record.preferenceWeights[c];
    if (typeof w === 'number' && Number.isFinite(w) && w >= 0) weights[c] = w;
  }
  return {
    id: record.id,
    members,
    preferredSetting: record.preferredSetting,
    preferenceWeights: weights,
    careNeeds: [...record.careNeeds],
    accessibilityNeeds: [...record.accessibilityNeeds],
    ties: record.ties.map((t) => ({ kind: t.kind, municipality: t.municipalityCode, status: t.status, firstDegree: t.kind === 'family' && t.firstDegree, liveNear: t.kind === 'family' && t.liveNear })),
    linkGroup: record.linkGroup,
  };
}

/** A municipality as stored (`municipality`, CBS attributes). */
export interface StoredMunicipality {
  readonly cbsCode: string;
  readonly name: string;
  readonly province: string;
  readonly population: number;
  /** CBS urbanisation class 1–5 (clamped and rounded into that range). */
  readonly urbanisation: number;
  readonly lat: number;
  readonly lon: number;
  readonly labourMarketRegion: string;
}

/** A published self-profile version as stored (`municipality_profile`'s jsonb columns). */
export interface StoredMunicipalityProfile {
  readonly labourMarket: {
    /** ISCO-08 codes at any level; malformed codes are dropped. */
    readonly shortageOccupations: readonly string[];
    readonly sectors: readonly string[];
    /** Named employers; scoring counts them. */
    readonly employersOpenToNewcomers: readonly string[];
  };
  readonly networks: {
    /** Communities present; only their language is scored (origin regions are protected). */
    readonly communities: readonly { readonly language?: string | null }[];
    /** Named organisations and schemes; scoring counts them. */
    readonly selfOrganisations: readonly string[];
    readonly buddySchemes: readonly string[];
  };
  readonly services: ScoringServices;
  readonly priorities: { readonly wantedOccupations: readonly string[] };
}

/** Capacity as stored and entered: persons, and homes per band under the band's field name (CAPACITY_FIELD). */
export type StoredCapacity = { readonly persons: number } & { readonly [F in CapacityField]: number };

const sortedUnique = (xs: readonly string[]): string[] => [...new Set(xs)].sort();

/**
 * Scoring-safe projection of a municipality and its latest profile, without capacity: what a round freezes in
 * its snapshot. No profile (`null`, a municipality that never published one) is an explicit case: no shortage
 * occupations, communities, services or priorities. Community languages are normalised like household
 * languages (unknown codes dropped).
 */
export function projectSnapshotMunicipality(m: StoredMunicipality, profile: StoredMunicipalityProfile | null): SnapshotMunicipality {
  const s = profile?.services;
  return {
    id: m.cbsCode,
    name: m.name,
    province: m.province,
    population: m.population,
    urbanisation: urbanisationClass(m.urbanisation),
    lat: m.lat,
    lon: m.lon,
    labourMarketRegion: m.labourMarketRegion,
    labour: {
      shortageOccupations: sortedUnique((profile?.labourMarket.shortageOccupations ?? []).filter((c) => ISCO_CODE.test(c))),
      sectors: sortedUnique(profile?.labourMarket.sectors ?? []),
      employersOpenToNewcomers: profile?.labourMarket.employersOpenToNewcomers.length ?? 0,
    },
    networks: {
      communityLanguages: normaliseLanguageSet((profile?.networks.communities ?? []).flatMap((c) => (c.language ? [c.language] : []))),
      selfOrganisations: profile?.networks.selfOrganisations.length ?? 0,
      buddySchemes: profile?.networks.buddySchemes.length ?? 0,
    },
    services: {
      hospital: s?.hospital ?? false,
      mentalHealthCare: s?.mentalHealthCare ?? false,
      primarySchools: s?.primarySchools ?? false,
      secondarySchools: s?.secondarySchools ?? false,
      mbo: s?.mbo ?? false,
      hbo: s?.hbo ?? false,
      university: s?.university ?? false,
      dutchLanguageCourses: s?.dutchLanguageCourses ?? false,
      accessibleHomes: s?.accessibleHomes ?? false,
    },
    priorities: {
      wantedOccupations: sortedUnique((profile?.priorities.wantedOccupations ?? []).filter((c) => ISCO_CODE.test(c))),
    },
  };
}

function urbanisationClass(value: number): 1 | 2 | 3 | 4 | 5 {
  const u = Math.min(5, Math.max(1, Math.round(value)));
  return u === 1 ? 1 : u === 2 ? 2 : u === 3 ? 3 : u === 4 ? 4 : 5;
}

/**
 * Capacity by resource (persons, then the home bands in HOME_BANDS order) from stored figures. `null`, no
 * capacity row, is an explicit case: no capacity at all.
 */
export function scoringCapacity(capacity: StoredCapacity | null): Readonly<Record<Resource, number>> {
  const byResource: Record<Resource, number> = { persons: capacity?.persons ?? 0, homes_1_2: 0, homes_3_4: 0, homes_5_plus: 0 };
  for (const band of HOME_BANDS) byResource[band] = capacity?.[CAPACITY_FIELD[band]] ?? 0;
  return byResource;
}

/** Scoring-safe projection of a municipality, its latest profile (or none) and its capacity (or none: zero). */
export function projectMunicipality(m: StoredMunicipality, profile: StoredMunicipalityProfile | null, capacity: StoredCapacity | null): ScoringMunicipality {
  return { ...projectSnapshotMunicipality(m, profile), capacity: scoringCapacity(capacity) };
}

/**
 * The model a run scores: a round's snapshot with the capacity the run uses. Municipalities of the snapshot
 * without an entry in `capacities` take no part (they are left out); order is the snapshot's.
 */
export function withCapacities(snapshot: MatchingSnapshot, capacities: ReadonlyMap<string, StoredCapacity>): MatchingModel {
  return {
    households: snapshot.households,
    municipalities: snapshot.municipalities.flatMap((m) => {
      const capacity = capacities.get(m.id);
      return capacity ? [{ ...m, capacity: scoringCapacity(capacity) }] : [];
    }),
  };
}
