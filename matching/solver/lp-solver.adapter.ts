/**
 * Exact MIP with javascript-lp-solver (pure JS branch and bound). Only for tiny instances (tests' exact
 * cross-check): it needs ~2 s for 100 households × 30 options and over 120 s for 500 × 30.
 *
 * Time limit. The library checks its `timeout` only between branch-and-bound nodes; its simplex loops have
 * neither an iteration cap nor a clock check (and can cycle on degenerate models). So it runs in a worker
 * thread that is terminated at the deadline: then the adapter returns the greedy answer with status
 * `timed_out` and says so in `message`. Instances whose dense tableau would exceed MAX_TABLEAU_CELLS are
 * refused (status `error`) before anything is allocated.
 */
import { createRequire } from 'node:module';
import { greedyAnswer, greedyFill } from './greedy.js';
import { PlacementState } from './placement-state.js';
import { buildResult, defineSolver, errorResult, type Solver } from './solver.js';
import { runWorkerUntil } from './worker-until-deadline.js';

/** Largest dense tableau ((constraints + 1) × (variables + 1) numbers) the adapter accepts: 40 MB. */
const MAX_TABLEAU_CELLS = 5_000_000;

type LpModel = {
  optimize: string;
  opType: 'max';
  constraints: Record<string, { max: number }>;
  variables: Record<string, Record<string, number>>;
  ints: Record<string, 1>;
  options: { timeout: number; tolerance: number };
};

// CommonJS source of the worker: loads the library by its resolved path and solves the model it is given.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const lib = require(workerData.modulePath);
const solver = lib.default ?? lib;
parentPort.postMessage(solver.Solve(workerData.model));
`;

/** Solves `model` in a worker; resolves null if the worker is still running at `deadline` (then it is terminated). */
function solveInWorker(model: LpModel, deadline: number): Promise<Record<string, unknown> | null> {
  const modulePath = createRequire(import.meta.url).resolve('javascript-lp-solver');
  return runWorkerUntil<Record<string, unknown>>(WORKER_SOURCE, { modulePath, model }, deadline);
}

const name = 'javascript-lp-solver';

export const lpSolverAdapter: Solver = defineSolver(
  name, '1.0.3', (e) => `javascript-lp-solver failed: ${(e as Error).message}`,
  async (instance, { t0, c, capRes, deadline }) => {
    const constraints: Record<string, { max: number }> = {};
    const variables: Record<string, Record<string, number>> = {};
    const ints: Record<string, 1> = {};
    let nVars = 0;
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
        nVars++;
      }
    }
    const cells = (Object.keys(constraints).length + 1) * (nVars + 1);
    if (cells > MAX_TABLEAU_CELLS)
      return errorResult(instance, name, t0,
        `javascript-lp-solver is for tiny instances only: this one needs a tableau of ${cells} numbers, more than ${MAX_TABLEAU_CELLS}; use core-lp or highs-mip`);
    // the library's own branch-and-bound timeout, a little before the hard stop
    const timeout = Math.max(1, Math.floor(0.8 * (deadline - performance.now())));
    const tWorker = performance.now();
    const res = await solveInWorker({ optimize: 'score', opType: 'max', constraints, variables, ints, options: { timeout, tolerance: 0 } }, deadline);
    if (res === null)
      return buildResult(instance, c, greedyAnswer(c, capRes).assign, null, 'timed_out', name, t0,
        'time limit: javascript-lp-solver did not finish in time; this is the greedy answer (by score)');
    // its branch and bound stops on `timeout` with the best answer so far, which was seen to break
    // capacities (then it is not a solution: keep the placements that fit and fill greedily)
    const timedOut = performance.now() - tWorker >= timeout;
    if (res.feasible !== true && !timedOut) return errorResult(instance, name, t0, `javascript-lp-solver: no feasible solution reported`);
    const a = new PlacementState(c, capRes);
    let misfits = 0;
    for (let h = 0; h < c.H; h++) {
      if (c.pinned[h] >= 0) continue;
      for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) {
        const x = res[`x${o}`];
        if (typeof x === 'number' && x > 0.5 && a.assign[h] < 0) {
          if (a.fits(h, o, 1e-7)) a.place(h, o);
          else misfits++;
        }
      }
    }
    if (timedOut) {
      greedyFill(a, new Float64Array(c.M * c.R));
      return buildResult(instance, c, a.assign, null, 'timed_out', name, t0,
        `time limit: javascript-lp-solver stopped its branch and bound; its placements that fit${misfits > 0 ? ` (${misfits} did not)` : ''}, filled greedily`);
    }
    if (misfits > 0) return errorResult(instance, name, t0, `javascript-lp-solver: its answer breaks capacities (${misfits} placements)`);
    return buildResult(instance, c, a.assign, null, 'optimal', name, t0);
  },
);
