/**
 * Data migration VersionedJsonColumns: stored records become versioned envelopes, the snapshot loses its capacity
 * (the round's capacity rows are its one source), and reading checks the version. The test writes rows as they
 * were stored before, straight into the tables, runs the migration's `up` (and `down`) and reads back.
 */
import type { DataSource } from 'typeorm';
import { openTestDatabase } from '../testing/test-database.js';
import { MunicipalityEntity } from '../entities/municipality.entity.js';
import { RoundRepository } from '../repositories/round.repository.js';
import { RunRepository } from '../repositories/run.repository.js';
import { SchemaVersionError } from '../entities/versioned-json.js';
import { VersionedJsonColumns1795990300000 } from './1795990300000-VersionedJsonColumns.js';
import { SNAPSHOT_TIES_UP } from './1795998162245-HardTies.js';
import { PolicyPromises1795998200000, RUN_AS_IT_WAS } from './1795998200000-PolicyPromises.js';

describe('migration VersionedJsonColumns', () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(query, params);
  const migrate = async (direction: 'up' | 'down'): Promise<void> => {
    const runner = db.dataSource.createQueryRunner();
    try {
      await new VersionedJsonColumns1795990300000()[direction](runner);
    } finally {
      await runner.release();
    }
  };

  const capacity = { persons: 4, homes_1_2: 1, homes_3_4: 1, homes_5_plus: 0 };
  const municipality = (id: string) => ({ id, name: id, networks: { communityLanguages: ['ar'] }, capacity });
  const options = { policy: { seed: 42 }, pins: [], forbidden: [], capacities: [{ municipalityCode: 'GM0034', persons: 3, homes1to2: 1, homes3to4: 0, homes5plus: 0 }] };
  const fill = [{ municipality: 'GM0034', resource: 'persons', used: 1, capacity: 3 }];

  /** A round and a finished run as stored before the migration (bare records, capacity in the snapshot). */
  async function storeOldRound(): Promise<{ roundId: string; runId: string }> {
    const [round] = await sql<{ id: string }>(`INSERT INTO round (name, period, policy, cohort_selection, profile_versions) VALUES ('r', '2026-H2', '{}', '{}', '{}') RETURNING id`);
    await sql(`INSERT INTO round_capacity (round_id, municipality_code, persons, homes_1_2, homes_3_4, homes_5_plus) VALUES ($1, 'GM0034', 7, 2, 1, 0)`, [round.id]);
    const model = { households: [{ id: 'h1', members: [] }], municipalities: [municipality('GM0034'), municipality('GM0050'), municipality('GM0001')] };
    await sql(`INSERT INTO round_snapshot (round_id, model) VALUES ($1, $2)`, [round.id, JSON.stringify(model)]);
    const [run] = await sql<{ id: string }>(
      `INSERT INTO run (round_id, options, fill, figures, status) VALUES ($1, $2, $3, '{"householdsPlaced": 1}', 'succeeded') RETURNING id`,
      [round.id, JSON.stringify(options), JSON.stringify(fill)],
    );
    return { roundId: round.id, runId: run.id };
  }

  beforeAll(async () => {
    db = await openTestDatabase();
    await db.dataSource.getRepository(MunicipalityEntity).insert({
      cbsCode: 'GM0034', name: 'Almere', province: 'Flevoland', labourMarketRegion: 'Flevoland', population: 220000, urbanisation: 2, lat: 52.37, lon: 5.22, searchKey: 'almere',
    });
  });
  afterAll(() => db.close());

  it('wraps stored records in version 1 envelopes and drops the snapshot capacity; the repositories read them', async () => {
    const { roundId, runId } = await storeOldRound();
    await migrate('up');
    await migrate('up'); // a second run changes nothing

    const [stored] = await sql<{ model: { schemaVersion: number; data: { municipalities: { id: string }[] } } }>(`SELECT model FROM round_snapshot WHERE round_id = $1`, [roundId]);
    expect(stored.model.schemaVersion).toBe(1);
    await sql(SNAPSHOT_TIES_UP); // a later migration (HardTies) brings snapshots to the version the repository reads
    const snapshot = await new RoundRepository(db.dataSource).snapshot(roundId);
    expect(snapshot?.households.map((h) => h.id)).toEqual(['h1']);
    expect(snapshot?.municipalities.map((m) => m.id)).toEqual(['GM0034', 'GM0050', 'GM0001']);
    expect(snapshot?.municipalities.every((m) => !('capacity' in m))).toBe(true);
    expect(snapshot?.municipalities[0].networks.communityLanguages).toEqual(['ar']);

    const runner = db.dataSource.createQueryRunner();
    await new PolicyPromises1795998200000().up(runner).finally(() => runner.release()); // a later migration: run options version 2
    const run = await new RunRepository(db.dataSource).findById(runId);
    expect(run?.options).toEqual({ ...options, policy: { ...options.policy, ...RUN_AS_IT_WAS }, anchorRunId: null });
    expect(run?.fill).toEqual(fill);
    expect(run?.figures).toEqual({ householdsPlaced: 1 });
    expect(run?.timings).toBeNull();
  });

  it('down gives the records back bare, with the capacity of the round’s capacity rows in the snapshot', async () => {
    const { roundId, runId } = await storeOldRound();
    await migrate('up');
    await migrate('down');
    const [snapshot] = await sql<{ model: { municipalities: { id: string; capacity: unknown }[] } }>(`SELECT model FROM round_snapshot WHERE round_id = $1`, [roundId]);
    expect(snapshot.model.municipalities.map((m) => [m.id, m.capacity])).toEqual([
      ['GM0034', { persons: 7, homes_1_2: 2, homes_3_4: 1, homes_5_plus: 0 }],
      ['GM0050', { persons: 0, homes_1_2: 0, homes_3_4: 0, homes_5_plus: 0 }],
      ['GM0001', { persons: 0, homes_1_2: 0, homes_3_4: 0, homes_5_plus: 0 }],
    ]);
    const [run] = await sql<{ options: unknown; fill: unknown }>(`SELECT options, fill FROM run WHERE id = $1`, [runId]);
    expect(run).toEqual({ options, fill });
    await migrate('up'); // leave the database as the entities expect it
  });

  it('refuses to read a stored record of another schema version, naming the column', async () => {
    const { roundId, runId } = await storeOldRound();
    await migrate('up');
    await sql(`UPDATE run SET options = jsonb_set(options, '{schemaVersion}', '1') WHERE id = $1`, [runId]); // not the current 2
    await expect(new RunRepository(db.dataSource).findById(runId)).rejects.toThrow(SchemaVersionError);
    await expect(new RunRepository(db.dataSource).findById(runId)).rejects.toThrow(/run\.options: stored schema version 1 is not the supported version 2/);
    await sql(`UPDATE round_snapshot SET model = model->'data' WHERE round_id = $1`, [roundId]);
    await expect(new RoundRepository(db.dataSource).snapshot(roundId)).rejects.toThrow(/round_snapshot\.model: stored schema version undefined/);
  });
});
