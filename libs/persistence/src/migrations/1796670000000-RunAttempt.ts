import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A run's attempt number, the fencing token of its executions (issue 14, "more than one process"): a job queue hands
 * a run whose worker stopped renewing its lock to another worker; the first may still be alive (a stalled event loop,
 * a network partition). Each execution gets its own attempt number when it starts the run, and every write it makes
 * names it, so only the latest attempt's progress, answer, end or hand-back is stored. Existing runs start at 0.
 */
export class RunAttempt1796670000000 implements MigrationInterface {
  name = 'RunAttempt1796670000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "run" ADD "attempt" integer NOT NULL DEFAULT 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "run" DROP COLUMN "attempt"`);
  }
}
