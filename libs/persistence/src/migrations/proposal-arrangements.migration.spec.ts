import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../data-source.js';
import { createTestDatabase } from '../testing/test-database.js';
import { MIGRATIONS } from './index.js';
import { ProposalArrangements1796200000000 } from './1796200000000-ProposalArrangements.js';

/**
 * Proposals published before ProposalArrangements get a response deadline (their publication day, Dutch date, + 14
 * days) and the moments each side answered, from the audit trail; rounds get responseDays 14 (round.policy v3).
 */
describe('migration ProposalArrangements (and RoundPolicyResponseDays): what old proposals and rounds get', () => {
  it('fills respond_by, the answer moments and the round policy’s responseDays', async () => {
    const database = await createTestDatabase();
    const dataDir = database.config.url ? null : mkdtempSync(join(tmpdir(), 'migration-'));
    const config = dataDir ? { ...database.config, dataDir } : database.config;
    const before = MIGRATIONS.indexOf(ProposalArrangements1796200000000);
    expect(before).toBeGreaterThan(0);
    const old = new DataSource({ ...buildDataSourceOptions(config), migrations: MIGRATIONS.slice(0, before) });
    await old.initialize();
    try {
      await old.runMigrations({ transaction: 'each' });
      await old.query(`INSERT INTO municipality (cbs_code, name, province, labour_market_region, population, urbanisation, lat, lon, search_key) VALUES ('GM0363', 'Amsterdam', 'Noord-Holland', 'Groot Amsterdam', 900000, 1, 52.37, 4.9, 'amsterdam')`);
      const policy = { schemaVersion: 2, data: { weights: {}, maxOptions: 3, placementValue: 1, keepLinkedTogether: true, alternatives: 2, solver: 'auto', timeLimitSeconds: 30, seed: 42, priorityWeight: 0.1, tieReach: { placeKm: 30, familyKm: 20 }, stabilityBonus: 0.01 } };
      const [round] = await old.query(
        `INSERT INTO round (name, period, status, policy, cohort_selection, profile_versions) VALUES ('old', '2026-H1', 'published', $1, '{"schemaVersion": 1, "data": {}}', '{"schemaVersion": 1, "data": {}}') RETURNING id`,
        [JSON.stringify(policy)],
      );
      const [run] = await old.query(`INSERT INTO run (round_id, status, options) VALUES ($1, 'succeeded', '{"schemaVersion": 2, "data": {}}') RETURNING id`, [round.id]);
      const proposal = async (i: number, createdAt: string, newcomer: string | null): Promise<string> => {
        const [h] = await old.query(`INSERT INTO household (reference, status, permit_date, reception_location) VALUES ($1, 'proposed', '2026-01-01', 'AZC') RETURNING id`, [`HH-8${i}`]);
        const [p] = await old.query(
          `INSERT INTO proposal (round_id, run_id, household_id, municipality_code, period, persons, home_resource, status, newcomer_response, newcomer_reason, created_at)
           VALUES ($1, $2, $3, 'GM0363', '2026-H1', 1, 'homes_1_2', $4, $5, $6, $7) RETURNING id`,
          [round.id, run.id, h.id, newcomer === 'contested' ? 'contested' : 'open', newcomer, newcomer === 'contested' ? 'too far' : null, createdAt],
        );
        return p.id;
      };
      // 23:30 UTC on 28 March is 00:30 on 29 March in Amsterdam: the Dutch day counts.
      const late = await proposal(1, '2026-03-28T23:30:00Z', 'contested');
      const plain = await proposal(2, '2026-06-10T10:00:00Z', null);
      await old.query(
        `INSERT INTO audit_event (at, actor_role, action, entity_type, entity_id) VALUES ('2026-03-30T08:00:00Z', 'newcomer', 'proposal.newcomer_contest', 'proposal', $1), ('2026-03-31T09:00:00Z', 'municipality', 'proposal.municipality_accept', 'proposal', $1)`,
        [late],
      );
      await old.destroy();
      const now = new DataSource(buildDataSourceOptions(config));
      await now.initialize();
      try {
        await now.runMigrations({ transaction: 'each' });
        const rows: { id: string; respond_by: string | Date; newcomer_responded_at: Date | null; municipality_responded_at: Date | null; contact_name: string | null }[] = await now.query(
          `SELECT id, to_char(respond_by, 'YYYY-MM-DD') AS respond_by, newcomer_responded_at, municipality_responded_at, contact_name FROM proposal`,
        );
        const byId = new Map(rows.map((r) => [r.id, r]));
        expect(byId.get(late)).toMatchObject({ respond_by: '2026-04-12', contact_name: null });
        expect(new Date(byId.get(late)!.newcomer_responded_at!).toISOString()).toBe('2026-03-30T08:00:00.000Z');
        expect(new Date(byId.get(late)!.municipality_responded_at!).toISOString()).toBe('2026-03-31T09:00:00.000Z');
        expect(byId.get(plain)).toMatchObject({ respond_by: '2026-06-24', newcomer_responded_at: null, municipality_responded_at: null });
        const [stored] = await now.query(`SELECT policy FROM round WHERE id = $1`, [round.id]);
        expect(stored.policy).toEqual({ schemaVersion: 3, data: { ...policy.data, responseDays: 14 } });
        // A contact person needs a way to reach them.
        await expect(now.query(`UPDATE proposal SET contact_name = 'A. de Vries' WHERE id = $1`, [plain])).rejects.toThrow(/proposal_contact_complete/);
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
