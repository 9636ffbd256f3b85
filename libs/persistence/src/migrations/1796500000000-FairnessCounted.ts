import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A run's fairness report says whose gender and age it counted (`run.fairness` version 2, field `counted`; issue 11).
 * Reports from now on count the household's main applicant (`main_applicant`). Reports stored before counted the
 * member registered first, whatever their role or age, and put every age under 25 in 18-24: they are marked
 * `first_member`, so the API tells an officer so. Their groups are left as stored (the members' data may have
 * changed since; a re-run gives the corrected report).
 * Literal values, not imported constants: a migration describes the data at the time it was written.
 * Idempotent: rewrites version 1 envelopes only.
 */
export class FairnessCounted1796500000000 implements MigrationInterface {
  name = 'FairnessCounted1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "run" SET "fairness" = jsonb_build_object('schemaVersion', 2, 'data', ("fairness"->'data') || '{"counted": "first_member"}'::jsonb)
       WHERE ("fairness"->>'schemaVersion')::int = 1`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "run" SET "fairness" = jsonb_build_object('schemaVersion', 1, 'data', ("fairness"->'data') - 'counted')
       WHERE ("fairness"->>'schemaVersion')::int = 2`,
    );
  }
}
