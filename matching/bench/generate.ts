/**
 * Seeded generator of realistic scored instances: 342 municipalities with heavy-tailed (log-normal)
 * populations, ~65 options per household biased towards larger places, household sizes mostly 1, some 2–4,
 * a few 5–8; uses = persons + one home of the right size band; capacities slightly below demand overall.
 */
import type { Instance, InstanceHousehold, InstanceMunicipality } from '../solver/types.js';
import { mulberry32 } from '../random.js';
import { RESOURCES, homeBand } from '../vocabulary/index.js';


const SIZE_DIST: readonly [number, number][] = [[1, 0.55], [2, 0.15], [3, 0.1], [4, 0.08], [5, 0.05], [6, 0.04], [7, 0.02], [8, 0.01]];

/** A household size drawn from SIZE_DIST with one call of `rnd` (1 when the draw falls past the listed sizes). */
export function drawHouseholdSize(rnd: () => number): number {
  let x = rnd();
  for (const [size, p] of SIZE_DIST) {
    if (x < p) return size;
    x -= p;
  }
  return 1;
}

export interface GenerateOptions {
  readonly households: number;
  readonly municipalities?: number;
  readonly optionsPerHousehold?: number;
  /** capacity / demand overall (default 0.97: slightly tight) */
  readonly tightness?: number;
  readonly seed?: number;
}

export function generateInstance(o: GenerateOptions): Instance {
  const rnd = mulberry32(o.seed ?? 1);
  const M = o.municipalities ?? 342;
  const K = Math.min(M, o.optionsPerHousehold ?? 65);
  const tight = o.tightness ?? 0.97;
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const pop = Array.from({ length: M }, () => Math.exp(10.3 + 0.85 * gauss()));
  const attract = Array.from({ length: M }, () => rnd());
  const totalPop = pop.reduce((a, b) => a + b, 0);
  const share = pop.map((p) => p / totalPop);
  const pickWeight = share.map((s) => Math.sqrt(s));
  const cum: number[] = [];
  pickWeight.reduce((acc, w, i) => (cum[i] = acc + w), 0);
  const totalW = cum[M - 1];
  const pick = (): number => {
    const x = rnd() * totalW;
    let lo = 0;
    let hi = M - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const ids = Array.from({ length: M }, (_, i) => `GM${String(i + 1).padStart(4, '0')}`);
  const households: InstanceHousehold[] = [];
  const demand = { persons: 0, homes_1_2: 0, homes_3_4: 0, homes_5_plus: 0 };
  for (let i = 0; i < o.households; i++) {
    const size = drawHouseholdSize(rnd);
    const b = homeBand(size);
    demand.persons += size;
    demand[b] += 1;
    const chosen = new Set<number>();
    while (chosen.size < K) chosen.add(pick());
    const taste = rnd();
    const options = [...chosen].sort((a, c) => a - c).map((m) => ({
      municipality: ids[m],
      score: Math.round((0.2 + 0.4 * attract[m] * (0.5 + taste) + 0.4 * rnd()) * 1e4) / 1e4,
    }));
    households.push({ id: `h${String(i + 1).padStart(6, '0')}`, uses: { persons: size, [b]: 1 }, options });
  }
  const municipalities: InstanceMunicipality[] = ids.map((id, m) => {
    const noise = (): number => 0.85 + 0.3 * rnd();
    const cap = (total: number): number => Math.floor(total * tight * share[m] * noise() + rnd());
    return {
      id,
      capacity: {
        persons: cap(demand.persons),
        homes_1_2: cap(demand.homes_1_2 * 1.05),
        homes_3_4: cap(demand.homes_3_4 * 1.05),
        homes_5_plus: cap(demand.homes_5_plus * 1.05),
      },
    };
  });
  return { resources: [...RESOURCES], municipalities, households };
}
