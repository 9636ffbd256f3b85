/**
 * Baselines with HiGHS (WebAssembly) on the full model, no decomposition:
 * - 'highs-mip': the full MIP. Exact for small rounds (~400 households in seconds); hopeless at national
 *   scale (no feasible answer after minutes at 10,000). Gives no prices, so its certified bound is the
 *   trivial one (prices 0); its own MIP dual bound is reported in `message`.
 * - 'highs-lp': the full LP (duals = optimal prices, bound = LP value) + naive rounding (keep integral
 *   placements, fill greedily). ~20 s and ~860 MB at 10,000 households; the Wasm heap stops at 2 GiB.
 * Both refuse instances outside the input rules (`refusal`), give HiGHS the time left until the deadline
 * (`solveDeadline`, `highsTimeBudget`) and, above 5,000 columns, run it in a worker thread terminated at the
 * deadline (highs-worker.ts: HiGHS ran 57 s with a 4.5 s limit on a tied 10,000-household MIP). When the
 * time limit stops HiGHS before it has an answer they return the greedy answer (checked like any other)
 * with status `timed_out` and say so in `message`.
 */
import { compile, type Compiled } from './compile.js';
import { Assignment, greedyFill, residualCapacity } from './core.js';
import { fullLpBounded, householdOfOption, restrictedMipBounded } from './highs-model.js';
import { highsRuntime, MODEL_STATUS } from './highs-runtime.js';
import { buildResult, DEFAULT_TIME_LIMIT_SECONDS, errorResult, pinOverflow, refusal, solveDeadline, type Solver } from './solver.js';
import type { Instance, SolveOptions, SolveResult } from './types.js';

function allOptions(c: Compiled): Int32Array {
  const cols: number[] = [];
  for (let h = 0; h < c.H; h++) if (c.pinned[h] < 0) for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) cols.push(o);
  return Int32Array.from(cols);
}

/** The greedy answer (by score) that a timed-out adapter returns when its own method had none. */
export function greedyAnswer(c: Compiled, capRes: Float64Array): Assignment {
  const a = new Assignment(c, capRes);
  greedyFill(a, new Float64Array(c.M * c.R));
  return a;
}

export const highsMipAdapter: Solver = {
  name: 'highs-mip',
  version: '1.15.3',
  async solve(instance: Instance, options: SolveOptions = {}): Promise<SolveResult> {
    const t0 = performance.now();
    const refused = refusal(instance, this.name, t0);
    if (refused) return refused;
    try {
      const highs = await highsRuntime();
      const c = compile(instance);
      const capRes = residualCapacity(c);
      const overflow = pinOverflow(instance, c, capRes);
      if (overflow) return errorResult(instance, this.name, t0, overflow, 'infeasible');
      const deadline = solveDeadline(t0, options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS, c.optMun.length);
      const mip = await restrictedMipBounded(highs, c, capRes, allOptions(c), null, deadline);
      const a = new Assignment(c, capRes);
      const hhOf = householdOfOption(c);
      for (const o of mip.chosen) if (a.assign[hhOf[o]] < 0 && a.fits(hhOf[o], o, 1e-7)) a.place(hhOf[o], o);
      if (mip.status === MODEL_STATUS.optimal)
        return buildResult(instance, c, a.assign, null, 'optimal', this.name, t0, `HiGHS MIP dual bound ${mip.dualBound}`);
      if (mip.status !== MODEL_STATUS.timeLimit) return errorResult(instance, this.name, t0, `HiGHS MIP model status ${mip.status}`);
      if (mip.chosen.length > 0)
        return buildResult(instance, c, a.assign, null, 'timed_out', this.name, t0, `time limit: HiGHS's best MIP answer so far; HiGHS MIP dual bound ${mip.dualBound}`);
      return buildResult(instance, c, greedyAnswer(c, capRes).assign, null, 'timed_out', this.name, t0,
        'time limit: HiGHS found no MIP answer in time; this is the greedy answer (by score)');
    } catch (e) {
      return errorResult(instance, this.name, t0, `HiGHS failed: ${(e as Error).message}`);
    }
  },
};

export const highsLpAdapter: Solver = {
  name: 'highs-lp',
  version: '1.15.3',
  async solve(instance: Instance, options: SolveOptions = {}): Promise<SolveResult> {
    const t0 = performance.now();
    const refused = refusal(instance, this.name, t0);
    if (refused) return refused;
    try {
      const highs = await highsRuntime();
      const c = compile(instance);
      const capRes = residualCapacity(c);
      const overflow = pinOverflow(instance, c, capRes);
      if (overflow) return errorResult(instance, this.name, t0, overflow, 'infeasible');
      const deadline = solveDeadline(t0, options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS, c.optMun.length);
      const lp = await fullLpBounded(highs, c, capRes, allOptions(c), deadline);
      if (lp.status !== MODEL_STATUS.optimal) {
        if (lp.status === MODEL_STATUS.timeLimit)
          return buildResult(instance, c, greedyAnswer(c, capRes).assign, null, 'timed_out', this.name, t0,
            'time limit: the LP was not solved in time; this is the greedy answer (by score)');
        return errorResult(instance, this.name, t0, `HiGHS LP model status ${lp.status}`);
      }
      const a = new Assignment(c, capRes);
      const hhOf = householdOfOption(c);
      for (let j = 0; j < lp.columns.length; j++) {
        const o = lp.columns[j];
        if (lp.x[j] > 1 - 1e-7 && a.assign[hhOf[o]] < 0 && a.fits(hhOf[o], o, 1e-7)) a.place(hhOf[o], o);
      }
      greedyFill(a, lp.lam);
      return buildResult(instance, c, a.assign, lp.lam, 'feasible', this.name, t0);
    } catch (e) {
      return errorResult(instance, this.name, t0, `HiGHS failed: ${(e as Error).message}`);
    }
  },
};
