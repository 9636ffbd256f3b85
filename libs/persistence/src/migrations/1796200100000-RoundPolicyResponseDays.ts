import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RESPONSE_DAYS_AT_MIGRATION } from './1796200000000-ProposalArrangements.js';

/**
 * `round.policy` version 3: the round policy gains `responseDays`, the days both sides have to answer a proposal
 * (each proposal's `respond_by`). Every round gets 14, a new round's default at the time of this migration.
 * `run.options` is unchanged: a run does not use it. Idempotent: rewrites version 2 envelopes only.
 */
export class RoundPolicyResponseDays1796200100000 implements MigrationInterface {
  name = 'RoundPolicyResponseDays1796200100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "round" SET "policy" = jsonb_build_object('schemaVersion', 3, 'data', ("policy"->'data') || $1::jsonb) WHERE ("policy"->>'schemaVersion')::int = 2`,
      [JSON.stringify({ responseDays: RESPONSE_DAYS_AT_MIGRATION })],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "round" SET "policy" = jsonb_build_object('schemaVersion', 2, 'data', ("policy"->'data') - 'responseDays') WHERE ("policy"->>'schemaVersion')::int = 3`);
  }
}
