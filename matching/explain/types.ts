/**
 * Explanation structures: data (codes + parameters), never prose. Every claim here can be re-derived from the
 * instance and the solve result (and the scoring details, when given) by `verifyExplanation`.
 */
import type { HardTieKind, PreferredPlaceKind, Resource } from '../vocabulary/index.js';
import type { Reason, ReasonCode } from '../scoring/reasons.js';
import type { UnitBreakdown } from '../scoring/build.js';
import type { SolveStatus } from '../solver/types.js';
import type { OthersFirst } from './others-first.js';

/** A resource at a municipality that cannot take this unit: `used + needed > capacity` in the result. */
export interface ResourceBinding {
  readonly resource: string;
  readonly used: number;
  readonly capacity: number;
  readonly needed: number;
}

/**
 * Two scales, never mixed (README "One fit scale"):
 * - **fit**, in [0, 1]: the mean over the unit's member households of their combined criterion score at a place
 *   (`HouseholdBreakdown.score`), without anything else, rounded to 1e-6 (`unitFit`); null when it cannot be known
 *   (an explanation made without scoring details, a municipality outside the instance, or an explanation stored
 *   before fits were recorded in verdicts: see `explanationFromV1`).
 * - **placement value** (`value`): the unit's term in the solver's objective at a place, i.e. the option score: Σ over
 *   its member households of (the policy's placement value + priority value + stability bonus + fit). It is what the
 *   solver maximises and what ranks a unit's options; the net figures below are on this scale too.
 *
 * Net placement value at a municipality under the result's prices: value − Σ_r price[m][r] · uses[r]. For an
 * unplaced unit the net value of its outcome is 0 (nothing gained, nothing paid).
 */
export type Verdict =
  /**
   * The alternative had no room for this unit: at least one resource is full for it. `fit`/`outcomeFit`: the fit there
   * and at the outcome (null at the outcome when unplaced); `netValueThere`/`netValueOutcome` the net placement values;
   * `priceExceedsGain`: netValueThere ≤ netValueOutcome (the capacity's price there is more than the household gains).
   */
  | { readonly code: 'explain.alt_capacity'; readonly params: { readonly binding: readonly ResourceBinding[]; readonly fit: number | null; readonly outcomeFit: number | null; readonly netValueThere: number; readonly netValueOutcome: number; readonly priceExceedsGain: boolean } }
  /** The alternative had a higher placement value and room: the solve did not take it (possible when not proven optimal). */
  | { readonly code: 'explain.alt_room_available'; readonly params: { readonly fit: number | null; readonly outcomeFit: number | null; readonly netValueThere: number; readonly netValueOutcome: number } }
  /** The alternative's placement value was lower than, or the same as, the outcome's. */
  | { readonly code: 'explain.alt_not_higher'; readonly params: { readonly fit: number | null; readonly outcomeFit: number | null; readonly value: number; readonly outcomeValue: number } }
  /** The unit is pinned by an officer to another municipality. */
  | { readonly code: 'explain.alt_pinned_elsewhere'; readonly params: { readonly pinned: string } };

export type VerdictCode = Verdict['code'];

export interface AlternativeExplanation {
  readonly municipality: string;
  /** The option's placement value (see `Verdict`): the option score on the solver's scale. */
  readonly value: number;
  /**
   * Fit there, in [0, 1] (see `Verdict`): the mean over the unit's member households of their combined criterion
   * score at this municipality, no placement value, rounded to 1e-6. Derived once, from the scoring details, when the
   * explanation is made; null when it was made without scoring details or the municipality is not in the instance.
   */
  readonly fit: number | null;
  /** 1 + number of options with a strictly higher placement value. */
  readonly rank: number;
  /** Why not there; `explain.preferred_within_reach` when it is a hard tie's place and the outcome kept within its reach. */
  readonly verdict: Verdict | TieKeptVerdict;
}

/**
 * The unit's outcome. `fitting` counts the municipalities that fit the unit in this round: the fits predicate
 * (matching/fits.ts: within the reach of its hard ties, every hard need met, a home of its band and enough person
 * places in the round's capacity, which is the period's free capacity as the round took it, possibly set by an
 * officer) and not ruled out for it by an officer; i.e. the municipalities its filter let through. null when made
 * without scoring details, or stored before it was counted (explanationFromV1).
 *
 * `explain.placed`: `fit` and `value` at the outcome (see `Verdict`); `rank` = 1 + the number of fitting
 * municipalities other than the outcome with a strictly higher placement value (when `fitting` is null: among the
 * unit's options); `fits` whether the outcome is itself one of the fitting ones (false for an officer's pin that
 * overrides a filter); `options` how many of the fitting ones were kept for the solver (`maxOptions`, tie places),
 * a figure for the officer only; `isOption` whether the outcome is one of the options.
 */
export type Outcome =
  | { readonly code: 'explain.placed'; readonly params: { readonly municipality: string; readonly fit: number | null; readonly value: number; readonly rank: number; readonly options: number; readonly fitting: number | null; readonly fits: boolean; readonly isOption: boolean } }
  | { readonly code: 'explain.unplaced'; readonly params: { readonly options: number; readonly fitting: number | null } };

export type PreferredVerdict =
  | { readonly code: 'explain.preferred_chosen'; readonly params: Record<string, never> }
  | { readonly code: 'explain.preferred_filtered'; readonly params: { readonly reasons: readonly Reason[] } }
  /** Acceptable but not among the unit's options (cut by maxOptions, or the unit is pinned elsewhere). */
  | { readonly code: 'explain.preferred_not_option'; readonly params: { readonly pinned: string | null } }
  | { readonly code: 'explain.preferred_unknown_municipality'; readonly params: Record<string, never> }
  | TieKeptVerdict
  | Verdict;

/**
 * A hard tie's place (`PreferredPlace.hard`) whose placement value was no higher than the outcome's, while the outcome
 * lies within the tie's reach (`reachKm` km): the promise was kept, so the text does not say the tie's place "did not
 * fit you better". Used for the preferred place and for the same place among the alternatives. `kind` is the tie's
 * kind; `fit`/`outcomeFit`/`value`/`outcomeValue` as in `explain.alt_not_higher`.
 */
export interface TieKeptVerdict {
  readonly code: 'explain.preferred_within_reach';
  readonly params: { readonly kind: HardTieKind; readonly reachKm: number; readonly fit: number | null; readonly outcomeFit: number | null; readonly value: number; readonly outcomeValue: number };
}

export interface PreferredExplanation {
  readonly municipality: string;
  /** Why this place is preferred: a tie of a member household, or the best option by score. */
  readonly kind: PreferredPlaceKind;
  readonly household: string | null;
  /** For a tie: 'declared' (by the newcomer, not yet verified: a soft score only) or 'verified'; null for best_score. */
  readonly status: 'declared' | 'verified' | null;
  /** For a tie: whether it is hard (`isHardTie`: it limits the options to its reach); false for best_score. */
  readonly hard: boolean;
  /** The place's placement value when it is one of the unit's options, else null. */
  readonly value: number | null;
  readonly verdict: PreferredVerdict;
}

export interface HigherSummary {
  /** Options with a strictly higher placement value than the outcome (all options when unplaced). */
  readonly count: number;
  readonly byVerdict: Readonly<Partial<Record<VerdictCode, number>>>;
  /** For those options: how many had each resource binding. */
  readonly bindingByResource: Readonly<Record<string, number>>;
}

export interface HouseholdExplanation {
  /** Instance household id (a unit: one household or merged linked households). */
  readonly unit: string;
  readonly households: readonly string[];
  readonly status: SolveStatus;
  readonly pinned: string | null;
  readonly outcome: Outcome;
  /** Criterion scores with reasons at the outcome municipality (when scoring details were given). */
  readonly breakdown: UnitBreakdown | null;
  /** The best options other than the outcome, best first (score desc, then municipality id). */
  readonly alternatives: readonly AlternativeExplanation[];
  readonly higher: HigherSummary;
  /** Filtered municipalities by reason code (when scoring details were given). */
  readonly filtered: { readonly count: number; readonly byCode: Readonly<Partial<Record<ReasonCode, number>>> } | null;
  readonly preferred: readonly PreferredExplanation[];
  /**
   * Unplaced units only, when the run had a queue: "why others went first" per member household in the queue
   * (unit order), counts per category hidden below the k-anonymity threshold (matching/explain/others-first.ts).
   * Absent for placed units and for explanations made without a queue.
   */
  readonly othersFirst?: readonly OthersFirst[];
  /**
   * Why a unit with a hard tie waits (empty when placed, pinned, without hard ties, made without scoring details,
   * or when a municipality within reach still had room: then the alternatives say so). See `UnplacedReason`.
   */
  readonly unplaced: readonly UnplacedReason[];
}

/** The hard tie an unplaced reason names: the member household, the tie's kind and municipality, and its reach. */
interface TieRef {
  readonly household: string;
  readonly kind: HardTieKind;
  /** CBS code of the tie's municipality (rendered as its name). */
  readonly tiePlace: string;
}

/**
 * Why a unit with a hard tie (a verified job contract, study place, or first-degree family it wants to live near)
 * was not placed: it is never placed outside the reach of its hard ties, so it waits. Derived from the scoring
 * details (which municipalities are within reach, which meet the needs) and the result (what is used), re-derived
 * by `verifyExplanation`. "Within reach" is the intersection over all hard ties of the unit's households; the tie
 * named is the first hard tie (by household, kind, place), or the first unknown one. `municipalities` counts the
 * municipalities within reach that meet every need (care, accessibility, officer's forbidden pairs), capacity aside.
 * Officer and newcomer both see it: the newcomer's message is `<code>`, the officer's `<code>.officer`.
 */
export type UnplacedReason =
  /**
   * Every municipality within reach that meets the needs lacked `resource` for this unit: the most free in any one
   * of them (`freeInReach` = max over them of capacity − used, at least 0) was below `needed`.
   */
  | { readonly code: 'unplaced.tie_no_room'; readonly params: TieRef & { readonly reachKm: number; readonly resource: Resource; readonly needed: number; readonly freeInReach: number; readonly municipalities: number } }
  /** Each municipality within reach that meets the needs lacked a home of the band or enough person places, but not the same one everywhere. */
  | { readonly code: 'unplaced.tie_no_room_combined'; readonly params: TieRef & { readonly reachKm: number; readonly municipalities: number } }
  /** No municipality within reach meets every need of the unit (or the reaches of its hard ties do not overlap). */
  | { readonly code: 'unplaced.tie_needs_unmet'; readonly params: TieRef & { readonly reachKm: number } }
  /** The tie's municipality is not in the model (not taking part), so no place is known to be within reach. */
  | { readonly code: 'unplaced.tie_place_unknown'; readonly params: TieRef };

export type UnplacedCode = UnplacedReason['code'];

/** Every unplaced reason code with its parameters (for the message catalogues, like REASON_CATALOGUE). */
export const UNPLACED_CATALOGUE: { readonly [C in UnplacedCode]: readonly string[] } = {
  'unplaced.tie_no_room': ['household', 'kind', 'tiePlace', 'reachKm', 'resource', 'needed', 'freeInReach', 'municipalities'],
  'unplaced.tie_no_room_combined': ['household', 'kind', 'tiePlace', 'reachKm', 'municipalities'],
  'unplaced.tie_needs_unmet': ['household', 'kind', 'tiePlace', 'reachKm'],
  'unplaced.tie_place_unknown': ['household', 'kind', 'tiePlace'],
};
export const UNPLACED_CODES = Object.keys(UNPLACED_CATALOGUE) as UnplacedCode[];


export const EXPLAIN_CODES = [
  'explain.placed', 'explain.unplaced', 'explain.alt_capacity', 'explain.alt_room_available', 'explain.alt_not_higher',
  'explain.alt_pinned_elsewhere', 'explain.preferred_chosen', 'explain.preferred_filtered', 'explain.preferred_not_option',
  'explain.preferred_unknown_municipality', 'explain.preferred_within_reach',
] as const;
