/**
 * The scored-instance contract: what the optimiser sees. Scores are already combined from criteria and
 * weights; the solver knows nothing of people, only of resources, capacities and scores.
 */
export type ResourceName = string;

/** Amount per resource; a resource that is missing counts as 0. */
export type ResourceAmounts = Readonly<Record<ResourceName, number>>;

export interface InstanceMunicipality {
  readonly id: string;
  readonly capacity: ResourceAmounts;
}

export interface InstanceOption {
  readonly municipality: string;
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

export type SolveStatus = 'optimal' | 'feasible' | 'infeasible' | 'timed_out' | 'error';

export interface Placement {
  readonly household: string;
  readonly municipality: string;
}

export interface SolveResult {
  readonly status: SolveStatus;
  /** Sum of the scores of the placements. */
  readonly objective: number;
  /** Lagrangian upper bound certified by `prices` (see bound.ts); `bound >= optimum` always. */
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
  /** Wall-clock limit in seconds; the solver returns its best feasible answer when it runs out. */
  readonly timeLimitSeconds?: number;
  /** Seed for any randomised tie-breaking, so runs are reproducible. */
  readonly seed?: number;
  /** Solver name to use ('auto' picks by size); see `solverNames` in solve.ts. */
  readonly solver?: string;
}
