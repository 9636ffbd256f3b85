/**
 * Local search on a placement (internal): moves, inserts and one-ejection chains. Deterministic: fixed
 * order, ties broken by index.
 */
import type { PlacementState } from './placement-state.js';

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
export function localSearch(a: PlacementState, deadline: number, maxRounds = 20, stopAt = Infinity): boolean {
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
