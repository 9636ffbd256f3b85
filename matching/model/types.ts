/**
 * The scoring model: the readonly, scoring-safe projection of households and municipalities.
 *
 * Protected traits (nationality, origin region, religion, gender) and personal data (names, medical notes,
 * reception location) have NO field here, so no criterion can read them: the compiler refuses it. The only
 * way in is `projectHousehold`, which builds a new object from whitelisted fields (see project.ts).
 */

import { usesOf, type CefrLevel, type LanguageCode, type Resource, type TieKind, type TieStatus } from '../vocabulary/index.js';

export const CRITERIA = ['labour', 'setting', 'network', 'services', 'ties', 'priorities'] as const;
export type Criterion = (typeof CRITERIA)[number];
export type CriterionWeights = Readonly<Partial<Record<Criterion, number>>>;

export const PREFERRED_SETTINGS = ['urban', 'suburban', 'rural', 'no_preference'] as const;
export type PreferredSetting = (typeof PREFERRED_SETTINGS)[number];
export const CARE_NEEDS = ['hospital', 'mental_health', 'chronic_care'] as const;
export type CareNeed = (typeof CARE_NEEDS)[number];
export const ACCESSIBILITY_NEEDS = ['wheelchair', 'ground_floor'] as const;
export type AccessibilityNeed = (typeof ACCESSIBILITY_NEEDS)[number];
export const ASPIRATIONS = ['work_in_profession', 'study', 'start_business', 'retrain', 'any_work', 'care_for_family'] as const;
export type Aspiration = (typeof ASPIRATIONS)[number];

export interface ScoringLanguage {
  /** In the vocabulary's normal form: ISO 639-1 where one exists, else ISO 639-3, e.g. 'ar', 'ti', 'nl', 'prs'. */
  readonly language: LanguageCode;
  readonly cefr: CefrLevel;
}

export interface ScoringMember {
  /** Position in the household, 1-based; reasons refer to members by this number only. */
  readonly position: number;
  readonly age: number;
  /** Derived from age (below ADULT_AGE is a child). */
  readonly role: 'adult' | 'child';
  /** ISCO-08 codes, 1–4 digits. */
  readonly professions: readonly string[];
  /** ISCED 2011 level 0–8, or null when unknown. */
  readonly educationLevel: number | null;
  readonly workExperienceYears: number;
  readonly languages: readonly ScoringLanguage[];
  readonly aspirations: readonly Aspiration[];
}

export interface ScoringTie {
  readonly kind: TieKind;
  /** CBS code of the municipality where the family/community/job/study place is. */
  readonly municipality: string;
  /** Declared by the newcomer, or verified by an officer; only verified ties can be hard (`isHardTie`). */
  readonly status: TieStatus;
  /** Family ties only: first-degree family (partner, parent, child). False for other kinds. */
  readonly firstDegree: boolean;
  /** Family ties only: the household asks to live near this relative. False for other kinds. */
  readonly liveNear: boolean;
}

export interface ScoringHousehold {
  readonly id: string;
  readonly members: readonly ScoringMember[];
  readonly preferredSetting: PreferredSetting;
  /** The household's own weights per criterion (missing = 1; 0 switches a criterion off for them). */
  readonly preferenceWeights: CriterionWeights;
  readonly careNeeds: readonly CareNeed[];
  readonly accessibilityNeeds: readonly AccessibilityNeed[];
  readonly ties: readonly ScoringTie[];
  /** Households sharing a link group are relatives who asked to be placed in the same municipality. */
  readonly linkGroup: string | null;
}

export interface ScoringServices {
  readonly hospital: boolean;
  readonly mentalHealthCare: boolean;
  readonly primarySchools: boolean;
  readonly secondarySchools: boolean;
  readonly mbo: boolean;
  readonly hbo: boolean;
  readonly university: boolean;
  readonly dutchLanguageCourses: boolean;
  readonly accessibleHomes: boolean;
}

export interface ScoringMunicipality {
  /** CBS code, e.g. GM0363. */
  readonly id: string;
  readonly name: string;
  readonly province: string;
  readonly population: number;
  /** CBS urbanisation class: 1 very strongly urban … 5 not urban. */
  readonly urbanisation: 1 | 2 | 3 | 4 | 5;
  readonly lat: number;
  readonly lon: number;
  readonly labourMarketRegion: string;
  readonly labour: {
    /** ISCO-08 codes at any level (1–4 digits). */
    readonly shortageOccupations: readonly string[];
    readonly sectors: readonly string[];
    readonly employersOpenToNewcomers: number;
  };
  readonly networks: {
    /** Languages (normal form, see ScoringLanguage) of communities present. Origin-region communities are not scored (protected). */
    readonly communityLanguages: readonly LanguageCode[];
    readonly selfOrganisations: number;
    readonly buddySchemes: number;
  };
  readonly services: ScoringServices;
  readonly priorities: {
    /** Professions the municipality wants most, ISCO-08 codes at any level. */
    readonly wantedOccupations: readonly string[];
  };
  readonly capacity: Readonly<Record<Resource, number>>;
}

export interface MatchingModel {
  readonly households: readonly ScoringHousehold[];
  readonly municipalities: readonly ScoringMunicipality[];
}

/** A municipality as a round freezes it when created: everything scoring reads except capacity. */
export type SnapshotMunicipality = Omit<ScoringMunicipality, 'capacity'>;

/**
 * What a round freezes when it is created (its snapshot): the scoring-safe households and municipalities,
 * WITHOUT capacity. Capacity has one source, the round's capacity rows, editable while the round is a draft;
 * each run records the capacities it used with its options and scores `withCapacities(snapshot, those)`.
 */
export interface MatchingSnapshot {
  readonly households: readonly ScoringHousehold[];
  readonly municipalities: readonly SnapshotMunicipality[];
}

/** What one household uses of each resource: its person count of `persons` and one home of its band. */
export function householdUses(h: ScoringHousehold): Readonly<Partial<Record<Resource, number>>> {
  return usesOf(h.members.length);
}
