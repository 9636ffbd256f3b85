import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Rounds1795917370693 implements MigrationInterface {
  name = 'Rounds1795917370693';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "period" character varying(7) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'draft', "policy" jsonb NOT NULL, "cohort_selection" jsonb NOT NULL, "profile_versions" jsonb NOT NULL, "published_run_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "round_period_format" CHECK ("period" ~ '^[0-9]{4}-H[12]$'), CONSTRAINT "round_status_valid" CHECK ("status" IN ('draft', 'published')), CONSTRAINT "PK_34bd959f3f4a90eb86e4ae24d2d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "round_snapshot" ("round_id" uuid NOT NULL, "model" jsonb NOT NULL, CONSTRAINT "PK_922fc481d7f4ce927c1c51238dd" PRIMARY KEY ("round_id"))`);
    await queryRunner.query(`CREATE TABLE "round_household" ("round_id" uuid NOT NULL, "household_id" uuid NOT NULL, "queue_position" integer NOT NULL, CONSTRAINT "PK_855a40d82f719ef3701ec119e89" PRIMARY KEY ("round_id", "household_id"))`);
    await queryRunner.query(`CREATE TABLE "round_capacity" ("round_id" uuid NOT NULL, "municipality_code" character varying(6) NOT NULL, "persons" integer NOT NULL, "homes_1_2" integer NOT NULL, "homes_3_4" integer NOT NULL, "homes_5_plus" integer NOT NULL, CONSTRAINT "round_capacity_nonnegative" CHECK ("persons" >= 0 AND "homes_1_2" >= 0 AND "homes_3_4" >= 0 AND "homes_5_plus" >= 0), CONSTRAINT "PK_b03e42f07ef4eb9af3e998442f3" PRIMARY KEY ("round_id", "municipality_code"))`);
    await queryRunner.query(`CREATE TABLE "round_pin" ("round_id" uuid NOT NULL, "household_id" uuid NOT NULL, "municipality_code" character varying(6) NOT NULL, CONSTRAINT "PK_0c990fb46df3786b455de2443ce" PRIMARY KEY ("round_id", "household_id"))`);
    await queryRunner.query(`CREATE TABLE "round_forbidden" ("round_id" uuid NOT NULL, "household_id" uuid NOT NULL, "municipality_code" character varying(6) NOT NULL, CONSTRAINT "PK_dd618d4fad43a83c10ad047dc2f" PRIMARY KEY ("round_id", "household_id", "municipality_code"))`);
    await queryRunner.query(`CREATE TABLE "run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'queued', "progress" real NOT NULL DEFAULT '0', "stage" character varying(20), "options" jsonb NOT NULL, "solver" character varying(40), "solver_version" character varying(40), "matching_version" character varying(20), "input_hash" character varying(64), "solve_status" character varying(12), "objective" double precision, "bound" double precision, "gap" double precision, "message" text, "timings" jsonb, "figures" jsonb, "status_quo" jsonb, "fairness" jsonb, "fill" jsonb, "prices" jsonb, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "run_progress_range" CHECK ("progress" BETWEEN 0 AND 1), CONSTRAINT "run_status_valid" CHECK ("status" IN ('queued', 'running', 'succeeded', 'failed')), CONSTRAINT "PK_804c38ffba92002c6d2c646dd46" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "run_round_idx" ON "run"  ("round_id") `);
    await queryRunner.query(`CREATE TABLE "run_assignment" ("run_id" uuid NOT NULL, "household_id" uuid NOT NULL, "municipality_code" character varying(6), "fit" double precision, "explanation" jsonb NOT NULL, CONSTRAINT "PK_fb736bdd45f62d0380cb83ad1e9" PRIMARY KEY ("run_id", "household_id"))`);
    await queryRunner.query(`CREATE INDEX "run_assignment_municipality_idx" ON "run_assignment"  ("municipality_code") `);
    await queryRunner.query(`CREATE TABLE "proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "run_id" uuid NOT NULL, "household_id" uuid NOT NULL, "municipality_code" character varying(6) NOT NULL, "period" character varying(7) NOT NULL, "persons" integer NOT NULL, "home_resource" character varying(12) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'open', "municipality_response" character varying(12), "municipality_reason" character varying(1000), "newcomer_response" character varying(12), "newcomer_reason" character varying(1000), "review_outcome" character varying(12), "review_note" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_round_household_unique" UNIQUE ("round_id", "household_id"), CONSTRAINT "proposal_contest_has_reason" CHECK ("newcomer_response" IS DISTINCT FROM 'contested' OR "newcomer_reason" IS NOT NULL), CONSTRAINT "proposal_decline_has_reason" CHECK ("municipality_response" IS DISTINCT FROM 'declined' OR "municipality_reason" IS NOT NULL), CONSTRAINT "proposal_review_valid" CHECK ("review_outcome" IS NULL OR "review_outcome" IN ('upheld', 'rejected')), CONSTRAINT "proposal_newcomer_response_valid" CHECK ("newcomer_response" IS NULL OR "newcomer_response" IN ('accepted', 'contested')), CONSTRAINT "proposal_municipality_response_valid" CHECK ("municipality_response" IS NULL OR "municipality_response" IN ('accepted', 'declined')), CONSTRAINT "proposal_status_valid" CHECK ("status" IN ('open', 'placed', 'withdrawn')), CONSTRAINT "PK_ca872ecfe4fef5720d2d39e4275" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "proposal_municipality_idx" ON "proposal"  ("municipality_code") `);
    await queryRunner.query(`CREATE INDEX "proposal_status_idx" ON "proposal"  ("status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "proposal_one_active_per_household" ON "proposal"  ("household_id") WHERE "status" IN ('open', 'placed')`);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_account_id" uuid, "actor_role" character varying(12) NOT NULL, "action" character varying(40) NOT NULL, "entity_type" character varying(30) NOT NULL, "entity_id" character varying(80) NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_event_action_idx" ON "audit_event"  ("action") `);
    await queryRunner.query(`CREATE INDEX "audit_event_entity_idx" ON "audit_event"  ("entity_type", "entity_id") `);
    await queryRunner.query(`ALTER TABLE "capacity" ADD "used_persons" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "capacity" ADD "used_homes_1_2" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "capacity" ADD "used_homes_3_4" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "capacity" ADD "used_homes_5_plus" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "capacity" ADD CONSTRAINT "capacity_usage_within_capacity" CHECK ("used_persons" BETWEEN 0 AND "persons" AND "used_homes_1_2" BETWEEN 0 AND "homes_1_2" AND "used_homes_3_4" BETWEEN 0 AND "homes_3_4" AND "used_homes_5_plus" BETWEEN 0 AND "homes_5_plus")`);
    await queryRunner.query(`ALTER TABLE "round_snapshot" ADD CONSTRAINT "FK_922fc481d7f4ce927c1c51238dd" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "round_household" ADD CONSTRAINT "FK_8024b86f5cced306cf36af98c5a" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "round_household" ADD CONSTRAINT "FK_19c21a1bc2090dbfb4fc7841441" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "round_capacity" ADD CONSTRAINT "FK_f3cb22769029cf1f09b5201742e" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "round_capacity" ADD CONSTRAINT "FK_e2e2be87aee0084f151f8a7c5cc" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("cbs_code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "round_pin" ADD CONSTRAINT "FK_cde90bca73f393f5d4709a38539" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "round_pin" ADD CONSTRAINT "FK_13a2045f9dcd1936eb8fc7490de" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("cbs_code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "round_forbidden" ADD CONSTRAINT "FK_91b07eb6df0d0f292fa5481bf29" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "round_forbidden" ADD CONSTRAINT "FK_b4aaa0064c0b14e6148f016d560" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("cbs_code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "run" ADD CONSTRAINT "FK_7668b70f791980a5a19224c7b79" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "run_assignment" ADD CONSTRAINT "FK_6143d69bd6255a581112973409c" FOREIGN KEY ("run_id") REFERENCES "run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD CONSTRAINT "FK_f7e014be3099626464fb04674e0" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD CONSTRAINT "FK_b01a1f65792c2f6d82195b1fef3" FOREIGN KEY ("run_id") REFERENCES "run"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD CONSTRAINT "FK_c2f653f80b19c1d863e4fcbdbe5" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal" ADD CONSTRAINT "FK_6667218edd952842087006fed46" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("cbs_code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_6667218edd952842087006fed46"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_c2f653f80b19c1d863e4fcbdbe5"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_b01a1f65792c2f6d82195b1fef3"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_f7e014be3099626464fb04674e0"`);
    await queryRunner.query(`ALTER TABLE "run_assignment" DROP CONSTRAINT "FK_6143d69bd6255a581112973409c"`);
    await queryRunner.query(`ALTER TABLE "run" DROP CONSTRAINT "FK_7668b70f791980a5a19224c7b79"`);
    await queryRunner.query(`ALTER TABLE "round_forbidden" DROP CONSTRAINT "FK_b4aaa0064c0b14e6148f016d560"`);
    await queryRunner.query(`ALTER TABLE "round_forbidden" DROP CONSTRAINT "FK_91b07eb6df0d0f292fa5481bf29"`);
    await queryRunner.query(`ALTER TABLE "round_pin" DROP CONSTRAINT "FK_13a2045f9dcd1936eb8fc7490de"`);
    await queryRunner.query(`ALTER TABLE "round_pin" DROP CONSTRAINT "FK_cde90bca73f393f5d4709a38539"`);
    await queryRunner.query(`ALTER TABLE "round_capacity" DROP CONSTRAINT "FK_e2e2be87aee0084f151f8a7c5cc"`);
    await queryRunner.query(`ALTER TABLE "round_capacity" DROP CONSTRAINT "FK_f3cb22769029cf1f09b5201742e"`);
    await queryRunner.query(`ALTER TABLE "round_household" DROP CONSTRAINT "FK_19c21a1bc2090dbfb4fc7841441"`);
    await queryRunner.query(`ALTER TABLE "round_household" DROP CONSTRAINT "FK_8024b86f5cced306cf36af98c5a"`);
    await queryRunner.query(`ALTER TABLE "round_snapshot" DROP CONSTRAINT "FK_922fc481d7f4ce927c1c51238dd"`);
    await queryRunner.query(`ALTER TABLE "capacity" DROP CONSTRAINT "capacity_usage_within_capacity"`);
    await queryRunner.query(`ALTER TABLE "capacity" DROP COLUMN "used_homes_5_plus"`);
    await queryRunner.query(`ALTER TABLE "capacity" DROP COLUMN "used_homes_3_4"`);
    await queryRunner.query(`ALTER TABLE "capacity" DROP COLUMN "used_homes_1_2"`);
    await queryRunner.query(`ALTER TABLE "capacity" DROP COLUMN "used_persons"`);
    await queryRunner.query(`DROP INDEX "audit_event_entity_idx"`);
    await queryRunner.query(`DROP INDEX "audit_event_action_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP INDEX "proposal_one_active_per_household"`);
    await queryRunner.query(`DROP INDEX "proposal_status_idx"`);
    await queryRunner.query(`DROP INDEX "proposal_municipality_idx"`);
    await queryRunner.query(`DROP TABLE "proposal"`);
    await queryRunner.query(`DROP INDEX "run_assignment_municipality_idx"`);
    await queryRunner.query(`DROP TABLE "run_assignment"`);
    await queryRunner.query(`DROP INDEX "run_round_idx"`);
    await queryRunner.query(`DROP TABLE "run"`);
    await queryRunner.query(`DROP TABLE "round_forbidden"`);
    await queryRunner.query(`DROP TABLE "round_pin"`);
    await queryRunner.query(`DROP TABLE "round_capacity"`);
    await queryRunner.query(`DROP TABLE "round_household"`);
    await queryRunner.query(`DROP TABLE "round_snapshot"`);
    await queryRunner.query(`DROP TABLE "round"`);
  }
}
