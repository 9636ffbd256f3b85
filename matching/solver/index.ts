export type * from './types.js';
export { parseInstance, validateInstance, InstanceValidationError } from './validate.js';
export { lagrangianBound, relativeGap } from './bound.js';
export { checkResult } from './check.js';
export type { Solver } from './solver.js';
export { solve, pickSolver, solvers, solverNames } from './solve.js';
export { coreLpSolver, type CoreLpOptions } from './lagrangian.adapter.js';
export { highsLpAdapter, highsMipAdapter } from './highs.adapter.js';
export { lpSolverAdapter } from './lp-solver.adapter.js';
