/**
 * Data migration FairnessCounted: stored fairness reports (version 1) are marked as counting the first member
 * (`counted: first_member`, version 2); `down` removes the mark. The test writes a version 1 envelope as it was
 * stored, runs `up` (twice) and `down`, and reads back.
 */
import type { DataSource } from 'typeorm';
import { openTestDatabase } from '../testing/test-database.js';
import { RunRepository } from '../repositories/run.repository.js';
import { FairnessCounted1796500000000 } from './1796500000000-FairnessCounted.js';

describe('migration FairnessCounted', () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(query, params);
  const migrate = async (direction: 'up' | 'down'): Promise<void> => {
    const runner = db.dataSource.createQueryRunner();
    try {
      await new FairnessCounted1796500000000()[direction](runner);
    } finally {
      await runner.release();
    }
  };
  const report = { overall: { households: 2, placementRate: 0.5, averageFit: 0.4, preferredSettingShare: null }, groups: [{ dimension: 'ageBand', group: '18-24', households: 2 }], rule: { minGroupSize: 10, maxShortfall: 0.1 } };

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('marks stored reports as counting the first member, keeps their groups, and undoes it', async () => {
    const [round] = await sql<{ id: string }>(`INSERT INTO round (name, period, policy, cohort_selection, profile_versions) VALUES ('r', '2026-H2', '{"schemaVersion": 2, "data": {}}', '{"schemaVersion": 1, "data": {}}', '{"schemaVersion": 1, "data": {}}') RETURNING id`);
    const options = { policy: {}, pins: [], forbidden: [], capacities: [], anchorRunId: null };
    const [run] = await sql<{ id: string }>(`INSERT INTO run (round_id, options, fairness) VALUES ($1, $2, $3) RETURNING id`,
      [round.id, JSON.stringify({ schemaVersion: 2, data: options }), JSON.stringify({ schemaVersion: 1, data: report })]);
    await migrate('up');
    await migrate('up');
    const stored = await new RunRepository(db.dataSource).findById(run.id);
    expect(stored!.fairness).toEqual({ ...report, counted: 'first_member' });
    await migrate('down');
    const [back] = await sql<{ fairness: unknown }>(`SELECT fairness FROM run WHERE id = $1`, [run.id]);
    expect(back.fairness).toEqual({ schemaVersion: 1, data: report });
    await migrate('up');
  });
});
