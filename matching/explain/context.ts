import type { Instance, InstanceHousehold, SolveResult } from '../solver/types.js';

/** Facts derived from an instance and a result, shared by the explainer and the verifier. */
export class ResultFacts {
  readonly households: ReadonlyMap<string, InstanceHousehold>;
  readonly capacity: ReadonlyMap<string, Readonly<Record<string, number>>>;
  readonly placedAt: ReadonlyMap<string, string>;
  /** Used amount per municipality and resource in the result. */
  readonly used: ReadonlyMap<string, Readonly<Record<string, number>>>;

  constructor(readonly instance: Instance, readonly result: SolveResult) {
    this.households = new Map(instance.households.map((h) => [h.id, h]));
    this.capacity = new Map(instance.municipalities.map((m) => [m.id, m.capacity]));
    this.placedAt = new Map(result.placements.map((p) => [p.household, p.municipality]));
    const used = new Map<string, Record<string, number>>();
    for (const p of result.placements) {
      const h = this.households.get(p.household);
      if (!h) continue;
      const u = used.get(p.municipality) ?? {};
      for (const [r, v] of Object.entries(h.uses)) u[r] = (u[r] ?? 0) + v;
      used.set(p.municipality, u);
    }
    this.used = used;
  }

  usedAt(m: string, r: string): number {
    return this.used.get(m)?.[r] ?? 0;
  }

  capacityAt(m: string, r: string): number {
    return this.capacity.get(m)?.[r] ?? 0;
  }

  /** Resources at m that cannot take household h (h itself is not counted as using m unless placed there). */
  binding(h: InstanceHousehold, m: string): { resource: string; used: number; capacity: number; needed: number }[] {
    const placedHere = this.placedAt.get(h.id) === m;
    const out: { resource: string; used: number; capacity: number; needed: number }[] = [];
    for (const r of this.instance.resources) {
      const needed = h.uses[r] ?? 0;
      if (needed <= 0) continue;
      const used = this.usedAt(m, r) - (placedHere ? needed : 0);
      const capacity = this.capacityAt(m, r);
      if (used + needed > capacity) out.push({ resource: r, used, capacity, needed });
    }
    return out;
  }

  /** score − Σ_r price[m][r] · uses[r]. */
  net(h: InstanceHousehold, m: string, score: number): number {
    const p = this.result.prices[m] ?? {};
    let cost = 0;
    for (const [r, v] of Object.entries(h.uses)) cost += (p[r] ?? 0) * v;
    return score - cost;
  }

  scoreOf(h: InstanceHousehold, m: string): number | null {
    const o = h.options.find((x) => x.municipality === m);
    return o ? o.score : null;
  }

  /** 1 + number of options with a strictly higher score. */
  rank(h: InstanceHousehold, score: number): number {
    let n = 1;
    for (const o of h.options) if (o.score > score) n++;
    return n;
  }
}
