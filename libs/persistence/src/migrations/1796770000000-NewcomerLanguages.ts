import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Four more languages newcomers read (issue 16, "More languages that newcomers speak"; matching/messages/locales.ts):
 * Tigrinya, Persian (Dari wording), Turkish and Somali. An account may choose them, and a municipality may translate
 * its profile's texts into them. Only the two language CHECKs change; going down fails while a row uses a new one.
 */
export class NewcomerLanguages1796770000000 implements MigrationInterface {
  name = 'NewcomerLanguages1796770000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_locale_valid"`);
    await queryRunner.query(`ALTER TABLE "municipality_profile" DROP CONSTRAINT "municipality_profile_text_locale"`);
    await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "account_locale_valid" CHECK ("locale" IN ('nl', 'en', 'ar', 'uk', 'ti', 'fa', 'tr', 'so'))`);
    await queryRunner.query(
      `ALTER TABLE "municipality_profile" ADD CONSTRAINT "municipality_profile_text_locale" CHECK ("text_locale" IN ('nl', 'en', 'ar', 'uk', 'ti', 'fa', 'tr', 'so'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "municipality_profile" DROP CONSTRAINT "municipality_profile_text_locale"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_locale_valid"`);
    await queryRunner.query(`ALTER TABLE "municipality_profile" ADD CONSTRAINT "municipality_profile_text_locale" CHECK ("text_locale" IN ('nl', 'en', 'ar', 'uk'))`);
    await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "account_locale_valid" CHECK ("locale" IN ('nl', 'en', 'ar', 'uk'))`);
  }
}
