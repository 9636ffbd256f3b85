import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../data-source.js';
import { createTestDatabase } from '../testing/test-database.js';
import { MIGRATIONS } from './index.js';
import { ProposalLifecycle1795976966575 } from './1795976966575-ProposalLifecycle.js';

/**
 * Proposals and households stored before the life cycle migration keep their meaning: every old row gets the
 * status its facts give, and nothing is lost.
 */
describe('migration ProposalLifecycle: old statuses become the ones their facts give', () => {
  it('rewrites every kind of old proposal and its household', async () => {
    const database = await createTestDatabase();
    // The embedded database must outlive the first connection: give it a folder (a server schema does anyway).
    const dataDir = database.config.url ? null : mkdtempSync(join(tmpdir(), 'migration-'));
    const config = dataDir ? { ...database.config, dataDir } : database.config;
    const before = MIGRATIONS.indexOf(ProposalLifecycle1795976966575);
    expect(before).toBeGreaterThan(0);
    const old = new DataSource({ ...buildDataSourceOptions(config), migrations: MIGRATIONS.slice(0, before) });
    await old.initialize();
    try {
      await old.runMigrations({ transaction: 'each' });
      await old.query(`INSERT INTO municipality (cbs_code, name, province, labour_market_region, population, urbanisation, lat, lon) VALUES ('GM0363', 'Amsterdam', 'Noord-Holland', 'Groot Amsterdam', 900000, 1, 52.37, 4.9)`);
      const [round] = await old.query(`INSERT INTO round (name, period, status, policy, cohort_selection, profile_versions) VALUES ('old', '2026-H2', 'published', '{}', '{}', '{}') RETURNING id`);
      const [run] = await old.query(`INSERT INTO run (round_id, status, options) VALUES ($1, 'succeeded', '{}') RETURNING id`, [round.id]);
      // [household status, proposal status, municipality response, newcomer response, review outcome] as stored before.
      const rows = [
        ['proposed', 'open', null, null, null],
        ['proposed', 'open', 'accepted', null, null],
        ['proposed', 'open', null, 'contested', null],
        ['proposed', 'open', null, 'contested', 'rejected'],
        ['placed', 'placed', 'accepted', 'accepted', null],
        ['placed', 'placed', 'accepted', 'contested', 'rejected'],
        ['waiting', 'withdrawn', 'declined', null, null],
        ['waiting', 'withdrawn', null, 'contested', 'upheld'],
      ] as const;
      const ids: string[] = [];
      for (const [i, [household, status, municipality, newcomer, review]] of rows.entries()) {
        const [h] = await old.query(`INSERT INTO household (reference, status, permit_date, reception_location) VALUES ($1, $2, '2026-01-01', 'AZC') RETURNING id`, [`HH-9${i}`, household]);
        const [p] = await old.query(
          `INSERT INTO proposal (round_id, run_id, household_id, municipality_code, period, persons, home_resource, status, municipality_response, municipality_reason, newcomer_response, newcomer_reason, review_outcome, review_note)
           VALUES ($1, $2, $3, 'GM0363', '2026-H2', 1, 'homes_1_2', $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [round.id, run.id, h.id, status, municipality, municipality === 'declined' ? 'no home' : null, newcomer, newcomer === 'contested' ? 'too far' : null, review, review ? 'reviewed' : null],
        );
        ids.push(p.id);
      }
      await old.destroy();
      const now = new DataSource(buildDataSourceOptions(config));
      await now.initialize();
      try {
        await now.runMigrations({ transaction: 'each' });
        const after: { id: string; status: string; household: string }[] = await now.query(
          `SELECT p.id, p.status, h.status AS household FROM proposal p JOIN household h ON h.id = p.household_id`,
        );
        const byId = new Map(after.map((r) => [r.id, [r.household, r.status]]));
        expect(ids.map((id) => byId.get(id))).toEqual([
          ['proposed', 'open'],
          ['proposed', 'open'],
          ['proposed', 'contested'],
          ['proposed', 'contest_rejected'],
          ['accepted', 'accepted'],
          ['accepted', 'accepted'],
          ['waiting', 'declined'],
          ['waiting', 'contest_upheld'],
        ]);
      } finally {
        await now.destroy();
      }
    } finally {
      if (old.isInitialized) await old.destroy();
      await database.dispose();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
