import { checkResult } from './check.js';
import { highsLpAdapter, highsMipAdapter } from './highs.adapter.js';
import { coreLpSolver } from './core-lp.adapter.js';
import { lpSolverAdapter } from './lp-solver.adapter.js';
import type { Solver } from './solver.js';
import type { Instance, SolveOptions, SolveResult } from './types.js';
import { SOLVER_NAMES, type SolverName } from '../vocabulary/runs.js';

export const solvers: Readonly<Record<SolverName, Solver>> = {
  'core-lp': coreLpSolver(),
  'lagrangian-greedy': coreLpSolver({ useHighs: false }),
  'highs-mip': highsMipAdapter,
  'highs-lp': highsLpAdapter,
  'javascript-lp-solver': lpSolverAdapter,
};
export const solverNames: readonly SolverName[] = SOLVER_NAMES;

/** Picks a solver by name, or 'auto' (default): the core-LP solver, which handles every size. */
export function pickSolver(instance: Instance, name = 'auto'): Solver {
  if (name === 'auto') return solvers['core-lp'];
  const s = (solvers as Readonly<Record<string, Solver | undefined>>)[name];
  if (!s) throw new Error(`unknown solver "${name}" (known: auto, ${solverNames.join(', ')})`);
  return s;
}

/**
 * Solves an instance and runs the independent checker on the result: a result that fails it is returned as
 * status 'error' with the violations in `message`, never as feasible. Every solver first refuses instances
 * outside the input rules (scores within ±SCORE_LIMIT, amounts within [0, AMOUNT_LIMIT]: status 'error',
 * the same message from every solver, naming each field), and returns within `timeLimitSeconds` (default
 * 60) — with status 'timed_out' and its best checked answer when the limit stopped it (see README.md,
 * "Time limit").
 */
export async function solve(instance: Instance, options: SolveOptions = {}): Promise<SolveResult> {
  const solver = pickSolver(instance, options.solver);
  const result = await solver.solve(instance, options);
  const violations = checkResult(instance, result);
  if (violations.length === 0) return result;
  return {
    ...result,
    status: 'error',
    objective: 0,
    placements: [],
    unplaced: instance.households.map((h) => h.id),
    message: `result of ${result.solver} failed the checker:\n  ${violations.join('\n  ')}`,
  };
}
