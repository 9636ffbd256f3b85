import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notice when a household's place in the queue changes markedly (issue 16, "Being told"; matching/vocabulary/
 * notifications.ts `markedPositionChange`): the notification kind `position_changed`, and on each household the place
 * its newcomers were last told of (`told_position`; null until the first round published while it waits).
 */
export class PositionNotice1796780000000 implements MigrationInterface {
  name = 'PositionNotice1796780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" ADD "told_position" integer`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "household_told_position_positive" CHECK ("told_position" IS NULL OR "told_position" > 0)`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind_valid"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_kind_valid" CHECK ("kind" IN ('proposal_received', 'proposals_received', 'municipality_answered', 'newcomer_answered', 'contest_received', 'contest_reviewed', 'proposal_withdrawn', 'deadline_extended', 'proposal_expired', 'deadline_near', 'round_published', 'household_changed', 'position_changed'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind" = 'position_changed'`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind_valid"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_kind_valid" CHECK ("kind" IN ('proposal_received', 'proposals_received', 'municipality_answered', 'newcomer_answered', 'contest_received', 'contest_reviewed', 'proposal_withdrawn', 'deadline_extended', 'proposal_expired', 'deadline_near', 'round_published', 'household_changed'))`,
    );
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "household_told_position_positive"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "told_position"`);
  }
}
