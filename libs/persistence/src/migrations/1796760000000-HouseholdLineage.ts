import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A household's lineage (issue 16, "a household can be split or merged with its queue rights kept";
 * matching/vocabulary/household-changes.ts): the household a new one was split off from (`split_from_id`) and the
 * household a merged one went into (`merged_into_id`; only a withdrawn household, never itself).
 */
export class HouseholdLineage1796760000000 implements MigrationInterface {
  name = 'HouseholdLineage1796760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" ADD "split_from_id" uuid`);
    await queryRunner.query(`ALTER TABLE "household" ADD "merged_into_id" uuid`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "household_split_from_other" CHECK ("split_from_id" IS NULL OR "split_from_id" <> "id")`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "household_merged_withdrawn" CHECK ("merged_into_id" IS NULL OR ("status" = 'withdrawn' AND "merged_into_id" <> "id"))`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "FK_c30e8abfe8b3d71c2c2be7a1941" FOREIGN KEY ("split_from_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "FK_c796cea3a2923f2aff8697dfb93" FOREIGN KEY ("merged_into_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "FK_c796cea3a2923f2aff8697dfb93"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "FK_c30e8abfe8b3d71c2c2be7a1941"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "household_merged_withdrawn"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "household_split_from_other"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "merged_into_id"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "split_from_id"`);
  }
}
