import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Proposals hold one of the vocabulary's home bands (HOME_BANDS). */
export class ProposalHomeBandCheck1795990000000 implements MigrationInterface {
  name = 'ProposalHomeBandCheck1795990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal" ADD CONSTRAINT "proposal_home_band_valid" CHECK ("home_resource" IN ('homes_1_2', 'homes_3_4', 'homes_5_plus'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "proposal_home_band_valid"`);
  }
}
