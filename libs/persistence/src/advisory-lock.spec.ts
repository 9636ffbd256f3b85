import { DataSource } from 'typeorm';
import { buildDataSourceOptions, openDatabase } from './data-source.js';
import { MIGRATIONS } from './migrations/index.js';
import { createTestDatabase, type TestDatabase } from './testing/test-database.js';
import { withAdvisoryLock } from './advisory-lock.js';

/*
 * Processes started at the same time on a new PostgreSQL database (issue 14, "more than one process": "migrations can
 * race; start the first process alone") take turns for the migrations and the seed. A server matter: the embedded
 * database is one process, where `withAdvisoryLock` runs its work at once.
 */
(process.env.DATABASE_URL ? describe : describe.skip)('advisory locks on a PostgreSQL server', () => {
  let database: TestDatabase;
  const open: DataSource[] = [];
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((d) => d.destroy()));
    await database.dispose();
  });

  it('lets three processes starting at once on a new database migrate it once, in turn, all of them ending up current', async () => {
    const opened = await Promise.allSettled([openDatabase(database.config), openDatabase(database.config), openDatabase(database.config)]);
    for (const o of opened) if (o.status === 'fulfilled') open.push(o.value);
    expect(opened.map((o) => (o.status === 'rejected' ? String(o.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok']);
    const rows = (await open[0].query('SELECT name FROM schema_migrations ORDER BY id')) as { name: string }[];
    expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('runs works under one name one after the other, and under other names alongside', async () => {
    const a = await new DataSource(buildDataSourceOptions(database.config)).initialize();
    const b = await new DataSource(buildDataSourceOptions(database.config)).initialize();
    open.push(a, b);
    const spans: { name: string; from: number; to: number }[] = [];
    const work = (name: string) => async () => {
      const from = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 150));
      spans.push({ name, from, to: performance.now() });
    };
    await Promise.all([withAdvisoryLock(a, 'seed', work('seed')), withAdvisoryLock(b, 'seed', work('seed')), withAdvisoryLock(b, 'other', work('other'))]);
    const [first, second] = spans.filter((s) => s.name === 'seed').sort((x, y) => x.from - y.from);
    expect(second.from).toBeGreaterThanOrEqual(first.to);
    const other = spans.find((s) => s.name === 'other')!;
    expect(other.from).toBeLessThan(second.from); // it did not wait for both seeds
  });
});
