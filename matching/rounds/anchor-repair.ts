/**
 * Stable re-runs, second half: the previous answer, repaired for the new instance, competes with the solver's
 * answer. The anchor bonus (scoring/build.ts) makes keeping a household worth a little more; but a solver that
 * stops at its time limit with a gap larger than the bonus (tight rounds at national scale) can still return a
 * reshuffled answer. So the run keeps whichever of the two scores higher on the new instance's own objective.
 */
import { checkResult } from '../solver/check.js';
import type { Instance, InstanceHousehold, Placement, SolveResult } from '../solver/types.js';
import type { PairRef, ScoredDetails } from '../scoring/build.js';

/** Anchor municipality per unit (instance household id): the anchor of its first member (by id) that has one. */
export function anchorOfUnits(details: ScoredDetails, anchor: readonly PairRef[]): Map<string, string> {
  const byHousehold = new Map<string, string>();
  for (const p of [...anchor].sort((a, b) => (a.household < b.household ? -1 : a.household > b.household ? 1 : a.municipality < b.municipality ? -1 : 1))) {
    if (!byHousehold.has(p.household)) byHousehold.set(p.household, p.municipality);
  }
  const out = new Map<string, string>();
  for (const u of details.units) {
    const m = u.households.map((h) => byHousehold.get(h)).find((x) => x !== undefined);
    if (m !== undefined) out.set(u.id, m);
  }
  return out;
}

/**
 * The anchor answer made feasible for `instance`, deterministically:
 * 1. every pinned unit at its pin; every other unit at its anchor municipality when that is still one of its
 *    options (`anchorOfUnit`: instance household id → municipality), else unplaced;
 * 2. at every municipality over capacity, unplace the unpinned unit with the lowest score there (ties: the larger
 *    id) until it fits;
 * 3. fill: unplaced units, best option score first (ties: id), each at its best option with room and a score > 0.
 */
export function repairAnchor(instance: Instance, anchorOfUnit: ReadonlyMap<string, string>): Placement[] {
  const at = new Map<string, string>();
  const scoreAt = (h: InstanceHousehold, m: string): number | null => h.options.find((o) => o.municipality === m)?.score ?? null;
  for (const h of instance.households) {
    const m = h.pinned ?? anchorOfUnit.get(h.id);
    if (m !== undefined && scoreAt(h, m) !== null) at.set(h.id, m);
  }
  const capacity = new Map(instance.municipalities.map((m) => [m.id, m.capacity]));
  const used = new Map<string, Record<string, number>>();
  const add = (h: InstanceHousehold, m: string, sign: 1 | -1): void => {
    const row = used.get(m) ?? {};
    for (const [r, v] of Object.entries(h.uses)) row[r] = (row[r] ?? 0) + sign * v;
    used.set(m, row);
  };
  const fits = (h: InstanceHousehold, m: string): boolean =>
    Object.entries(h.uses).every(([r, v]) => (used.get(m)?.[r] ?? 0) + v <= (capacity.get(m)?.[r] ?? 0));
  const over = (m: string): boolean => Object.entries(used.get(m) ?? {}).some(([r, v]) => v > (capacity.get(m)?.[r] ?? 0));
  const byId = new Map(instance.households.map((h) => [h.id, h]));
  for (const [id, m] of at) add(byId.get(id)!, m, 1);
  for (const m of instance.municipalities.map((x) => x.id)) {
    if (!over(m)) continue;
    const here = [...at].filter(([id, mm]) => mm === m && byId.get(id)!.pinned === undefined).map(([id]) => byId.get(id)!)
      .sort((a, b) => scoreAt(a, m)! - scoreAt(b, m)! || (a.id < b.id ? 1 : -1));
    for (const h of here) {
      if (!over(m)) break;
      at.delete(h.id);
      add(h, m, -1);
    }
  }
  const waiting = instance.households.filter((h) => !at.has(h.id) && h.pinned === undefined && h.options.length > 0)
    .map((h) => ({ h, options: [...h.options].sort((a, b) => b.score - a.score || (a.municipality < b.municipality ? -1 : 1)) }))
    .sort((a, b) => b.options[0].score - a.options[0].score || (a.h.id < b.h.id ? -1 : 1));
  for (const { h, options } of waiting) {
    const o = options.find((x) => x.score > 0 && fits(h, x.municipality));
    if (o) { at.set(h.id, o.municipality); add(h, o.municipality, 1); }
  }
  return instance.households.filter((h) => at.has(h.id)).map((h) => ({ household: h.id, municipality: at.get(h.id)! }));
}

/**
 * The solver's result, or the repaired anchor answer when that scores strictly higher on `instance` and passes
 * the checker. The repaired answer keeps the solver's prices and bound (the bound holds for any answer); its
 * status is the solver's, except `optimal` becomes `feasible` (cannot happen beyond rounding: an optimal answer
 * is not beaten). `kept` says which answer was returned.
 */
export function keepAnchorIfBetter(instance: Instance, result: SolveResult, anchorOfUnit: ReadonlyMap<string, string>): { result: SolveResult; kept: 'solver' | 'repaired_anchor' } {
  if (anchorOfUnit.size === 0 || result.status === 'error' || result.status === 'infeasible') return { result, kept: 'solver' };
  const placements = repairAnchor(instance, anchorOfUnit);
  const byId = new Map(instance.households.map((h) => [h.id, h]));
  let objective = 0;
  for (const p of placements) objective += byId.get(p.household)!.options.find((o) => o.municipality === p.municipality)!.score;
  if (!(objective > result.objective + 1e-9)) return { result, kept: 'solver' };
  const placed = new Set(placements.map((p) => p.household));
  const repaired: SolveResult = {
    ...result,
    status: result.status === 'optimal' ? 'feasible' : result.status,
    objective,
    placements,
    unplaced: instance.households.filter((h) => !placed.has(h.id)).map((h) => h.id),
  };
  return checkResult(instance, repaired).length === 0 ? { result: repaired, kept: 'repaired_anchor' } : { result, kept: 'solver' };
}
