/**
 * Data migration PolicyPromises: round policies (version 1) gain the priority weight, the reach of hard ties and the
 * stability bonus at a new round's defaults; run options gain the values that reproduce what old runs did and no
 * anchor. The test writes version 1 envelopes as they were stored, runs `up` (twice) and `down`, and reads back.
 */
import type { DataSource } from 'typeorm';
import { openTestDatabase } from '../testing/test-database.js';
import { RoundRepository } from '../repositories/round.repository.js';
import { RunRepository } from '../repositories/run.repository.js';
import { PolicyPromises1795998200000, RUN_AS_IT_WAS } from './1795998200000-PolicyPromises.js';
import { RoundPolicyResponseDays1796200100000 } from './1796200100000-RoundPolicyResponseDays.js';

describe('migration PolicyPromises', () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(query, params);
  const migrate = async (direction: 'up' | 'down'): Promise<void> => {
    const runner = db.dataSource.createQueryRunner();
    try {
      await new PolicyPromises1795998200000()[direction](runner);
    } finally {
      await runner.release();
    }
  };
  const policy = { weights: { labour: 2 }, maxOptions: 3, placementValue: 1, keepLinkedTogether: true, alternatives: 2, solver: 'auto', timeLimitSeconds: 30, seed: 42 };
  const options = { policy, pins: [], forbidden: [], capacities: [] };

  async function storeVersion1(): Promise<{ roundId: string; runId: string }> {
    const [round] = await sql<{ id: string }>(`INSERT INTO round (name, period, policy, cohort_selection, profile_versions) VALUES ('r', '2026-H2', $1, '{"schemaVersion": 1, "data": {}}', '{"schemaVersion": 1, "data": {}}') RETURNING id`,
      [JSON.stringify({ schemaVersion: 1, data: policy })]);
    const [run] = await sql<{ id: string }>(`INSERT INTO run (round_id, options) VALUES ($1, $2) RETURNING id`, [round.id, JSON.stringify({ schemaVersion: 1, data: options })]);
    return { roundId: round.id, runId: run.id };
  }

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('gives rounds the new defaults and old runs what reproduces them; a second run changes nothing', async () => {
    const { roundId, runId } = await storeVersion1();
    await migrate('up');
    await migrate('up');
    expect((await sql<{ policy: unknown }>(`SELECT policy FROM round WHERE id = $1`, [roundId]))[0].policy).toEqual({
      schemaVersion: 2,
      data: { ...policy, priorityWeight: 0.1, tieReach: { placeKm: 30, familyKm: 20 }, stabilityBonus: 0.01 },
    });
    // The later RoundPolicyResponseDays brings it to the version the repository reads.
    const runner = db.dataSource.createQueryRunner();
    try {
      await new RoundPolicyResponseDays1796200100000().up(runner);
    } finally {
      await runner.release();
    }
    const round = await new RoundRepository(db.dataSource).findById(roundId);
    expect(round?.policy).toEqual({ ...policy, priorityWeight: 0.1, tieReach: { placeKm: 30, familyKm: 20 }, stabilityBonus: 0.01, responseDays: 14 });
    const run = await new RunRepository(db.dataSource).findById(runId);
    expect(run?.options).toEqual({ ...options, policy: { ...policy, ...RUN_AS_IT_WAS }, anchorRunId: null });
    expect(RUN_AS_IT_WAS.priorityWeight).toBe(0);
    expect(RUN_AS_IT_WAS.stabilityBonus).toBe(0);
  });

  it('down gives version 1 back', async () => {
    const { roundId, runId } = await storeVersion1();
    await migrate('up');
    await migrate('down');
    try {
      expect(await sql(`SELECT policy FROM round WHERE id = $1`, [roundId])).toEqual([{ policy: { schemaVersion: 1, data: policy } }]);
      expect(await sql(`SELECT options FROM run WHERE id = $1`, [runId])).toEqual([{ options: { schemaVersion: 1, data: options } }]);
    } finally {
      await migrate('up');
    }
  });
});
