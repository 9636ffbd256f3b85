import { lagrangianBound } from './bound.js';
import { compile, pricesRecord, type Compiled } from './compile.js';
import { residualCapacity } from './placement-state.js';
import type { Instance, SolveOptions, SolveResult, SolveStatus } from './types.js';
import { InstanceValidationError, inputIssues } from './validate.js';

/** A solver adapter. `solve` never throws: failures come back as status 'error' with a message. */
export interface Solver {
  readonly name: string;
  readonly version: string;
  solve(instance: Instance, options?: SolveOptions): Promise<SolveResult>;
}

export const DEFAULT_TIME_LIMIT_SECONDS = 60;

/**
 * The deadline (a `performance.now()` value) every solver works to: 95 % of the limit minus 50 ms after
 * `startedAt`, minus 0.5 µs per option for what comes after it — the certified bound of the result and the
 * checker in `solve` (together 0.24 µs per option measured at 50,000 households on a loaded 2-core machine:
 * 0.8 s for 3.25 million options), and the few steps that end after the deadline (an auction or local-search
 * pass checks the clock every few thousand steps). The work before the first clock check (input rules,
 * compile, greedy start: about 0.5 µs per option) cannot be cut short either, so a limit below about 1 µs per
 * option (1 s per million options) cannot be met; the solver then answers as soon as it has its greedy start.
 */
function solveDeadline(startedAt: number, limitSeconds: number, options: number): number {
  return startedAt + limitSeconds * 1000 * 0.95 - 50 - 0.0005 * options;
}

/** Builds a SolveResult from an index assignment (option index per household, -1 = unplaced; pins implied). */
export function buildResult(
  instance: Instance, c: Compiled, assign: Int32Array | null, lam: Float64Array | null, status: SolveStatus,
  solver: string, startedAt: number, message?: string,
): SolveResult {
  const prices = lam ? pricesRecord(c, instance.resources, lam) : {};
  const placements: { household: string; municipality: string }[] = [];
  const unplaced: string[] = [];
  let objective = 0;
  if (assign && status !== 'error' && status !== 'infeasible') {
    for (let h = 0; h < c.H; h++) {
      const o = c.pinned[h] >= 0 ? c.optStart[h] : assign[h];
      if (o >= 0) {
        placements.push({ household: c.hhIds[h], municipality: c.munIds[c.optMun[o]] });
        objective += c.optScore[o];
      } else unplaced.push(c.hhIds[h]);
    }
  } else unplaced.push(...c.hhIds);
  const bound = lagrangianBound(instance, prices);
  return {
    status, objective, bound, prices, placements, unplaced, solver,
    seconds: (performance.now() - startedAt) / 1000,
    ...(message !== undefined ? { message } : {}),
  };
}

export function errorResult(instance: Instance, solver: string, startedAt: number, message: string, status: SolveStatus = 'error'): SolveResult {
  return {
    status, objective: 0, bound: lagrangianBound(instance, {}), prices: {}, placements: [],
    unplaced: instance.households.map((h) => h.id), solver, seconds: (performance.now() - startedAt) / 1000, message,
  };
}

/**
 * The refusal every solver returns first when the instance breaks the input rules (`inputIssues` in
 * validate.ts: scores within ±SCORE_LIMIT, amounts within [0, AMOUNT_LIMIT]), or null when it is fine.
 * Status `error`, nobody placed, `message` = "invalid instance:" and the issues by path; `bound` is 0: no
 * bound is certified for numbers the solvers do not accept (and the trivial one could be Infinity, which
 * JSON and GraphQL cannot carry).
 */
function refusal(instance: Instance, solver: string, startedAt: number): SolveResult | null {
  const issues = inputIssues(instance);
  if (issues.length === 0) return null;
  return {
    status: 'error', objective: 0, bound: 0, prices: {}, placements: [],
    unplaced: instance.households.map((h) => h.id), solver, seconds: (performance.now() - startedAt) / 1000,
    message: new InstanceValidationError(issues).message,
  };
}

/** Message naming the first municipality/resource whose pinned use exceeds capacity, or null. */
function pinOverflow(instance: Instance, c: Compiled, capRes: Float64Array): string | null {
  for (let m = 0; m < c.M; m++)
    for (let r = 0; r < c.R; r++) {
      const i = m * c.R + r;
      if (capRes[i] < -1e-9) {
        const cap = c.cap[i];
        return `pinned households need ${cap - capRes[i]} of "${instance.resources[r]}" in municipality "${c.munIds[m]}" but its capacity is ${cap}`;
      }
    }
  return null;
}

/** What every solver sets up before its own method runs (see `defineSolver`). */
export interface SolveSetup {
  /** `performance.now()` when `solve` was called: `seconds` and the deadline count from it. */
  readonly t0: number;
  /** The time limit in seconds (`SolveOptions.timeLimitSeconds`, default DEFAULT_TIME_LIMIT_SECONDS). */
  readonly limitSeconds: number;
  readonly c: Compiled;
  /** Capacity per municipality × resource after the pinned households (residualCapacity), all ≥ 0 here. */
  readonly capRes: Float64Array;
  /** `solveDeadline` of the call: the performance.now() value every phase works to. */
  readonly deadline: number;
}

/**
 * A Solver whose `solve` first does what every solver does — refuses an instance outside the input rules
 * (`refusal`), compiles it, takes the pinned households off the capacity (status `infeasible` naming the
 * municipality and resource when they alone exceed it) and fixes the deadline — and then runs `method`.
 * An exception from compiling or from `method` becomes status `error` with `failureMessage(e)`, so `solve`
 * never throws.
 */
export function defineSolver(
  name: string, version: string, failureMessage: (e: unknown) => string,
  method: (instance: Instance, setup: SolveSetup) => Promise<SolveResult>,
): Solver {
  return {
    name,
    version,
    async solve(instance: Instance, options: SolveOptions = {}): Promise<SolveResult> {
      const t0 = performance.now();
      const refused = refusal(instance, name, t0);
      if (refused) return refused;
      try {
        const limitSeconds = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
        const c = compile(instance);
        const capRes = residualCapacity(c);
        const overflow = pinOverflow(instance, c, capRes);
        if (overflow) return errorResult(instance, name, t0, overflow, 'infeasible');
        return await method(instance, { t0, limitSeconds, c, capRes, deadline: solveDeadline(t0, limitSeconds, c.optMun.length) });
      } catch (e) {
        return errorResult(instance, name, t0, failureMessage(e));
      }
    },
  };
}
