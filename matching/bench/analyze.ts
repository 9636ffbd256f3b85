/** dev tool: analyse where the loss is in the core-lp answer at N households. */
import { coreLpSolver } from '../solver/core-lp.adapter.js';
import { generateInstance } from './generate.js';
const n = Number(process.argv[2] ?? 10000);
const inst = generateInstance({ households: n, seed: 1 });
const r = await coreLpSolver({}).solve(inst, { timeLimitSeconds: 10 });
const placedAt = new Map(r.placements.map((p) => [p.household, p.municipality]));
const left = new Map(inst.municipalities.map((m) => [m.id, { ...m.capacity } as Record<string, number>]));
const hh = new Map(inst.households.map((h) => [h.id, h]));
for (const p of r.placements) { const l = left.get(p.municipality)!; for (const [k, v] of Object.entries(hh.get(p.household)!.uses)) l[k] -= v; }
const tot: Record<string, number> = {};
for (const l of left.values()) for (const [k, v] of Object.entries(l)) tot[k] = (tot[k] ?? 0) + v;
console.log('free total', tot);
const bySize: Record<number, number> = {};
for (const id of r.unplaced) { const s = hh.get(id)!.uses.persons; bySize[s] = (bySize[s] ?? 0) + 1; }
console.log('unplaced by size', bySize);
// for each unplaced: options with home free, persons free
let hist: Record<string, number> = {};
for (const id of r.unplaced.slice(0, 400)) {
  const h = hh.get(id)!;
  const band = Object.keys(h.uses).find((k) => k !== 'persons')!;
  let homeFree = 0, both = 0, maxP = -99;
  for (const o of h.options) { const l = left.get(o.municipality)!; if (l[band] >= 1) { homeFree++; maxP = Math.max(maxP, l.persons); if (l.persons >= h.uses.persons) both++; } }
  const key = `size${h.uses.persons} homeFreeOpts>0:${homeFree > 0} deficit:${homeFree > 0 ? h.uses.persons - maxP : 'n/a'}`;
  hist[key] = (hist[key] ?? 0) + 1;
}
console.log(hist);
hist = {};
for (const [m, l] of left) { const k = `persons${Math.min(l.persons, 9)} h12:${Math.min(l.homes_1_2, 3)} h34:${Math.min(l.homes_3_4, 3)} h5:${Math.min(l.homes_5_plus, 3)}`; if (l.persons > 0) hist[k] = (hist[k] ?? 0) + 1; }
console.log(Object.entries(hist).sort());
