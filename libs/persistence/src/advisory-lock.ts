import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` while holding a PostgreSQL session-level advisory lock named `name` in the data source's current schema
 * (`pg_advisory_lock(hashtext('<schema>:<name>'))`, PostgreSQL docs "Advisory Locks"): processes that start at the same
 * time on one database (several API processes and workers) take turns, so two of them never run the migrations or
 * the seed at once. The lock is held by one connection of the pool for the whole of `work` and released after it,
 * whether `work` succeeded or not (and by the server if the process dies). `work` may use other connections of the
 * pool: the lock only makes other sessions asking for it wait. The embedded database is one process: `work` runs
 * at once, without a lock.
 */
export async function withAdvisoryLock<T>(dataSource: DataSource, name: string, work: () => Promise<T>): Promise<T> {
  if (!isServer(dataSource)) return work();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ key }] = (await runner.query(`SELECT hashtext(current_schema() || ':' || $1) AS key`, [name])) as { key: number }[];
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.release();
  }
}

/** Whether the data source is on a PostgreSQL server (a URL), not the embedded database. */
function isServer(dataSource: DataSource): boolean {
  return 'url' in dataSource.options && typeof dataSource.options.url === 'string';
}

/**
 * Takes a transaction-level advisory lock named `name` in the current schema (`pg_advisory_xact_lock`, released when
 * the transaction of `manager` ends): transactions that ask for the same name take turns. On the embedded database
 * (one session) it is taken at once.
 */
export async function lockForTransaction(manager: EntityManager, name: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':' || $1))`, [name]);
}
