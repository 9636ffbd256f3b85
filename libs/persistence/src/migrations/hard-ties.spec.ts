/**
 * Migration HardTies: ties gain a status (declared/verified) and family fields, a round's households freeze the
 * urgency and permit date the priority rule read, and stored round snapshots move to version 2 with every tie
 * declared. The test migrates down to the schema before, writes rows as they were stored then, runs `up` (and
 * `down`) and reads back; then it checks the CHECK constraints on the migrated table.
 */
import type { DataSource } from 'typeorm';
import { openTestDatabase } from '../testing/test-database.js';
import { MunicipalityEntity } from '../entities/municipality.entity.js';
import { HardTies1795998162245, SNAPSHOT_TIES_UP } from './1795998162245-HardTies.js';

describe('migration HardTies', () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(query, params);
  const migrate = async (direction: 'up' | 'down'): Promise<void> => {
    const runner = db.dataSource.createQueryRunner();
    try {
      await new HardTies1795998162245()[direction](runner);
    } finally {
      await runner.release();
    }
  };
  let sequence = 0;
  const household = async (urgency: string, permitDate: string): Promise<string> => {
    const [h] = await sql<{ id: string }>(`INSERT INTO household (reference, permit_date, reception_location, urgency) VALUES ($1, $2, 'AZC', $3) RETURNING id`,
      [`HH-T${++sequence}`, permitDate, urgency]);
    return h.id;
  };

  /** A snapshot household as version 1 stored it (the fields around `ties` are kept as they are). */
  const oldSnapshotHousehold = (id: string, ties: Record<string, unknown>[]) => ({ id, size: 1, urgency: 'none', ties, needs: { care: [] } });

  beforeAll(async () => {
    db = await openTestDatabase();
    await db.dataSource.getRepository(MunicipalityEntity).insert([
      { cbsCode: 'GM0344', name: 'Utrecht', province: 'Utrecht', labourMarketRegion: 'Midden-Utrecht', population: 360000, urbanisation: 1, lat: 52.09, lon: 5.12, searchKey: 'utrecht' },
      { cbsCode: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland', labourMarketRegion: 'Groot-Amsterdam', population: 930000, urbanisation: 1, lat: 52.37, lon: 4.89, searchKey: 'amsterdam' },
    ]);
  });
  afterAll(() => db.close());

  it('makes stored ties declared, freezes urgency and permit date per round household, and moves snapshots to version 2; down restores version 1', async () => {
    await migrate('down');
    try {
      const a = await household('social', '2026-01-05');
      const b = await household('none', '2025-12-01');
      await sql(`INSERT INTO household_tie (household_id, kind, municipality_code, description) VALUES ($1, 'job_contract', 'GM0344', 'Traineeship'), ($1, 'family', 'GM0363', NULL)`, [a]);
      const [round] = await sql<{ id: string }>(`INSERT INTO round (name, period, policy, cohort_selection, profile_versions) VALUES ('r', '2026-H2', '{}', '{}', '{}') RETURNING id`);
      await sql(`INSERT INTO round_household (round_id, household_id, queue_position) VALUES ($1, $2, 1), ($1, $3, 2)`, [round.id, a, b]);
      const oldModel = {
        schemaVersion: 1,
        data: {
          households: [oldSnapshotHousehold(a, [{ kind: 'job_contract', municipality: 'GM0344' }, { kind: 'family', municipality: 'GM0363' }]), oldSnapshotHousehold(b, [])],
          municipalities: [{ id: 'GM0344' }],
        },
      };
      await sql(`INSERT INTO round_snapshot (round_id, model) VALUES ($1, $2)`, [round.id, JSON.stringify(oldModel)]);

      await migrate('up');
      const ties = await sql(`SELECT kind, status, first_degree, live_near, verified_by, verified_at, verification_note FROM household_tie WHERE household_id = $1 ORDER BY kind`, [a]);
      expect(ties).toEqual([
        { kind: 'family', status: 'declared', first_degree: false, live_near: false, verified_by: null, verified_at: null, verification_note: null },
        { kind: 'job_contract', status: 'declared', first_degree: false, live_near: false, verified_by: null, verified_at: null, verification_note: null },
      ]);
      const frozen = await sql<{ household_id: string; urgency: string; permit_date: string }>(
        `SELECT household_id, urgency, to_char(permit_date, 'YYYY-MM-DD') AS permit_date FROM round_household WHERE round_id = $1 ORDER BY queue_position`, [round.id]);
      expect(frozen).toEqual([{ household_id: a, urgency: 'social', permit_date: '2026-01-05' }, { household_id: b, urgency: 'none', permit_date: '2025-12-01' }]);

      const declared = { status: 'declared', firstDegree: false, liveNear: false };
      const upgraded = {
        schemaVersion: 2,
        data: {
          households: [
            oldSnapshotHousehold(a, [{ kind: 'job_contract', municipality: 'GM0344', ...declared }, { kind: 'family', municipality: 'GM0363', ...declared }]),
            oldSnapshotHousehold(b, []),
          ],
          municipalities: [{ id: 'GM0344' }],
        },
      };
      const model = async () => (await sql<{ model: unknown }>(`SELECT model FROM round_snapshot WHERE round_id = $1`, [round.id]))[0].model;
      expect(await model()).toEqual(upgraded);
      // The data rewrite is idempotent: it reads version 1 only.
      await sql(SNAPSHOT_TIES_UP);
      expect(await model()).toEqual(upgraded);

      await migrate('down');
      expect(await model()).toEqual(oldModel);
      const columns = await sql<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name IN ('household_tie', 'round_household') AND table_schema = current_schema() ORDER BY column_name`);
      expect(columns.map((c) => c.column_name)).toEqual(expect.not.arrayContaining(['status', 'first_degree', 'live_near', 'verified_by', 'verified_at', 'verification_note', 'urgency', 'permit_date']));
    } finally {
      await migrate('up');
    }
  });

  describe('CHECK constraints on household_tie', () => {
    /** Inserts a tie with these columns set; answers 'stored' or the database's error message. */
    const insertTie = async (kind: string, fields: Record<string, unknown>): Promise<string> => {
      const row: Record<string, unknown> = { household_id: await household('none', '2026-02-01'), kind, municipality_code: 'GM0344', ...fields };
      const columns = Object.keys(row);
      return sql(`INSERT INTO household_tie (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, Object.values(row))
        .then(() => 'stored', (error: Error) => error.message);
    };

    it('refuses a verified tie without a note or without a time, and stores one with both', async () => {
      expect(await insertTie('job_contract', { status: 'verified', verified_at: '2026-11-01T10:00:00Z' })).toContain('household_tie_verified_complete');
      expect(await insertTie('job_contract', { status: 'verified', verification_note: 'Contract seen' })).toContain('household_tie_verified_complete');
      expect(await insertTie('job_contract', { status: 'verified', verified_at: '2026-11-01T10:00:00Z', verification_note: 'Contract seen' })).toBe('stored');
    });

    it('refuses first_degree or live_near on a tie that is not a family tie, and an unknown status', async () => {
      expect(await insertTie('job_contract', { first_degree: true })).toContain('household_tie_family_fields');
      expect(await insertTie('community', { live_near: true })).toContain('household_tie_family_fields');
      expect(await insertTie('family', { first_degree: true, live_near: true })).toBe('stored');
      expect(await insertTie('family', { status: 'trusted' })).toContain('household_tie_status_valid');
    });
  });
});
