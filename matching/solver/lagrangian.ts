/**
 * The Lagrangian relaxation of the capacity rows (internal): reduced scores under prices λ (one per
 * municipality × resource), L(λ), and a projected subgradient search for prices with a low L. Every λ ≥ 0
 * gives an upper bound (bound.ts). Deterministic: fixed iteration order, ties broken by index.
 */
import type { Compiled } from './compile.js';
import { pinnedScore } from './placement-state.js';

/** Reduced score of option o of household h under prices λ: its score − Σ_r λ[municipality, r] · use[r]. */
export function reducedScore(c: Compiled, lam: Float64Array, h: number, o: number): number {
  const base = c.optMun[o] * c.R;
  let v = c.optScore[o];
  for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) v -= lam[base + c.useRes[k]] * c.useAmt[k];
  return v;
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
