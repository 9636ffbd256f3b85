/** Simple feasible assignments and results for tests, independent of the solver. */
import type { Instance, SolveResult } from '../solver/types.js';

/** Greedy by score: pinned households first (if they fit), then pairs by score desc; a pair is taken if it fits. */
export function greedyResult(instance: Instance, prices: SolveResult['prices'] = {}, order: 'score' | 'random' = 'score', rnd: () => number = Math.random): SolveResult {
  const left = new Map(instance.municipalities.map((m) => [m.id, { ...m.capacity } as Record<string, number>]));
  const placed = new Map<string, string>();
  const fits = (uses: Readonly<Record<string, number>>, m: string): boolean =>
    instance.resources.every((r) => (uses[r] ?? 0) <= (left.get(m)?.[r] ?? 0));
  const take = (h: string, uses: Readonly<Record<string, number>>, m: string): void => {
    for (const r of instance.resources) left.get(m)![r] = (left.get(m)![r] ?? 0) - (uses[r] ?? 0);
    placed.set(h, m);
  };
  for (const h of instance.households) if (h.pinned !== undefined && left.has(h.pinned) && fits(h.uses, h.pinned)) take(h.id, h.uses, h.pinned);
  const pairs = instance.households.filter((h) => h.pinned === undefined).flatMap((h) => h.options.map((o) => ({ h, o, key: rnd() })));
  if (order === 'score') pairs.sort((a, b) => b.o.score - a.o.score || (a.h.id < b.h.id ? -1 : a.h.id > b.h.id ? 1 : 0) || (a.o.municipality < b.o.municipality ? -1 : 1));
  else pairs.sort((a, b) => a.key - b.key);
  for (const { h, o } of pairs) if (!placed.has(h.id) && fits(h.uses, o.municipality)) take(h.id, h.uses, o.municipality);
  const placements = instance.households.filter((h) => placed.has(h.id)).map((h) => ({ household: h.id, municipality: placed.get(h.id)! }));
  const objective = placements.reduce((s, p) => s + (instance.households.find((h) => h.id === p.household)!.options.find((o) => o.municipality === p.municipality)?.score ?? 0), 0);
  return {
    status: 'feasible', objective, bound: Infinity, prices, placements,
    unplaced: instance.households.filter((h) => !placed.has(h.id)).map((h) => h.id), solver: 'test-greedy', seconds: 0,
  };
}
