import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The proposal and household life cycles of `matching/vocabulary/lifecycle.ts`: new facts on a proposal
 * (officer withdrawal, expiry, move-in date), the full status list, and the existing rows rewritten to the status
 * their facts give (written by hand: the generator would drop and re-add the status column and lose the data).
 *
 * Old → new: a proposal 'placed' meant both sides agreed → 'accepted' (no move-in date is known), and its
 * household 'placed' → 'accepted'; 'withdrawn' after a decline → 'declined', after an upheld contest →
 * 'contest_upheld'; 'open' and contested without review → 'contested'; 'open' with a rejected contest →
 * 'contest_rejected'.
 */
export class ProposalLifecycle1795976966575 implements MigrationInterface {
  name = 'ProposalLifecycle1795976966575';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD "withdrawn_reason" character varying(1000)`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD "expired_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD "housed_on" date`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD CONSTRAINT "proposal_withdrawal_has_reason" CHECK ("withdrawn_at" IS NULL OR "withdrawn_reason" IS NOT NULL)`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "proposal_status_valid"`);
    await queryRunner.query(`DROP INDEX "proposal_one_active_per_household"`);
    await queryRunner.query(`ALTER TABLE "proposal" ALTER COLUMN "status" TYPE character varying(16)`);
    await queryRunner.query(`UPDATE "proposal" SET "status" = 'accepted' WHERE "status" = 'placed'`);
    await queryRunner.query(`UPDATE "proposal" SET "status" = 'declined' WHERE "status" = 'withdrawn' AND "municipality_response" = 'declined'`);
    await queryRunner.query(`UPDATE "proposal" SET "status" = 'contest_upheld' WHERE "status" = 'withdrawn' AND "review_outcome" = 'upheld'`);
    await queryRunner.query(`UPDATE "proposal" SET "status" = 'contested' WHERE "status" = 'open' AND "newcomer_response" = 'contested' AND "review_outcome" IS NULL`);
    await queryRunner.query(`UPDATE "proposal" SET "status" = 'contest_rejected' WHERE "status" = 'open' AND "review_outcome" = 'rejected'`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD CONSTRAINT "proposal_status_valid" CHECK ("status" IN ('open', 'contested', 'contest_rejected', 'accepted', 'placed', 'declined', 'contest_upheld', 'withdrawn', 'expired'))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "proposal_one_active_per_household" ON "proposal"  ("household_id") WHERE "status" IN ('open', 'contested', 'contest_rejected', 'accepted', 'placed')`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "household_status_valid"`);
    await queryRunner.query(`UPDATE "household" SET "status" = 'accepted' WHERE "status" = 'placed'`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "household_status_valid" CHECK ("status" IN ('waiting', 'proposed', 'accepted', 'placed', 'withdrawn'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "household_status_valid"`);
    await queryRunner.query(`UPDATE "household" SET "status" = 'placed' WHERE "status" = 'accepted'`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "household_status_valid" CHECK ("status" IN ('waiting', 'proposed', 'placed', 'withdrawn'))`);
    await queryRunner.query(`DROP INDEX "proposal_one_active_per_household"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "proposal_status_valid"`);
    await queryRunner.query(`UPDATE "proposal" SET "status" = 'placed' WHERE "status" IN ('accepted', 'placed')`);
    await queryRunner.query(`UPDATE "proposal" SET "status" = 'withdrawn' WHERE "status" IN ('declined', 'contest_upheld', 'withdrawn', 'expired')`);
    await queryRunner.query(`UPDATE "proposal" SET "status" = 'open' WHERE "status" IN ('contested', 'contest_rejected')`);
    await queryRunner.query(`ALTER TABLE "proposal" ALTER COLUMN "status" TYPE character varying(12)`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD CONSTRAINT "proposal_status_valid" CHECK ("status" IN ('open', 'placed', 'withdrawn'))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "proposal_one_active_per_household" ON "proposal"  ("household_id") WHERE "status" IN ('open', 'placed')`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "proposal_withdrawal_has_reason"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP COLUMN "housed_on"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP COLUMN "expired_at"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP COLUMN "withdrawn_reason"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP COLUMN "withdrawn_at"`);
  }
}
