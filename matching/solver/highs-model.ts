/**
 * Assignment LP/MIP models on a subset of (household, option) columns, solved with HiGHS (internal).
 * Rows: one "placed at most once" row per household that has columns, then one capacity row per
 * municipality × resource. Minimises −score so that capacity-row duals are ≤ 0 (λ = −dual).
 */
import type { Highs } from 'highs';
import type { Compiled } from './compile.js';
import { reducedScore } from './lagrangian.js';
import { MODEL_STATUS } from './highs-runtime.js';
import { runHighsInWorker, WORKER_MIN_COLUMNS, type HighsModelData } from './highs-worker.js';

export interface LpOutcome {
  readonly status: number;
  readonly lam: Float64Array;
  /** household-row duals y[h] ≥ 0 (0 for households without a row) */
  readonly y: Float64Array;
  /** primal values per column */
  readonly x: Float64Array;
  readonly objective: number;
}

/**
 * The HiGHS model over the columns `cols` (option indices), with `rowOf[h]` (the row of household h, −1 if it
 * has no column) and F (the number of household rows; capacity rows follow from F). Integer columns when
 * `integer` (a MIP), else an LP.
 */
function buildModelData(highs: Highs, c: Compiled, capRes: Float64Array, cols: Int32Array, integer: boolean): { data: HighsModelData; rowOf: Int32Array; F: number } {
  const rowOf = new Int32Array(c.H).fill(-1);
  let F = 0;
  const hhOf = householdOfOption(c);
  for (const o of cols) {
    const h = hhOf[o];
    if (rowOf[h] < 0) rowOf[h] = F++;
  }
  const nCap = c.M * c.R;
  const numRows = F + nCap;
  const n = cols.length;
  const { starts, indices, values, cost } = optionColumns(c, rowOf, F, cols);
  const rowUpper = new Float64Array(numRows);
  rowUpper.fill(1, 0, F);
  for (let i = 0; i < nCap; i++) rowUpper[F + i] = Math.max(0, capRes[i]);
  const data: HighsModelData = {
    numCols: n,
    numRows,
    sense: highs.constants.objectiveSense.minimize,
    colCost: cost,
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(1),
    rowLower: new Float64Array(numRows).fill(-highs.infinity),
    rowUpper,
    matrix: { format: 'csc' as const, numRows, numCols: n, starts, indices, values },
    ...(integer ? { integrality: new Int32Array(n).fill(1) } : {}),
  };
  return { data, rowOf, F };
}

/**
 * The columns of options `cols` in CSC form: column j has a 1 in its household's row (`rowOf`) and the
 * household's use of each resource in the capacity row F + municipality × R + resource; its cost is −score.
 */
function optionColumns(c: Compiled, rowOf: Int32Array, F: number, cols: ArrayLike<number>): { starts: Int32Array; indices: Int32Array; values: Float64Array; cost: Float64Array } {
  const hhOf = householdOfOption(c);
  const n = cols.length;
  const starts = new Int32Array(n + 1);
  let nnz = 0;
  for (let j = 0; j < n; j++) {
    const h = hhOf[cols[j]];
    nnz += 1 + c.useStart[h + 1] - c.useStart[h];
  }
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  const cost = new Float64Array(n);
  nnz = 0;
  for (let j = 0; j < n; j++) {
    const o = cols[j];
    const h = hhOf[o];
    starts[j] = nnz;
    indices[nnz] = rowOf[h];
    values[nnz++] = 1;
    const base = F + c.optMun[o] * c.R;
    for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) {
      indices[nnz] = base + c.useRes[k];
      values[nnz++] = c.useAmt[k];
    }
    cost[j] = -c.optScore[o];
  }
  starts[n] = nnz;
  return { starts, indices, values, cost };
}

/** Below this many seconds a HiGHS run is not started (it could not do anything useful). */
const MIN_HIGHS_SECONDS = 0.05;

/**
 * Seconds a HiGHS run may take so that it ends before `deadline` (a performance.now() value): 90 % of what is
 * left minus 50 ms. HiGHS checks its time_limit only between its own steps and was measured to overrun it by
 * up to 0.4 s on a 2.2 s MIP (10,000 tied households), hence the margin. 0 when the deadline has passed.
 */
function highsTimeBudget(deadline: number): number {
  const left = (deadline - performance.now()) / 1000;
  return Math.max(0, 0.9 * left - 0.05);
}

const hhCache = new WeakMap<Compiled, Int32Array>();
export function householdOfOption(c: Compiled): Int32Array {
  let a = hhCache.get(c);
  if (!a) {
    a = new Int32Array(c.optMun.length);
    for (let h = 0; h < c.H; h++) a.fill(h, c.optStart[h], c.optStart[h + 1]);
    hhCache.set(c, a);
  }
  return a;
}

/**
 * LP with column generation: starts from `initial` columns, re-prices all options of all free households
 * against the duals, adds up to `perRound` improving columns per household, and re-solves (warm start)
 * until no option has a positive reduced score or the deadline passes.
 */
export function columnGenerationLp(
  highs: Highs, c: Compiled, capRes: Float64Array, initial: Int32Array, deadline: number, perRound = 3,
  extraOptions: Record<string, number | string | boolean> = {}, log?: (s: string) => void, stopGap = 0,
): LpOutcome & { converged: boolean; gapStop: boolean; rounds: number; columns: Int32Array } {
  const hhOf = householdOfOption(c);
  const inCore = new Uint8Array(c.optMun.length);
  // Every free household gets a row from the start (needed for y), even if its column set starts empty:
  // give it its first option if it has none in `initial`.
  const cols: number[] = [];
  for (const o of initial) if (!inCore[o]) { inCore[o] = 1; cols.push(o); }
  const hasCol = new Uint8Array(c.H);
  for (const o of cols) hasCol[hhOf[o]] = 1;
  for (let h = 0; h < c.H; h++)
    if (c.pinned[h] < 0 && !hasCol[h] && c.optStart[h + 1] > c.optStart[h]) {
      const o = c.optStart[h];
      inCore[o] = 1;
      cols.push(o);
    }
  cols.sort((a, b) => a - b);
  if (cols.length === 0)
    return { status: MODEL_STATUS.optimal, lam: new Float64Array(c.M * c.R), y: new Float64Array(c.H), x: new Float64Array(0), objective: 0, converged: true, gapStop: false, rounds: 0, columns: new Int32Array(0) };
  const { data, rowOf, F } = buildModelData(highs, c, capRes, Int32Array.from(cols), false);
  const model = highs.createModel(data);
  try {
    model.options.set({ output_flag: false, random_seed: 0, presolve: 'off', ...extraOptions });
    let rounds = 0;
    let converged = false;
    let gapStop = false;
    let status: number = MODEL_STATUS.notSet;
    let sol: { colValue: Float64Array; rowDual: Float64Array } = { colValue: new Float64Array(0), rowDual: new Float64Array(0) };
    const lam = new Float64Array(c.M * c.R);
    const y = new Float64Array(c.H);
    // bounded: every round that does not stop adds at least one column that was not in the core, so there are
    // at most (options − initial columns) + 1 rounds; the deadline is checked before every HiGHS run
    for (;;) {
      const budget = highsTimeBudget(deadline);
      if (budget <= MIN_HIGHS_SECONDS) break;
      // HiGHS's time_limit is compared with the model's cumulative run time (getRunTime: the runs so far,
      // not the pricing between them), so this run may use `budget` more
      model.options.set('time_limit', Math.min(model.getRunTime() + budget, 1e7));
      // after an interior-point first solve (with crossover) the later rounds warm-start the simplex
      if (rounds === 1 && extraOptions.solver === 'ipm') model.options.set('solver', 'simplex');
      model.run();
      status = model.getModelStatus();
      rounds++;
      if (status === MODEL_STATUS.empty) status = MODEL_STATUS.optimal; // empty model
      if (status !== MODEL_STATUS.optimal) break;
      sol = model.getSolution();
      for (let i = 0; i < lam.length; i++) lam[i] = Math.max(0, -sol.rowDual[F + i]);
      for (let h = 0; h < c.H; h++) y[h] = rowOf[h] >= 0 ? Math.max(0, -sol.rowDual[rowOf[h]]) : 0;
      // pricing
      const addCols: number[] = [];
      const cand: { o: number; d: number }[] = [];
      let Lr = 0;
      for (let i = 0; i < lam.length; i++) Lr += lam[i] * capRes[i];
      for (let h = 0; h < c.H; h++) {
        if (c.pinned[h] >= 0 || rowOf[h] < 0) continue;
        cand.length = 0;
        let bestV = 0;
        for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) {
          const v = reducedScore(c, lam, h, o);
          if (v > bestV) bestV = v;
          if (inCore[o]) continue;
          const d = v - y[h];
          if (d > 1e-9) cand.push({ o, d });
        }
        Lr += bestV;
        cand.sort((a, b) => b.d - a.d || a.o - b.o);
        for (let i = 0; i < Math.min(perRound, cand.length); i++) addCols.push(cand[i].o);
      }
      const value = -model.getObjectiveValue();
      log?.(`LP round ${rounds}: ${cols.length} columns, value ${value.toFixed(4)}, L(duals) ${Lr.toFixed(4)}, ${addCols.length} columns to add`);
      if (addCols.length === 0) {
        converged = true;
        break;
      }
      // the duals already certify a bound within stopGap of the restricted LP value: good enough
      if (Lr - value <= stopGap * Math.max(1, Math.abs(Lr))) {
        gapStop = true;
        break;
      }
      const n = addCols.length;
      for (const o of addCols) {
        inCore[o] = 1;
        cols.push(o);
      }
      const { starts, indices, values, cost } = optionColumns(c, rowOf, F, addCols);
      model.addCols({
        cost, lower: new Float64Array(n), upper: new Float64Array(n).fill(1),
        matrix: { format: 'csc', numRows: data.numRows, numCols: n, starts, indices, values },
      });
    }
    const objective = sol.colValue.length ? -model.getObjectiveValue() : 0;
    const x = new Float64Array(cols.length);
    x.set(sol.colValue.subarray(0, Math.min(sol.colValue.length, cols.length)));
    return { status, lam, y, x, objective, converged, gapStop, rounds, columns: Int32Array.from(cols) };
  } finally {
    model.dispose();
  }
}

export interface MipOutcome {
  readonly status: number;
  /** chosen option per column (x > 0.5) */
  readonly chosen: Int32Array;
  readonly dualBound: number;
}

const MIP_OPTIONS = { output_flag: false, random_seed: 0, mip_rel_gap: 0, mip_abs_gap: 1e-9 } as const;

/** The MIP start as column values: 1 for the columns of `start` (option indices), 0 elsewhere. */
function startColumns(cols: Int32Array, start: Int32Array): Float64Array {
  const pos = new Map<number, number>();
  cols.forEach((o, j) => pos.set(o, j));
  const colValue = new Float64Array(cols.length);
  for (const o of start) {
    const j = pos.get(o);
    if (j !== undefined) colValue[j] = 1;
  }
  return colValue;
}

/** The outcome of a MIP that was not run or was stopped before it had an answer: "time limit", nothing chosen. */
function mipNoAnswer(): MipOutcome {
  return { status: MODEL_STATUS.timeLimit, chosen: new Int32Array(0), dualBound: Infinity };
}

/**
 * A MIP run's outcome from what HiGHS reports, the same in the main thread and in a worker: `status` (an
 * empty model counts as optimal), the options of the columns with x > 0.5 (`colValue` null: no primal
 * solution) and the dual bound turned back to maximisation (`mipDualBound` in HiGHS's minimisation; not
 * finite: Infinity).
 */
function mipOutcome(cols: Int32Array, status: number, colValue: ArrayLike<number> | null, mipDualBound: number): MipOutcome {
  const chosen: number[] = [];
  if (colValue) for (let j = 0; j < cols.length; j++) if (colValue[j] > 0.5) chosen.push(cols[j]);
  return {
    status: status === MODEL_STATUS.empty ? MODEL_STATUS.optimal : status,
    chosen: Int32Array.from(chosen),
    dualBound: Number.isFinite(mipDualBound) ? -mipDualBound : Infinity,
  };
}

/**
 * `restrictedMip`, but models with more than `workerMinColumns` columns (default WORKER_MIN_COLUMNS) run in a
 * worker thread that is terminated at `deadline` (HiGHS does not always honour its time limit, see
 * highs-worker.ts); then the status is "time limit" without an answer. Same options, same HiGHS, same answer
 * as in the main thread.
 */
export async function restrictedMipBounded(
  highs: Highs, c: Compiled, capRes: Float64Array, cols: Int32Array, start: Int32Array | null, deadline: number,
  workerMinColumns = WORKER_MIN_COLUMNS,
): Promise<MipOutcome> {
  if (cols.length <= workerMinColumns) return restrictedMip(highs, c, capRes, cols, start, deadline);
  const left = Math.min(1e7, highsTimeBudget(deadline));
  if (left <= MIN_HIGHS_SECONDS) return mipNoAnswer();
  const { data } = buildModelData(highs, c, capRes, cols, true);
  const out = await runHighsInWorker(data, { ...MIP_OPTIONS, time_limit: left }, start && start.length > 0 ? startColumns(cols, start) : null, deadline);
  if (out === null) return mipNoAnswer();
  return mipOutcome(cols, out.status, out.colValue, out.mipDualBound);
}

/** MIP on the given columns in the main thread; `start` = option indices of a feasible incumbent among them. */
export function restrictedMip(highs: Highs, c: Compiled, capRes: Float64Array, cols: Int32Array, start: Int32Array | null, deadline: number, extraOptions: Record<string, number | string | boolean> = {}): MipOutcome {
  if (cols.length === 0) return { status: MODEL_STATUS.optimal, chosen: new Int32Array(0), dualBound: 0 };
  if (highsTimeBudget(deadline) <= MIN_HIGHS_SECONDS) return mipNoAnswer();
  const { data } = buildModelData(highs, c, capRes, cols, true);
  const model = highs.createModel(data);
  try {
    const left = Math.min(1e7, highsTimeBudget(deadline));
    if (left <= MIN_HIGHS_SECONDS) return mipNoAnswer();
    model.options.set({ ...MIP_OPTIONS, time_limit: left, ...extraOptions });
    if (start && start.length > 0) {
      try {
        model.setSolution({ colValue: startColumns(cols, start) });
      } catch {
        /* a start is only a hint */
      }
    }
    model.run();
    let mipDualBound = NaN;
    try {
      mipDualBound = Number(model.info.get('mip_dual_bound'));
    } catch {
      /* not available */
    }
    const colValue = Number(model.info.get('primal_solution_status')) === 2 ? model.getSolution().colValue : null;
    return mipOutcome(cols, model.getModelStatus(), colValue, mipDualBound);
  } finally {
    model.dispose();
  }
}

/**
 * The LP over all `cols` in one HiGHS run (no column generation), in a worker thread terminated at
 * `deadline` when the model has more than `workerMinColumns` columns (default WORKER_MIN_COLUMNS; else in
 * the main thread). Status "time limit" (13) when it did not finish in time (no run started, HiGHS's limit,
 * or terminated).
 */
export async function fullLpBounded(
  highs: Highs, c: Compiled, capRes: Float64Array, cols: Int32Array, deadline: number, workerMinColumns = WORKER_MIN_COLUMNS,
): Promise<LpOutcome & { columns: Int32Array }> {
  const lam = new Float64Array(c.M * c.R);
  const y = new Float64Array(c.H);
  const timedOut = { status: MODEL_STATUS.timeLimit, lam, y, x: new Float64Array(0), objective: 0, columns: cols };
  if (cols.length <= workerMinColumns) {
    const lp = columnGenerationLp(highs, c, capRes, cols, deadline);
    return lp.status === MODEL_STATUS.notSet ? timedOut : lp; // no run started (no time left)
  }
  const left = Math.min(1e7, highsTimeBudget(deadline));
  if (left <= MIN_HIGHS_SECONDS) return timedOut;
  const { data, rowOf, F } = buildModelData(highs, c, capRes, cols, false);
  const out = await runHighsInWorker(data, { output_flag: false, random_seed: 0, presolve: 'off', time_limit: left }, null, deadline);
  if (out === null) return timedOut;
  if (out.status !== MODEL_STATUS.optimal || !out.colValue || !out.rowDual) return { ...timedOut, status: out.status };
  for (let i = 0; i < lam.length; i++) lam[i] = Math.max(0, -out.rowDual[F + i]);
  for (let h = 0; h < c.H; h++) y[h] = rowOf[h] >= 0 ? Math.max(0, -out.rowDual[rowOf[h]]) : 0;
  return { status: out.status, lam, y, x: out.colValue, objective: -out.objective, columns: cols };
}
