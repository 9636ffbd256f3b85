import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ISCO-08 titles in Dutch (issue 11): `isco_occupation.title_nl`, ESCO's Dutch label of each group
 * (seed/data/isco08-titles.csv). Null until the seed step `reference:isco08-titles-nl` fills it (the data lives in
 * the seed folder, not in migrations); that step also rewrites `search_key` to cover the Dutch title.
 */
export class IscoDutchTitles1796300000000 implements MigrationInterface {
  name = 'IscoDutchTitles1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "isco_occupation" ADD "title_nl" character varying(200)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "isco_occupation" DROP COLUMN "title_nl"`);
  }
}
