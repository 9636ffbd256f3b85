import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Runs can also be timed_out (stopped at their time limit) and cancelled (by an officer); see lifecycle.ts. */
export class RunLifecycle1795980000000 implements MigrationInterface {
  name = 'RunLifecycle1795980000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "run" DROP CONSTRAINT "run_status_valid"`);
    await queryRunner.query(`ALTER TABLE "run" ADD CONSTRAINT "run_status_valid" CHECK ("status" IN ('queued', 'running', 'succeeded', 'timed_out', 'failed', 'cancelled'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "run" DROP CONSTRAINT "run_status_valid"`);
    await queryRunner.query(`UPDATE "run" SET "status" = 'failed' WHERE "status" IN ('timed_out', 'cancelled')`);
    await queryRunner.query(`ALTER TABLE "run" ADD CONSTRAINT "run_status_valid" CHECK ("status" IN ('queued', 'running', 'succeeded', 'failed'))`);
  }
}
