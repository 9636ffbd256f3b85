/**
 * Greedy placement (internal): the start of every solver and the answer the adapters fall back to on the
 * time limit. Deterministic: fixed order, ties broken by index.
 */
import type { Compiled } from './compile.js';
import { reducedScore } from './lagrangian.js';
import { PlacementState } from './placement-state.js';

/** Places still-unplaced free households greedily: first by reduced score under λ (> 0), then by raw score (> 0). */
export function greedyFill(a: PlacementState, lam: Float64Array): void {
  const c = a.c;
  const free: number[] = [];
  const key = new Float64Array(c.H);
  for (let h = 0; h < c.H; h++) {
    if (c.pinned[h] >= 0 || a.assign[h] >= 0) continue;
    let bv = -Infinity;
    for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) bv = Math.max(bv, reducedScore(c, lam, h, o));
    key[h] = bv;
    if (bv > -Infinity) free.push(h);
  }
  free.sort((x, y) => key[y] - key[x] || x - y);
  for (const h of free) {
    let bo = -1;
    let bv = 0;
    for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) {
      const v = reducedScore(c, lam, h, o);
      if (v > bv && a.fits(h, o)) {
        bv = v;
        bo = o;
      }
    }
    if (bo >= 0) a.place(h, bo);
  }
  fillByScore(a);
}

function fillByScore(a: PlacementState): void {
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

/** The greedy answer by score (prices 0) that a timed-out adapter returns when its own method had none. */
export function greedyAnswer(c: Compiled, capRes: Float64Array): PlacementState {
  const a = new PlacementState(c, capRes);
  greedyFill(a, new Float64Array(c.M * c.R));
  return a;
}
