import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The e-mail channel of notifications (issue 16, "Being told"; matching/vocabulary/mail.ts): each account's language
 * and whether it wants e-mail, and on each notification where its e-mail is. Notifications written before stay
 * without an e-mail state (never mailed); accounts made before read Dutch until they choose a language.
 */
export class MailChannel1796710000000 implements MigrationInterface {
  name = 'MailChannel1796710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" ADD "locale" character varying(2) NOT NULL DEFAULT 'nl'`);
    await queryRunner.query(`ALTER TABLE "account" ADD "email_notifications" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "email_state" character varying(8)`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "email_attempts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "email_next_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "email_sent_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "email_error" character varying(200)`);
    await queryRunner.query(`CREATE INDEX "notification_email_due_idx" ON "notification"  ("email_next_at") WHERE "email_state" = 'pending'`);
    await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "account_locale_valid" CHECK ("locale" IN ('nl', 'en', 'ar', 'uk'))`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_email_state_valid" CHECK ("email_state" IS NULL OR "email_state" IN ('pending', 'sent', 'failed', 'skipped'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_email_state_valid"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_locale_valid"`);
    await queryRunner.query(`DROP INDEX "notification_email_due_idx"`);
    for (const column of ['email_error', 'email_sent_at', 'email_next_at', 'email_attempts', 'email_state']) await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "${column}"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "email_notifications"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "locale"`);
  }
}
