import { syntheticModel } from '../model/synthetic.js';
import { verifyExplanation } from '../explain/verify.js';
import { buildScoredInstance } from '../scoring/build.js';
import { checkResult } from '../solver/check.js';
import { runMatching, type RoundInput } from './run-matching.js';
import { fairnessReport } from './fairness.js';

const model = syntheticModel({ households: 150, municipalities: 25, seed: 3 });
const input: RoundInput = {
  model,
  policy: {},
  placementValue: 1,
  solver: 'auto',
  timeLimitSeconds: 20,
  seed: 7,
  queue: model.households.map((h) => ({ household: h.id, urgency: 'none' as const, permitDate: '2026-01-01' })),
  anchorRunId: null,
  alternatives: 3,
};

describe('runMatching', () => {
  let output: Awaited<ReturnType<typeof runMatching>>;
  beforeAll(async () => {
    output = await runMatching(input);
  }, 60_000);

  it('gives every household exactly one assignment and respects every capacity', () => {
    expect(output.assignments.map((a) => a.household)).toEqual(model.households.map((h) => h.id).sort());
    for (const row of output.fill) expect(row.used).toBeLessThanOrEqual(row.capacity);
    expect(['optimal', 'feasible', 'timed_out']).toContain(output.status);
  });

  it('places at least as many households as today’s random practice, with better fit', () => {
    expect(output.figures.householdsPlaced).toBeGreaterThanOrEqual(output.statusQuo.householdsPlaced);
    expect(output.figures.averageFit!).toBeGreaterThan(output.statusQuo.averageFit!);
  });

  it('explains every household with claims that hold for the solve', () => {
    const { instance: withValue, details } = buildScoredInstance(model, { ...input.policy, placementValue: input.placementValue });
    const result = {
      status: output.status, objective: output.objective, bound: output.bound, prices: output.prices,
      placements: output.assignments.filter((a) => a.municipality).map((a) => ({ household: a.unit, municipality: a.municipality! }))
        .filter((p, i, all) => all.findIndex((q) => q.household === p.household) === i),
      unplaced: [...new Set(output.assignments.filter((a) => !a.municipality).map((a) => a.unit))],
      solver: output.solver, seconds: 0,
    };
    expect(checkResult(withValue, result)).toEqual([]);
    for (const a of output.assignments) expect(verifyExplanation(withValue, result, a.explanation, details, { queue: input.queue, model })).toEqual([]);
  });

  it('is deterministic: the same input gives the same hash and placements', async () => {
    const again = await runMatching(input);
    expect(again.inputHash).toBe(output.inputHash);
    expect(again.assignments.map((a) => a.municipality)).toEqual(output.assignments.map((a) => a.municipality));
  }, 60_000);

  it('hitting the time limit gives status timed_out with the best checked answer (issue 9; it said feasible)', async () => {
    const timed = await runMatching({ ...input, timeLimitSeconds: 0.01 });
    expect(timed.status).toBe('timed_out');
    expect(timed.figures.householdsPlaced).toBeGreaterThan(0);
    for (const row of timed.fill) expect(row.used).toBeLessThanOrEqual(row.capacity);
    expect(timed.assignments.map((a) => a.household)).toEqual(model.households.map((h) => h.id).sort());
  }, 60_000);

  it('changes the hash when the policy changes', async () => {
    const other = await runMatching({ ...input, policy: { weights: { labour: 10 } } });
    expect(other.inputHash).not.toBe(output.inputHash);
  }, 60_000);
});

describe('fairnessReport', () => {
  it('flags a group clearly worse off and not one that is not', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({
      household: `h${i}`,
      gender: i % 2 ? 'female' : 'male',
      sizeBand: 'homes_1_2' as const,
      ageBand: '25-34' as const,
      originRegion: i < 50 ? 'A' : 'B',
      placed: i % 2 === 0 || i % 5 === 0, // men always placed; women only sometimes
      fit: 0.5,
      inPreferredSetting: null,
    }));
    const report = fairnessReport(rows);
    const group = (d: string, g: string) => report.groups.find((x) => x.dimension === d && x.group === g)!;
    expect(group('gender', 'female').flags).toContain('placement_rate_low');
    expect(group('gender', 'male').flagged).toBe(false);
    expect(group('originRegion', 'A').flagged).toBe(false);
  });
});
