import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A run's queue report (issue 10): the price of the priority rule, queue-honour figures per band, and how a stable re-run kept its anchor. Null for runs made before. */
export class RunQueueReport1796002286626 implements MigrationInterface {
  name = 'RunQueueReport1796002286626';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "run" ADD "priority_cost" jsonb`);
    await queryRunner.query(`ALTER TABLE "run" ADD "queue_honour" jsonb`);
    await queryRunner.query(`ALTER TABLE "run" ADD "stable_rerun" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "run" DROP COLUMN "stable_rerun"`);
    await queryRunner.query(`ALTER TABLE "run" DROP COLUMN "queue_honour"`);
    await queryRunner.query(`ALTER TABLE "run" DROP COLUMN "priority_cost"`);
  }
}
