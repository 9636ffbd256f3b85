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

/**
 * Who vouches for a tie. `declared`: the newcomer said so (a soft score only; explanations say "declared, not yet
 * verified"). `verified`: an officer checked the evidence (a contract, an enrolment, a family record) and wrote a
 * note; a tie that an officer registers or corrects is verified. Stored (CHECK constraint), GraphQL enum `TieStatus`.
 */
export const TIE_STATUSES = ['declared', 'verified'] as const;
export type TieStatus = (typeof TIE_STATUSES)[number];

/**
 * Tie kinds that, once verified, are hard: they limit a household's options to the municipalities within reach
 * (see `TieReach` in matching/fits.ts). In Dutch practice a work contract, a study place and first-degree family
 * are the hard criteria of a household's link to a municipality (with medical needs, which are hard filters of
 * their own); a community tie only informs. A family tie is hard only when the relative is first-degree family
 * and the household asks to live near them.
 */
export const HARD_TIE_KINDS = ['job_contract', 'study_place', 'family'] as const satisfies readonly TieKind[];
export type HardTieKind = (typeof HARD_TIE_KINDS)[number];

/** What decides whether a tie is hard (the scoring model's tie and the stored tie both have these fields). */
export interface TieHardness {
  readonly kind: TieKind;
  readonly status: TieStatus;
  /** Family ties only: the relative is first-degree family (partner, parent, child). False for other kinds. */
  readonly firstDegree: boolean;
  /** Family ties only: the household asks to live near this relative. False for other kinds. */
  readonly liveNear: boolean;
}

/** True for a verified job contract or study place, and a verified first-degree family tie the household wants to live near. */
export function isHardTie(tie: TieHardness): tie is TieHardness & { readonly kind: HardTieKind } {
  if (tie.status !== 'verified') return false;
  if (tie.kind === 'family') return tie.firstDegree && tie.liveNear;
  return isPlaceTie(tie.kind);
}

/** Why a place is preferred in an explanation: one of the household's ties, or its best-scoring option. */
export const PREFERRED_PLACE_KINDS = [...TIE_KINDS, 'best_score'] as const;
export type PreferredPlaceKind = (typeof PREFERRED_PLACE_KINDS)[number];
