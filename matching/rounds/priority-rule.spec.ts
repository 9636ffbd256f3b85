import { syntheticModel } from '../model/synthetic.js';
import { verifyExplanation } from '../explain/verify.js';
import { buildScoredInstance } from '../scoring/build.js';
import { DEFAULT_PRIORITY_WEIGHT, PRIORITY_RULE, priorityValue, queuePriorities } from '../scoring/priority.js';
import type { SolveResult } from '../solver/types.js';
import { SCORE_LIMIT } from '../solver/types.js';
import { runMatching, type RoundInput, type RoundOutput } from './run-matching.js';

// capacity a third of demand: who is placed is decided by the objective
const model = syntheticModel({ households: 300, municipalities: 12, seed: 5, tightness: 0.33 });
const queue = [...model.households].reverse().map((h, i) => ({ household: h.id, urgency: (i % 37 === 5 ? 'social' : 'none') as 'social' | 'none', permitDate: `2025-${String(1 + (i % 12)).padStart(2, '0')}-01` }));
const input: RoundInput = {
  model, policy: { priorityWeight: DEFAULT_PRIORITY_WEIGHT }, placementValue: 1, solver: 'auto', timeLimitSeconds: 20, seed: 3, queue, alternatives: 2, anchorRunId: null,
};

/** The result a RoundOutput stands for, rebuilt for the verifier. */
function resultOf(output: RoundOutput): SolveResult {
  return {
    status: output.status, objective: output.objective, bound: output.bound, prices: output.prices,
    placements: output.assignments.filter((a) => a.municipality).map((a) => ({ household: a.unit, municipality: a.municipality! }))
      .filter((p, i, all) => all.findIndex((q) => q.household === p.household) === i),
    unplaced: [...new Set(output.assignments.filter((a) => !a.municipality).map((a) => a.unit))],
    solver: output.solver, seconds: 0,
  };
}

describe('priority rule (queue-rank-linear/1)', () => {
  it('p falls linearly from 1 (first) to 0 (last); a queue of one is 1; positions outside the queue are refused', () => {
    expect([1, 2, 3, 4, 5].map((p) => priorityValue(p, 5))).toEqual([1, 0.75, 0.5, 0.25, 0]);
    expect(priorityValue(1, 1)).toBe(1);
    expect(() => priorityValue(0, 3)).toThrow(RangeError);
    expect(() => priorityValue(4, 3)).toThrow(RangeError);
    expect([...queuePriorities(['b', 'a', 'b', 'c'])]).toEqual([['b', 1], ['a', 0.5], ['c', 0]]);
    expect(PRIORITY_RULE.version).toBe('queue-rank-linear/1');
  });

  it('adds priorityWeight · p per household to every option and shows it apart from fit in the breakdown', () => {
    const ids = queue.map((q) => q.household);
    const plain = buildScoredInstance(model, { placementValue: 1 });
    const ruled = buildScoredInstance(model, { placementValue: 1, queue: ids, priorityWeight: 0.4 });
    const first = ids[0];
    const last = ids[ids.length - 1];
    for (const [h, p] of [[first, 1], [last, 0]] as const) {
      const unit = ruled.details.unitOf.get(h)!;
      if (unit !== h) continue;
      const a = plain.instance.households.find((x) => x.id === h)!;
      const b = ruled.instance.households.find((x) => x.id === h)!;
      expect(b.options.map((o) => o.score)).toEqual(a.options.map((o) => Math.round((o.score + 0.4 * p) * 1e6) / 1e6));
      const bd = ruled.details.breakdown(h, b.options[0].municipality)!;
      expect(bd.households[0].priority).toBe(Math.round(0.4 * p * 1e6) / 1e6);
      expect(bd.score).toBe(b.options[0].score);
      for (const o of b.options) expect(Math.abs(o.score)).toBeLessThanOrEqual(SCORE_LIMIT);
    }
  });
});

describe('runMatching with the priority rule', () => {
  let output: RoundOutput;
  beforeAll(async () => { output = await runMatching(input); }, 120_000);

  it('reports the price of the rule against a fit-only solve of the same round', () => {
    const c = output.priorityCost!;
    expect(c.rule).toBe('queue-rank-linear/1');
    expect(c.priorityWeight).toBe(DEFAULT_PRIORITY_WEIGHT);
    expect(c.withRule.householdsPlaced).toBe(output.figures.householdsPlaced);
    expect(c.withRule.averageFit).toBe(output.figures.averageFit);
    expect(c.fitOnly.householdsPlaced).toBeGreaterThan(0);
    // the fit-only solve cannot be beaten on fit by much (both are near-optimal for their own objective)
    expect(c.fitOnly.totalFit).toBeGreaterThanOrEqual(c.withRule.totalFit - 0.01 * c.withRule.totalFit);
  });

  it('is null without a priority weight', async () => {
    const plain = await runMatching({ ...input, policy: {} });
    expect(plain.priorityCost).toBeNull();
  }, 120_000);

  it('honours the queue per band: halves add up to the band, and the earlier half is placed more often', () => {
    expect(output.queueHonour.map((b) => b.band)).toEqual(['homes_1_2', 'homes_3_4', 'homes_5_plus']);
    for (const b of output.queueHonour) {
      expect(b.earlierHalf.households + b.laterHalf.households).toBe(b.households);
      const placed = output.assignments.filter((a) => a.municipality !== null && queue.some((q) => q.household === a.household)).length;
      expect(b.earlierHalf.placed + b.laterHalf.placed).toBeLessThanOrEqual(placed);
    }
    const small = output.queueHonour[0];
    expect(small.earlierHalf.share!).toBeGreaterThan(1.5 * small.laterHalf.share!);
    expect(output.queueHonour.reduce((s, b) => s + b.households, 0)).toBe(model.households.length);
  });

  it('tells every unplaced household in the queue why others went first, and the verifier re-derives it', () => {
    const { instance, details } = buildScoredInstance(model, { priorityWeight: DEFAULT_PRIORITY_WEIGHT, queue: queue.map((q) => q.household), placementValue: 1 });
    const result = resultOf(output);
    const ctx = { queue, model };
    const unplaced = output.assignments.filter((a) => a.municipality === null);
    expect(unplaced.length).toBeGreaterThan(0);
    for (const a of unplaced) {
      expect(a.explanation.othersFirst?.some((o) => o.household === a.household)).toBe(true);
      expect(verifyExplanation(instance, result, a.explanation, details, ctx)).toEqual([]);
    }
    for (const a of output.assignments.filter((x) => x.municipality !== null)) expect(a.explanation.othersFirst).toBeUndefined();
    // a count below k is never shown; the verifier notices a changed count
    const withCount = unplaced.find((a) => a.explanation.othersFirst!.some((o) => o.counts.some((c) => c.count !== null)))!;
    for (const o of withCount.explanation.othersFirst!) for (const c of o.counts) if (c.count !== null) expect(c.count).toBeGreaterThanOrEqual(o.threshold);
    const forged = {
      ...withCount.explanation,
      othersFirst: withCount.explanation.othersFirst!.map((o) => ({ ...o, counts: o.counts.map((c) => ({ ...c, count: c.count === null ? null : c.count + 1 })) })),
    };
    expect(verifyExplanation(instance, result, forged, details, ctx)).toContain(`${withCount.unit}: why-others-went-first counts do not re-derive`);
    expect(verifyExplanation(instance, result, withCount.explanation, details)).toContain(`${withCount.unit}: claims why others went first without the queue and scoring details`);
  });
});
