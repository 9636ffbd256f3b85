/**
 * Lagrangian prices by block-coordinate descent ("market clearing") on
 *
 *   L(λ) = Σ_{m,r} λ[m,r]·cap[m,r] + Σ_h max(0, max_o (score_o − Σ_r λ[m_o,r]·uses_h[r]))
 *
 * For one coordinate (m, r) with all other prices fixed, L is convex piecewise linear in λ[m,r]: household h
 * with an option at m "bids" b_h = (profit at m without the r-price − best alternative elsewhere) / uses_h[r],
 * and the exact minimiser is the first bid (sorted descending) whose demand no longer fits the capacity — the
 * price of a sealed-bid auction. Sweeping all (m, r) in a fixed order is Gauss–Seidel; each step never
 * increases L. Per household the two best reduced profits (and their options) are maintained so the
 * "best alternative" is O(1). Coordinate descent can stall on a nonsmooth function, so `refine` finishes
 * with projected subgradient steps (Polyak, target = best primal). Everything is deterministic: fixed
 * order, iteration counts, ties by index.
 */
import type { Compiled } from './compile.js';

export interface MunIndex {
  /** entries of municipality m: [munStart[m], munStart[m+1]) */
  readonly munStart: Int32Array;
  readonly entH: Int32Array;
  readonly entO: Int32Array;
}

export function munIndex(c: Compiled): MunIndex {
  const munStart = new Int32Array(c.M + 1);
  for (let h = 0; h < c.H; h++) {
    if (c.pinned[h] >= 0) continue;
    for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) munStart[c.optMun[o] + 1]++;
  }
  for (let m = 0; m < c.M; m++) munStart[m + 1] += munStart[m];
  const fill = munStart.slice(0, c.M);
  const n = munStart[c.M];
  const entH = new Int32Array(n);
  const entO = new Int32Array(n);
  for (let h = 0; h < c.H; h++) {
    if (c.pinned[h] >= 0) continue;
    for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) {
      const p = fill[c.optMun[o]]++;
      entH[p] = h;
      entO[p] = o;
    }
  }
  return { munStart, entH, entO };
}

/** Per-household top-2 reduced profits under λ (the "unplaced" alternative counts as value 0, option −1). */
export class TopTwo {
  readonly v1: Float64Array;
  readonly o1: Int32Array;
  readonly v2: Float64Array;
  readonly o2: Int32Array;
  constructor(readonly c: Compiled, readonly lam: Float64Array) {
    this.v1 = new Float64Array(c.H);
    this.o1 = new Int32Array(c.H);
    this.v2 = new Float64Array(c.H);
    this.o2 = new Int32Array(c.H);
    for (let h = 0; h < c.H; h++) this.recompute(h);
  }
  value(h: number, o: number): number {
    const c = this.c;
    const base = c.optMun[o] * c.R;
    let v = c.optScore[o];
    for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) v -= this.lam[base + c.useRes[k]] * c.useAmt[k];
    return v;
  }
  recompute(h: number): void {
    const c = this.c;
    let v1 = 0;
    let o1 = -1;
    let v2 = 0;
    let o2 = -1;
    if (c.pinned[h] < 0)
      for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) {
        const v = this.value(h, o);
        if (v > v1) {
          v2 = v1;
          o2 = o1;
          v1 = v;
          o1 = o;
        } else if (v > v2) {
          v2 = v;
          o2 = o;
        }
      }
    this.v1[h] = v1;
    this.o1[h] = o1;
    this.v2[h] = v2;
    this.o2[h] = o2;
  }
  /** best value over options other than o (including "unplaced" = 0) */
  alt(h: number, o: number): number {
    return this.o1[h] === o ? this.v2[h] : this.v1[h];
  }
  /** Option o's value changed to v (λ at its municipality changed). */
  update(h: number, o: number, v: number): void {
    if (o === this.o1[h] || o === this.o2[h]) {
      this.recompute(h);
      return;
    }
    if (v > this.v1[h]) {
      this.v2[h] = this.v1[h];
      this.o2[h] = this.o1[h];
      this.v1[h] = v;
      this.o1[h] = o;
    } else if (v > this.v2[h]) {
      this.v2[h] = v;
      this.o2[h] = o;
    }
  }
}

function usesOf(c: Compiled, h: number, r: number): number {
  for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) if (c.useRes[k] === r) return c.useAmt[k];
  return 0;
}

/**
 * Gauss–Seidel market clearing: `sweeps` passes over all (m, r). Modifies lam in place.
 */
export function coordinateDescent(c: Compiled, capRes: Float64Array, lam: Float64Array, idx: MunIndex, sweeps: number, top?: TopTwo): TopTwo {
  const t = top ?? new TopTwo(c, lam);
  const R = c.R;
  let bidV = new Float64Array(1024);
  let bidU = new Float64Array(1024);
  let order = new Int32Array(1024);
  for (let s = 0; s < sweeps; s++) {
    for (let m = 0; m < c.M; m++) {
      const e0 = idx.munStart[m];
      const e1 = idx.munStart[m + 1];
      if (e1 - e0 > bidV.length) {
        bidV = new Float64Array(e1 - e0);
        bidU = new Float64Array(e1 - e0);
        order = new Int32Array(e1 - e0);
      }
      for (let r = 0; r < R; r++) {
        const i = m * R + r;
        const cap = Math.max(0, capRes[i]);
        let n = 0;
        let total = 0;
        for (let e = e0; e < e1; e++) {
          const h = idx.entH[e];
          const u = usesOf(c, h, r);
          if (u <= 0) continue;
          const o = idx.entO[e];
          const b = (t.value(h, o) + lam[i] * u - t.alt(h, o)) / u;
          if (b <= 0) continue;
          bidV[n] = b;
          bidU[n] = u;
          order[n] = n;
          total += u;
          n++;
        }
        let price = 0;
        if (total > cap + 1e-9) {
          const ord = order.subarray(0, n);
          ord.sort((a, b) => bidV[b] - bidV[a] || a - b);
          let cum = 0;
          for (let k = 0; k < n; k++) {
            const j = ord[k];
            if (cum + bidU[j] > cap + 1e-9) {
              price = bidV[j];
              break;
            }
            cum += bidU[j];
          }
        }
        if (price === lam[i]) continue;
        lam[i] = price;
        for (let e = e0; e < e1; e++) {
          const h = idx.entH[e];
          if (usesOf(c, h, r) <= 0) continue;
          const o = idx.entO[e];
          t.update(h, o, t.value(h, o));
        }
      }
    }
  }
  return t;
}
