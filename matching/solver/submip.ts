/**
 * LP-guided sub-MIP (internal): after LP rounding, free a set of households (the fractional families) and
 * place them exactly with HiGHS in the room the fixed households leave. Deterministic: HiGHS single-threaded
 * with a node limit; the time limit is only the overall safety net.
 */
import type { Highs } from 'highs';
import { reducedScore } from './lagrangian.js';
import type { PlacementState } from './placement-state.js';
import { householdOfOption, restrictedMip } from './highs-model.js';

/**
 * Frees the households `free` of assignment `a` and re-places them exactly with HiGHS over their LP-support
 * options plus up to `maxPerHousehold` options whose reduced score under λ is within `window` of their best,
 * with the capacity the other households leave; the current placement is the MIP start, and the result is
 * kept only if it is better. `a` is updated in place; returns the MIP status.
 */
export function subMip(
  highs: Highs, a: PlacementState, lam: Float64Array, free: readonly number[], window: number, maxPerHousehold: number,
  support: Int32Array, maxNodes: number, deadline: number, log?: (s: string) => void,
): number {
  const c = a.c;
  const hhOf = householdOfOption(c);
  const inSupport = new Uint8Array(c.optMun.length);
  for (const o of support) inSupport[o] = 1;
  const cols: number[] = [];
  const cand: { o: number; d: number }[] = [];
  for (const h of free) {
    if (c.pinned[h] >= 0) continue;
    cand.length = 0;
    let best = 0;
    for (let o = c.optStart[h]; o < c.optStart[h + 1]; o++) {
      const d = reducedScore(c, lam, h, o);
      cand.push({ o, d });
      if (d > best) best = d;
    }
    cand.sort((x, y) => y.d - x.d || x.o - y.o);
    let n = 0;
    for (const { o, d } of cand) {
      if (inSupport[o] || a.assign[h] === o) cols.push(o);
      else if (n < maxPerHousehold && d >= best - window) {
        cols.push(o);
        n++;
      }
    }
  }
  const start: number[] = [];
  for (const h of free) if (a.assign[h] >= 0) start.push(a.assign[h]);
  for (const h of free) a.remove(h);
  const cap = Float64Array.from(a.left, (v) => Math.max(0, v));
  cols.sort((x, y) => x - y);
  const t = performance.now();
  const mip = restrictedMip(highs, c, cap, Int32Array.from(cols), Int32Array.from(start), deadline, { mip_max_nodes: maxNodes });
  let before = 0;
  for (const o of start) before += c.optScore[o];
  let after = 0;
  for (const o of mip.chosen) after += c.optScore[o];
  let ok = mip.chosen.length > 0 && after > before;
  if (ok) {
    for (const o of mip.chosen) {
      const h = hhOf[o];
      if (a.assign[h] >= 0 || !a.fits(h, o, 1e-7)) ok = false;
      else a.place(h, o);
    }
    if (!ok) for (const o of mip.chosen) if (a.assign[hhOf[o]] === o) a.remove(hhOf[o]);
  }
  if (!ok) for (const o of start) a.place(hhOf[o], o);
  log?.(`sub-MIP: ${free.length} households, ${cols.length} columns, status ${mip.status}, ${(performance.now() - t).toFixed(0)} ms, ${before.toFixed(4)} → ${ok ? after.toFixed(4) : 'kept'}`);
  return mip.status;
}
