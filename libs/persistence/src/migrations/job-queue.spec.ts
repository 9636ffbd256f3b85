import { LATEST_SCHEMA_VERSION, assertSchemaCompatibility } from 'bullmq';
import { openTestDatabase } from '../testing/test-database.js';
import { BULLMQ_6_7_MIGRATIONS } from './bullmq/bullmq-6.7.0.js';

describe('job-queue migration (JobQueue1796640000000)', () => {
  // Fails after a bullmq upgrade that brings a new schema version: copy its new files into a new migration.
  it('carries every schema version of the installed bullmq, in order', () => {
    expect(BULLMQ_6_7_MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it('makes bullmq’s schema beside ours on a PostgreSQL server (none on the embedded database), and leaves our search_path alone', async () => {
    const db = await openTestDatabase();
    try {
      const [{ schema }] = await db.dataSource.query(`SELECT current_schema() AS schema`);
      const [{ exists }] = await db.dataSource.query(`SELECT to_regnamespace($1) IS NOT NULL AS exists`, [`${schema}_bullmq`]);
      // Our migrations' bookkeeping stayed in our schema.
      expect((await db.dataSource.query(`SELECT to_regclass('schema_migrations') IS NOT NULL AS ok`))[0].ok).toBe(true);
      if (!process.env.DATABASE_URL) {
        expect(exists).toBe(false);
        return;
      }
      expect(exists).toBe(true);
      // bullmq's own check, as its connection makes it: the schema is at its latest version.
      const runner = db.dataSource.createQueryRunner();
      try {
        const client = (await runner.connect()) as Parameters<typeof assertSchemaCompatibility>[0];
        expect(await assertSchemaCompatibility(client, `${schema}_bullmq`)).toBe(LATEST_SCHEMA_VERSION);
      } finally {
        await runner.release();
      }
      const tables: { name: string }[] = await db.dataSource.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = $1`, [`${schema}_bullmq`]);
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['job', 'meta', 'event', 'migration']));
      expect((await db.dataSource.query(`SELECT count(*)::int AS n FROM "${schema}_bullmq".migration`))[0].n).toBe(LATEST_SCHEMA_VERSION);
    } finally {
      await db.close();
    }
  }, 180_000);
});
