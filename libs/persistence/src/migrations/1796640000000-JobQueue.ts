import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BULLMQ_6_7_MIGRATIONS } from './bullmq/bullmq-6.7.0.js';

/**
 * The job queue of matching runs on a PostgreSQL server (issue 14, "more than one process"): bullmq 6.7's PostgreSQL
 * backend, its tables, types and functions created here rather than by bullmq at run time.
 *
 * - **Where.** In a schema of their own beside ours, named `<our schema>_bullmq` (`public_bullmq` by default; each
 *   test database's schema gets its own). bullmq's names (`job`, `event`, `meta`, `migration`, `rate_limit` …) are too
 *   generic to share our schema. `jobQueueSchema` (job-queue-schema.ts) derives the same name at run time from the
 *   connection's `current_schema()`, and bullmq's pool pins its `search_path` there.
 * - **What.** bullmq's own migration files 1–11, verbatim, each after `SET LOCAL search_path` to that schema (their
 *   names are unqualified, as under bullmq's migrator), then bullmq's ledger table `migration` with one row per file,
 *   exactly as its migrator writes them: bullmq checks that ledger when it connects (and refuses a schema newer than
 *   it understands). Our `search_path` is restored before the migration ends, so TypeORM's bookkeeping stays in ours.
 * - **Only on a PostgreSQL server.** The embedded database (PGlite) serves one process with the in-process worker
 *   thread and never runs the queue; skipping it there saves about 0.2 s per embedded test database.
 * Literal names, not imported constants: a migration describes the schema at the time it was written.
 */
export class JobQueue1796640000000 implements MigrationInterface {
  name = 'JobQueue1796640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (await isEmbedded(queryRunner)) return;
    const schema = await queueSchema(queryRunner);
    const [{ search_path: ours }] = (await queryRunner.query(`SELECT current_setting('search_path') AS search_path`)) as { search_path: string }[];
    await queryRunner.query(`CREATE SCHEMA "${schema}"`);
    await queryRunner.query(`SELECT set_config('search_path', $1, true)`, [`"${schema}"`]);
    for (const migration of BULLMQ_6_7_MIGRATIONS) await queryRunner.query(migration.sql);
    // bullmq's ledger, as its migrator's ensureLedgerTable and applyMigration write it.
    await queryRunner.query(`CREATE TABLE migration (
       version    integer PRIMARY KEY,
       name       text NOT NULL,
       min_client_version integer NOT NULL,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`);
    for (const migration of BULLMQ_6_7_MIGRATIONS) {
      await queryRunner.query(`INSERT INTO migration (version, name, min_client_version) VALUES ($1, $2, $3)`, [migration.version, migration.name, migration.minClientVersion]);
    }
    await queryRunner.query(`SELECT set_config('search_path', $1, true)`, [ours]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (await isEmbedded(queryRunner)) return;
    await queryRunner.query(`DROP SCHEMA "${await queueSchema(queryRunner)}" CASCADE`);
  }
}

/** PGlite names itself in version() ("PostgreSQL 18.7 (PGlite 0.5.17) on wasm32-unknown-emscripten …"); a server does not. */
async function isEmbedded(queryRunner: QueryRunner): Promise<boolean> {
  const [{ version }] = (await queryRunner.query(`SELECT version() AS version`)) as { version: string }[];
  return /PGlite/i.test(version);
}

async function queueSchema(queryRunner: QueryRunner): Promise<string> {
  const [{ schema }] = (await queryRunner.query(`SELECT current_schema() AS schema`)) as { schema: string }[];
  return `${schema}_bullmq`;
}
