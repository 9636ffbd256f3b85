/**
 * Data migration ExplanationAlternativeFit: alternatives of explanations stored before get their `fit` on the
 * household scale. The test writes explanations as runs stored them before (no `fit`), runs `up` again and reads back.
 */
import type { DataSource } from 'typeorm';
import { openTestDatabase } from '../testing/test-database.js';
import { HouseholdRepository, type NewHousehold } from '../repositories/household.repository.js';
import { ExplanationAlternativeFit1795990200000 } from './1795990200000-ExplanationAlternativeFit.js';

const household = (): NewHousehold => ({
  permitDate: '2026-03-01', receptionLocation: 'AZC', preferredSetting: 'urban', preferenceWeights: {}, careNeeds: [], accessibilityNeeds: [],
  medicalNotes: null, urgency: 'none', linkGroup: null, isSynthetic: false, ties: [], protectedTraits: null,
  members: [{ fullName: null, birthYear: 1990, role: 'applicant', gender: null, educationLevel: null, workExperienceYears: 0, aspirations: [], professions: [], languages: [] }],
});

interface StoredAlternative { municipality: string; score: number; fit?: number | null }

describe('migration ExplanationAlternativeFit', () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(query, params);
  const up = async (): Promise<void> => {
    const runner = db.dataSource.createQueryRunner();
    try {
      await new ExplanationAlternativeFit1795990200000().up(runner);
    } finally {
      await runner.release();
    }
  };

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('adds the fit without the placement value, placed or not, per household of a linked unit, null outside the run', async () => {
    const repository = new HouseholdRepository(db.dataSource);
    const [a, b, c] = [await repository.create(household()), await repository.create(household()), await repository.create(household())];
    const [round] = await sql<{ id: string }>(`INSERT INTO round (name, period, policy, cohort_selection, profile_versions) VALUES ('r', '2026-H2', '{}', '{}', '{}') RETURNING id`);
    const fill = ['GM0001', 'GM0002'].map((municipality) => ({ municipality, resource: 'persons', used: 0, capacity: 5 }));
    const [run] = await sql<{ id: string }>(`INSERT INTO run (round_id, options, fill) VALUES ($1, $2, $3) RETURNING id`,
      [round.id, JSON.stringify({ policy: { placementValue: 1.5 } }), JSON.stringify(fill)]);
    const insert = (householdId: string, households: string[], alternatives: StoredAlternative[]) =>
      sql(`INSERT INTO run_assignment (run_id, household_id, municipality_code, fit, explanation) VALUES ($1, $2, NULL, NULL, $3)`,
        [run.id, householdId, JSON.stringify({ unit: households.join('+'), households, breakdown: null, alternatives })]);
    // a: one household, not placed (the API used to show 2.25 here); b + c: a linked unit; an alternative outside the run.
    await insert(a.id, [a.id], [{ municipality: 'GM0001', score: 2.25 }, { municipality: 'GM0099', score: 0 }]);
    await insert(b.id, [b.id, c.id], [{ municipality: 'GM0002', score: 4.2 }, { municipality: 'GM0001', score: 3.6, fit: 0.3 }]);

    await up();
    const read = async (householdId: string): Promise<StoredAlternative[]> =>
      (await sql<{ explanation: { alternatives: StoredAlternative[] } }>(`SELECT explanation FROM run_assignment WHERE household_id = $1`, [householdId]))[0].explanation.alternatives;
    expect(await read(a.id)).toEqual([{ municipality: 'GM0001', score: 2.25, fit: 0.75 }, { municipality: 'GM0099', score: 0, fit: null }]);
    // (4.2 − 1.5·2) / 2 = 0.6; an alternative that has a fit keeps it.
    expect(await read(b.id)).toEqual([{ municipality: 'GM0002', score: 4.2, fit: 0.6 }, { municipality: 'GM0001', score: 3.6, fit: 0.3 }]);

    // Running it again changes nothing.
    await up();
    expect(await read(a.id)).toEqual([{ municipality: 'GM0001', score: 2.25, fit: 0.75 }, { municipality: 'GM0099', score: 0, fit: null }]);
  });
});
