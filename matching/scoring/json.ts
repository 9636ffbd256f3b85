import { CRITERIA } from '../model/types.js';
import type { ScoredInstance } from './build.js';

/**
 * Expands a scored instance into plain JSON (every option with its full breakdown and reasons). Meant for small
 * instances (golden files, audits of one household); at national scale keep the compact details instead.
 */
export function scoredInstanceToJSON({ instance, details }: ScoredInstance): unknown {
  return {
    instance,
    units: details.units.map((u, i) => {
      const h = instance.households[i];
      return {
        id: u.id,
        households: u.households,
        uses: u.uses,
        pinned: u.pinned,
        notes: u.notes,
        options: h.options.map((o, oi) => {
          const b = details.breakdown(u.id, o.municipality)!;
          if (b.score !== o.score) throw new Error('option score differs from the re-derived breakdown');
          return {
            municipality: o.municipality,
            score: o.score,
            households: b.households.map((hb, k) => ({
              household: hb.household,
              score: hb.score,
              // the priority value and stability bonus only when they count (older golden files have neither)
              ...(hb.priority !== 0 ? { priority: hb.priority } : {}),
              ...(hb.stability !== 0 ? { stability: hb.stability } : {}),
              notes: hb.notes,
              criteria: Object.fromEntries(hb.criteria.map((c, ci) => {
                const stored = u.criteria[(oi * u.households.length + k) * CRITERIA.length + ci];
                if (!(Number.isNaN(stored) ? c.score === null : stored === c.score)) throw new Error('stored criterion score differs from re-derived');
                return [c.criterion, { score: c.score, weight: c.weight, reasons: c.reasons }];
              })),
            })),
          };
        }),
        filtered: u.filtered,
        cut: u.cut,
        cutBelow: u.cutBelow,
        preferred: u.preferred,
        ...(u.hardTies.length > 0 ? { hardTies: u.hardTies } : {}),
      };
    }),
  };
}
