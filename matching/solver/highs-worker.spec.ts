/**
 * The worker-thread path of HiGHS (highs-worker.ts): one-shot runs on models above `workerMinColumns` columns
 * run in a worker terminated at the deadline. Real rounds reach it only above 5,000 columns, so these tests
 * lower the threshold to 0 and compare with the same solve in the main thread.
 */
import { generateInstance } from '../bench/generate.js';
import { checkResult } from './check.js';
import { compile } from './compile.js';
import { coreLpSolver } from './core-lp.adapter.js';
import { highsLpSolver, highsMipSolver } from './highs.adapter.js';
import { highsRuntime, MODEL_STATUS } from './highs-runtime.js';
import { runHighsInWorker } from './highs-worker.js';
import type { HighsModelData } from './highs-worker.js';
import type { SolveResult } from './types.js';

/** What must not depend on the thread HiGHS ran in. */
const answer = (r: SolveResult) => ({ status: r.status, objective: r.objective, bound: r.bound, prices: r.prices, placements: r.placements, unplaced: r.unplaced });

/** max x + 2y subject to x + y ≤ 1, 0 ≤ x, y ≤ 1: optimum 2 at (0, 1). */
async function tinyLp(): Promise<HighsModelData> {
  const highs = await highsRuntime();
  return {
    numCols: 2,
    numRows: 1,
    sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from([1, 2]),
    colLower: new Float64Array(2),
    colUpper: Float64Array.from([1, 1]),
    rowLower: Float64Array.from([-highs.infinity]),
    rowUpper: Float64Array.from([1]),
    matrix: { format: 'csc', numRows: 1, numCols: 2, starts: Int32Array.from([0, 1, 2]), indices: Int32Array.from([0, 0]), values: Float64Array.from([1, 1]) },
  };
}

describe('runHighsInWorker', () => {
  it('solves a model in a worker thread and sends back the solution', async () => {
    const out = await runHighsInWorker(await tinyLp(), { output_flag: false }, null, performance.now() + 30_000);
    expect(out).not.toBeNull();
    expect(out!.status).toBe(MODEL_STATUS.optimal);
    expect(out!.colValue![0]).toBeCloseTo(0, 12);
    expect(out!.colValue![1]).toBeCloseTo(1, 12);
    expect(out!.objective).toBe(2);
  }, 60_000);

  it('resolves null when the deadline has passed (the worker is terminated)', async () => {
    expect(await runHighsInWorker(await tinyLp(), { output_flag: false }, null, performance.now() - 1)).toBeNull();
  }, 60_000);
});

describe('a solve through the worker gives the in-thread answer', () => {
  // 60 households × 5 options = 300 columns: in the main thread by default, in a worker with threshold 0
  const inst = generateInstance({ households: 60, municipalities: 12, optionsPerHousehold: 5, seed: 5 });

  it('highs-mip', async () => {
    expect(compile(inst).optMun.length).toBeLessThanOrEqual(5000);
    const inThread = await highsMipSolver().solve(inst, { timeLimitSeconds: 20 });
    const inWorker = await highsMipSolver({ workerMinColumns: 0 }).solve(inst, { timeLimitSeconds: 20 });
    expect(inThread.status).toBe('optimal');
    expect(checkResult(inst, inWorker)).toEqual([]);
    expect(answer(inWorker)).toEqual(answer(inThread));
  }, 60_000);

  it('highs-lp (prices from the worker\'s duals)', async () => {
    const inThread = await highsLpSolver().solve(inst, { timeLimitSeconds: 20 });
    const inWorker = await highsLpSolver({ workerMinColumns: 0 }).solve(inst, { timeLimitSeconds: 20 });
    expect(inThread.status).toBe('feasible');
    expect(Object.keys(inThread.prices).length).toBeGreaterThan(0);
    expect(checkResult(inst, inWorker)).toEqual([]);
    expect(answer(inWorker)).toEqual(answer(inThread));
  }, 60_000);

  it('core-lp (its exact MIP phase)', async () => {
    const inThread = await coreLpSolver().solve(inst, { timeLimitSeconds: 20 });
    const inWorker = await coreLpSolver({ highsWorkerMinColumns: 0 }).solve(inst, { timeLimitSeconds: 20 });
    // optimal with a gap left between answer and bound: only the exact MIP phase proves that
    expect(inThread.status).toBe('optimal');
    expect(inThread.bound - inThread.objective).toBeGreaterThan(1e-6);
    expect(checkResult(inst, inWorker)).toEqual([]);
    expect(answer(inWorker)).toEqual(answer(inThread));
  }, 60_000);
});
