/**
 * Slot decomposition (internal): a Lagrangian primal–dual method whose inner problems are solved exactly by
 * auctions, used by core-lp for large rounds when the core LP is not (the "slot-decomposition path").
 *
 * Split the resources into "slot" resources (every household uses 0 or 1 of them, and at most one slot
 * resource in total — here the three home bands) and "relaxed" resources (here persons). Relaxing only the
 * relaxed resources with prices π leaves one independent transportation problem per slot resource
 * (households of that band × municipalities with integer home capacities), which is totally unimodular and
 * solved exactly by an auction (transportation-auction.ts). Its prices μ plus π are Lagrangian prices for the
 * whole instance: L(π, μ) = L_relaxed(π) ≥ LP value, with equality at the best π. The outer loop is a projected
 * subgradient on π only (342 prices instead of 1,368), with exact integral inner solutions; its subgradient
 * is capacity − use of persons. Each inner solution is already home-feasible, so the primal only repairs
 * person overloads (evict the households with the least regret per person, re-place them) and then
 * local search. Deterministic: iteration counts only, fixed orders, ties by index.
 */
import { transportationAuction } from './transportation-auction.js';
import type { Compiled } from './compile.js';
import { greedyFill } from './greedy.js';
import { evalLagrangian, reducedScore } from './lagrangian.js';
import { PlacementState, pinnedScore, useOf } from './placement-state.js';

export interface Split {
  /** slot resource of each household, −1 = none (unlimited room in the auction, only relaxed limits) */
  readonly slotOf: Int32Array;
  /** resource r is a slot resource */
  readonly isSlot: Uint8Array;
}

/** Chooses slot resources: used with amount 0 or 1 only, and no household uses two of them. */
function splitResources(c: Compiled): Split {
  const cand = new Uint8Array(c.R).fill(1);
  const users = new Int32Array(c.R);
  for (let k = 0; k < c.useRes.length; k++) {
    if (c.useAmt[k] !== 1) cand[c.useRes[k]] = 0;
    users[c.useRes[k]]++;
  }
  // Drop conflicting candidates (fewest users first) until each household has at most one.
  for (;;) {
    let conflict = -1;
    for (let h = 0; h < c.H && conflict < 0; h++) {
      let first = -1;
      for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) {
        const r = c.useRes[k];
        if (!cand[r]) continue;
        if (first < 0) first = r;
        else conflict = users[r] < users[first] || (users[r] === users[first] && r > first) ? r : first;
      }
    }
    if (conflict < 0) break;
    cand[conflict] = 0;
  }
  const slotOf = new Int32Array(c.H).fill(-1);
  for (let h = 0; h < c.H; h++) for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) if (cand[c.useRes[k]]) slotOf[h] = c.useRes[k];
  return { slotOf, isSlot: cand };
}

export interface SlotDecompositionResult {
  readonly lam: Float64Array;
  readonly L: number;
  readonly best: PlacementState;
  readonly objective: number;
  readonly iterations: number;
  /** the deadline stopped the loop (the answer is still feasible; which iteration it stopped in depends on the clock) */
  readonly stoppedByDeadline: boolean;
  /**
   * auction calls that had to restart with a larger ε than they started with (tied values, see
   * transportation-auction.ts)
   */
  readonly coarseAuctions: number;
}

export interface SlotDecompositionOptions {
  readonly iterations: number;
  /** do the (more expensive) primal repair every this many iterations */
  readonly repairEvery: number;
  /** Polyak target = max(best primal, best L·(1 − targetGap)) */
  readonly targetGap: number;
  readonly log?: (msg: string) => void;
  /** starting prices (full λ; only the relaxed part is used) */
  readonly lam0?: Float64Array;
  /** safety net (performance.now() value): checked inside the auctions and between iterations */
  readonly deadline?: number;
}

export function slotDecomposition(c: Compiled, capRes: Float64Array, opts: SlotDecompositionOptions): SlotDecompositionResult {
  const { R, M } = c;
  const split = splitResources(c);
  const base = pinnedScore(c);
  const groups: number[][] = Array.from({ length: R + 1 }, () => []);
  for (let h = 0; h < c.H; h++) if (c.pinned[h] < 0) groups[split.slotOf[h] + 1].push(h);
  const groupH = groups.map((g) => Int32Array.from(g));
  const relaxed: number[] = [];
  for (let r = 0; r < R; r++) if (!split.isSlot[r]) relaxed.push(r);
  const pi = new Float64Array(M * R);
  if (opts.lam0) for (let m = 0; m < M; m++) for (const r of relaxed) pi[m * R + r] = opts.lam0[m * R + r];
  const w = new Float64Array(c.optMun.length);
  const assign = new Int32Array(c.H).fill(-1);
  const lam = new Float64Array(M * R);
  const demand = new Float64Array(M * R);
  const p = new Float64Array(M);
  const slotCap = new Int32Array(M);
  const unlimited = new Int32Array(M).fill(c.H + 1);
  let bestL = Infinity;
  let bestPi = Float64Array.from(pi);
  let bestLam = new Float64Array(M * R);
  let best = new PlacementState(c, capRes);
  greedyFill(best, bestLam);
  let bestObj = best.objective() + base;
  let theta = 1;
  let stall = 0;
  let it = 0;
  let stoppedByDeadline = false;
  let coarseAuctions = 0;
  const deadline = opts.deadline ?? Infinity;
  const groupEps = new Float64Array(R + 1).fill(1e-7);
  // bounded: opts.iterations; each auction call is bounded by its bid budget (transportation-auction.ts)
  for (; it < opts.iterations; it++) {
    if (performance.now() > deadline) {
      stoppedByDeadline = true;
      break;
    }
    // values under π
    for (let h = 0; h < c.H; h++) {
      if (c.pinned[h] >= 0) continue;
      for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) {
        const b = c.optMun[o] * R;
        let v = c.optScore[o];
        for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) if (!split.isSlot[c.useRes[k]]) v -= pi[b + c.useRes[k]] * c.useAmt[k];
        w[o] = v;
      }
    }
    lam.set(pi);
    for (let g = 0; g <= R; g++) {
      const hh = groupH[g];
      if (hh.length === 0) continue;
      const r = g - 1;
      if (r >= 0) for (let m = 0; m < M; m++) slotCap[m] = Math.max(0, Math.floor(capRes[m * R + r] + 1e-9));
      // ε starts at 1e-7 and stays at what the previous iteration's auction of this group needed (tied
      // values need a larger one, see transportation-auction.ts), so a tied group pays for finding its ε
      // only once
      const res = transportationAuction({ hh, optStart: c.optStart, optMun: c.optMun, w, M, cap: r >= 0 ? slotCap : unlimited }, p, assign, groupEps[g], deadline);
      groupEps[g] = res.eps;
      if (res.attempts > 1) coarseAuctions++;
      if (res.stoppedByDeadline) stoppedByDeadline = true;
      if (r >= 0) for (let m = 0; m < M; m++) lam[m * R + r] = p[m];
    }
    // stopped inside an auction (or the auctions ended after the deadline): the prices are still valid (any
    // λ ≥ 0 certifies a bound), but skip the repair (up to ~1 s at 50,000) and keep the best answer so far
    if (stoppedByDeadline || performance.now() > deadline) {
      stoppedByDeadline = true;
      const L = evalLagrangian(c, capRes, lam, null, null);
      if (L < bestL) {
        bestL = L;
        bestLam = Float64Array.from(lam);
      }
      break;
    }
    const L = evalLagrangian(c, capRes, lam, null, null);
    if (L < bestL - 1e-12 * Math.abs(L)) {
      bestL = L;
      bestLam = Float64Array.from(lam);
      bestPi = Float64Array.from(pi);
      stall = 0;
    } else if (++stall >= 2) {
      theta /= 2;
      stall = 0;
      pi.set(bestPi);
    }
    // relaxed-resource use of the (home-feasible) inner assignment
    demand.fill(0);
    for (let h = 0; h < c.H; h++) {
      const o = assign[h];
      if (c.pinned[h] >= 0 || o < 0) continue;
      const b = c.optMun[o] * R;
      for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) demand[b + c.useRes[k]] += c.useAmt[k];
    }
    if (it % opts.repairEvery === opts.repairEvery - 1 || it === opts.iterations - 1) {
      const a = repairRelaxedOverloads(c, capRes, lam, assign, split);
      const z = a.objective() + base;
      if (z > bestObj + 1e-12) {
        bestObj = z;
        best = a;
      }
    }
    opts.log?.(`it ${it} L ${L.toFixed(4)} best L ${bestL.toFixed(4)} best z ${bestObj.toFixed(4)} θ ${theta}`);
    let norm = 0;
    for (let m = 0; m < M; m++)
      for (const r of relaxed) {
        const i = m * R + r;
        const gi = capRes[i] - demand[i];
        if (pi[i] > 0 || gi < 0) norm += gi * gi;
      }
    if (norm === 0) break;
    const target = Math.max(bestObj, bestL - opts.targetGap * Math.abs(bestL));
    const step = (theta * Math.max(L - target, 1e-6 * Math.abs(L))) / norm;
    for (let m = 0; m < M; m++)
      for (const r of relaxed) {
        const i = m * R + r;
        const v = pi[i] - step * (capRes[i] - demand[i]);
        pi[i] = v > 0 ? v : 0;
      }
  }
  if (bestL === Infinity) bestL = evalLagrangian(c, capRes, bestLam, null, null);
  return { lam: bestLam, L: bestL, best, objective: bestObj, iterations: it, stoppedByDeadline, coarseAuctions };
}

/**
 * Makes a home-feasible assignment feasible for the relaxed resources: for each overloaded
 * (municipality, resource) evict the households whose move costs least per unit (reduced profit minus
 * their best other option under λ), then re-place evicted households (largest regret first) at their best
 * option with room, then fill greedily.
 */
function repairRelaxedOverloads(c: Compiled, capRes: Float64Array, lam: Float64Array, assign: Int32Array, split: Split): PlacementState {
  const { R, M } = c;
  const a = new PlacementState(c, capRes);
  const atMun: number[][] = Array.from({ length: M }, () => []);
  const val = (h: number, o: number): number => reducedScore(c, lam, h, o);
  const second = new Float64Array(c.H);
  for (let h = 0; h < c.H; h++) {
    const o = assign[h];
    if (c.pinned[h] >= 0 || o < 0) continue;
    let s2 = 0;
    for (let q = c.optStart[h]; q < c.optStart[h + 1]; q++) if (q !== o) s2 = Math.max(s2, val(h, q));
    second[h] = s2;
    a.place(h, o);
    atMun[c.optMun[o]].push(h);
  }
  const pending: number[] = [];
  for (let m = 0; m < M; m++)
    for (let r = 0; r < R; r++) {
      const i = m * R + r;
      if (a.left[i] >= -1e-9 || split.isSlot[r]) continue;
      const list = atMun[m].filter((h) => a.assign[h] >= 0 && useOf(c, h, r) > 0);
      const loss = new Map<number, number>();
      for (const h of list) loss.set(h, (val(h, a.assign[h]) - second[h]) / useOf(c, h, r));
      list.sort((x, y) => loss.get(x)! - loss.get(y)! || y - x);
      for (const h of list) {
        if (a.left[i] >= -1e-9) break;
        a.remove(h);
        pending.push(h);
      }
    }
  // Evictions may have over-freed: try to put evicted households back where they were first? No — they
  // were evicted for a reason; re-place by regret at their best option that fits.
  pending.sort((x, y) => second[y] - second[x] || x - y);
  for (const h of pending) {
    let bo = -1;
    let bv = 0;
    for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) {
      const v = val(h, o);
      if (v > bv && a.fits(h, o)) {
        bv = v;
        bo = o;
      }
    }
    if (bo >= 0) a.place(h, bo);
  }
  greedyFill(a, lam);
  return a;
}
