import { DataSource } from 'typeorm';
import { searchKey } from '#common/search-key.js';
import { buildDataSourceOptions } from '../data-source.js';
import { createTestDatabase } from '../testing/test-database.js';
import { MIGRATIONS } from './index.js';
import { ReferenceDataLifecycle1795977266202 } from './1795977266202-ReferenceDataLifecycle.js';

describe('migration ReferenceDataLifecycle', () => {
  it('gives rows that existed before it the search key of the TypeScript function', async () => {
    const database = await createTestDatabase();
    const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(ReferenceDataLifecycle1795977266202));
    const dataSource = new DataSource({ ...buildDataSourceOptions(database.config), migrations: before });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      const names = ["'s-Hertogenbosch", 'Súdwest-Fryslân'.normalize('NFD'), 'Hengelo (O.)'];
      for (const [i, name] of names.entries()) {
        await dataSource.query(
          `INSERT INTO "municipality" ("cbs_code", "name", "province", "labour_market_region", "population", "urbanisation", "lat", "lon") VALUES ($1, $2, 'P', 'R', 1, 1, 0, 0)`,
          [`GM000${i}`, name],
        );
      }
      await dataSource.query(`INSERT INTO "isco_occupation" ("code", "level", "title", "parent_code") VALUES ('3', 1, 'Ships’ engineers', NULL)`);

      const runner = dataSource.createQueryRunner();
      try {
        await new ReferenceDataLifecycle1795977266202().up(runner);
      } finally {
        await runner.release();
      }

      const municipalities: { name: string; search_key: string; retired_on: string | null; successor_codes: string[] }[] = await dataSource.query(
        `SELECT "name", "search_key", "retired_on", "successor_codes" FROM "municipality" ORDER BY "cbs_code"`,
      );
      expect(municipalities).toEqual(names.map((name) => ({ name, search_key: searchKey(name), retired_on: null, successor_codes: [] })));
      expect(municipalities.map((m) => m.search_key)).toEqual(['s hertogenbosch', 'sudwest fryslan', 'hengelo o']);
      expect(await dataSource.query(`SELECT "search_key" FROM "isco_occupation"`)).toEqual([{ search_key: 'ships engineers' }]);
    } finally {
      await dataSource.destroy();
      await database.dispose();
    }
  }, 180_000);
});
