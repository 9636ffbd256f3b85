/**
 * Code sets of a matching run besides its life cycle (lifecycle.ts, RUN_STATUSES): the solver's status, the stage
 * a running run is in, the solvers, and which answer an anchored run kept. Stored on `run`; GraphQL enums
 * `RoundStatus`, `SolveStatus`, `RunStage`, `Solver`, `SolverChoice` and `StableRerunKept`.
 */

/** A round is a `draft` (editable, can be run) until one of its runs is `published` (proposals made; frozen). */
export const ROUND_STATUSES = ['draft', 'published'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/**
 * What the solver reported (matching/solver/types.ts explains each): `optimal`, `feasible`, `timed_out` (with its
 * best checked answer), `infeasible` (pins alone exceed a capacity), `error` (refused or failed; nobody placed).
 */
export const SOLVE_STATUSES = ['optimal', 'feasible', 'infeasible', 'timed_out', 'error'] as const;
export type SolveStatus = (typeof SOLVE_STATUSES)[number];

/** What a running run is doing, in order: starting (loading its data), scoring the options, solving, explaining; `done` at the end. */
export const RUN_STAGES = ['starting', 'scoring', 'solving', 'explaining', 'done'] as const;
export type RunStage = (typeof RUN_STAGES)[number];

/** The solvers (matching/solver/solve.ts registers one per name). */
export const SOLVER_NAMES = ['core-lp', 'lagrangian-greedy', 'highs-mip', 'highs-lp', 'javascript-lp-solver'] as const;
export type SolverName = (typeof SOLVER_NAMES)[number];

/** What a round's policy may choose: a solver, or `auto` (the core-LP solver, which handles every size). */
export const SOLVER_CHOICES = ['auto', ...SOLVER_NAMES] as const;
export type SolverChoice = (typeof SOLVER_CHOICES)[number];

/** Which answer an anchored run returned: the solver's, or the anchor run's answer repaired to fit this run (it scored higher). */
export const STABLE_RERUN_KEPT = ['solver', 'repaired_anchor'] as const;
export type StableRerunKept = (typeof STABLE_RERUN_KEPT)[number];

/**
 * What an officer may set when creating a round (the API's `CreateRoundInput` validates with these, the console's
 * form checks them before sending): a name of 1–120 characters; a solve's time limit of 1–600 seconds (a run with the
 * priority rule priced solves twice); the priority rule's trade-off parameter from 0 (fit only) to 2
 * (matching/scoring/priority.ts). The response days' range is `RESPONSE_DAYS_RANGE` (lifecycle.ts).
 */
export const ROUND_NAME_LENGTH = { min: 1, max: 120 } as const;
export const TIME_LIMIT_SECONDS_RANGE = { min: 1, max: 600 } as const;
export const PRIORITY_WEIGHT_RANGE = { min: 0, max: 2 } as const;
/** Longest reception location a round's cohort may name (exact name). */
export const RECEPTION_LOCATION_MAX = 120;
