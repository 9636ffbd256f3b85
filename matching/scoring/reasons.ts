/**
 * Reason codes: every fact behind a score or a filter is a code plus parameters, never an English sentence.
 * A message catalogue renders them later, in any language. `REASON_CATALOGUE` lists every code with its
 * parameter names and a one-line description for the people writing that catalogue (not for end users).
 *
 * Conventions: `member` is the 1-based position of a member in the household; `household` is a household id;
 * `isco` is the member's ISCO-08 code; `listed` is the code the municipality listed; `group` the shared
 * ISCO group prefix; `km` is rounded to 0.1 km.
 */
import type { AccessibilityNeed, Aspiration, CareNeed, PreferredSetting } from '../model/types.js';
import type { HardTieKind, LanguageCode, Resource, TieKind, TieStatus } from '../vocabulary/index.js';

export type Institution = 'mbo' | 'hbo' | 'university';

export interface ReasonParams {
  // labour market
  'labour.shortage_exact': { member: number; isco: string };
  'labour.shortage_group': { member: number; isco: string; listed: string };
  'labour.shortage_minor_group': { member: number; isco: string; listed: string; group: string };
  'labour.shortage_sub_major_group': { member: number; isco: string; listed: string; group: string };
  'labour.study_institution': { member: number; institution: Institution; educationLevel: number | null };
  'labour.retrain_mbo': { member: number };
  'labour.open_employers': { member: number; aspiration: Aspiration; count: number };
  'labour.no_match': { member: number };
  // setting
  'setting.fit': { preferred: PreferredSetting; urbanisation: number };
  // networks
  'network.family_here': { household: string; status: TieStatus };
  'network.community_tie_here': { household: string };
  'network.community_language': { language: LanguageCode };
  'network.self_organisations': { count: number };
  'network.buddy_schemes': { count: number };
  'network.none': Record<string, never>;
  // services
  'services.care_available': { need: CareNeed };
  'services.care_unavailable': { need: CareNeed };
  'services.accessible_homes': { need: AccessibilityNeed };
  'services.no_accessible_homes': { need: AccessibilityNeed };
  'services.primary_school': { children: number };
  'services.no_primary_school': { children: number };
  'services.secondary_school': { children: number };
  'services.no_secondary_school': { children: number };
  'services.language_courses': { adults: number };
  'services.no_language_courses': { adults: number };
  // ties (job contract, study place)
  'ties.distance': { kind: TieKind; municipality: string; km: number; status: TieStatus };
  'ties.unknown_location': { kind: TieKind; municipality: string; status: TieStatus };
  // municipality priorities
  'priorities.wanted_exact': { member: number; isco: string };
  'priorities.wanted_group': { member: number; isco: string; listed: string };
  'priorities.wanted_minor_group': { member: number; isco: string; listed: string; group: string };
  'priorities.wanted_sub_major_group': { member: number; isco: string; listed: string; group: string };
  'priorities.none_matched': Record<string, never>;
  // combination
  'score.no_applicable_criteria': Record<string, never>;
  // hard constraints (filters); `household` says which member household of an instance unit triggered it
  'filter.care_unavailable': { household: string; need: CareNeed };
  'filter.accessibility_unavailable': { household: string; need: AccessibilityNeed };
  'filter.capacity_insufficient': { resource: Resource; needed: number; capacity: number };
  'filter.forbidden_pair': { household: string };
  'filter.outside_tie_reach': { household: string; kind: HardTieKind; tiePlace: string; km: number; reachKm: number };
  'filter.tie_place_unknown': { household: string; kind: HardTieKind; tiePlace: string };
  // notes on an instance unit
  'unit.linked_merged': { households: readonly string[]; group: string };
  'unit.pinned': { household: string; municipality: string };
  'unit.pin_conflict': { households: readonly string[]; municipalities: readonly string[] };
  'unit.pin_overrides_filter': { municipality: string; code: string };
  'unit.pin_unknown_municipality': { municipality: string };
}

export type ReasonCode = keyof ReasonParams;
export type Reason = { [C in ReasonCode]: { readonly code: C; readonly params: Readonly<ReasonParams[C]> } }[ReasonCode];

export function reason<C extends ReasonCode>(code: C, params: ReasonParams[C]): Reason {
  return { code, params } as Reason;
}

export interface ReasonDoc {
  readonly kind: 'labour' | 'setting' | 'network' | 'services' | 'ties' | 'priorities' | 'score' | 'filter' | 'unit';
  readonly params: readonly string[];
  readonly description: string;
}

/** Every reason code with its parameters. A test checks this stays in sync with `ReasonParams`. */
export const REASON_CATALOGUE: { readonly [C in ReasonCode]: ReasonDoc } = {
  'labour.shortage_exact': { kind: 'labour', params: ['member', 'isco'], description: "member's occupation is listed as a shortage occupation (credit 1)" },
  'labour.shortage_group': { kind: 'labour', params: ['member', 'isco', 'listed'], description: "a listed shortage group contains the member's occupation (credit 1)" },
  'labour.shortage_minor_group': { kind: 'labour', params: ['member', 'isco', 'listed', 'group'], description: 'a shortage occupation in the same ISCO minor (3-digit) group (credit 0.6)' },
  'labour.shortage_sub_major_group': { kind: 'labour', params: ['member', 'isco', 'listed', 'group'], description: 'a shortage occupation in the same ISCO sub-major (2-digit) group (credit 0.3)' },
  'labour.study_institution': { kind: 'labour', params: ['member', 'institution', 'educationLevel'], description: 'member wants to study; this institution type is present (credit 1 at the fitting level, 0.5 otherwise)' },
  'labour.retrain_mbo': { kind: 'labour', params: ['member'], description: 'member wants to retrain; an MBO is present (credit 0.7)' },
  'labour.open_employers': { kind: 'labour', params: ['member', 'aspiration', 'count'], description: 'member wants work; employers open to newcomers are present (credit 0.4)' },
  'labour.no_match': { kind: 'labour', params: ['member'], description: 'nothing in the labour market profile matches this member (credit 0)' },
  'setting.fit': { kind: 'setting', params: ['preferred', 'urbanisation'], description: 'preferred setting compared with the CBS urbanisation class (1 very strongly urban … 5 not urban)' },
  'network.family_here': { kind: 'network', params: ['household', 'status'], description: 'the household has family in this municipality (status: declared by the newcomer, or verified by an officer)' },
  'network.community_tie_here': { kind: 'network', params: ['household'], description: 'the household named a community in this municipality' },
  'network.community_language': { kind: 'network', params: ['language'], description: 'a community speaking a language of the household is present' },
  'network.self_organisations': { kind: 'network', params: ['count'], description: 'self-organisations of newcomers present' },
  'network.buddy_schemes': { kind: 'network', params: ['count'], description: 'buddy schemes present' },
  'network.none': { kind: 'network', params: [], description: 'no network found for this household' },
  'services.care_available': { kind: 'services', params: ['need'], description: 'the care a member needs is available' },
  'services.care_unavailable': { kind: 'services', params: ['need'], description: 'the care a member needs is not available (only possible when pinned)' },
  'services.accessible_homes': { kind: 'services', params: ['need'], description: 'accessible homes available for this need' },
  'services.no_accessible_homes': { kind: 'services', params: ['need'], description: 'no accessible homes (only possible when pinned)' },
  'services.primary_school': { kind: 'services', params: ['children'], description: 'primary schools for the children aged 4–11' },
  'services.no_primary_school': { kind: 'services', params: ['children'], description: 'no primary school for the children aged 4–11' },
  'services.secondary_school': { kind: 'services', params: ['children'], description: 'secondary schools for the children aged 12–17' },
  'services.no_secondary_school': { kind: 'services', params: ['children'], description: 'no secondary school for the children aged 12–17' },
  'services.language_courses': { kind: 'services', params: ['adults'], description: 'Dutch courses for the adults below B1 in Dutch' },
  'services.no_language_courses': { kind: 'services', params: ['adults'], description: 'no Dutch courses for the adults below B1 in Dutch' },
  'ties.distance': { kind: 'ties', params: ['kind', 'municipality', 'km', 'status'], description: 'distance from this municipality to a job contract or study place (credit 1 up to 15 km, 0 from 90 km); status declared = a soft score only, not yet verified' },
  'ties.unknown_location': { kind: 'ties', params: ['kind', 'municipality', 'status'], description: 'job/study place in a municipality not in the model (credit 0)' },
  'priorities.wanted_exact': { kind: 'priorities', params: ['member', 'isco'], description: "member's occupation is one the municipality wants most (credit 1)" },
  'priorities.wanted_group': { kind: 'priorities', params: ['member', 'isco', 'listed'], description: "a wanted group contains the member's occupation (credit 1)" },
  'priorities.wanted_minor_group': { kind: 'priorities', params: ['member', 'isco', 'listed', 'group'], description: 'a wanted occupation in the same minor group (credit 0.6)' },
  'priorities.wanted_sub_major_group': { kind: 'priorities', params: ['member', 'isco', 'listed', 'group'], description: 'a wanted occupation in the same sub-major group (credit 0.3)' },
  'priorities.none_matched': { kind: 'priorities', params: [], description: "no member's occupation matches the municipality's priorities" },
  'score.no_applicable_criteria': { kind: 'score', params: [], description: 'no criterion applies with a positive weight; the score is 0' },
  'filter.care_unavailable': { kind: 'filter', params: ['household', 'need'], description: 'hard constraint: the care a member needs is not available' },
  'filter.accessibility_unavailable': { kind: 'filter', params: ['household', 'need'], description: 'hard constraint: no accessible homes' },
  'filter.capacity_insufficient': { kind: 'filter', params: ['resource', 'needed', 'capacity'], description: 'hard constraint: capacity of a resource (e.g. homes of the right size) is below what the unit needs' },
  'filter.forbidden_pair': { kind: 'filter', params: ['household'], description: 'hard constraint: an officer forbade this pair' },
  'filter.outside_tie_reach': { kind: 'filter', params: ['household', 'kind', 'tiePlace', 'km', 'reachKm'], description: 'hard constraint: a verified job, study or first-degree family tie of the household is in tiePlace, km (centroid distance, 0.1 km) away, beyond its reach of reachKm km' },
  'filter.tie_place_unknown': { kind: 'filter', params: ['household', 'kind', 'tiePlace'], description: 'hard constraint: a verified tie is in a municipality not in the model, so no municipality is known to be within its reach' },
  'unit.linked_merged': { kind: 'unit', params: ['households', 'group'], description: 'linked households placed together as one unit: uses summed, options intersected, score summed' },
  'unit.pinned': { kind: 'unit', params: ['household', 'municipality'], description: 'an officer pinned this household to a municipality' },
  'unit.pin_conflict': { kind: 'unit', params: ['households', 'municipalities'], description: 'linked households were pinned to different municipalities; the first pin (by household id) is used' },
  'unit.pin_overrides_filter': { kind: 'unit', params: ['municipality', 'code'], description: 'the pin overrides a hard constraint that would have filtered the pinned municipality' },
  'unit.pin_unknown_municipality': { kind: 'unit', params: ['municipality'], description: 'pinned to a municipality not in the model' },
};

export const REASON_CODES = Object.keys(REASON_CATALOGUE) as ReasonCode[];
