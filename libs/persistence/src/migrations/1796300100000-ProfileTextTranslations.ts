import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A profile's free texts in Dutch with translations (issue 11). `text_locale` is the language the free texts
 * (`what_to_expect`, `priorities.statement`) were written in; `translations` (versioned jsonb, version 1 envelope)
 * holds their translations by language.
 *
 * Stored versions are kept readable as they were: their texts were taken without a language and were English (the
 * demo texts certainly; the API was English-only), so they are marked `text_locale = 'en'`: the English text stays
 * the original, with no Dutch original and no translations. The column keeps `'en'` as its default, so a row written
 * without a language (only raw SQL as before issue 11 can) reads as such a version; the repository always names the
 * language (`ProfileContent.textLocale`, required), and the API writes `'nl'`.
 */
export class ProfileTextTranslations1796300100000 implements MigrationInterface {
  name = 'ProfileTextTranslations1796300100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "municipality_profile" ADD "text_locale" character varying(2) NOT NULL DEFAULT 'en'`);
    await queryRunner.query(`ALTER TABLE "municipality_profile" ADD "translations" jsonb NOT NULL DEFAULT '{"data": {}, "schemaVersion": 1}'`);
    await queryRunner.query(
      `ALTER TABLE "municipality_profile" ADD CONSTRAINT "municipality_profile_text_locale" CHECK ("text_locale" IN ('nl', 'en', 'ar', 'uk'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "municipality_profile" DROP CONSTRAINT "municipality_profile_text_locale"`);
    await queryRunner.query(`ALTER TABLE "municipality_profile" DROP COLUMN "translations"`);
    await queryRunner.query(`ALTER TABLE "municipality_profile" DROP COLUMN "text_locale"`);
  }
}
