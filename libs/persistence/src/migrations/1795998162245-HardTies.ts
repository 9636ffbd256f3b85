import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hard ties with evidence (issue 10):
 * - `household_tie` gains a status (declared by the newcomer, or verified by an officer with a note) and the
 *   family-tie fields first degree and "live near". Ties already stored were registered without evidence, so
 *   they become `declared`.
 * - `round_household` freezes what the priority rule read (urgency, permit date) when the round was created;
 *   existing rows are filled from the household as it is now (the closest record there is).
 * - The round snapshot's ties carry the same fields (`round_snapshot.model` version 2); stored snapshots get
 *   `declared`, so rounds made before keep scoring as they did.
 */
export class HardTies1795998162245 implements MigrationInterface {
  name = 'HardTies1795998162245';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household_tie" ADD "status" character varying(8) NOT NULL DEFAULT 'declared'`);
    await queryRunner.query(`ALTER TABLE "household_tie" ADD "first_degree" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "household_tie" ADD "live_near" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "household_tie" ADD "verified_by" uuid`);
    await queryRunner.query(`ALTER TABLE "household_tie" ADD "verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "household_tie" ADD "verification_note" character varying(1000)`);
    await queryRunner.query(`ALTER TABLE "round_household" ADD "urgency" character varying(8)`);
    await queryRunner.query(`ALTER TABLE "round_household" ADD "permit_date" date`);
    await queryRunner.query(`UPDATE "round_household" rh SET "urgency" = h."urgency", "permit_date" = h."permit_date" FROM "household" h WHERE h."id" = rh."household_id"`);
    await queryRunner.query(`ALTER TABLE "round_household" ALTER COLUMN "urgency" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "round_household" ALTER COLUMN "permit_date" SET NOT NULL`);
    await queryRunner.query(SNAPSHOT_TIES_UP);
    await queryRunner.query(`ALTER TABLE "household_tie" ADD CONSTRAINT "household_tie_verified_complete" CHECK ("status" = 'declared' OR ("verified_at" IS NOT NULL AND "verification_note" IS NOT NULL))`);
    await queryRunner.query(`ALTER TABLE "household_tie" ADD CONSTRAINT "household_tie_family_fields" CHECK ("kind" = 'family' OR (NOT "first_degree" AND NOT "live_near"))`);
    await queryRunner.query(`ALTER TABLE "household_tie" ADD CONSTRAINT "household_tie_status_valid" CHECK ("status" IN ('declared', 'verified'))`);
    await queryRunner.query(`ALTER TABLE "round_household" ADD CONSTRAINT "round_household_urgency_valid" CHECK ("urgency" IN ('medical', 'social', 'none'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(SNAPSHOT_TIES_DOWN);
    await queryRunner.query(`ALTER TABLE "round_household" DROP CONSTRAINT "round_household_urgency_valid"`);
    await queryRunner.query(`ALTER TABLE "household_tie" DROP CONSTRAINT "household_tie_status_valid"`);
    await queryRunner.query(`ALTER TABLE "household_tie" DROP CONSTRAINT "household_tie_family_fields"`);
    await queryRunner.query(`ALTER TABLE "household_tie" DROP CONSTRAINT "household_tie_verified_complete"`);
    await queryRunner.query(`ALTER TABLE "round_household" DROP COLUMN "permit_date"`);
    await queryRunner.query(`ALTER TABLE "round_household" DROP COLUMN "urgency"`);
    await queryRunner.query(`ALTER TABLE "household_tie" DROP COLUMN "verification_note"`);
    await queryRunner.query(`ALTER TABLE "household_tie" DROP COLUMN "verified_at"`);
    await queryRunner.query(`ALTER TABLE "household_tie" DROP COLUMN "verified_by"`);
    await queryRunner.query(`ALTER TABLE "household_tie" DROP COLUMN "live_near"`);
    await queryRunner.query(`ALTER TABLE "household_tie" DROP COLUMN "first_degree"`);
    await queryRunner.query(`ALTER TABLE "household_tie" DROP COLUMN "status"`);
  }
}

/** Rewrites every tie `t` of every household in stored snapshots of version `from` with `tie`, as version `to`. */
function snapshotTies(from: number, to: number, tie: string): string {
  return `UPDATE "round_snapshot" SET "model" = jsonb_build_object('schemaVersion', ${to}, 'data', jsonb_set("model"->'data', '{households}', COALESCE((
      SELECT jsonb_agg(jsonb_set(h, '{ties}', COALESCE((
        SELECT jsonb_agg(${tie} ORDER BY ti) FROM jsonb_array_elements(h->'ties') WITH ORDINALITY AS tt(t, ti)
      ), '[]'::jsonb)) ORDER BY hi)
      FROM jsonb_array_elements("model"->'data'->'households') WITH ORDINALITY AS hh(h, hi)
    ), '[]'::jsonb)))
    WHERE ("model"->>'schemaVersion')::int = ${from}`;
}

/** Snapshot version 1 → 2: every stored tie becomes `declared`, not a near-family wish. Idempotent (reads version 1 only). */
export const SNAPSHOT_TIES_UP = snapshotTies(1, 2, `t || '{"status": "declared", "firstDegree": false, "liveNear": false}'::jsonb`);
/** Snapshot version 2 → 1: the tie fields removed again. */
export const SNAPSHOT_TIES_DOWN = snapshotTies(2, 1, `t - 'status' - 'firstDegree' - 'liveNear'`);
