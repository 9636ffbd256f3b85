/**
 * The default solver ("core-lp", and "lagrangian-greedy" without HiGHS): Lagrangian prices + sparse core LP
 * with column generation + price-guided rounding and local search + an exact MIP on the
 * reduced-cost-filtered core; for large rounds where the LP does not fit the slot decomposition instead.
 *
 * 1. Subgradient on L(λ) (pure JS) gives first prices in a fraction of a second.
 * 2. Core LP: per household the few options with the best reduced score; HiGHS solves it, and all other
 *    options are priced against its duals and added until none has positive reduced score — the duals are
 *    then optimal for the full LP, so the certified bound equals the LP value.
 * 3. Primal: keep the LP's integral placements, fill the rest greedily by reduced score, improve by local
 *    search (moves, inserts, one-ejection chains).
 * 4. Reduced-cost fixing: with L = bound and z = incumbent, an option with reduced score d < z − L can't be
 *    in any better solution, so a MIP over the remaining options (usually few) proves optimality when it
 *    finishes in time. Without HiGHS (or if it fails) the subgradient prices and greedy still give a
 *    certified answer.
 *
 * Which path a round takes, and how many iterations each phase gets, is decided from sizes and the time
 * limit only (never from the clock), by the thresholds in `CoreLpOptions`; their defaults were measured on
 * one 2-core machine (README.md, "Measured") and can be changed for another.
 */
import { relativeGap } from './bound.js';
import type { Compiled } from './compile.js';
import { greedyFill } from './greedy.js';
import { evalLagrangian, reducedScore, subgradient } from './lagrangian.js';
import { localSearch } from './local-search.js';
import { PlacementState, pinnedScore } from './placement-state.js';
import { columnGenerationLp, householdOfOption, restrictedMipBounded } from './highs-model.js';
import { highsRuntime, MODEL_STATUS } from './highs-runtime.js';
import { subMip } from './submip.js';
import { slotDecomposition } from './slot-decomposition.js';
import { WORKER_MIN_COLUMNS } from './highs-worker.js';
import { buildResult, defineSolver, type SolveSetup, type Solver } from './solver.js';
import type { Instance, SolveResult, SolveStatus } from './types.js';

/**
 * Tuning of core-lp. Every field is optional; the default (DEFAULT_CORE_LP_OPTIONS) is today's measured value,
 * so leaving a field out changes nothing. "Limit" is the call's `timeLimitSeconds`. The thresholds pick the
 * path from the instance's size and the limit only (never from the clock), so the same input and limit take
 * the same path on any machine; the millisecond rates were measured on one 2-core machine (see README.md) and
 * are the ones to raise for a slower host.
 */
export interface CoreLpOptions {
  /** Use HiGHS at all; false = subgradient + slot decomposition + greedy + local search only ("lagrangian-greedy"). Default true. */
  readonly useHighs?: boolean;
  /** Debug log of the phases and their times to stderr. Default false. */
  readonly verbose?: boolean;

  // --- which path (households, shares of the limit) ---
  /**
   * Core-LP time model, in milliseconds per household (default 0.55: 5.3 s at 10,000 households). The LP path
   * is taken when this × households < `lpShareOfLimit` × the limit (and the other LP rules hold).
   */
  readonly lpMsPerHousehold?: number;
  /** Share of the limit the core LP may take by the time model above, a fraction in (0, 1] (default 0.6). */
  readonly lpShareOfLimit?: number;
  /**
   * Largest instance for the LP path, in households (default 20,000: the Wasm heap and the simplex time grow
   * faster than linearly beyond, and 50,000 was never measured on the LP path).
   */
  readonly lpMaxHouseholds?: number;
  /**
   * From this many households the LP path is "large" (default 5,000): interior point for the first LP,
   * the `lpStopGap` stop, LP-guided sub-MIPs, `largeLpSubgradientIterations`, and the `lpMaxTiedShare` rule.
   */
  readonly largeLpMinHouseholds?: number;
  /**
   * Large instances skip the LP when at least this share of the free households (with ≥ 2 options) has its
   * best score tied with its second (within `tieTolerance`), a fraction (default 0.9; at 10,000 all-tied
   * households the LP took the whole limit, gap 53 %).
   */
  readonly lpMaxTiedShare?: number;
  /** Relative tolerance under which a household's best and second-best scores count as tied (default 1e-9). */
  readonly tieTolerance?: number;
  /** Off the LP path, use the slot decomposition from this many households on (default 2,000). */
  readonly slotDecompositionMinHouseholds?: number;

  // --- subgradient (iterations) ---
  /** Subgradient iterations before the core LP on instances below `largeLpMinHouseholds` (default 400). */
  readonly lpSubgradientIterations?: number;
  /** Subgradient iterations before the core LP on large instances (default 200: 1.1 s at 10,000 households). */
  readonly largeLpSubgradientIterations?: number;
  /**
   * Off the LP path the subgradient gets this share of the limit, as an iteration count by the time model
   * `subgradientMsPerOption` (default 0.55 without the slot decomposition, `slotSubgradientShareOfLimit` with it).
   */
  readonly subgradientShareOfLimit?: number;
  /** The subgradient's share of the limit before the slot decomposition (default 0.3). */
  readonly slotSubgradientShareOfLimit?: number;
  /** Subgradient time model: milliseconds per option per iteration (default 8.7e-6, i.e. 8.7 ns). */
  readonly subgradientMsPerOption?: number;
  /** Fewest subgradient iterations off the LP path (default 50). */
  readonly subgradientMinIterations?: number;

  // --- slot decomposition (iterations) ---
  /**
   * Slot-decomposition iterations = clamp(`slotShareOfLimit` × limit / (`slotMsPerHousehold` × households),
   * `slotMinIterations`, `slotMaxIterations`). Share of the limit: default 0.3.
   */
  readonly slotShareOfLimit?: number;
  /** Time model of one slot-decomposition iteration (auctions + repair): ms per household (default 0.02, measured at 10,000). */
  readonly slotMsPerHousehold?: number;
  /** Fewest slot-decomposition iterations (default 4). */
  readonly slotMinIterations?: number;
  /** Most slot-decomposition iterations (default 30; 60 gained nothing at 10,000, README "What was tried"). */
  readonly slotMaxIterations?: number;
  /** Polyak target of its outer subgradient: max(best primal, best L · (1 − this)), a fraction (default 0.002). */
  readonly slotTargetGap?: number;

  // --- core LP and column generation ---
  /** Options per household in the first core, by reduced score (default 4). */
  readonly coreSize?: number;
  /** Most columns added per household in each column-generation round (default 3). */
  readonly lpColumnsPerRound?: number;
  /**
   * Large cores: stop column generation when L(duals) is within this fraction of the restricted LP value
   * (default 2e-4, i.e. 0.02 %; rounds 3–5 at 10,000 would cost 1.9 s for 0.008 %).
   */
  readonly lpStopGap?: number;

  // --- LP-guided sub-MIPs (large LP path) ---
  /** Most fractional households freed per sub-MIP chunk (default 300; all 590 at once took HiGHS 7–13 s). */
  readonly subMipHouseholds?: number;
  /** Sub-MIPs over successive chunks of fractional households, largest use first (default 4). */
  readonly subMipChunks?: number;
  /** A sub-MIP also offers a household up to `subMipExtraOptions` options within this much of its best reduced score, in score units (default 0.03). */
  readonly subMipWindow?: number;
  /** Most options per household beyond its LP support in a sub-MIP (default 3). */
  readonly subMipExtraOptions?: number;
  /** HiGHS node limit of each sub-MIP (default 500; a node limit, not the clock, keeps it deterministic). */
  readonly subMipMaxNodes?: number;

  // --- local search and exact MIP ---
  /** Most local-search rounds (default 20; a round without strict improvement ends it earlier). */
  readonly localSearchMaxRounds?: number;
  /**
   * Skip the exact MIP phase if more columns than this survive reduced-cost fixing (default 40,000: larger
   * MIPs only ever stopped on the clock, which breaks determinism).
   */
  readonly maxMipColumns?: number;
  /** Skip the exact MIP phase (status `timed_out`) when less than this is left before the deadline, in ms (default 100). */
  readonly mipMinMsLeft?: number;
  /**
   * HiGHS runs (exact MIP phase) on models with more columns than this run in a worker thread terminated at
   * the deadline (default WORKER_MIN_COLUMNS = 5,000; see highs-worker.ts).
   */
  readonly highsWorkerMinColumns?: number;
}

/** The defaults of every CoreLpOptions field (documented there). */
export const DEFAULT_CORE_LP_OPTIONS: Readonly<Required<CoreLpOptions>> = {
  useHighs: true,
  verbose: false,
  lpMsPerHousehold: 0.55,
  lpShareOfLimit: 0.6,
  lpMaxHouseholds: 20_000,
  largeLpMinHouseholds: 5000,
  lpMaxTiedShare: 0.9,
  tieTolerance: 1e-9,
  slotDecompositionMinHouseholds: 2000,
  lpSubgradientIterations: 400,
  largeLpSubgradientIterations: 200,
  subgradientShareOfLimit: 0.55,
  slotSubgradientShareOfLimit: 0.3,
  subgradientMsPerOption: 8.7e-6,
  subgradientMinIterations: 50,
  slotShareOfLimit: 0.3,
  slotMsPerHousehold: 0.02,
  slotMinIterations: 4,
  slotMaxIterations: 30,
  slotTargetGap: 0.002,
  coreSize: 4,
  lpColumnsPerRound: 3,
  lpStopGap: 2e-4,
  subMipHouseholds: 300,
  subMipChunks: 4,
  subMipWindow: 0.03,
  subMipExtraOptions: 3,
  subMipMaxNodes: 500,
  localSearchMaxRounds: 20,
  maxMipColumns: 40_000,
  mipMinMsLeft: 100,
  highsWorkerMinColumns: WORKER_MIN_COLUMNS,
};

/** Relative gap under which an answer is reported `optimal` (types.ts, SolveStatus). */
const OPTIMAL_GAP = 1e-9;

/** The core-lp solver with `cfg` over DEFAULT_CORE_LP_OPTIONS ("lagrangian-greedy" when `useHighs` is false). */
export function coreLpSolver(cfg: CoreLpOptions = {}): Solver {
  const o: Required<CoreLpOptions> = { ...DEFAULT_CORE_LP_OPTIONS };
  for (const [k, v] of Object.entries(cfg)) if (v !== undefined) Object.assign(o, { [k]: v });
  const name = o.useHighs ? 'core-lp' : 'lagrangian-greedy';
  return defineSolver(name, '1', (e) => `${name} failed: ${(e as Error).stack ?? e}`, (instance, setup) => solveCore(instance, setup, o, name));
}

async function solveCore(instance: Instance, setup: SolveSetup, o: Required<CoreLpOptions>, name: string): Promise<SolveResult> {
  const { t0, c, capRes, deadline } = setup;
  const limit = setup.limitSeconds;
  const log = (msg: string): void => {
    if (o.verbose) process.stderr.write(`[${name} ${((performance.now() - t0) / 1000).toFixed(2)}s] ${msg}\n`);
  };
  const base = pinnedScore(c);
  const nOpt = c.optMun.length;
  let timedOut = false;

  // Phase 1: a first incumbent and subgradient prices.
  const zero = new Float64Array(c.M * c.R);
  let best = new PlacementState(c, capRes);
  greedyFill(best, zero);
  let bestObj = best.objective() + base;
  // The core LP (interior point for the first solve, warm dual simplex for the column-generation rounds)
  // needs roughly `lpMsPerHousehold`; use it when that fits in `lpShareOfLimit` of the limit and the instance
  // is at most `lpMaxHouseholds`, else spend the time on the slot decomposition. Decided from sizes only
  // (determinism).
  const bigLp = c.H >= o.largeLpMinHouseholds;
  // Massively tied instances (best option tied with the second for ≥ `lpMaxTiedShare` of the households) make
  // the large LP degenerate: at 10,000 households with every score equal the interior-point solve alone took
  // 6.6 s and the next round ran out of time, leaving only the greedy answer (gap 53 %), while the slot
  // decomposition gave a 3.6 % gap in 3.3 s. So those go that way. Decided from the input only
  // (determinism); the synthetic cohort has 38 % such households, the seeded benchmark instances 0.1 %.
  const tied = bigLp ? tiedShare(c, o.tieTolerance) : 0;
  const useLp = o.useHighs && c.H <= o.lpMaxHouseholds && c.H * o.lpMsPerHousehold < o.lpShareOfLimit * limit * 1000 &&
    !(bigLp && tied >= o.lpMaxTiedShare);
  // Slot-decomposition path (no large LP): subgradient, then the slot decomposition (slot-decomposition.ts)
  // for a few iterations, then local search. Budgets are iteration counts derived from sizes (determinism).
  const useSlots = c.H >= o.slotDecompositionMinHouseholds;
  // Iteration count derived from the instance size (by `subgradientMsPerOption`), not from the clock, so that
  // results are reproducible; the clock is only the overall safety net (`deadline`).
  const sgIters = useLp
    ? (bigLp ? o.largeLpSubgradientIterations : o.lpSubgradientIterations)
    : Math.max(o.subgradientMinIterations, Math.floor(((useSlots ? o.slotSubgradientShareOfLimit : o.subgradientShareOfLimit) * limit * 1000) / Math.max(1e-3, nOpt * o.subgradientMsPerOption)));
  log(`${useLp ? 'LP' : useSlots ? 'slot-decomposition' : 'subgradient'} path${bigLp ? `, ${(100 * tied).toFixed(1)} % of households with a tied best option` : ''}`);
  const sg = subgradient(c, capRes, bestObj, deadline, sgIters); // the clock is only the overall safety net
  if (sg.stoppedByDeadline) timedOut = true;
  let lam = sg.lam;
  let L = sg.L;
  log(`greedy ${bestObj.toFixed(4)}, subgradient L ${L.toFixed(4)}`);
  const tryPlacement = (a: PlacementState, label: string): void => {
    const z = a.objective() + base;
    log(`${label}: ${z.toFixed(4)}`);
    if (z > bestObj + 1e-12) {
      bestObj = z;
      best = a;
    }
  };
  if (performance.now() < deadline) {
    const a = new PlacementState(c, capRes);
    greedyFill(a, lam);
    tryPlacement(a, 'greedy(subgradient prices)');
  } else timedOut = true;
  if (useSlots && !(useLp && bigLp) && performance.now() >= deadline) timedOut = true;
  else if (useSlots && !(useLp && bigLp)) {
    const iters = Math.max(o.slotMinIterations, Math.min(o.slotMaxIterations, Math.floor((o.slotShareOfLimit * limit * 1000) / (o.slotMsPerHousehold * c.H))));
    const slots = slotDecomposition(c, capRes, { iterations: iters, repairEvery: 1, targetGap: o.slotTargetGap, lam0: lam, deadline });
    log(`slot decomposition: ${slots.iterations} iterations, L ${slots.L.toFixed(4)}, z ${slots.objective.toFixed(4)}, ${slots.coarseAuctions} coarse auctions${slots.stoppedByDeadline ? ', stopped by the deadline' : ''}`);
    if (slots.stoppedByDeadline) timedOut = true;
    if (slots.L < L) {
      L = slots.L;
      lam = slots.lam;
    }
    tryPlacement(slots.best, 'slot decomposition');
  }

  // Phase 2: core LP with column generation.
  let proven = false;
  const highs = !useLp ? null : await highsRuntime().catch(() => null);
  if (highs && performance.now() >= deadline) timedOut = true;
  else if (highs) {
    const hhOf = householdOfOption(c);
    const k = o.coreSize;
    const initial: number[] = [];
    const cand: { o: number; d: number }[] = [];
    for (let h = 0; h < c.H; h++) {
      if (c.pinned[h] >= 0) continue;
      cand.length = 0;
      for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) cand.push({ o, d: reducedScore(c, lam, h, o) });
      cand.sort((a, b) => b.d - a.d || a.o - b.o);
      for (let i = 0; i < Math.min(k, cand.length); i++) initial.push(cand[i].o);
      if (best.assign[h] >= 0) initial.push(best.assign[h]);
    }
    // Large cores: interior point (with crossover) for the first solve is ~3× faster than simplex from
    // scratch; later rounds are warm-started dual simplex. Column generation stops when it converged or
    // when the Lagrangian value of the duals is within `lpStopGap` of the restricted LP value (the bound is
    // then L(duals), valid anyway; measured at 10,000: 8015.37 vs the exact 8014.74 after 2 rounds).
    const lp = columnGenerationLp(highs, c, capRes, Int32Array.from(initial), deadline, o.lpColumnsPerRound,
      bigLp ? { solver: 'ipm' } : {}, log, bigLp ? o.lpStopGap : 0);
    log(`LP status ${lp.status}, converged ${lp.converged} after ${lp.rounds} rounds, ${lp.columns.length} columns, value ${lp.objective.toFixed(4)}`);
    if (!lp.converged && !lp.gapStop) timedOut = true;
    if (lp.status === MODEL_STATUS.optimal) {
      const Llp = evalLagrangian(c, capRes, lp.lam, null, null);
      if (Llp < L) {
        L = Llp;
        lam = lp.lam;
      }
      // LP rounding: keep integral placements, then fill.
      const a = new PlacementState(c, capRes);
      for (let j = 0; j < lp.columns.length; j++) {
        const o = lp.columns[j];
        const h = hhOf[o];
        if (lp.x[j] > 1 - 1e-7 && a.assign[h] < 0 && a.fits(h, o, 1e-7)) a.place(h, o);
      }
      greedyFill(a, lam);
      tryPlacement(a, 'LP rounding + greedy');
      if (bigLp) {
        // LP-guided sub-MIP: free the fractional households with the largest use (the families that
        // rounding packs badly), in chunks of at most 300 (up to 4 chunks), and place them exactly in the room the others leave.
        const frac = new Uint8Array(c.H);
        const sup: number[] = [];
        for (let j = 0; j < lp.columns.length; j++) {
          if (lp.x[j] > 1e-7) sup.push(lp.columns[j]);
          if (lp.x[j] > 1e-7 && lp.x[j] < 1 - 1e-7) frac[hhOf[lp.columns[j]]] = 1;
        }
        const useSum = (h: number): number => {
          let s = 0;
          for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) s += c.useAmt[k];
          return s;
        };
        const fracH: number[] = [];
        for (let h = 0; h < c.H; h++) if (frac[h]) fracH.push(h);
        fracH.sort((x, y) => useSum(y) - useSum(x) || x - y);
        const b = new PlacementState(c, capRes);
        for (let h = 0; h < c.H; h++) if (a.assign[h] >= 0) b.place(h, a.assign[h]);
        const chunk = o.subMipHouseholds;
        const chunks = Math.min(o.subMipChunks, Math.ceil(fracH.length / chunk));
        for (let i = 0; i < chunks; i++) {
          if (performance.now() >= deadline) {
            timedOut = true;
            break;
          }
          const st = subMip(highs, b, lam, fracH.slice(i * chunk, (i + 1) * chunk), o.subMipWindow, o.subMipExtraOptions,
            Int32Array.from(sup), o.subMipMaxNodes, deadline, log);
          if (st === MODEL_STATUS.timeLimit) timedOut = true;
        }
        tryPlacement(b, 'sub-MIP');
      }
    }
  }
  // stop local search once it reaches the bound (relative gap OPTIMAL_GAP, the `optimal` rule below)
  if (localSearch(best, deadline, o.localSearchMaxRounds, L - OPTIMAL_GAP * Math.abs(L) - base)) timedOut = true;
  bestObj = best.objective() + base;
  log(`local search: ${bestObj.toFixed(4)}; bound ${L.toFixed(4)}, gap ${(100 * relativeGap(bestObj, L)).toFixed(4)}%`);

  // Phase 3: exact MIP over options that reduced-cost fixing cannot exclude.
  if (highs && relativeGap(bestObj, L) > OPTIMAL_GAP && performance.now() >= deadline - o.mipMinMsLeft) timedOut = true;
  else if (highs && relativeGap(bestObj, L) > OPTIMAL_GAP) {
    const y = new Float64Array(c.H);
    const bestOpt = new Int32Array(c.H);
    evalLagrangian(c, capRes, lam, null, bestOpt);
    for (let h = 0; h < c.H; h++) y[h] = bestOpt[h] >= 0 ? reducedScore(c, lam, h, bestOpt[h]) : 0;
    const threshold = bestObj - L - 1e-9 * Math.max(1, Math.abs(L));
    const keep: number[] = [];
    for (let h = 0; h < c.H; h++) {
      if (c.pinned[h] >= 0) continue;
      for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) if (reducedScore(c, lam, h, o) - y[h] >= threshold || best.assign[h] === o) keep.push(o);
    }
    log(`MIP core: ${keep.length} of ${nOpt} options survive reduced-cost fixing`);
    if (keep.length <= o.maxMipColumns) {
      const start: number[] = [];
      for (let h = 0; h < c.H; h++) if (best.assign[h] >= 0) start.push(best.assign[h]);
      const mip = await restrictedMipBounded(highs, c, capRes, Int32Array.from(keep), Int32Array.from(start), deadline, o.highsWorkerMinColumns);
      log(`MIP status ${mip.status}, ${mip.chosen.length} placements`);
      const a = new PlacementState(c, capRes);
      const hhOf = householdOfOption(c);
      let ok = true;
      for (const o of mip.chosen) {
        const h = hhOf[o];
        if (a.assign[h] >= 0 || !a.fits(h, o, 1e-7)) ok = false;
        else a.place(h, o);
      }
      if (ok && mip.chosen.length > 0) tryPlacement(a, 'MIP');
      if (mip.status === MODEL_STATUS.optimal && ok) proven = true;
      else if (mip.status === MODEL_STATUS.timeLimit) timedOut = true;
    }
  }
  const gap = relativeGap(bestObj, L);
  const status: SolveStatus = proven || gap <= OPTIMAL_GAP ? 'optimal' : timedOut ? 'timed_out' : 'feasible';
  return buildResult(instance, c, best.assign, lam, status, name, t0);
}

/**
 * Share of the free households with at least two options whose best score is tied with their second best
 * (difference ≤ `tolerance` relative, min 1 absolute); 0 when there are none. One pass over the options.
 */
function tiedShare(c: Compiled, tolerance: number): number {
  let n = 0;
  let tied = 0;
  for (let h = 0; h < c.H; h++) {
    if (c.pinned[h] >= 0 || c.optStart[h + 1] - c.optStart[h] < 2) continue;
    let s1 = -Infinity;
    let s2 = -Infinity;
    for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) {
      const v = c.optScore[o];
      if (v > s1) {
        s2 = s1;
        s1 = v;
      } else if (v > s2) s2 = v;
    }
    n++;
    if (s1 - s2 <= tolerance * Math.max(1, Math.abs(s1))) tied++;
  }
  return n > 0 ? tied / n : 0;
}
