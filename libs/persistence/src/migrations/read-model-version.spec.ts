import type { DataSource } from 'typeorm';
import { openTestDatabase } from '../testing/test-database.js';

/**
 * Migration ReadModelVersion: a committed write to any table the waiting list's context reads moves
 * `read_model_version.version` (once per transaction); a rolled-back one does not; a change of a household's facts
 * (urgency, permit date, needs; ties: see the e2e test) also moves `facts_version`, a change of its status alone does not.
 */
describe('read_model_version', () => {
  const version = async (db: DataSource) => {
    const [row]: { version: string; facts_version: string }[] = await db.query(`SELECT version::text AS version, facts_version::text AS facts_version FROM read_model_version`);
    return { version: Number(row.version), facts: Number(row.facts_version) };
  };

  it('moves once per committed transaction that writes a table the waiting list reads, and never on a rollback', async () => {
    const db = await openTestDatabase();
    try {
      const ds = db.dataSource;
      const household = async () =>
        (await ds.query(
          `INSERT INTO household (reference, permit_date, reception_location, preferred_setting, urgency) VALUES ('HH-T' || floor(random() * 1e9)::text, '2026-01-01', 'AZC', 'no_preference', 'none') RETURNING id`,
        ))[0].id as string;
      let before = await version(ds);
      const id = await household();
      expect((await version(ds)).version).toBe(before.version + 1);

      // One transaction writing several tables, many rows: one step.
      before = await version(ds);
      await ds.transaction(async (m) => {
        await m.query(`INSERT INTO household_member (household_id, position, birth_year, role) VALUES ($1, 0, 1990, 'applicant'), ($1, 1, 2020, 'child')`, [id]);
        await m.query(`UPDATE household SET status = 'waiting' WHERE id = $1`, [id]);
        // Not yet: the bump happens at commit.
        expect((await m.query(`SELECT version::int AS v FROM read_model_version`))[0].v).toBe(before.version);
      });
      expect(await version(ds)).toEqual({ version: before.version + 1, facts: before.facts });

      before = await version(ds);
      await expect(ds.transaction(async (m) => {
        await m.query(`UPDATE household SET urgency = 'medical' WHERE id = $1`, [id]);
        throw new Error('roll back');
      })).rejects.toThrow('roll back');
      expect(await version(ds)).toEqual(before);

      // Facts: urgency, permit date, needs, ties.
      for (const change of [`UPDATE household SET urgency = 'medical' WHERE id = $1`, `UPDATE household SET care_needs = '{hospital}' WHERE id = $1`]) {
        before = await version(ds);
        await ds.query(change, [id]);
        expect(await version(ds)).toEqual({ version: before.version + 1, facts: before.facts + 1 });
      }
      before = await version(ds);
      await ds.query(`UPDATE household SET status = 'proposed' WHERE id = $1`, [id]);
      expect(await version(ds)).toEqual({ version: before.version + 1, facts: before.facts });

      // Every other table the context reads.
      const tables: { table: string; count: number }[] = await ds.query(
        `SELECT c.relname AS table, count(*)::int AS count FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
          WHERE g.tgname LIKE '%read_model' GROUP BY c.relname ORDER BY c.relname`,
      );
      expect(tables.map((t) => t.table)).toEqual(['capacity', 'household', 'household_member', 'household_tie', 'municipality', 'municipality_profile', 'proposal', 'round', 'round_capacity']);
    } finally {
      await db.close();
    }
  }, 180_000);
});
