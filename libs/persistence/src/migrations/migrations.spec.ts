import { openTestDatabase } from '../testing/test-database.js';

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
  }, 60_000);
});
