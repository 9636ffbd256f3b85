/**
 * The placement being built by the solvers (internal) and the capacity it leaves: an option index per
 * household (−1 = unplaced) and the room left per municipality × resource, after the pinned households.
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

/** Sum of the scores of the pinned households (each has one option, its pin). */
export function pinnedScore(c: Compiled): number {
  let s = 0;
  for (let h = 0; h < c.H; h++) if (c.pinned[h] >= 0) s += c.optScore[c.optStart[h]];
  return s;
}

/** Amount of resource r that household h uses (0 when it uses none). */
export function useOf(c: Compiled, h: number, r: number): number {
  for (let k = c.useStart[h]; k < c.useStart[h + 1]; k++) if (c.useRes[k] === r) return c.useAmt[k];
  return 0;
}

/**
 * Mutable placement with remaining capacity: `assign[h]` = option index or −1 (unplaced); `left[m*R+r]` =
 * capacity left after `capRes` and every placed household. Pinned households are not in it (they are
 * already taken off `capRes`, see residualCapacity).
 */
export class PlacementState {
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
