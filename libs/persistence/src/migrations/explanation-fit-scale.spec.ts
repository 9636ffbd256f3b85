/**
 * Data migration ExplanationFitScale: explanations stored as version 1 (figures on the solver's scale only) are
 * rewritten to version 2, where the placement value is named apart and every fit is on 0–1 or null (never an old
 * solver-scale figure read as a fit). The test writes version 1 envelopes as runs stored them, runs `up`, reads back,
 * renders the texts an officer and a newcomer get from them, and runs `down` and `up` again.
 */
import type { DataSource } from 'typeorm';
import { render } from '#matching/messages/index.js';
import { openTestDatabase } from '../testing/test-database.js';
import { HouseholdRepository, type NewHousehold } from '../repositories/household.repository.js';
import { ExplanationFitScale1796100000000 } from './1796100000000-ExplanationFitScale.js';

const household = (): NewHousehold => ({
  permitDate: '2026-03-01', receptionLocation: 'AZC', preferredSetting: 'urban', preferenceWeights: {}, careNeeds: [], accessibilityNeeds: [],
  medicalNotes: null, urgency: 'none', linkGroup: null, isSynthetic: false, ties: [], protectedTraits: null,
  members: [{ fullName: null, birthYear: 1990, role: 'applicant', gender: null, educationLevel: null, workExperienceYears: 0, aspirations: [], professions: [], languages: [] }],
});

/** A version 1 explanation of a placed household (placement value 1): outcome score 1.8, two alternatives, a preferred place. */
const placedV1 = (h: string) => ({
  unit: h, households: [h], status: 'optimal', pinned: null,
  outcome: { code: 'explain.placed', params: { municipality: 'GM0363', score: 1.8, rank: 2, options: 65, isOption: true } },
  breakdown: { unit: h, municipality: 'GM0363', score: 1.8, placementValue: 1, households: [{ household: h, score: 0.8, priority: 0, stability: 0, criteria: [], notes: [] }], filtered: [], isOption: true },
  alternatives: [
    { municipality: 'GM0344', score: 1.9, fit: 0.9, rank: 1, verdict: { code: 'explain.alt_capacity', params: { binding: [{ resource: 'homes_5_plus', used: 2, capacity: 2, needed: 1 }], netThere: 1.2, netOutcome: 1.5, priceExceedsGain: true } } },
    { municipality: 'GM0014', score: 1.7, fit: 0.7, rank: 3, verdict: { code: 'explain.alt_not_higher', params: { score: 1.7, outcomeScore: 1.8 } } },
  ],
  higher: { count: 1, byVerdict: { 'explain.alt_capacity': 1 }, bindingByResource: { homes_5_plus: 1 } },
  filtered: { count: 0, byCode: {} },
  preferred: [{ municipality: 'GM0599', kind: 'family', household: h, status: 'declared', hard: false, score: 1.6, verdict: { code: 'explain.alt_not_higher', params: { score: 1.6, outcomeScore: 1.8 } } }],
  unplaced: [],
});
const unplacedV1 = (h: string) => ({
  ...placedV1(h), outcome: { code: 'explain.unplaced', params: { options: 65 } }, breakdown: null,
  alternatives: [{ municipality: 'GM0344', score: 1.807, fit: 0.807, rank: 1, verdict: { code: 'explain.alt_room_available', params: { netThere: 1.807, netOutcome: 0 } } }],
  preferred: [],
});

describe('migration ExplanationFitScale', () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(query, params);
  const step = async (direction: 'up' | 'down'): Promise<void> => {
    const runner = db.dataSource.createQueryRunner();
    try {
      await new ExplanationFitScale1796100000000()[direction](runner);
    } finally {
      await runner.release();
    }
  };

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('names the placement value apart, gives fits on 0–1 or null, and the texts never show an old figure as a fit', async () => {
    const repository = new HouseholdRepository(db.dataSource);
    const [a, b] = [await repository.create(household()), await repository.create(household())];
    const [round] = await sql<{ id: string }>(`INSERT INTO round (name, period, policy, cohort_selection, profile_versions) VALUES ('r', '2026-H2', '{"schemaVersion": 2, "data": {}}', '{"schemaVersion": 1, "data": {}}', '{"schemaVersion": 1, "data": {}}') RETURNING id`);
    const [run] = await sql<{ id: string }>(`INSERT INTO run (round_id, options) VALUES ($1, '{"schemaVersion": 2, "data": {}}') RETURNING id`, [round.id]);
    const insert = (householdId: string, explanation: unknown) =>
      sql(`INSERT INTO run_assignment (run_id, household_id, municipality_code, fit, explanation) VALUES ($1, $2, NULL, NULL, $3)`,
        [run.id, householdId, JSON.stringify({ schemaVersion: 1, data: explanation })]);
    await insert(a.id, placedV1(a.id));
    await insert(b.id, unplacedV1(b.id));

    await step('up');
    const read = async (householdId: string) =>
      (await sql<{ explanation: { schemaVersion: number; data: ReturnType<typeof placedV1> & Record<string, unknown> } }>(`SELECT explanation FROM run_assignment WHERE household_id = $1`, [householdId]))[0].explanation;
    const placed = await read(a.id);
    expect(placed.schemaVersion).toBe(2);
    expect(placed.data.outcome).toEqual({ code: 'explain.placed', params: { municipality: 'GM0363', fit: 0.8, value: 1.8, rank: 2, options: 65, fitting: null, fits: true, isOption: true } });
    expect(placed.data.alternatives.map((x) => ({ ...x }))).toEqual([
      { municipality: 'GM0344', value: 1.9, fit: 0.9, rank: 1, verdict: { code: 'explain.alt_capacity', params: { binding: [{ resource: 'homes_5_plus', used: 2, capacity: 2, needed: 1 }], netValueThere: 1.2, netValueOutcome: 1.5, priceExceedsGain: true, fit: 0.9, outcomeFit: 0.8 } } },
      { municipality: 'GM0014', value: 1.7, fit: 0.7, rank: 3, verdict: { code: 'explain.alt_not_higher', params: { value: 1.7, outcomeValue: 1.8, fit: 0.7, outcomeFit: 0.8 } } },
    ]);
    // a preferred place that is no alternative: its fit was never recorded
    expect(placed.data.preferred[0]).toMatchObject({ value: 1.6, verdict: { params: { value: 1.6, outcomeValue: 1.8, fit: null, outcomeFit: 0.8 } } });
    const unplaced = await read(b.id);
    expect(unplaced.data.outcome).toEqual({ code: 'explain.unplaced', params: { options: 65, fitting: null } });
    expect(unplaced.data.alternatives[0].verdict.params).toEqual({ netValueThere: 1.807, netValueOutcome: 0, fit: 0.807, outcomeFit: null });

    // the texts read them: the fits on 0–1, the placement value named, a missing fit and count said so
    const names = { municipality: (code: string) => ({ GM0363: 'Amsterdam', GM0344: 'Utrecht', GM0014: 'Groningen', GM0599: 'Rotterdam' } as Record<string, string>)[code] };
    const say = (code: string, params: object, locale = 'en') => render(code, params as Record<string, unknown>, locale, { names });
    expect(say('explain.placed', placed.data.outcome.params)).toEqual({ text: 'You are matched with Amsterdam. It was number 2 of the 65 places we compared for you.', locale: 'en', missing: false });
    expect(say('explain.placed.officer', placed.data.outcome.params).text).toContain('Fit 0.80 on the scale 0 to 1; placement value 1.800.');
    expect(say('explain.alt_room_available.officer', { ...unplaced.data.alternatives[0].verdict.params, municipality: 'GM0344' }).text)
      .toBe('Utrecht had a higher placement value and still had room: the answer may not be optimal. Fit there 0.81; net placement value there 1.807, at the outcome 0.000.');
    expect(say('explain.alt_not_higher.officer', { ...placed.data.preferred[0].verdict.params, municipality: 'GM0599' }, 'nl').text).toContain('Passendheid daar niet vastgelegd, bij de uitkomst 0,80.');

    // down gives version 1 back as it was; up again gives the same version 2
    await step('down');
    expect((await read(a.id))).toEqual({ schemaVersion: 1, data: placedV1(a.id) });
    expect((await read(b.id))).toEqual({ schemaVersion: 1, data: unplacedV1(b.id) });
    await step('up');
    await step('up');
    expect((await read(a.id)).data.outcome).toEqual(placed.data.outcome);
  });
});
