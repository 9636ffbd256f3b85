import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The notification kind `round_published` (issue 16, "Being told"): a round passed without a proposal for the household. */
export class RoundPublishedNotice1796730000000 implements MigrationInterface {
  name = 'RoundPublishedNotice1796730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind_valid"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_kind_valid" CHECK ("kind" IN ('proposal_received', 'proposals_received', 'municipality_answered', 'newcomer_answered', 'contest_received', 'contest_reviewed', 'proposal_withdrawn', 'deadline_extended', 'proposal_expired', 'deadline_near', 'round_published'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind" = 'round_published'`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind_valid"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_kind_valid" CHECK ("kind" IN ('proposal_received', 'proposals_received', 'municipality_answered', 'newcomer_answered', 'contest_received', 'contest_reviewed', 'proposal_withdrawn', 'deadline_extended', 'proposal_expired', 'deadline_near'))`,
    );
  }
}
