/**
 * Baselines with HiGHS (WebAssembly) on the full model, no decomposition:
 * - 'highs-mip': the full MIP. Exact for small rounds (~400 households in seconds); hopeless at national
 *   scale (no feasible answer after minutes at 10,000). Gives no prices, so its certified bound is the
 *   trivial one (prices 0); its own MIP dual bound is reported in `message`.
 * - 'highs-lp': the full LP (duals = optimal prices, bound = LP value) + naive rounding (keep integral
 *   placements, fill greedily). ~20 s and ~860 MB at 10,000 households; the Wasm heap stops at 2 GiB.
 * Both refuse instances outside the input rules (`defineSolver`), give HiGHS the time left until the deadline
 * (`solveDeadline`, `highsTimeBudget`) and, above `workerMinColumns` columns (default 5,000), run it in a
 * worker thread terminated at the deadline (highs-worker.ts: HiGHS ran 57 s with a 4.5 s limit on a tied 10,000-household MIP). When the
 * time limit stops HiGHS before it has an answer they return the greedy answer (checked like any other)
 * with status `timed_out` and say so in `message`.
 */
import type { Compiled } from './compile.js';
import { greedyAnswer, greedyFill } from './greedy.js';
import { fullLpBounded, householdOfOption, restrictedMipBounded } from './highs-model.js';
import { highsRuntime, MODEL_STATUS } from './highs-runtime.js';
import { WORKER_MIN_COLUMNS } from './highs-worker.js';
import { PlacementState } from './placement-state.js';
import { buildResult, defineSolver, errorResult, type Solver } from './solver.js';

/** Version of the `highs` package the adapters were measured with. */
const HIGHS_VERSION = '1.15.3';

export interface HighsAdapterOptions {
  /**
   * A model with more columns than this runs in a worker thread terminated at the deadline, in columns
   * (default WORKER_MIN_COLUMNS = 5,000; see highs-worker.ts). 0 runs every model in a worker.
   */
  readonly workerMinColumns?: number;
}

const failure = (e: unknown): string => `HiGHS failed: ${(e as Error).message}`;

function allOptions(c: Compiled): Int32Array {
  const cols: number[] = [];
  for (let h = 0; h < c.H; h++) if (c.pinned[h] < 0) for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) cols.push(o);
  return Int32Array.from(cols);
}

/** The `highs-mip` baseline (see above). */
export function highsMipSolver({ workerMinColumns = WORKER_MIN_COLUMNS }: HighsAdapterOptions = {}): Solver {
  const name = 'highs-mip';
  return defineSolver(name, HIGHS_VERSION, failure, async (instance, { t0, c, capRes, deadline }) => {
    const highs = await highsRuntime();
    const mip = await restrictedMipBounded(highs, c, capRes, allOptions(c), null, deadline, workerMinColumns);
    const a = new PlacementState(c, capRes);
    const hhOf = householdOfOption(c);
    for (const o of mip.chosen) if (a.assign[hhOf[o]] < 0 && a.fits(hhOf[o], o, 1e-7)) a.place(hhOf[o], o);
    if (mip.status === MODEL_STATUS.optimal)
      return buildResult(instance, c, a.assign, null, 'optimal', name, t0, `HiGHS MIP dual bound ${mip.dualBound}`);
    if (mip.status !== MODEL_STATUS.timeLimit) return errorResult(instance, name, t0, `HiGHS MIP model status ${mip.status}`);
    if (mip.chosen.length > 0)
      return buildResult(instance, c, a.assign, null, 'timed_out', name, t0, `time limit: HiGHS's best MIP answer so far; HiGHS MIP dual bound ${mip.dualBound}`);
    return buildResult(instance, c, greedyAnswer(c, capRes).assign, null, 'timed_out', name, t0,
      'time limit: HiGHS found no MIP answer in time; this is the greedy answer (by score)');
  });
}

/** The `highs-lp` baseline (see above). */
export function highsLpSolver({ workerMinColumns = WORKER_MIN_COLUMNS }: HighsAdapterOptions = {}): Solver {
  const name = 'highs-lp';
  return defineSolver(name, HIGHS_VERSION, failure, async (instance, { t0, c, capRes, deadline }) => {
    const highs = await highsRuntime();
    const lp = await fullLpBounded(highs, c, capRes, allOptions(c), deadline, workerMinColumns);
    if (lp.status !== MODEL_STATUS.optimal) {
      if (lp.status === MODEL_STATUS.timeLimit)
        return buildResult(instance, c, greedyAnswer(c, capRes).assign, null, 'timed_out', name, t0,
          'time limit: the LP was not solved in time; this is the greedy answer (by score)');
      return errorResult(instance, name, t0, `HiGHS LP model status ${lp.status}`);
    }
    const a = new PlacementState(c, capRes);
    const hhOf = householdOfOption(c);
    for (let j = 0; j < lp.columns.length; j++) {
      const o = lp.columns[j];
      if (lp.x[j] > 1 - 1e-7 && a.assign[hhOf[o]] < 0 && a.fits(hhOf[o], o, 1e-7)) a.place(hhOf[o], o);
    }
    greedyFill(a, lp.lam);
    return buildResult(instance, c, a.assign, lp.lam, 'feasible', name, t0);
  });
}

export const highsMipAdapter: Solver = highsMipSolver();
export const highsLpAdapter: Solver = highsLpSolver();
