import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders before a response deadline (issue 16, "Deadlines"; matching/vocabulary/notifications.ts): the deadline a
 * proposal's reminders were written for, and the notification kind `deadline_near`.
 */
export class DeadlineReminders1796720000000 implements MigrationInterface {
  name = 'DeadlineReminders1796720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal" ADD "reminded_for" date`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind_valid"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_kind_valid" CHECK ("kind" IN ('proposal_received', 'proposals_received', 'municipality_answered', 'newcomer_answered', 'contest_received', 'contest_reviewed', 'proposal_withdrawn', 'deadline_extended', 'proposal_expired', 'deadline_near'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind" = 'deadline_near'`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind_valid"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_kind_valid" CHECK ("kind" IN ('proposal_received', 'proposals_received', 'municipality_answered', 'newcomer_answered', 'contest_received', 'contest_reviewed', 'proposal_withdrawn', 'deadline_extended', 'proposal_expired'))`,
    );
    await queryRunner.query(`ALTER TABLE "proposal" DROP COLUMN "reminded_for"`);
  }
}
