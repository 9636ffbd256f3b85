/**
 * Index-based building blocks shared by the solvers (internal): Lagrangian evaluation, subgradient price
 * search, price-guided greedy and local-search repair. All deterministic: fixed iteration order, ties
 * broken by index.
 */
import type { Compiled } from './compile.js';

/** Residual capacities after pinned households; negative entries mean pins alone exceed capacity. */
export function residualCapacity(c: Compiled): Float64Array {
  const cap = Float64Array.from(c.cap);
  for (let h = 0; h < c.H; h++) {
    const m = c.pinned[h];
    if (m < 0) continue;
    for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) cap[m * c.R + c.useRes[k]] -= c.useAmt[k];
  }
  return cap;
}

export function pinnedScore(c: Compiled): number {
  let s = 0;
  for (let h = 0; h < c.H; h++) if (c.pinned[h] >= 0) s += c.optScore[c.optStart[h]];
  return s;
}

/** Reduced score of option o of household h under prices lam. */
export function reduced(c: Compiled, lam: Float64Array, h: number, o: number): number {
  const base = c.optMun[o] * c.R;
  let v = c.optScore[o];
  for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) v -= lam[base + c.useRes[k]] * c.useAmt[k];
  return v;
}

/** Amount of resource r that household h uses (0 when it uses none). */
export function useOf(c: Compiled, h: number, r: number): number {
  for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) if (c.useRes[k] === r) return c.useAmt[k];
  return 0;
}

/**
 * L(λ) over the free (unpinned) households with residual capacities, plus the pinned scores: equals
 * lagrangianBound(instance, λ) up to rounding. Fills `demand` (subgradient data) and `best` (best option or -1).
 */
export function evalLagrangian(c: Compiled, capRes: Float64Array, lam: Float64Array, demand: Float64Array | null, best: Int32Array | null): number {
  let L = pinnedScore(c);
  for (let i = 0; i < lam.length; i++) L += lam[i] * capRes[i];
  if (demand) demand.fill(0);
  const { R, useStart, useRes, useAmt, optStart, optMun, optScore } = c;
  for (let h = 0; h < c.H; h++) {
    if (c.pinned[h] >= 0) {
      if (best) best[h] = -1;
      continue;
    }
    const u0 = useStart[h];
    const u1 = useStart[h + 1];
    let bv = 0;
    let bo = -1;
    for (let o = optStart[h]; o < optStart[h + 1]; o++) {
      const base = optMun[o] * R;
      let v = optScore[o];
      for (let k = u0; k < u1; k++) v -= lam[base + useRes[k]] * useAmt[k];
      if (v > bv) {
        bv = v;
        bo = o;
      }
    }
    L += bv;
    if (best) best[h] = bo;
    if (demand && bo >= 0) {
      const base = optMun[bo] * R;
      for (let k = u0; k < u1; k++) demand[base + useRes[k]] += useAmt[k];
    }
  }
  return L;
}

/**
 * Projected subgradient on L(λ) with Polyak steps towards a target below the best bound. Returns the
 * best prices found (lowest L). Deterministic.
 */
export function subgradient(
  c: Compiled, capRes: Float64Array, lowerBound: number, deadline: number, maxIter: number,
): { lam: Float64Array; L: number; stoppedByDeadline: boolean } {
  const n = c.M * c.R;
  let lam = new Float64Array(n);
  const demand = new Float64Array(n);
  let bestLam = Float64Array.from(lam);
  let bestL = Infinity;
  let theta = 1;
  let stall = 0;
  let stoppedByDeadline = false;
  // bounded: maxIter iterations of O(options) each; the clock is checked every iteration (safety net)
  for (let it = 0; it < maxIter; it++) {
    if (performance.now() > deadline) {
      stoppedByDeadline = true;
      break;
    }
    const L = evalLagrangian(c, capRes, lam, demand, null);
    if (bestL === Infinity || L < bestL - 1e-12 * Math.abs(bestL)) {
      bestL = L;
      bestLam = Float64Array.from(lam);
      stall = 0;
    } else if (++stall >= 8) {
      theta /= 2;
      stall = 0;
      lam = Float64Array.from(bestLam);
      if (theta < 1e-4) break;
      continue;
    }
    let norm = 0;
    for (let i = 0; i < n; i++) {
      const g = capRes[i] - demand[i];
      if (lam[i] > 0 || g < 0) norm += g * g;
    }
    if (norm === 0) break; // complementary: λ is optimal
    const target = Math.max(lowerBound, 0);
    const step = (theta * Math.max(L - target, 1e-9 * Math.abs(L))) / norm;
    for (let i = 0; i < n; i++) {
      const v = lam[i] - step * (capRes[i] - demand[i]);
      lam[i] = v > 0 ? v : 0;
    }
  }
  if (bestL === Infinity) bestL = evalLagrangian(c, capRes, bestLam, null, null);
  return { lam: bestLam, L: bestL, stoppedByDeadline };
}

/** Mutable assignment state with remaining capacity. assign[h] = option index or -1. */
export class Assignment {
  readonly assign: Int32Array;
  readonly left: Float64Array;
  constructor(readonly c: Compiled, capRes: Float64Array) {
    this.assign = new Int32Array(c.H).fill(-1);
    this.left = Float64Array.from(capRes);
  }
  fits(h: number, o: number, eps = 1e-9): boolean {
    const c = this.c;
    const base = c.optMun[o] * c.R;
    for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) if (c.useAmt[k] > this.left[base + c.useRes[k]] + eps) return false;
    return true;
  }
  place(h: number, o: number): void {
    const c = this.c;
    const base = c.optMun[o] * c.R;
    for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) this.left[base + c.useRes[k]] -= c.useAmt[k];
    this.assign[h] = o;
  }
  remove(h: number): void {
    const c = this.c;
    const o = this.assign[h];
    if (o < 0) return;
    const base = c.optMun[o] * c.R;
    for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) this.left[base + c.useRes[k]] += c.useAmt[k];
    this.assign[h] = -1;
  }
  objective(): number {
    let s = 0;
    for (let h = 0; h < this.c.H; h++) if (this.assign[h] >= 0) s += this.c.optScore[this.assign[h]];
    return s;
  }
}

/** Places still-unplaced free households greedily: first by reduced score under λ (> 0), then by raw score (> 0). */
export function greedyFill(a: Assignment, lam: Float64Array): void {
  const c = a.c;
  const free: number[] = [];
  const key = new Float64Array(c.H);
  for (let h = 0; h < c.H; h++) {
    if (c.pinned[h] >= 0 || a.assign[h] >= 0) continue;
    let bv = -Infinity;
    for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) bv = Math.max(bv, reduced(c, lam, h, o));
    key[h] = bv;
    if (bv > -Infinity) free.push(h);
  }
  free.sort((x, y) => key[y] - key[x] || x - y);
  for (const h of free) {
    let bo = -1;
    let bv = 0;
    for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) {
      const v = reduced(c, lam, h, o);
      if (v > bv && a.fits(h, o)) {
        bv = v;
        bo = o;
      }
    }
    if (bo >= 0) a.place(h, bo);
  }
  fillByScore(a);
}

function fillByScore(a: Assignment): void {
  const c = a.c;
  const rest: number[] = [];
  const key = new Float64Array(c.H);
  for (let h = 0; h < c.H; h++) {
    if (c.pinned[h] >= 0 || a.assign[h] >= 0) continue;
    let bv = 0;
    for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) bv = Math.max(bv, c.optScore[o]);
    key[h] = bv;
    if (bv > 0) rest.push(h);
  }
  rest.sort((x, y) => key[y] - key[x] || x - y);
  for (const h of rest) {
    let bo = -1;
    let bv = 0;
    for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++)
      if (c.optScore[o] > bv && a.fits(h, o)) {
        bv = c.optScore[o];
        bo = o;
      }
    if (bo >= 0) a.place(h, bo);
  }
}

/**
 * First-improvement local search: (1) move a placed household to a better option with room, (2) insert an
 * unplaced household, (3) eject one placed household k from a municipality (relocating k to another option
 * with room, or leaving it unplaced) to insert an unplaced household h, when the score strictly improves.
 *
 * Bounded: at most `maxRounds` rounds, each one pass over the households (moves, inserts) and one over the
 * unplaced households (ejections: per option, the households placed there, each with its own options), and
 * a round without a strict improvement ends the search. The clock (`deadline`) is a safety net, checked
 * every 4,096 households and every 65,536 ejection candidates; returns true when it stopped the search.
 * It also stops as soon as the objective (without pinned households) reaches `stopAt` — an upper bound
 * minus its tolerance: nothing better exists then.
 */
export function localSearch(a: Assignment, deadline: number, maxRounds = 20, stopAt = Infinity): boolean {
  const c = a.c;
  const EPS = 1e-12;
  let objective = a.objective();
  const atMun: number[][] = Array.from({ length: c.M }, () => []);
  const maxAlt = new Float64Array(c.H);
  for (let h = 0; h < c.H; h++) for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) maxAlt[h] = Math.max(maxAlt[h], c.optScore[o]);
  const rebuild = (): void => {
    for (const l of atMun) l.length = 0;
    for (let h = 0; h < c.H; h++) if (a.assign[h] >= 0 && c.pinned[h] < 0) atMun[c.optMun[a.assign[h]]].push(h);
  };
  let work = 0;
  let nextCheck = 1 << 16;
  const late = (): boolean => performance.now() > deadline;
  for (let round = 0; round < maxRounds; round++) {
    let improved = false;
    // (1) moves and (2) inserts
    for (let h = 0; h < c.H; h++) {
      if ((h & 4095) === 4095 && late()) return true;
      if (c.pinned[h] >= 0) continue;
      const cur = a.assign[h];
      const curScore = cur >= 0 ? c.optScore[cur] : 0;
      let bo = -1;
      let bv = curScore + EPS;
      if (cur >= 0) a.remove(h);
      for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++)
        if (c.optScore[o] > bv && a.fits(h, o)) {
          bv = c.optScore[o];
          bo = o;
        }
      if (bo >= 0) {
        a.place(h, bo);
        improved = true;
        objective += bv - curScore;
        if (objective >= stopAt) return false;
      } else if (cur >= 0) a.place(h, cur);
    }
    if (late()) return true;
    // (3) ejection
    rebuild();
    for (let h = 0; h < c.H; h++) {
      if (c.pinned[h] >= 0 || a.assign[h] >= 0) continue;
      let bestGain = EPS;
      let bestO = -1;
      let bestK = -1;
      let bestKo = -1;
      for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) {
        const sh = c.optScore[o];
        if (sh <= bestGain) continue;
        const m = c.optMun[o];
        for (const k of atMun[m]) {
          if (++work >= nextCheck) {
            nextCheck = work + (1 << 16);
            if (late()) return true;
          }
          const ko = a.assign[k];
          if (ko < 0 || c.optMun[ko] !== m) continue;
          if (sh - c.optScore[ko] + maxAlt[k] <= bestGain) continue; // even k's best relocation cannot beat it
          a.remove(k);
          if (a.fits(h, o)) {
            a.place(h, o);
            // relocate k
            let kAlt = -1;
            let kv = 0;
            for (let q = c.optStart[k]; q < c.optStart[k + 1]; q++)
              if (q !== ko && c.optScore[q] > kv && a.fits(k, q)) {
                kv = c.optScore[q];
                kAlt = q;
              }
            work += c.optStart[k + 1] - c.optStart[k];
            const gain = sh + kv - c.optScore[ko];
            if (gain > bestGain) {
              bestGain = gain;
              bestO = o;
              bestK = k;
              bestKo = kAlt;
            }
            a.remove(h);
          }
          a.place(k, ko);
        }
      }
      if (bestO >= 0) {
        const m = c.optMun[bestO];
        a.remove(bestK);
        a.place(h, bestO);
        atMun[m].push(h);
        if (bestKo >= 0) {
          a.place(bestK, bestKo);
          atMun[c.optMun[bestKo]].push(bestK);
        }
        improved = true;
        objective += bestGain;
        if (objective >= stopAt) return false;
      }
    }
    if (!improved) return false;
    if (late()) return true;
  }
  return false;
}
