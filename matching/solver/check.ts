import { lagrangianBound } from './bound.js';
import type { Instance, SolveResult } from './types.js';

const TOL = 1e-6;

/**
 * Independent feasibility checker: recomputes everything from the Instance and the result. Returns the
 * list of violations (empty = the result is sound). Statuses 'error' and 'infeasible' must place nobody.
 */
export function checkResult(instance: Instance, result: SolveResult): string[] {
  const v: string[] = [];
  const add = (msg: string): void => {
    if (v.length < 50) v.push(msg);
  };
  const hh = new Map(instance.households.map((h) => [h.id, h]));
  const mun = new Map(instance.municipalities.map((m) => [m.id, m]));

  for (const [m, p] of Object.entries(result.prices ?? {})) {
    if (!mun.has(m)) add(`prices: unknown municipality "${m}"`);
    for (const [r, x] of Object.entries(p))
      if (!(typeof x === 'number' && Number.isFinite(x) && x >= 0)) add(`prices.${m}.${r}: not a nonnegative number (${x})`);
  }
  if (result.status === 'error' || result.status === 'infeasible') {
    if (result.placements.length > 0) add(`status ${result.status} but ${result.placements.length} placements`);
    return v;
  }

  const used = new Map<string, Map<string, number>>();
  const placed = new Set<string>();
  let objective = 0;
  for (const [i, p] of result.placements.entries()) {
    const h = hh.get(p.household);
    if (!h) {
      add(`placements[${i}]: unknown household "${p.household}"`);
      continue;
    }
    if (placed.has(p.household)) add(`placements[${i}]: household "${p.household}" placed twice`);
    placed.add(p.household);
    const m = mun.get(p.municipality);
    if (!m) {
      add(`placements[${i}]: unknown municipality "${p.municipality}"`);
      continue;
    }
    if (h.pinned !== undefined && h.pinned !== p.municipality)
      add(`placements[${i}]: household "${h.id}" is pinned to "${h.pinned}" but placed in "${p.municipality}"`);
    const option = h.options.find((o) => o.municipality === p.municipality);
    if (!option && h.pinned !== p.municipality) add(`placements[${i}]: "${p.municipality}" is not an option of household "${h.id}"`);
    objective += option?.score ?? 0;
    let u = used.get(m.id);
    if (!u) used.set(m.id, (u = new Map()));
    for (const [r, a] of Object.entries(h.uses)) u.set(r, (u.get(r) ?? 0) + a);
  }
  for (const [mid, u] of used) {
    const cap = mun.get(mid)!.capacity;
    for (const [r, a] of u) {
      const c = cap[r] ?? 0;
      if (a > c + TOL * Math.max(1, Math.abs(c))) add(`capacity: municipality "${mid}" resource "${r}" uses ${a} > capacity ${c}`);
    }
  }
  const unplaced = new Set<string>();
  for (const id of result.unplaced) {
    if (!hh.has(id)) add(`unplaced: unknown household "${id}"`);
    else if (placed.has(id)) add(`unplaced: household "${id}" is also placed`);
    else if (unplaced.has(id)) add(`unplaced: household "${id}" listed twice`);
    unplaced.add(id);
  }
  for (const h of instance.households) {
    if (!placed.has(h.id) && !unplaced.has(h.id)) add(`household "${h.id}" is neither placed nor unplaced`);
    if (h.pinned !== undefined && !placed.has(h.id)) add(`household "${h.id}" is pinned to "${h.pinned}" but not placed`);
  }
  const scale = Math.max(1, Math.abs(objective));
  if (!(Math.abs(objective - result.objective) <= TOL * scale))
    add(`objective: reported ${result.objective}, recomputed ${objective}`);
  const bound = lagrangianBound(instance, result.prices ?? {});
  if (!(Math.abs(bound - result.bound) <= TOL * Math.max(1, Math.abs(bound))))
    add(`bound: reported ${result.bound}, prices certify ${bound}`);
  if (bound < objective - TOL * scale) add(`bound ${bound} below objective ${objective}: impossible, prices or placements are wrong`);
  return v;
}
