/**
 * Baselines with HiGHS (WebAssembly) on the full model, no decomposition:
 * - 'highs-mip': the full MIP. Exact for small rounds (~400 households in seconds); hopeless at national
 *   scale (no feasible answer after minutes at 10,000). Gives no prices, so its certified bound is the
 *   trivial one (prices 0); its own MIP dual bound is reported in `message`.
 * - 'highs-lp': the full LP (duals = optimal prices, bound = LP value) + naive rounding (keep integral
 *   placements, fill greedily). ~20 s and ~860 MB at 10,000 households; the Wasm heap stops at 2 GiB.
 */
import { compile } from './compile.js';
import { Assignment, greedyFill, residualCapacity } from './core.js';
import { columnGenerationLp, householdOfOption, restrictedMip } from './highs-model.js';
import { highsRuntime, MODEL_STATUS } from './highs-runtime.js';
import { buildResult, DEFAULT_TIME_LIMIT_SECONDS, errorResult, pinOverflow, type Solver } from './solver.js';
import type { Instance, SolveOptions, SolveResult } from './types.js';

function allOptions(c: ReturnType<typeof compile>): Int32Array {
  const cols: number[] = [];
  for (let h = 0; h < c.H; h++) if (c.pinned[h] < 0) for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) cols.push(o);
  return Int32Array.from(cols);
}

export const highsMipAdapter: Solver = {
  name: 'highs-mip',
  version: '1.15.3',
  async solve(instance: Instance, options: SolveOptions = {}): Promise<SolveResult> {
    const t0 = performance.now();
    try {
      const highs = await highsRuntime();
      const c = compile(instance);
      const capRes = residualCapacity(c);
      const overflow = pinOverflow(instance, c, capRes);
      if (overflow) return errorResult(instance, this.name, t0, overflow, 'infeasible');
      const deadline = t0 + (options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS) * 1000;
      const mip = restrictedMip(highs, c, capRes, allOptions(c), null, deadline);
      const a = new Assignment(c, capRes);
      const hhOf = householdOfOption(c);
      for (const o of mip.chosen) if (a.assign[hhOf[o]] < 0 && a.fits(hhOf[o], o, 1e-7)) a.place(hhOf[o], o);
      const status = mip.status === MODEL_STATUS.optimal ? 'optimal' : mip.status === MODEL_STATUS.timeLimit ? 'timed_out' : 'error';
      if (status === 'error') return errorResult(instance, this.name, t0, `HiGHS MIP model status ${mip.status}`);
      return buildResult(instance, c, a.assign, null, status, this.name, t0, `HiGHS MIP dual bound ${mip.dualBound}`);
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
    try {
      const highs = await highsRuntime();
      const c = compile(instance);
      const capRes = residualCapacity(c);
      const overflow = pinOverflow(instance, c, capRes);
      if (overflow) return errorResult(instance, this.name, t0, overflow, 'infeasible');
      const deadline = t0 + (options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS) * 1000;
      const lp = columnGenerationLp(highs, c, capRes, allOptions(c), deadline);
      if (lp.status !== MODEL_STATUS.optimal)
        return errorResult(instance, this.name, t0, `HiGHS LP model status ${lp.status}`, lp.status === MODEL_STATUS.timeLimit ? 'timed_out' : 'error');
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
