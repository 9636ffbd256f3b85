import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Case references come from a sequence so that concurrent registrations never collide. */
export class HouseholdReferenceSequence1795916000000 implements MigrationInterface {
  name = 'HouseholdReferenceSequence1795916000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE "household_reference_seq"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE "household_reference_seq"`);
  }
}
