import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The round policy and the run options gain what issue 10 added to a run: the priority rule's trade-off
 * parameter, the reach of hard ties and the stability bonus (`round.policy` version 2); a run also records the
 * run it is anchored on (`run.options` version 2).
 * - Rounds (drafts run again under the new rule): the defaults of a new round at the time of this migration.
 * - Runs already made: the values that reproduce what they did (no priority rule, no anchor, no stability bonus),
 *   so `rerun` of an old run stays what it was.
 * Literal values, not imported constants: a migration describes the data at the time it was written.
 * Idempotent: rewrites version 1 envelopes only.
 */
export class PolicyPromises1795998200000 implements MigrationInterface {
  name = 'PolicyPromises1795998200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "round" SET "policy" = jsonb_build_object('schemaVersion', 2, 'data', ("policy"->'data') || $1::jsonb) WHERE ("policy"->>'schemaVersion')::int = 1`,
      [JSON.stringify(ROUND_DEFAULTS)],
    );
    await queryRunner.query(
      `UPDATE "run" SET "options" = jsonb_build_object('schemaVersion', 2, 'data', jsonb_set("options"->'data', '{policy}', ("options"->'data'->'policy') || $1::jsonb) || '{"anchorRunId": null}'::jsonb)
       WHERE ("options"->>'schemaVersion')::int = 1`,
      [JSON.stringify(RUN_AS_IT_WAS)],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "round" SET "policy" = jsonb_build_object('schemaVersion', 1, 'data', ("policy"->'data') - 'priorityWeight' - 'tieReach' - 'stabilityBonus') WHERE ("policy"->>'schemaVersion')::int = 2`,
    );
    await queryRunner.query(
      `UPDATE "run" SET "options" = jsonb_build_object('schemaVersion', 1, 'data', jsonb_set(("options"->'data') - 'anchorRunId', '{policy}', ("options"->'data'->'policy') - 'priorityWeight' - 'tieReach' - 'stabilityBonus'))
       WHERE ("options"->>'schemaVersion')::int = 2`,
    );
  }
}

/** A new round's defaults when this migration was written. */
export const ROUND_DEFAULTS = { priorityWeight: 0.1, tieReach: { placeKm: 30, familyKm: 20 }, stabilityBonus: 0.01 };
/** What runs made before did: no priority rule, no stability bonus (reach is irrelevant: no tie was verified). */
export const RUN_AS_IT_WAS = { priorityWeight: 0, tieReach: { placeKm: 30, familyKm: 20 }, stabilityBonus: 0 };
