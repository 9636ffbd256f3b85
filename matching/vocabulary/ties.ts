/**
 * Ties of a household to a municipality, and the kinds of preferred place an explanation reports on.
 * Stored (CHECK constraint), GraphQL enums `TieKind` and `PreferredPlaceKind`, scoring, waiting list and the
 * message labels `label.tie.*` all use these lists.
 */

export const TIE_KINDS = ['family', 'community', 'job_contract', 'study_place'] as const;
export type TieKind = (typeof TIE_KINDS)[number];

/** Ties to a place of work or study: scored by distance (criterion `ties`) and counted as hard ties. */
export const PLACE_TIE_KINDS = ['job_contract', 'study_place'] as const satisfies readonly TieKind[];
export type PlaceTieKind = (typeof PLACE_TIE_KINDS)[number];

export function isPlaceTie(kind: TieKind): kind is PlaceTieKind {
  return (PLACE_TIE_KINDS as readonly TieKind[]).includes(kind);
}

/** Why a place is preferred in an explanation: one of the household's ties, or its best-scoring option. */
export const PREFERRED_PLACE_KINDS = [...TIE_KINDS, 'best_score'] as const;
export type PreferredPlaceKind = (typeof PREFERRED_PLACE_KINDS)[number];
