/**
 * Seeded generator of degenerate scored instances (solver property tests and `npm run bench -- --degenerate`):
 * the inputs on which optimisers tend to loop — every option scoring the same, a few distinct scores,
 * no capacity anywhere, one municipality for everybody.
 *
 * Families (household sizes as in generate.ts: mostly 1, some 2–4, a few 5–8, or all 1 with `singlePersons`;
 * uses = persons + one home of the size band; capacity about half of the demand, the same in every
 * municipality, so that many households compete for the same room):
 * - `all-ties`: every option of every household scores the same (1); any feasible answer that fills the
 *   room well is optimal. Like `solver-all-ties-2000.json`, but with families.
 * - `few-values`: scores take one of three values (1, 1.01, 1.02): massive ties between near-equal options.
 * - `zero-capacity`: every municipality has zero capacity for every resource; the only answer places nobody.
 * - `single-municipality`: one municipality, every household's only option, scores in [1, 2) on a 0.01 grid.
 */
import type { Instance, InstanceHousehold, InstanceMunicipality } from '../solver/types.js';
import { mulberry32 } from '../random.js';
import { drawHouseholdSize } from './generate.js';
import { homeBand } from '../vocabulary/index.js';

export const DEGENERATE_FAMILIES = ['all-ties', 'few-values', 'zero-capacity', 'single-municipality'] as const;
export type DegenerateFamily = (typeof DEGENERATE_FAMILIES)[number];

/** Whether `name` (e.g. a `--family` argument) is one of DEGENERATE_FAMILIES. */
export function isDegenerateFamily(name: string): name is DegenerateFamily {
  return (DEGENERATE_FAMILIES as readonly string[]).includes(name);
}

export interface DegenerateOptions {
  readonly family: DegenerateFamily;
  readonly households: number;
  /** municipalities (default 342; always 1 for `single-municipality`) */
  readonly municipalities?: number;
  /** options per household (default 20, at most the number of municipalities) */
  readonly optionsPerHousehold?: number;
  /** room / demand for every resource (default 0.5; 0 for `zero-capacity`) */
  readonly tightness?: number;
  /** every household is one person (like `solver-all-ties-2000.json`); default false (sizes 1–8) */
  readonly singlePersons?: boolean;
  readonly seed?: number;
}

export function generateDegenerate(o: DegenerateOptions): Instance {
  const rnd = mulberry32(o.seed ?? 1);
  const M = o.family === 'single-municipality' ? 1 : Math.max(1, o.municipalities ?? 342);
  const K = Math.min(M, o.optionsPerHousehold ?? 20);
  const tight = o.family === 'zero-capacity' ? 0 : (o.tightness ?? 0.5);
  const ids = Array.from({ length: M }, (_, i) => `GM${String(i + 1).padStart(4, '0')}`);
  const demand = { persons: 0, homes_1_2: 0, homes_3_4: 0, homes_5_plus: 0 };
  const households: InstanceHousehold[] = [];
  const perm = Array.from({ length: M }, (_, m) => m);
  for (let i = 0; i < o.households; i++) {
    const size = o.singlePersons ? 1 : drawHouseholdSize(rnd);
    const b = homeBand(size);
    demand.persons += size;
    demand[b] += 1;
    // K distinct municipalities: partial Fisher–Yates shuffle of `perm`
    for (let j = 0; j < K; j++) {
      const k = j + Math.floor(rnd() * (M - j));
      [perm[j], perm[k]] = [perm[k], perm[j]];
    }
    const chosen = perm.slice(0, K);
    const score = (): number => {
      switch (o.family) {
        case 'few-values':
          return 1 + 0.01 * Math.floor(rnd() * 3);
        case 'single-municipality':
          return 1 + Math.floor(rnd() * 100) / 100;
        default:
          return 1;
      }
    };
    const options = chosen.sort((a, c) => a - c).map((m) => ({ municipality: ids[m], score: score() }));
    households.push({ id: `h${String(i + 1).padStart(6, '0')}`, uses: { persons: size, [b]: 1 }, options });
  }
  // the same room everywhere (up to rounding): identical municipalities are part of the degeneracy
  const share = (total: number, m: number): number => Math.floor((total * tight * (m + 1)) / M) - Math.floor((total * tight * m) / M);
  const municipalities: InstanceMunicipality[] = ids.map((id, m) => ({
    id,
    capacity: {
      persons: share(demand.persons, m),
      homes_1_2: share(demand.homes_1_2, m),
      homes_3_4: share(demand.homes_3_4, m),
      homes_5_plus: share(demand.homes_5_plus, m),
    },
  }));
  return { resources: ['persons', 'homes_1_2', 'homes_3_4', 'homes_5_plus'], municipalities, households };
}
