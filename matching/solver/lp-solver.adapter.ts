/**
 * Exact MIP with javascript-lp-solver (pure JS branch and bound). Only for tiny instances (tests' exact
 * cross-check): it needs ~4 s for the LP of 100 × 30 and over 120 s for 500 × 30.
 */
import * as lpSolverModule from 'javascript-lp-solver';

type LpSolve = { Solve(model: unknown): unknown };
const lpSolver: LpSolve = ((lpSolverModule as unknown as { default?: LpSolve }).default ?? lpSolverModule) as LpSolve;
import { compile } from './compile.js';
import { Assignment, residualCapacity } from './core.js';
import { buildResult, errorResult, pinOverflow, type Solver } from './solver.js';
import type { Instance, SolveOptions, SolveResult } from './types.js';

export const lpSolverAdapter: Solver = {
  name: 'javascript-lp-solver',
  version: '1.0.3',
  async solve(instance: Instance, options: SolveOptions = {}): Promise<SolveResult> {
    const t0 = performance.now();
    try {
      const c = compile(instance);
      const capRes = residualCapacity(c);
      const overflow = pinOverflow(instance, c, capRes);
      if (overflow) return errorResult(instance, this.name, t0, overflow, 'infeasible');
      const constraints: Record<string, { max: number }> = {};
      const variables: Record<string, Record<string, number>> = {};
      const ints: Record<string, 1> = {};
      for (let i = 0; i < capRes.length; i++) constraints[`c${i}`] = { max: Math.max(0, capRes[i]) };
      for (let h = 0; h < c.H; h++) {
        if (c.pinned[h] >= 0) continue;
        constraints[`h${h}`] = { max: 1 };
        for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) {
          if (c.optScore[o] <= 0) continue; // never worth placing
          const v: Record<string, number> = { score: c.optScore[o], [`h${h}`]: 1 };
          for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) v[`c${c.optMun[o] * c.R + c.useRes[k]}`] = c.useAmt[k];
          variables[`x${o}`] = v;
          ints[`x${o}`] = 1;
        }
      }
      const timeoutMs = (options.timeLimitSeconds ?? 60) * 1000;
      const res = lpSolver.Solve({ optimize: 'score', opType: 'max', constraints, variables, ints, options: { timeout: timeoutMs, tolerance: 0 } }) as Record<string, unknown>;
      if (!res || res.feasible !== true) return errorResult(instance, this.name, t0, `javascript-lp-solver: no feasible solution reported`);
      const a = new Assignment(c, capRes);
      for (let h = 0; h < c.H; h++) {
        if (c.pinned[h] >= 0) continue;
        for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) {
          const x = res[`x${o}`];
          if (typeof x === 'number' && x > 0.5 && a.assign[h] < 0) a.place(h, o);
        }
      }
      const timedOut = performance.now() - t0 >= timeoutMs;
      return buildResult(instance, c, a.assign, null, timedOut ? 'timed_out' : 'optimal', this.name, t0);
    } catch (e) {
      return errorResult(instance, this.name, t0, `javascript-lp-solver failed: ${(e as Error).message}`);
    }
  },
};
