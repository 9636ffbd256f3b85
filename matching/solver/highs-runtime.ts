import * as highsModule from 'highs';
import type { Highs } from 'highs';

// The package ships an ES module whose default export is the loader; its types are declared CommonJS-style,
// so reach the loader through the namespace object.
const loadHighs = (highsModule as unknown as { default: () => Promise<Highs> }).default;

let runtime: Promise<Highs> | undefined;

/**
 * The HiGHS WebAssembly runtime, loaded once per process. Its linear memory only grows (max 2 GiB) and is
 * never returned to the OS, so callers keep models small and dispose them.
 */
export function highsRuntime(): Promise<Highs> {
  if (!runtime) runtime = loadHighs();
  return runtime;
}

/** HiGHS model status codes used here (HighsModelStatus: 0 kNotset, 6 kModelEmpty, 7 kOptimal, 8 kInfeasible, 13 kTimeLimit, 17 kInterrupt). */
export const MODEL_STATUS = { notSet: 0, empty: 6, optimal: 7, infeasible: 8, timeLimit: 13, interrupted: 17 } as const;
