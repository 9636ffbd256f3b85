import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention and erasure (issue 16; matching/vocabulary/retention.ts): the household records when and why its personal
 * data was erased; an audit event's before/after can be erased once (`redacted_at`), the one change its append-only
 * trigger lets through — nothing else of the event may change, and it is never deleted.
 */
export class Erasure1796740000000 implements MigrationInterface {
  name = 'Erasure1796740000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "household" ADD "erasure_kind" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "household" ADD "erasure_reason" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "household_erasure_valid" CHECK ("erasure_kind" IS NULL OR "erasure_kind" IN ('retention', 'request'))`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "household_erasure_complete" CHECK (("erased_at" IS NULL) = ("erasure_kind" IS NULL))`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "redacted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD."redacted_at" IS NULL AND NEW."redacted_at" IS NOT NULL
           AND NEW."before" IS NULL AND NEW."after" IS NULL
           AND NEW."id" = OLD."id" AND NEW."at" = OLD."at" AND NEW."actor_account_id" IS NOT DISTINCT FROM OLD."actor_account_id"
           AND NEW."actor_role" = OLD."actor_role" AND NEW."action" = OLD."action"
           AND NEW."entity_type" = OLD."entity_type" AND NEW."entity_id" = OLD."entity_id" THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only';
      END;
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END;
      $$`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "redacted_at"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "household_erasure_complete"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "household_erasure_valid"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "erasure_reason"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "erasure_kind"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "erased_at"`);
  }
}
