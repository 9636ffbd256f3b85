/**
 * The scored-instance contract: what the optimiser sees. Scores are already combined from criteria and
 * weights; the solver knows nothing of people, only of resources, capacities and scores.
 */
export type ResourceName = string;

/**
 * Allowed range of every option score: a finite number with |score| ≤ SCORE_LIMIT (1e6). The rounds layer
 * produces score = Σ over the unit's households of (placementValue + priorityWeight · p + stability + fit), with
 * fit in [0, 1] (a normalised weighted mean, whatever the weights), p in [0, 1] (the priority rule,
 * scoring/priority.ts), stability 0 or the stabilityBonus, placementValue in [0, 100] (the API's limit) and —
 * limits the round policy input must enforce — priorityWeight in [0, 10], stabilityBonus in [0, 1]; so a unit of
 * K linked households scores at most 112·K: inside the range up to K = 8,900. Why a limit at all: HiGHS treats
 * |values| ≥ 1e20 as infinite (the highs adapters then failed with "model status 15" where core-lp solved),
 * sums of scores near 1.8e308 overflow to Infinity (the checker then refused every answer), and the auction's
 * price increment (1e-7) and the checker's tolerance (1e-6 relative) need scores far above the rounding unit
 * (at 1e6 a double's spacing is 1.2e-10). Negative scores are allowed (such options are never worth taking,
 * unless pinned). Checked at input by `validateInstance` and by every solver (`inputIssues`, validate.ts).
 */
export const SCORE_LIMIT = 1e6;

/**
 * Allowed range of every capacity and use amount: a finite number in [0, AMOUNT_LIMIT] (1e9). Real rounds have
 * thousands of persons or homes per municipality at most; the limit keeps home counts inside the auction's
 * 32-bit slot counts (2^31 ≈ 2.1e9) and sums of amounts × prices finite.
 */
export const AMOUNT_LIMIT = 1e9;

/** Amount per resource; a resource that is missing counts as 0. Each amount is in [0, AMOUNT_LIMIT]. */
export type ResourceAmounts = Readonly<Record<ResourceName, number>>;

export interface InstanceMunicipality {
  readonly id: string;
  readonly capacity: ResourceAmounts;
}

export interface InstanceOption {
  readonly municipality: string;
  /** Finite, |score| ≤ SCORE_LIMIT (1e6). */
  readonly score: number;
}

export interface InstanceHousehold {
  readonly id: string;
  readonly uses: ResourceAmounts;
  readonly options: readonly InstanceOption[];
  /**
   * Optional pin: the household must be placed in this municipality (its only allowed option). Its score is
   * the score of the matching option if listed, else 0. Pins that alone exceed a capacity make the instance
   * infeasible.
   */
  readonly pinned?: string;
}

export interface Instance {
  readonly resources: readonly ResourceName[];
  readonly municipalities: readonly InstanceMunicipality[];
  readonly households: readonly InstanceHousehold[];
}

/**
 * - `optimal`: proven optimal (a MIP proved it, or the certified gap is ≤ 1e-9);
 * - `feasible`: a checked answer, not proven optimal, found without hitting the time limit;
 * - `timed_out`: the time limit stopped the solver; `placements` is the best checked answer it had (at least
 *   the greedy start for core-lp and lagrangian-greedy; the adapters fall back to the greedy answer when their
 *   own method had none, and say so in `message`);
 * - `infeasible`: pins alone exceed a capacity (`message` names it); nobody placed;
 * - `error`: the instance was refused (`message` names the field and the allowed range) or the solver failed
 *   or its answer failed the checker; nobody placed.
 */
export type { SolveStatus } from '../vocabulary/runs.js';
import type { SolveStatus } from '../vocabulary/runs.js';

export interface Placement {
  readonly household: string;
  readonly municipality: string;
}

export interface SolveResult {
  readonly status: SolveStatus;
  /** Sum of the scores of the placements. */
  readonly objective: number;
  /**
   * Lagrangian upper bound certified by `prices` (see bound.ts); `bound >= optimum` always, except for a
   * refused instance (status `error`, outside the input rules), where it is 0 and certifies nothing.
   */
  readonly bound: number;
  /** Nonnegative price per municipality and resource; missing means 0. */
  readonly prices: Readonly<Record<string, ResourceAmounts>>;
  readonly placements: readonly Placement[];
  readonly unplaced: readonly string[];
  readonly solver: string;
  readonly seconds: number;
  /** Human-readable reason for `error`/`infeasible` statuses. */
  readonly message?: string;
}

export interface SolveOptions {
  /**
   * Wall-clock limit in seconds (default 60); the solver returns within it with its best checked answer and
   * status `timed_out` when it runs out (see `solveDeadline` in solver.ts for the margin it keeps).
   */
  readonly timeLimitSeconds?: number;
  /** Seed for any randomised tie-breaking, so runs are reproducible. */
  readonly seed?: number;
  /** Solver name to use ('auto' picks by size); see `solverNames` in solve.ts. */
  readonly solver?: string;
}
