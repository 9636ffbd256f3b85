import fc from 'fast-check';
import { syntheticModel } from '../model/synthetic.js';
import { buildScoredInstance } from '../scoring/build.js';
import type { Instance, InstanceHousehold } from '../solver/types.js';
import { explainResult } from './explain.js';
import { greedyResult } from './test-support.js';
import { verifyExplanation } from './verify.js';
import { RESOURCES, homeBand } from '../vocabulary/index.js';

const RES = [...RESOURCES];
const band = homeBand;

/** Random small instances with the app's resources; scores on a coarse grid so ties happen. */
const instanceArb: fc.Arbitrary<Instance> = fc
  .record({
    caps: fc.array(fc.tuple(fc.nat(12), fc.nat(4), fc.nat(3), fc.nat(2)), { minLength: 1, maxLength: 6 }),
    hh: fc.array(fc.record({ size: fc.integer({ min: 1, max: 8 }), opts: fc.array(fc.tuple(fc.nat(5), fc.nat(10)), { maxLength: 6 }), pin: fc.option(fc.nat(5), { freq: 8 }) }), { minLength: 1, maxLength: 14 }),
  })
  .map(({ caps, hh }) => {
    const municipalities = caps.map(([p, a, b, c], i) => ({ id: `GM${i}`, capacity: { persons: p, homes_1_2: a, homes_3_4: b, homes_5_plus: c } }));
    const households: InstanceHousehold[] = hh.map((x, i) => {
      const seen = new Set<string>();
      const options = x.opts
        .map(([m, s]) => ({ municipality: `GM${m % caps.length}`, score: s / 10 }))
        .filter((o) => (seen.has(o.municipality) ? false : (seen.add(o.municipality), true)));
      const pinned = x.pin !== null && options.length > 0 ? options[x.pin % options.length].municipality : undefined;
      return { id: `H${String(i).padStart(2, '0')}`, uses: { persons: x.size, [band(x.size)]: 1 }, options, ...(pinned ? { pinned } : {}) };
    });
    return { resources: RES, municipalities, households };
  });

const pricesArb = (n: number) => fc.array(fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20), fc.nat(20)), { minLength: n, maxLength: n });

describe('explanations are faithful to the result', () => {
  it('every claim re-derives, for greedy-by-score assignments and arbitrary nonnegative prices', () => {
    fc.assert(
      fc.property(instanceArb.chain((inst) => fc.tuple(fc.constant(inst), pricesArb(inst.municipalities.length), fc.boolean())), ([inst, ps, zero]) => {
        const prices = Object.fromEntries(inst.municipalities.map((m, i) => [m.id, zero ? {} : Object.fromEntries(RES.map((r, k) => [r, ps[i][k] / 40]))]));
        const result = greedyResult(inst, prices);
        for (const e of explainResult(inst, result, undefined, { alternatives: 3 })) {
          expect(verifyExplanation(inst, result, e)).toEqual([]);
          // greedy by score never leaves a higher-scoring option with room
          expect(e.higher.byVerdict['explain.alt_room_available'] ?? 0).toBe(0);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('random feasible assignments produce room-available verdicts, still all true', () => {
    let roomSeen = 0;
    fc.assert(
      fc.property(instanceArb, fc.integer(), (inst, seed) => {
        let s = seed >>> 0;
        const rnd = (): number => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
        const result = greedyResult(inst, {}, 'random', rnd);
        for (const e of explainResult(inst, result)) {
          expect(verifyExplanation(inst, result, e)).toEqual([]);
          roomSeen += e.higher.byVerdict['explain.alt_room_available'] ?? 0;
        }
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(roomSeen).toBeGreaterThan(0);
  });

  it('the verifier catches false claims', () => {
    const inst: Instance = {
      resources: RES,
      municipalities: [{ id: 'A', capacity: { persons: 1, homes_1_2: 1 } }, { id: 'B', capacity: { persons: 5, homes_1_2: 5 } }],
      households: [
        { id: 'h1', uses: { persons: 1, homes_1_2: 1 }, options: [{ municipality: 'A', score: 0.9 }, { municipality: 'B', score: 0.5 }] },
        { id: 'h2', uses: { persons: 1, homes_1_2: 1 }, options: [{ municipality: 'A', score: 0.75 }, { municipality: 'B', score: 0.5 }] },
      ],
    };
    const result = greedyResult(inst, { A: { persons: 0.5 } });
    const [, e2] = explainResult(inst, result);
    expect(e2.outcome).toEqual({ code: 'explain.placed', params: { municipality: 'B', fit: null, value: 0.5, rank: 2, options: 2, fitting: null, fits: true, isOption: true } });
    expect(e2.alternatives[0]).toEqual({
      municipality: 'A', value: 0.75, fit: null, rank: 1,
      verdict: {
        code: 'explain.alt_capacity',
        params: { binding: [{ resource: 'persons', used: 1, capacity: 1, needed: 1 }, { resource: 'homes_1_2', used: 1, capacity: 1, needed: 1 }], fit: null, outcomeFit: null, netValueThere: 0.25, netValueOutcome: 0.5, priceExceedsGain: true },
      },
    });
    expect(verifyExplanation(inst, result, e2)).toEqual([]);
    const lie = { ...e2, outcome: { ...e2.outcome, params: { ...e2.outcome.params, rank: 1 } } } as typeof e2;
    expect(verifyExplanation(inst, result, lie)).toEqual(['h2: rank 1 is not the real rank 2']);
    const room = { ...e2, alternatives: [{ ...e2.alternatives[0], verdict: { code: 'explain.alt_room_available', params: { fit: null, outcomeFit: null, netValueThere: 0.25, netValueOutcome: 0.5 } } }] } as typeof e2;
    expect(verifyExplanation(inst, result, room).join()).toMatch(/claims room but persons,homes_1_2 cannot take it/);
  });

  it('unplaced large household: every option is bound by homes_5_plus', () => {
    const inst: Instance = {
      resources: RES,
      municipalities: [{ id: 'A', capacity: { persons: 20, homes_1_2: 3, homes_5_plus: 0 } }, { id: 'B', capacity: { persons: 20, homes_5_plus: 1 } }],
      households: [
        { id: 'big1', uses: { persons: 6, homes_5_plus: 1 }, options: [{ municipality: 'B', score: 0.9 }] },
        { id: 'big2', uses: { persons: 6, homes_5_plus: 1 }, options: [{ municipality: 'A', score: 0.7 }, { municipality: 'B', score: 0.6 }] },
      ],
    };
    const result = greedyResult(inst);
    const e = explainResult(inst, result)[1];
    expect(e.outcome.code).toBe('explain.unplaced');
    expect(e.higher).toEqual({ count: 2, byVerdict: { 'explain.alt_capacity': 2 }, bindingByResource: { homes_5_plus: 2 } });
    expect(verifyExplanation(inst, result, e)).toEqual([]);
  });

  it('with scoring details: breakdowns, filters and preferred places re-derive (synthetic model)', () => {
    const model = syntheticModel({ households: 300, municipalities: 40, seed: 3, tightness: 0.8 });
    const pins = [{ household: model.households[5].id, municipality: model.municipalities[0].id }];
    const { instance, details } = buildScoredInstance(model, { maxOptions: 8, pins });
    const result = greedyResult(instance, Object.fromEntries(instance.municipalities.map((m, i) => [m.id, { persons: (i % 5) / 50 }])));
    const all = explainResult(instance, result, details);
    const codes = new Set<string>();
    for (const e of all) {
      expect(verifyExplanation(instance, result, e, details)).toEqual([]);
      for (const p of e.preferred) codes.add(p.verdict.code);
      for (const a of e.alternatives) codes.add(a.verdict.code);
    }
    expect([...codes].sort()).toEqual(expect.arrayContaining(['explain.alt_capacity', 'explain.alt_not_higher', 'explain.preferred_filtered']));
    // explanation structures are data: JSON round-trips without loss
    expect(JSON.parse(JSON.stringify(all[0]))).toEqual(all[0]);
  });

  it('alternatives carry the fit on the household scale, without the placement value, placed or not', () => {
    const model = syntheticModel({ households: 120, municipalities: 12, seed: 5, tightness: 0.6 });
    const { instance, details } = buildScoredInstance(model, { maxOptions: 6, placementValue: 2 });
    const result = greedyResult(instance);
    const all = explainResult(instance, result, details);
    expect(all.some((e) => e.outcome.code === 'explain.unplaced' && e.alternatives.length > 0)).toBe(true);
    expect(all.some((e) => e.households.length > 1)).toBe(true);
    for (const e of all) {
      expect(verifyExplanation(instance, result, e, details)).toEqual([]);
      for (const a of e.alternatives) {
        const members = details.breakdown(e.unit, a.municipality)!.households;
        const mean = members.reduce((s, h) => s + h.score, 0) / members.length;
        expect(a.fit).toBeCloseTo(mean, 6);
        expect(a.fit).toBeGreaterThanOrEqual(0);
        expect(a.fit).toBeLessThanOrEqual(1);
        // the option score is the same place on the solver's scale
        expect(a.value).toBeCloseTo(members.length * 2 + mean * members.length, 5);
      }
    }
    const e = all.find((x) => x.alternatives.length > 0)!;
    const wrong = { ...e, alternatives: [{ ...e.alternatives[0], fit: e.alternatives[0].value / e.households.length }, ...e.alternatives.slice(1)] };
    expect(verifyExplanation(instance, result, wrong, details)).toEqual([`${e.unit}: alternative ${e.alternatives[0].municipality} fit wrong`]);
    const invented = { ...e, alternatives: [{ ...e.alternatives[0], fit: 0.5 }] };
    expect(verifyExplanation(instance, result, invented).join()).toMatch(/fit wrong/);
  });

  it('one fit scale: every fit in an explanation is on 0–1, the placement value is apart, placed or not (issue 11)', () => {
    const model = syntheticModel({ households: 150, municipalities: 12, seed: 9, tightness: 0.5 });
    const { instance, details } = buildScoredInstance(model, { maxOptions: 4, placementValue: 1, priorityWeight: 0.1, queue: model.households.map((h) => h.id) });
    const result = greedyResult(instance);
    const all = explainResult(instance, result, details);
    const fits: number[] = [];
    let unplacedWithAlternatives = 0;
    for (const e of all) {
      expect(verifyExplanation(instance, result, e, details)).toEqual([]);
      if (e.outcome.code === 'explain.placed') {
        fits.push(e.outcome.params.fit!);
        // the placement value counts the value of placing at all (1 per household) besides the fit
        expect(e.outcome.params.value).toBeGreaterThan(e.outcome.params.fit! * e.households.length);
      } else if (e.alternatives.length > 0) unplacedWithAlternatives++;
      for (const a of e.alternatives) {
        fits.push(a.fit!);
        const v = a.verdict.params as { fit?: number | null; outcomeFit?: number | null };
        expect(v.fit).toBe(a.fit);
        if (v.outcomeFit !== undefined) expect(v.outcomeFit).toBe(e.outcome.code === 'explain.placed' ? e.outcome.params.fit : null);
        expect(a.value).toBeGreaterThan(1);
      }
    }
    expect(unplacedWithAlternatives).toBeGreaterThan(0);
    expect(fits.length).toBeGreaterThan(100);
    expect(fits.every((f) => f >= 0 && f <= 1)).toBe(true);
  });

  it('explain.placed and explain.unplaced count the municipalities that fit, not the maxOptions cut-off, and rank among them', () => {
    const model = syntheticModel({ households: 200, municipalities: 30, seed: 4, tightness: 0.7 });
    const pins = [{ household: model.households[7].id, municipality: model.municipalities[3].id }];
    const { instance, details } = buildScoredInstance(model, { maxOptions: 5, pins });
    const result = greedyResult(instance);
    const all = explainResult(instance, result, details);
    let beyondCutOff = 0;
    for (const e of all) {
      expect(verifyExplanation(instance, result, e, details)).toEqual([]);
      const fitting = instance.municipalities.filter((m) => details.breakdown(e.unit, m.id)!.filtered.length === 0).map((m) => m.id);
      expect(e.outcome.params.fitting).toBe(fitting.length);
      if (fitting.length > e.outcome.params.options) beyondCutOff++;
      if (e.outcome.code === 'explain.placed') {
        const at = e.outcome.params.municipality;
        const value = details.breakdown(e.unit, at)!.score;
        expect(e.outcome.params.rank).toBe(1 + fitting.filter((m) => m !== at && details.breakdown(e.unit, m)!.score > value).length);
        expect(e.outcome.params.fits).toBe(fitting.includes(at));
      }
    }
    // the 65 of "number 1 of the 65 places that fit you" was the cut-off: here 5 options of many more that fit
    expect(beyondCutOff).toBeGreaterThan(100);
    // the pinned household is ranked among every fitting municipality, the ones left out of its options included
    const pinned = all.find((e) => e.pinned !== null && e.outcome.code === 'explain.placed')!;
    expect(pinned.outcome.params.options).toBe(1);
    const e = all.find((x) => x.outcome.code === 'explain.placed' && x.outcome.params.fitting! > x.outcome.params.options)!;
    const lie = { ...e, outcome: { ...e.outcome, params: { ...e.outcome.params, fitting: e.outcome.params.options } } } as typeof e;
    expect(verifyExplanation(instance, result, lie, details)).toEqual([`${e.unit}: fitting count ${e.outcome.params.options} is not ${e.outcome.params.fitting}`]);
  });
});
