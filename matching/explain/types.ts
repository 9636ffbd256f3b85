/**
 * Explanation structures: data (codes + parameters), never prose. Every claim here can be re-derived from the
 * instance and the solve result (and the scoring details, when given) by `verifyExplanation`.
 */
import type { PreferredPlaceKind } from '../vocabulary/index.js';
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
 * Net gain at a municipality under the result's prices: score − Σ_r price[m][r] · uses[r].
 * For an unplaced unit the net gain of its outcome is 0 (nothing gained, nothing paid).
 */
export type Verdict =
  /** The alternative had no room for this unit: at least one resource is full for it. */
  | { readonly code: 'explain.alt_capacity'; readonly params: { readonly binding: readonly ResourceBinding[]; readonly netThere: number; readonly netOutcome: number; readonly priceExceedsGain: boolean } }
  /** The alternative scored higher and had room: the solve did not take it (possible when not proven optimal, or when moving would cost others more is impossible — see README). */
  | { readonly code: 'explain.alt_room_available'; readonly params: { readonly netThere: number; readonly netOutcome: number } }
  /** The alternative scored lower than, or the same as, the outcome. */
  | { readonly code: 'explain.alt_not_higher'; readonly params: { readonly score: number; readonly outcomeScore: number } }
  /** The unit is pinned by an officer to another municipality. */
  | { readonly code: 'explain.alt_pinned_elsewhere'; readonly params: { readonly pinned: string } };

export type VerdictCode = Verdict['code'];

export interface AlternativeExplanation {
  readonly municipality: string;
  /** The option's score on the solver's scale: Σ over the unit's member households of (placement value + fit). */
  readonly score: number;
  /**
   * Fit there on the household scale, in [0, 1]: the mean over the unit's member households of their combined
   * criterion score at this municipality (`HouseholdBreakdown.score`), without any placement value, rounded to
   * 1e-6 (`roundScore`). Derived once, from the scoring details, when the explanation is made; null when it was
   * made without scoring details or the municipality is not in the instance (a pin to an unknown code).
   */
  readonly fit: number | null;
  /** 1 + number of options with a strictly higher score. */
  readonly rank: number;
  readonly verdict: Verdict;
}

export type Outcome =
  | { readonly code: 'explain.placed'; readonly params: { readonly municipality: string; readonly score: number; readonly rank: number; readonly options: number; readonly isOption: boolean } }
  | { readonly code: 'explain.unplaced'; readonly params: { readonly options: number } };

export type PreferredVerdict =
  | { readonly code: 'explain.preferred_chosen'; readonly params: Record<string, never> }
  | { readonly code: 'explain.preferred_filtered'; readonly params: { readonly reasons: readonly Reason[] } }
  /** Acceptable but not among the unit's options (cut by maxOptions, or the unit is pinned elsewhere). */
  | { readonly code: 'explain.preferred_not_option'; readonly params: { readonly pinned: string | null } }
  | { readonly code: 'explain.preferred_unknown_municipality'; readonly params: Record<string, never> }
  | Verdict;

export interface PreferredExplanation {
  readonly municipality: string;
  /** Why this place is preferred: a tie of a member household, or the best option by score. */
  readonly kind: PreferredPlaceKind;
  readonly household: string | null;
  readonly score: number | null;
  readonly verdict: PreferredVerdict;
}

export interface HigherSummary {
  /** Options scoring strictly higher than the outcome (all options when unplaced). */
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
}

export const EXPLAIN_CODES = [
  'explain.placed', 'explain.unplaced', 'explain.alt_capacity', 'explain.alt_room_available', 'explain.alt_not_higher',
  'explain.alt_pinned_elsewhere', 'explain.preferred_chosen', 'explain.preferred_filtered', 'explain.preferred_not_option',
  'explain.preferred_unknown_municipality',
] as const;
