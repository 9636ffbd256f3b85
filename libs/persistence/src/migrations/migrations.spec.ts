import { openTestDatabase } from '../testing/test-database.js';

/** The quoted values in an SQL expression, as a sorted set ('open', 'placed' …). */
const literals = (sql: string): string[] => [...new Set([...sql.matchAll(/'([^']*)'/g)].map((m) => m[1]))].sort();

describe('migrations', () => {
  it('bring an empty database exactly to what the entities describe', async () => {
    const db = await openTestDatabase();
    try {
      const pending = await db.dataSource.driver.createSchemaBuilder().log();
      // A non-empty list means an entity changed without a migration: run `npm run migration:generate -- Name`.
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      expect(await db.dataSource.showMigrations()).toBe(false);
    } finally {
      await db.close();
    }
  }, 180_000);

  // The generator does not compare CHECK expressions or the WHERE of partial indexes, so a vocabulary list that
  // grows (a new status) would pass the test above with the old constraint. Compare their values here.
  it('give every CHECK constraint and partial index the values the entities list', async () => {
    const db = await openTestDatabase();
    try {
      const checks: { name: string; def: string }[] = await db.dataSource.query(
        `SELECT c.conname AS name, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
          WHERE c.contype = 'c' AND n.nspname = current_schema()`,
      );
      const indexes: { name: string; def: string }[] = await db.dataSource.query(`SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = current_schema()`);
      const inDatabase = new Map([...checks, ...indexes].map((c) => [c.name, literals(c.def)]));
      let compared = 0;
      for (const entity of db.dataSource.entityMetadatas) {
        for (const check of entity.checks) {
          expect({ constraint: check.name, values: inDatabase.get(check.name!) }).toEqual({ constraint: check.name, values: literals(check.expression!) });
          compared++;
        }
        for (const index of entity.indices.filter((i) => i.where)) {
          expect({ index: index.name, values: inDatabase.get(index.name) }).toEqual({ index: index.name, values: literals(index.where!) });
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(10);
    } finally {
      await db.close();
    }
  }, 180_000);
});
