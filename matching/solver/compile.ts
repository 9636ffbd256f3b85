import type { Instance } from './types.js';

/**
 * Dense, index-based form of an Instance used by the solvers (internal). Households keep input order;
 * options of a household keep input order. A pinned household gets exactly one option (its pin).
 */
export interface Compiled {
  readonly R: number;
  readonly M: number;
  readonly H: number;
  readonly munIds: readonly string[];
  readonly hhIds: readonly string[];
  /** cap[m*R+r] */
  readonly cap: Float64Array;
  /** Sparse uses per household: useRes/useAmt[useStart[h] .. useStart[h+1]) */
  readonly useStart: Int32Array;
  readonly useRes: Int32Array;
  readonly useAmt: Float64Array;
  /** Options per household: optMun/optScore[optStart[h] .. optStart[h+1]) */
  readonly optStart: Int32Array;
  readonly optMun: Int32Array;
  readonly optScore: Float64Array;
  /** municipality index of the pin, or -1 */
  readonly pinned: Int32Array;
}

export function compile(instance: Instance): Compiled {
  const R = instance.resources.length;
  const M = instance.municipalities.length;
  const H = instance.households.length;
  const resIndex = new Map(instance.resources.map((r, i) => [r, i]));
  const munIndex = new Map(instance.municipalities.map((m, i) => [m.id, i]));
  const cap = new Float64Array(M * R);
  instance.municipalities.forEach((m, i) => {
    for (const [r, a] of Object.entries(m.capacity)) {
      const ri = resIndex.get(r);
      if (ri !== undefined) cap[i * R + ri] = a;
    }
  });
  const useStart = new Int32Array(H + 1);
  const optStart = new Int32Array(H + 1);
  const pinned = new Int32Array(H).fill(-1);
  let nu = 0;
  let no = 0;
  instance.households.forEach((h, i) => {
    for (const [r, a] of Object.entries(h.uses)) if (a !== 0 && resIndex.has(r)) nu++;
    no += h.pinned !== undefined ? 1 : h.options.length;
  });
  const useRes = new Int32Array(nu);
  const useAmt = new Float64Array(nu);
  const optMun = new Int32Array(no);
  const optScore = new Float64Array(no);
  nu = 0;
  no = 0;
  instance.households.forEach((h, i) => {
    useStart[i] = nu;
    const uses = Object.entries(h.uses)
      .filter(([r, a]) => a !== 0 && resIndex.has(r))
      .map(([r, a]) => [resIndex.get(r)!, a] as const)
      .sort((a, b) => a[0] - b[0]);
    for (const [r, a] of uses) {
      useRes[nu] = r;
      useAmt[nu++] = a;
    }
    optStart[i] = no;
    if (h.pinned !== undefined) {
      const m = munIndex.get(h.pinned);
      if (m === undefined) throw new Error(`households[${i}].pinned: unknown municipality "${h.pinned}"`);
      pinned[i] = m;
      optMun[no] = m;
      optScore[no++] = h.options.find((o) => o.municipality === h.pinned)?.score ?? 0;
    } else {
      for (const o of h.options) {
        const m = munIndex.get(o.municipality);
        if (m === undefined) throw new Error(`households[${i}]: unknown municipality "${o.municipality}"`);
        optMun[no] = m;
        optScore[no++] = o.score;
      }
    }
  });
  useStart[H] = nu;
  optStart[H] = no;
  return {
    R, M, H,
    munIds: instance.municipalities.map((m) => m.id),
    hhIds: instance.households.map((h) => h.id),
    cap, useStart, useRes, useAmt, optStart, optMun, optScore, pinned,
  };
}

/** Prices λ[m*R+r] as a record by municipality id and resource name; omits zero prices. */
export function pricesRecord(c: Compiled, resources: readonly string[], lam: Float64Array): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (let m = 0; m < c.M; m++) {
    const p: Record<string, number> = {};
    let any = false;
    for (let r = 0; r < c.R; r++) {
      const v = lam[m * c.R + r];
      if (v > 0) {
        p[resources[r]] = v;
        any = true;
      }
    }
    if (any) out[c.munIds[m]] = p;
  }
  return out;
}
