import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Run progress for subscribers in every process (issue 14, "more than one process"): a trigger on `run` that sends
 * `NOTIFY` whenever a run's status, stage or progress changes, whoever wrote it (an API process, a worker process,
 * `failInterrupted` at start-up, raw SQL). PostgreSQL delivers a notification when its transaction commits, to every
 * session LISTENing on the channel in the same database; on the embedded database (PGlite) to the one session.
 *
 * - Channel: `<table schema>.run_progress` (`TG_TABLE_SCHEMA`), so several schemas on one server (tests, or
 *   deployments side by side) do not hear each other's runs.
 * - Payload: JSON `{"runId", "status", "stage", "progress"}`, about 120 bytes: far under PostgreSQL's 8000-byte
 *   limit. Subscribers re-read the run when they need more.
 * Literal names, not imported constants: a migration describes the schema at the time it was written.
 */
export class RunProgressNotify1796660000000 implements MigrationInterface {
  name = 'RunProgressNotify1796660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION run_progress_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify(
          TG_TABLE_SCHEMA || '.run_progress',
          json_build_object('runId', NEW."id", 'status', NEW."status", 'stage', NEW."stage", 'progress', NEW."progress")::text
        );
        RETURN NULL;
      END;
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "run_progress_notify" AFTER UPDATE ON "run" FOR EACH ROW
        WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."stage" IS DISTINCT FROM NEW."stage" OR OLD."progress" IS DISTINCT FROM NEW."progress")
        EXECUTE FUNCTION run_progress_notify()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "run_progress_notify" ON "run"`);
    await queryRunner.query(`DROP FUNCTION run_progress_notify()`);
  }
}
