/**
 * Golden cases of issue 10: a priority trade-off where later households legitimately go first (with both sides'
 * explanations), and a re-run after one pin that moves only the pinned household's neighbourhood.
 */
import { household, municipality, adult } from '../scoring/fixtures.js';
import { buildScoredInstance, type MatchingPolicy } from '../scoring/build.js';
import { verifyExplanation } from '../explain/verify.js';
import { syntheticModel } from '../model/synthetic.js';
import type { MatchingModel } from '../model/types.js';
import type { SolveResult } from '../solver/types.js';
import { runMatching, type QueueSlot, type RoundInput, type RoundOutput } from './run-matching.js';
import { compareRuns } from './compare.js';

const resultOf = (output: RoundOutput): SolveResult => ({
  status: output.status, objective: output.objective, bound: output.bound, prices: output.prices,
  placements: output.assignments.filter((a) => a.municipality).map((a) => ({ household: a.unit, municipality: a.municipality! }))
    .filter((p, i, all) => all.findIndex((q) => q.household === p.household) === i),
  unplaced: [...new Set(output.assignments.filter((a) => !a.municipality).map((a) => a.unit))],
  solver: output.solver, seconds: 0,
});

describe('golden: a priority trade-off', () => {
  // One city with room for 4 single people; nothing elsewhere. "early" waits longest but wants a rural place;
  // three later households want the city. "urgent" got its permit after "early" but is medical, so it stands first.
  const city = municipality('GM0001', { urbanisation: 1, capacity: { persons: 4, homes_1_2: 4, homes_3_4: 0, homes_5_plus: 0 } });
  const village = municipality('GM0002', { urbanisation: 5, capacity: { persons: 0, homes_1_2: 0, homes_3_4: 0, homes_5_plus: 0 } });
  const urbanite = (id: string) => household(id, { preferredSetting: 'urban', members: [adult()] });
  const model: MatchingModel = {
    municipalities: [city, village],
    households: [household('early', { preferredSetting: 'rural' }), urbanite('later-1'), urbanite('later-2'), urbanite('later-3'), urbanite('urgent')],
  };
  const queue: QueueSlot[] = [
    { household: 'urgent', urgency: 'medical', permitDate: '2025-03-01' },
    { household: 'early', urgency: 'none', permitDate: '2025-01-01' },
    { household: 'later-1', urgency: 'none', permitDate: '2025-02-01' },
    { household: 'later-2', urgency: 'none', permitDate: '2025-02-02' },
    { household: 'later-3', urgency: 'none', permitDate: '2025-02-03' },
  ];
  // only the setting counts, so the fit gap is the setting's: rural wish in a city vs urban wish in a city
  const weights = { labour: 0, setting: 1, network: 0, services: 0, ties: 0, priorities: 0 };
  const input = (priorityWeight: number): RoundInput => ({
    model, policy: { weights, priorityWeight }, placementValue: 1, solver: 'auto', timeLimitSeconds: 10, seed: 1, queue, alternatives: 2, anchorRunId: null,
  });

  it('with the default-sized weight the later households go first: their fit gain outweighs the queue', async () => {
    const out = await runMatching(input(0.1));
    const where = Object.fromEntries(out.assignments.map((a) => [a.household, a.municipality]));
    expect(where).toEqual({ urgent: 'GM0001', early: null, 'later-1': 'GM0001', 'later-2': 'GM0001', 'later-3': 'GM0001' });
    const fit = Object.fromEntries(out.assignments.map((a) => [a.household, a.fit]));
    expect(fit).toEqual({ urgent: 1, early: null, 'later-1': 1, 'later-2': 1, 'later-3': 1 });

    // the later household's explanation: placed, its priority shown apart from its fit
    const later = out.assignments.find((a) => a.household === 'later-3')!.explanation;
    expect(later.breakdown!.households[0]).toMatchObject({ household: 'later-3', score: 1, priority: 0, stability: 0 });
    expect(later.breakdown!.score).toBe(2); // placement value 1 + priority 0 + fit 1
    const first = out.assignments.find((a) => a.household === 'urgent')!.explanation;
    expect(first.breakdown!.households[0].priority).toBe(0.1); // position 1 of 5: p = 1

    // the earlier household's explanation: three later households (the rule's trade-off), one that came later
    // but is more urgent (hidden: fewer than 3)
    const early = out.assignments.find((a) => a.household === 'early')!.explanation;
    expect(early.othersFirst).toEqual([{
      household: 'early', band: 'homes_1_2', threshold: 3, total: 4,
      counts: [{ category: 'more_urgent', count: null }, { category: 'priority_trade_off', count: 3 }],
    }]);
    const { instance, details } = buildScoredInstance(model, { weights, priorityWeight: 0.1, queue: queue.map((q) => q.household), placementValue: 1 });
    for (const a of out.assignments) expect(verifyExplanation(instance, resultOf(out), a.explanation, details, { queue, model })).toEqual([]);

    // the price of the rule is nil here: the fit-only solve makes the same choice
    expect(out.priorityCost).toEqual({
      rule: 'queue-rank-linear/1', priorityWeight: 0.1,
      withRule: { householdsPlaced: 4, averageFit: 1, totalFit: 4 },
      fitOnly: expect.objectContaining({ householdsPlaced: 4, averageFit: 1, totalFit: 4 }),
    });
  }, 60_000);

  it('with a weight above the fit gap the earlier household goes first, and the rule has a fit price', async () => {
    const out = await runMatching(input(2));
    const where = Object.fromEntries(out.assignments.map((a) => [a.household, a.municipality]));
    expect(where.early).toBe('GM0001');
    expect(where['later-3']).toBeNull();
    expect(out.priorityCost!.withRule.totalFit).toBeLessThan(out.priorityCost!.fitOnly.totalFit);
    // nobody after later-3 in the queue was placed; "urgent" got its permit after it but stands first (medical)
    expect(out.assignments.find((a) => a.household === 'later-3')!.explanation.othersFirst).toEqual([{
      household: 'later-3', band: 'homes_1_2', threshold: 3, total: null, counts: [{ category: 'more_urgent', count: null }],
    }]);
  }, 60_000);
});

describe('golden: a re-run after one pin', () => {
  const model = syntheticModel({ households: 120, municipalities: 8, seed: 21, tightness: 0.6 });
  const queue: QueueSlot[] = model.households.map((h, i) => ({ household: h.id, urgency: 'none', permitDate: `2025-01-${String(1 + (i % 28)).padStart(2, '0')}` }));
  const base: RoundInput = { model, policy: { priorityWeight: 0.1 }, placementValue: 1, solver: 'auto', timeLimitSeconds: 10, seed: 1, queue, alternatives: 1, anchorRunId: null };

  it('moves only the pinned household and the households that make way for it', async () => {
    const first = await runMatching(base);
    // pin the first placed single household (by id) to the first other municipality that could take it
    const { details } = buildScoredInstance(model, { ...base.policy, queue: queue.map((q) => q.household), placementValue: 1 });
    const target = first.assignments.find((a) => a.municipality !== null && a.unit === a.household)!;
    const filtered = new Set(details.unit(target.unit)!.filtered.map((f) => f.municipality));
    const to = model.municipalities.map((m) => m.id).find((m) => m !== target.municipality && !filtered.has(m))!;
    const pins = [{ household: target.household, municipality: to }];
    const anchor = first.assignments.filter((a) => a.municipality !== null).map((a) => ({ household: a.household, municipality: a.municipality! }));
    const policy: MatchingPolicy = { ...base.policy, pins, anchor };
    const second = await runMatching({ ...base, policy });
    const diff = compareRuns(first.assignments, second.assignments, { pins });
    expect(diff.moved.find((m) => m.household === target.household)).toMatchObject({ from: target.municipality, to, cause: 'pin' });
    expect(diff.moved.length).toBeLessThanOrEqual(3);
    for (const m of diff.moved) {
      expect([target.municipality, to, null]).toContain(m.from);
      expect([target.municipality, to, null]).toContain(m.to);
      if (m.household !== target.household) expect(m.cause).toBe('cascade');
    }
    expect(diff.unchanged).toBe(model.households.length - diff.moved.length);
    // the kept households earn the stability bonus, shown in their breakdown
    const kept = second.assignments.find((a) => a.municipality !== null && a.unit === a.household && !diff.moved.some((m) => m.household === a.household))!;
    expect(kept.explanation.breakdown!.households[0].stability).toBe(0.01);
  }, 120_000);
});
