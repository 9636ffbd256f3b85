import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What both sides of a proposal plan around (issue 11):
 * - `proposal.respond_by` (date, not null): the response deadline. Proposals published before this migration get
 *   their publication day (Dutch date) + 14 days, the default of a round at the time of this migration.
 * - `proposal.contact_name`, `contact_email`, `contact_phone`: the municipality's contact person; a name with an
 *   e-mail address and/or a phone number, or nothing (CHECK `proposal_contact_complete`).
 * - `proposal.expected_move_in` (date): the move-in date the municipality expects.
 * - `proposal.municipality_responded_at`, `newcomer_responded_at`: when each side answered (the officer's review
 *   list is ordered by them). Filled from the audit trail for proposals answered before.
 * The round policy's `responseDays` comes with RoundPolicyResponseDays1796200100000.
 * Literal values, not imported constants: a migration describes the data at the time it was written.
 */
export class ProposalArrangements1796200000000 implements MigrationInterface {
  name = 'ProposalArrangements1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal" ADD "municipality_responded_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD "newcomer_responded_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD "respond_by" date`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD "contact_name" character varying(120)`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD "contact_email" character varying(254)`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD "contact_phone" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD "expected_move_in" date`);
    await queryRunner.query(`UPDATE "proposal" SET "respond_by" = ("created_at" AT TIME ZONE 'Europe/Amsterdam')::date + ${RESPONSE_DAYS_AT_MIGRATION}`);
    await queryRunner.query(`ALTER TABLE "proposal" ALTER COLUMN "respond_by" SET NOT NULL`);
    for (const [column, actions] of [
      ['municipality_responded_at', ['proposal.municipality_accept', 'proposal.municipality_decline']],
      ['newcomer_responded_at', ['proposal.newcomer_accept', 'proposal.newcomer_contest']],
    ] as const) {
      await queryRunner.query(
        `UPDATE "proposal" p SET "${column}" = (SELECT min(a."at") FROM "audit_event" a WHERE a."entity_type" = 'proposal' AND a."entity_id" = p."id"::text AND a."action" IN ($1, $2))`,
        [...actions],
      );
    }
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "proposal_contact_complete" CHECK (("contact_name" IS NULL AND "contact_email" IS NULL AND "contact_phone" IS NULL) OR ("contact_name" IS NOT NULL AND ("contact_email" IS NOT NULL OR "contact_phone" IS NOT NULL)))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "proposal_contact_complete"`);
    for (const column of ['expected_move_in', 'contact_phone', 'contact_email', 'contact_name', 'respond_by', 'newcomer_responded_at', 'municipality_responded_at']) {
      await queryRunner.query(`ALTER TABLE "proposal" DROP COLUMN "${column}"`);
    }
  }
}

/** A new round's response days when this migration was written. */
export const RESPONSE_DAYS_AT_MIGRATION = 14;
