import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Changes of a household after a proposal (issue 16; matching/vocabulary/household-changes.ts): a proposal records
 * when such a change made it wait on an officer's review (`change_review_since`), and the notification kind
 * `household_changed` tells the municipality.
 */
export class HouseholdChanges1796750000000 implements MigrationInterface {
  name = 'HouseholdChanges1796750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal" ADD "change_review_since" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind_valid"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_kind_valid" CHECK ("kind" IN ('proposal_received', 'proposals_received', 'municipality_answered', 'newcomer_answered', 'contest_received', 'contest_reviewed', 'proposal_withdrawn', 'deadline_extended', 'proposal_expired', 'deadline_near', 'round_published', 'household_changed'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind" = 'household_changed'`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind_valid"`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_kind_valid" CHECK ("kind" IN ('proposal_received', 'proposals_received', 'municipality_answered', 'newcomer_answered', 'contest_received', 'contest_reviewed', 'proposal_withdrawn', 'deadline_extended', 'proposal_expired', 'deadline_near', 'round_published'))`,
    );
    await queryRunner.query(`ALTER TABLE "proposal" DROP COLUMN "change_review_since"`);
  }
}
