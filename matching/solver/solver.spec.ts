import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lagrangianBound } from './bound.js';
import { checkResult } from './check.js';
import { coreLpSolver } from './core-lp.adapter.js';
import { lpSolverAdapter } from './lp-solver.adapter.js';
import { highsMipAdapter } from './highs.adapter.js';
import { solve, solverNames } from './solve.js';
import { validateInstance, InstanceValidationError, parseInstance } from './validate.js';
import type { Instance } from './types.js';

const goldenDir = join(process.cwd(), 'matching', 'solver', 'golden');

describe('golden cases', () => {
  for (const file of readdirSync(goldenDir).filter((f) => f.endsWith('.json')).sort()) {
    it(file, async () => {
      const { instance, expected } = JSON.parse(readFileSync(join(goldenDir, file), 'utf8'));
      const inst = validateInstance(instance);
      for (const solver of ['core-lp', 'lagrangian-greedy', 'javascript-lp-solver', 'highs-mip']) {
        const r = await solve(inst, { solver, timeLimitSeconds: 20 });
        if (solver !== 'lagrangian-greedy' || expected.status === 'infeasible') expect([solver, r.status]).toEqual([solver, expected.status]);
        if (expected.objective !== undefined && solver !== 'lagrangian-greedy') expect(r.objective).toBeCloseTo(expected.objective, 9);
        if (expected.placements) expect(r.placements).toEqual(expected.placements);
        if (expected.unplaced) expect(r.unplaced).toEqual(expected.unplaced);
        if (expected.messageIncludes) expect(r.message).toContain(expected.messageIncludes);
        expect(checkResult(inst, r)).toEqual([]);
      }
    });
  }
});

const RES = ['persons', 'homes_1_2', 'homes_3_4'];
const tinyInstance: fc.Arbitrary<Instance> = fc
  .record({
    caps: fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 4 }),
    hh: fc.array(fc.record({ size: fc.integer({ min: 1, max: 5 }), opts: fc.array(fc.tuple(fc.nat(3), fc.integer({ min: -2, max: 100 })), { maxLength: 4 }) }), { maxLength: 8 }),
  })
  .map(({ caps, hh }) => ({
    resources: RES,
    municipalities: caps.map(([p, a, b], i) => ({ id: `M${i}`, capacity: { persons: p, homes_1_2: a, homes_3_4: b } })),
    households: hh.map((h, i) => {
      const seen = new Set<number>();
      const options = h.opts
        .map(([m, s]) => [m % caps.length, s / 100] as const)
        .filter(([m]) => (seen.has(m) ? false : (seen.add(m), true)))
        .map(([m, s]) => ({ municipality: `M${m}`, score: s }));
      return { id: `h${i}`, uses: { persons: h.size, [h.size <= 2 ? 'homes_1_2' : 'homes_3_4']: 1 }, options };
    }),
  }));

/** Brute force optimum over all assignments (tiny instances only). */
function bruteForce(inst: Instance): number {
  let best = 0;
  const used = new Map<string, number>();
  const rec = (i: number, acc: number): void => {
    if (i === inst.households.length) {
      best = Math.max(best, acc);
      return;
    }
    rec(i + 1, acc);
    const h = inst.households[i];
    for (const o of h.options) {
      const m = inst.municipalities.find((x) => x.id === o.municipality)!;
      const ok = Object.entries(h.uses).every(([r, a]) => (used.get(`${m.id}/${r}`) ?? 0) + a <= (m.capacity[r] ?? 0));
      if (!ok) continue;
      for (const [r, a] of Object.entries(h.uses)) used.set(`${m.id}/${r}`, (used.get(`${m.id}/${r}`) ?? 0) + a);
      rec(i + 1, acc + o.score);
      for (const [r, a] of Object.entries(h.uses)) used.set(`${m.id}/${r}`, used.get(`${m.id}/${r}`)! - a);
    }
  };
  rec(0, 0);
  return best;
}

describe('properties on tiny instances', () => {
  it('results are feasible, bound ≥ optimum ≥ objective, and core-lp finds the exact optimum', async () => {
    await fc.assert(
      fc.asyncProperty(tinyInstance, async (inst) => {
        const opt = bruteForce(inst);
        for (const solver of ['core-lp', 'lagrangian-greedy', 'javascript-lp-solver']) {
          const r = await solve(inst, { solver, timeLimitSeconds: 10 });
          expect(checkResult(inst, r)).toEqual([]);
          expect(r.status).not.toBe('error');
          expect(r.bound).toBeGreaterThanOrEqual(opt - 1e-9);
          expect(opt).toBeGreaterThanOrEqual(r.objective - 1e-9);
          if (solver !== 'lagrangian-greedy') expect(r.objective).toBeCloseTo(opt, 9);
        }
      }),
      { numRuns: 60, seed: 42 },
    );
  }, 120_000);

  it('lagrangianBound is an upper bound for arbitrary nonnegative prices', () => {
    fc.assert(
      fc.property(tinyInstance, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }), (inst, p) => {
        const prices = Object.fromEntries(inst.municipalities.map((m, i) => [m.id, { persons: p[(3 * i) % 12], homes_1_2: p[(3 * i + 1) % 12], homes_3_4: p[(3 * i + 2) % 12] }]));
        expect(lagrangianBound(inst, prices)).toBeGreaterThanOrEqual(bruteForce(inst) - 1e-9);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});

describe('determinism', () => {
  it('same instance and options give the same placements', async () => {
    const inst = fc.sample(tinyInstance, { numRuns: 1, seed: 3 })[0];
    const a = await coreLpSolver().solve(inst, { timeLimitSeconds: 10 });
    const b = await coreLpSolver().solve(inst, { timeLimitSeconds: 10 });
    expect(a.placements).toEqual(b.placements);
    expect(a.prices).toEqual(b.prices);
  });
});

describe('checker', () => {
  const inst = validateInstance(JSON.parse(readFileSync(join(goldenDir, 'basic.json'), 'utf8')).instance);
  it('rejects over-capacity, double and unlisted placements, wrong objective', () => {
    const v = checkResult(inst, {
      status: 'feasible', objective: 5, bound: 0, prices: {}, solver: 'x', seconds: 0,
      placements: [
        { household: 'h2', municipality: 'A' }, { household: 'h3', municipality: 'A' },
        { household: 'h4', municipality: 'A' }, { household: 'h4', municipality: 'B' },
      ],
      unplaced: ['h1'],
    });
    expect(v.join('\n')).toMatch(/uses 3 > capacity 1/);
    expect(v.join('\n')).toMatch(/placed twice/);
    expect(v.join('\n')).toMatch(/not an option/);
    expect(v.join('\n')).toMatch(/objective: reported 5/);
  });
  it('solve() turns a checker failure into status error', async () => {
    const broken = { name: 'broken', version: '0', solve: async () => ({ status: 'feasible' as const, objective: 9, bound: 9, prices: {}, placements: [], unplaced: [], solver: 'broken', seconds: 0 }) };
    const { solvers } = await import('./solve.js');
    (solvers as Record<string, unknown>).broken = broken;
    const r = await solve(inst, { solver: 'broken' });
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/failed the checker/);
  });
});

/** The message validateInstance refuses `v` with ('' when it accepts it); it must throw InstanceValidationError. */
function validationMessage(v: unknown): string {
  try {
    validateInstance(v);
    return '';
  } catch (e) {
    expect(e).toBeInstanceOf(InstanceValidationError);
    return (e as Error).message;
  }
}

describe('validation', () => {
  const base = { resources: ['persons'], municipalities: [{ id: 'A', capacity: { persons: 1 } }], households: [{ id: 'h1', uses: { persons: 1 }, options: [{ municipality: 'A', score: 1 }] }] };
  const msg = validationMessage;
  it('accepts a good instance', () => expect(msg(base)).toBe(''));
  it('bad JSON', () => expect(() => parseInstance('{')).toThrow(/bad JSON/));
  it('duplicate ids', () => {
    expect(msg({ ...base, households: [base.households[0], base.households[0]] })).toMatch(/households\[1\]\.id: duplicate household id "h1"/);
    expect(msg({ ...base, municipalities: [base.municipalities[0], base.municipalities[0]] })).toMatch(/municipalities\[1\]\.id: duplicate municipality id "A"/);
  });
  it('unknown municipality in an option', () =>
    expect(msg({ ...base, households: [{ id: 'h1', uses: {}, options: [{ municipality: 'GM9999', score: 1 }] }] })).toMatch(
      /households\[0\]\.options\[0\]\.municipality: unknown municipality "GM9999"/,
    ));
  it('negative capacity', () => expect(msg({ ...base, municipalities: [{ id: 'A', capacity: { persons: -1 } }] })).toMatch(/municipalities\[0\]\.capacity\.persons: negative amount -1/));
  it('non-finite score', () =>
    expect(msg({ ...base, households: [{ id: 'h1', uses: {}, options: [{ municipality: 'A', score: null }] }] })).toMatch(/households\[0\]\.options\[0\]\.score: expected a finite number/));
  it('unknown resource and pin', () => {
    expect(msg({ ...base, households: [{ id: 'h1', uses: { beds: 1 }, options: [] }] })).toMatch(/households\[0\]\.uses\.beds: unknown resource "beds"/);
    expect(msg({ ...base, households: [{ id: 'h1', uses: {}, options: [], pinned: 'Z' }] })).toMatch(/households\[0\]\.pinned: unknown municipality "Z"/);
  });
});

describe('HiGHS MIP and javascript-lp-solver agree with core-lp on a seeded 60-household instance', () => {
  it('same optimum', async () => {
    const { generateInstance } = await import('../bench/generate.js');
    const inst = generateInstance({ households: 60, municipalities: 12, optionsPerHousehold: 5, seed: 5 });
    const a = await coreLpSolver().solve(inst, { timeLimitSeconds: 20 });
    const b = await highsMipAdapter.solve(inst, { timeLimitSeconds: 20 });
    expect(a.status).toBe('optimal');
    expect(b.status).toBe('optimal');
    expect(a.objective).toBeCloseTo(b.objective, 6);
    expect(a.bound).toBeGreaterThanOrEqual(b.objective - 1e-9);
    void lpSolverAdapter;
  }, 60_000);
});

describe('determinism on a medium instance (2,000 households, slot-decomposition path)', () => {
  it('two runs give identical placements, prices and bound', async () => {
    const { generateInstance } = await import('../bench/generate.js');
    const inst = generateInstance({ households: 2000, seed: 11 });
    const a = await solve(inst, { timeLimitSeconds: 60 });
    const b = await solve(inst, { timeLimitSeconds: 60 });
    expect(a.status).not.toBe('error');
    expect(checkResult(inst, a)).toEqual([]);
    expect(b.placements).toEqual(a.placements);
    expect(b.prices).toEqual(a.prices);
    expect(b.bound).toBe(a.bound);
  }, 120_000);
});

describe('determinism on the large-LP path (5,000 households: interior-point core LP + sub-MIPs)', () => {
  it('two runs give identical placements, prices and bound', async () => {
    const { generateInstance } = await import('../bench/generate.js');
    const inst = generateInstance({ households: 5000, seed: 3 });
    const a = await solve(inst, { timeLimitSeconds: 30 });
    const b = await solve(inst, { timeLimitSeconds: 30 });
    expect(a.status).toBe('feasible');
    expect(checkResult(inst, a)).toEqual([]);
    expect(b.placements).toEqual(a.placements);
    expect(b.prices).toEqual(a.prices);
    expect(b.bound).toBe(a.bound);
  }, 180_000);
});

describe('score and amount range (SCORE_LIMIT, AMOUNT_LIMIT)', () => {
  // the two cases from /work/shared/cases, verbatim in content
  const twoByTwo = (s: readonly [number, number, number, number]): Instance => ({
    resources: ['persons'],
    municipalities: [{ id: 'M1', capacity: { persons: 1 } }, { id: 'M2', capacity: { persons: 1 } }],
    households: [
      { id: 'H1', uses: { persons: 1 }, options: [{ municipality: 'M1', score: s[0] }, { municipality: 'M2', score: s[1] }] },
      { id: 'H2', uses: { persons: 1 }, options: [{ municipality: 'M1', score: s[2] }, { municipality: 'M2', score: s[3] }] },
    ],
  });
  const huge = twoByTwo([1.7976931348623157e308, 1, 1, 1.7976931348623157e308]);
  const e20 = twoByTwo([2e21, 1e21, 3e21, 1e21]);

  it('refuses scores outside ±1e6 at input, naming the field and the range', () => {
    expect(validationMessage(huge)).toMatch(/households\[0\]\.options\[0\]\.score: 1\.7976931348623157e\+308 is outside the allowed score range \[-1000000, 1000000\]/);
    expect(validationMessage(huge)).toMatch(/households\[1\]\.options\[1\]\.score/);
    expect(validationMessage(e20)).toMatch(/households\[0\]\.options\[0\]\.score: 2e\+21 is outside the allowed score range/);
    expect(validationMessage(twoByTwo([-2e6, 1, 1, 1]))).toMatch(/households\[0\]\.options\[0\]\.score: -2000000 is outside/);
    expect(validationMessage(twoByTwo([1e6, -1e6, 1, 1]))).toBe('');
  });

  it('refuses capacities and uses outside [0, 1e9], naming the field', () => {
    const big = { ...twoByTwo([1, 1, 1, 1]), municipalities: [{ id: 'M1', capacity: { persons: 3e9 } }, { id: 'M2', capacity: { persons: 1 } }] };
    expect(validationMessage(big)).toMatch(/municipalities\[0\]\.capacity\.persons: 3000000000 is outside the allowed amount range \[0, 1000000000\]/);
  });

  it('every solver gives the same refusal for an out-of-range instance that skipped validation', async () => {
    for (const inst of [huge, e20]) {
      const results = await Promise.all(solverNames.map((solver) => solve(inst, { solver, timeLimitSeconds: 5 })));
      for (const r of results) {
        expect([r.solver, r.status]).toEqual([r.solver, 'error']);
        expect(r.placements).toEqual([]);
        expect(Number.isFinite(r.bound) && Number.isFinite(r.objective)).toBe(true); // JSON and GraphQL carry it
        expect(r.message).toMatch(/households\[0\]\.options\[0\]\.score: .* is outside the allowed score range \[-1000000, 1000000\]/);
      }
      expect(new Set(results.map((r) => r.message)).size).toBe(1);
    }
  });

  it('every solver gives the same answer at the top of the range (scores 1e5–1e6)', async () => {
    const top = twoByTwo([2e5, 1e5, 1e6, 1e5]);
    const results = await Promise.all(solverNames.map((solver) => solve(top, { solver, timeLimitSeconds: 5 })));
    for (const r of results) {
      expect(checkResult(top, r)).toEqual([]);
      expect(['optimal', 'feasible']).toContain(r.status);
      expect(r.objective).toBe(1.1e6);
      expect(r.placements).toEqual([{ household: 'H1', municipality: 'M2' }, { household: 'H2', municipality: 'M1' }]);
    }
  });
});
