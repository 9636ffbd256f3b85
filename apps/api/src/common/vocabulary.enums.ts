/**
 * GraphQL enums of the vocabulary (matching/vocabulary): the enum values are the stored lower-case codes,
 * named in upper case (HOMES_1_2 ↔ 'homes_1_2', JOB_CONTRACT ↔ 'job_contract'). One list each, imported.
 */
import { registerEnumType } from '@nestjs/graphql';
import { ASSIGNMENT_SORTS, HOME_BANDS, PREFERRED_PLACE_KINDS, TIE_KINDS, TIE_STATUSES, URGENCIES } from '#matching/vocabulary/index.js';
import { OTHERS_FIRST_CATEGORIES } from '#matching/explain/others-first.js';
import { MOVE_CAUSES } from '#matching/rounds/compare.js';

/** Registers a GraphQL enum whose values are `values` (the stored strings), named by their upper case. */
export function graphqlEnum<T extends string>(values: readonly T[], name: string, description: string): Record<string, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as Record<string, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const HomeBandEnum = graphqlEnum(HOME_BANDS, 'HomeBand', 'Home size band: homes for 1–2, 3–4, or 5 or more persons');
export const UrgencyEnum = graphqlEnum(URGENCIES, 'Urgency', 'Urgency category used by the queue priority rule (most urgent first)');
export const TieKindEnum = graphqlEnum(TIE_KINDS, 'TieKind', 'Kind of tie to a municipality');
export const TieStatusEnum = graphqlEnum(TIE_STATUSES, 'TieStatus', 'DECLARED: the newcomer said so, not yet verified; VERIFIED: an officer saw the evidence and wrote a note');
export const OthersFirstCategoryEnum = graphqlEnum(OTHERS_FIRST_CATEGORIES, 'OthersFirstCategory', 'Why a household later in the queue was placed before an earlier one (why others went first)');
export const MoveCauseEnum = graphqlEnum(MOVE_CAUSES, 'MoveCause', 'Why a household moved between two runs');
export const PreferredPlaceKindEnum = graphqlEnum(PREFERRED_PLACE_KINDS, 'PreferredPlaceKind', 'Why a place is preferred: a tie of the household, or its best score');
export const AssignmentSortEnum = graphqlEnum(ASSIGNMENT_SORTS, 'AssignmentSort', 'Order of a run’s assignments in the review: QUEUE by queue position under the round’s priority rule (position 1 first); FIT by the household’s fit at its outcome, highest first, unplaced last');
