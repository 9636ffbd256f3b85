import type { Instance, ResourceAmounts } from './types.js';

/**
 * Lagrangian upper bound certified by nonnegative prices (computed from the Instance alone, independent of
 * any solver):
 *
 *   L(λ) = Σ_m Σ_r λ[m][r]·cap[m][r] + Σ_h max(0, max_{o ∈ options(h)} (score_o − Σ_r λ[m_o][r]·uses_h[r]))
 *
 * For a pinned household the only option is its pin and it must be placed, so its term is
 * score_pin − Σ_r λ[pin][r]·uses_h[r] (without the max with 0), which is still a valid bound and tighter.
 * Negative or non-finite prices are treated as 0 (only λ ≥ 0 certifies anything).
 */
export function lagrangianBound(instance: Instance, prices: Readonly<Record<string, ResourceAmounts>>): number {
  const price = (m: string, r: string): number => {
    const v = prices[m]?.[r];
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
  };
  let total = 0;
  for (const m of instance.municipalities)
    for (const r of instance.resources) {
      const p = price(m.id, r);
      if (p > 0) total += p * (m.capacity[r] ?? 0);
    }
  for (const h of instance.households) {
    const usesEntries = Object.entries(h.uses).filter(([, a]) => a !== 0);
    const reduced = (m: string, score: number): number => {
      let v = score;
      for (const [r, a] of usesEntries) v -= price(m, r) * a;
      return v;
    };
    if (h.pinned !== undefined) {
      total += reduced(h.pinned, h.options.find((o) => o.municipality === h.pinned)?.score ?? 0);
      continue;
    }
    let best = 0;
    for (const o of h.options) {
      const v = reduced(o.municipality, o.score);
      if (v > best) best = v;
    }
    total += best;
  }
  return total;
}

/** Relative certified gap (bound − objective) / |bound|; 0 when both are 0. */
export function relativeGap(objective: number, bound: number): number {
  const d = bound - objective;
  if (d <= 0) return 0;
  return d / Math.max(Math.abs(bound), 1e-12);
}
