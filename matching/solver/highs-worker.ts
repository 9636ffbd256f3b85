/**
 * One HiGHS run in a worker thread that is terminated at the deadline (internal).
 *
 * Why: HiGHS runs synchronously and does not always honour its `time_limit`. Measured: the full MIP of
 * 10,000 households with every score equal (200,000 columns) ran 57 s with a 4.5 s limit (with 1–3 s it
 * stopped in time; with presolve off in 4.8 s), so a limit passed to HiGHS is not a guarantee. One-shot runs on
 * large models (the `highs-mip` and `highs-lp` baselines, core-lp's exact MIP phase) therefore run here;
 * small models (≤ WORKER_MIN_COLUMNS columns) and the interactive column generation stay in the main thread,
 * where HiGHS's overrun was measured at ≤ 0.6 s. Starting a worker with its own HiGHS runtime takes ~60 ms;
 * its Wasm memory is freed when it ends.
 */
import { createRequire } from 'node:module';
import type { ModelData } from 'highs';
import { runWorkerUntil } from './worker-until-deadline.js';

/** Models with more columns than this run in a worker (see above). */
export const WORKER_MIN_COLUMNS = 5000;

/** The model data HiGHS's `createModel` takes (as built by highs-model.ts). */
export type HighsModelData = ModelData;

export interface HighsRunOutcome {
  /** HiGHS model status (7 optimal, 13 time limit, …) */
  readonly status: number;
  /** primal values when HiGHS has a feasible primal solution, else null */
  readonly colValue: Float64Array | null;
  /** row duals (LPs with a solution), else null */
  readonly rowDual: Float64Array | null;
  readonly objective: number;
  /** MIP dual bound in HiGHS's sense (minimisation), NaN if none */
  readonly mipDualBound: number;
}

// CommonJS source of the worker: loads HiGHS by its resolved path, builds the model, runs it once.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const lib = require(workerData.modulePath);
const load = typeof lib === 'function' ? lib : lib.default;
load().then((highs) => {
  const model = highs.createModel(workerData.data);
  try {
    model.options.set(workerData.options);
    if (workerData.start) {
      try { model.setSolution({ colValue: workerData.start }); } catch (e) { /* a start is only a hint */ }
    }
    model.run();
    const status = model.getModelStatus();
    let mipDualBound = NaN;
    try { mipDualBound = Number(model.info.get('mip_dual_bound')); } catch (e) { /* LP: none */ }
    let colValue = null;
    let rowDual = null;
    let objective = NaN;
    if (Number(model.info.get('primal_solution_status')) === 2) {
      const sol = model.getSolution();
      colValue = Float64Array.from(sol.colValue);
      rowDual = sol.rowDual ? Float64Array.from(sol.rowDual) : null;
      objective = model.getObjectiveValue();
    }
    parentPort.postMessage({ status, colValue, rowDual, objective, mipDualBound });
  } finally {
    model.dispose();
  }
});
`;

/**
 * Runs HiGHS once on `data` with `options` (and an optional MIP start) in a worker; resolves null if it is
 * still running at `deadline` (a performance.now() value), and then terminates it.
 */
export function runHighsInWorker(
  data: HighsModelData, options: Readonly<Record<string, number | string | boolean>>, start: Float64Array | null, deadline: number,
): Promise<HighsRunOutcome | null> {
  const modulePath = createRequire(import.meta.url).resolve('highs');
  return runWorkerUntil<HighsRunOutcome>(WORKER_SOURCE, { modulePath, data, options, start }, deadline);
}
