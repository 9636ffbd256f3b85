import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795915927036 implements MigrationInterface {
  name = 'InitialSchema1795915927036';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "municipality" ("cbs_code" character varying(6) NOT NULL, "name" character varying(120) NOT NULL, "province" character varying(60) NOT NULL, "labour_market_region" character varying(120) NOT NULL, "population" integer NOT NULL, "urbanisation" smallint NOT NULL, "lat" double precision NOT NULL, "lon" double precision NOT NULL, CONSTRAINT "municipality_population_nonnegative" CHECK ("population" >= 0), CONSTRAINT "municipality_urbanisation_range" CHECK ("urbanisation" BETWEEN 1 AND 5), CONSTRAINT "municipality_code_format" CHECK ("cbs_code" ~ '^GM[0-9]{4}$'), CONSTRAINT "PK_c9a438776da641c3564a9022a9c" PRIMARY KEY ("cbs_code"))`);
    await queryRunner.query(`CREATE INDEX "municipality_name_idx" ON "municipality"  ("name") `);
    await queryRunner.query(`CREATE TABLE "isco_occupation" ("code" character varying(4) NOT NULL, "level" smallint NOT NULL, "title" character varying(200) NOT NULL, "parent_code" character varying(4), CONSTRAINT "isco_level_matches_code" CHECK ("level" = length("code")), CONSTRAINT "isco_code_format" CHECK ("code" ~ '^[0-9]{1,4}$'), CONSTRAINT "PK_8c6b6acdd1c1ec3959203cd5c16" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE INDEX "isco_parent_idx" ON "isco_occupation"  ("parent_code") `);
    await queryRunner.query(`CREATE TABLE "municipality_profile" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_code" character varying(6) NOT NULL, "version" integer NOT NULL, "labour_market" jsonb NOT NULL, "networks" jsonb NOT NULL, "services" jsonb NOT NULL, "what_to_expect" text NOT NULL, "priorities" jsonb NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "municipality_profile_version_unique" UNIQUE ("municipality_code", "version"), CONSTRAINT "municipality_profile_version_positive" CHECK ("version" >= 1), CONSTRAINT "PK_73b397805a181fd7d2d7fd2ad02" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "municipality_profile_municipality_idx" ON "municipality_profile"  ("municipality_code") `);
    await queryRunner.query(`CREATE TABLE "capacity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_code" character varying(6) NOT NULL, "period" character varying(7) NOT NULL, "persons" integer NOT NULL, "homes_1_2" integer NOT NULL, "homes_3_4" integer NOT NULL, "homes_5_plus" integer NOT NULL, "is_default" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "capacity_municipality_period_unique" UNIQUE ("municipality_code", "period"), CONSTRAINT "capacity_nonnegative" CHECK ("persons" >= 0 AND "homes_1_2" >= 0 AND "homes_3_4" >= 0 AND "homes_5_plus" >= 0), CONSTRAINT "capacity_period_format" CHECK ("period" ~ '^[0-9]{4}-H[12]$'), CONSTRAINT "PK_c87ed22152323f83d46ad2c78bb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "member_profession" ("member_id" uuid NOT NULL, "isco_code" character varying(4) NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_16b14aeac42c378d76a595ea9b5" PRIMARY KEY ("member_id", "isco_code"))`);
    await queryRunner.query(`CREATE TABLE "member_language" ("member_id" uuid NOT NULL, "language" character varying(3) NOT NULL, "cefr" character varying(2) NOT NULL, CONSTRAINT "member_language_cefr_valid" CHECK ("cefr" IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')), CONSTRAINT "member_language_code_format" CHECK ("language" ~ '^[a-z]{2,3}$'), CONSTRAINT "PK_fc4b9da241f2f2ca2d15991e79b" PRIMARY KEY ("member_id", "language"))`);
    await queryRunner.query(`CREATE TABLE "household_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "position" smallint NOT NULL, "full_name" character varying(200), "birth_year" smallint NOT NULL, "role" character varying(12) NOT NULL, "gender" character varying(8), "education_level" smallint, "work_experience_years" smallint NOT NULL DEFAULT '0', "aspirations" text array NOT NULL DEFAULT '{}'::text[], CONSTRAINT "household_member_position_unique" UNIQUE ("household_id", "position"), CONSTRAINT "household_member_aspirations_valid" CHECK ("aspirations" <@ ARRAY['work_in_profession', 'study', 'start_business', 'retrain', 'any_work', 'care_for_family']::text[]), CONSTRAINT "household_member_experience_range" CHECK ("work_experience_years" BETWEEN 0 AND 80), CONSTRAINT "household_member_education_range" CHECK ("education_level" IS NULL OR "education_level" BETWEEN 0 AND 8), CONSTRAINT "household_member_birth_year_range" CHECK ("birth_year" BETWEEN 1900 AND 2100), CONSTRAINT "household_member_gender_valid" CHECK ("gender" IS NULL OR "gender" IN ('female', 'male', 'x')), CONSTRAINT "household_member_role_valid" CHECK ("role" IN ('applicant', 'partner', 'child', 'relative')), CONSTRAINT "PK_84e1d1f2553646d38e7c8b72a10" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "household_member_household_idx" ON "household_member"  ("household_id") `);
    await queryRunner.query(`CREATE TABLE "household_tie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "municipality_code" character varying(6) NOT NULL, "description" character varying(300), CONSTRAINT "household_tie_kind_valid" CHECK ("kind" IN ('family', 'community', 'job_contract', 'study_place')), CONSTRAINT "PK_fd83f8c303b7ae74f8fddcc6bca" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "household_tie_household_idx" ON "household_tie"  ("household_id") `);
    await queryRunner.query(`CREATE TABLE "household_protected" ("household_id" uuid NOT NULL, "nationality" character varying(2), "origin_region" character varying(60), CONSTRAINT "PK_8a26ddbe023101c3112e7df7923" PRIMARY KEY ("household_id"))`);
    await queryRunner.query(`CREATE TABLE "household" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(20) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'waiting', "permit_date" date NOT NULL, "reception_location" character varying(120) NOT NULL, "preferred_setting" character varying(16) NOT NULL DEFAULT 'no_preference', "preference_weights" jsonb NOT NULL DEFAULT '{}'::jsonb, "care_needs" text array NOT NULL DEFAULT '{}'::text[], "accessibility_needs" text array NOT NULL DEFAULT '{}'::text[], "medical_notes" text, "urgency" character varying(12) NOT NULL DEFAULT 'none', "link_group" character varying(40), "is_synthetic" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "household_accessibility_valid" CHECK ("accessibility_needs" <@ ARRAY['wheelchair', 'ground_floor']::text[]), CONSTRAINT "household_care_needs_valid" CHECK ("care_needs" <@ ARRAY['hospital', 'mental_health', 'chronic_care']::text[]), CONSTRAINT "household_urgency_valid" CHECK ("urgency" IN ('none', 'medical', 'social')), CONSTRAINT "household_setting_valid" CHECK ("preferred_setting" IN ('urban', 'suburban', 'rural', 'no_preference')), CONSTRAINT "household_status_valid" CHECK ("status" IN ('waiting', 'proposed', 'placed', 'withdrawn')), CONSTRAINT "PK_26e9111eab2b8908fefe3c645f5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "household_reference_unique" ON "household"  ("reference") `);
    await queryRunner.query(`CREATE INDEX "household_status_idx" ON "household"  ("status") `);
    await queryRunner.query(`CREATE INDEX "household_link_group_idx" ON "household"  ("link_group") `);
    await queryRunner.query(`CREATE TABLE "seed_state" ("step" character varying(80) NOT NULL, "rows" integer NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_72ebf5d73e7fcc2961853fd5281" PRIMARY KEY ("step"))`);
    await queryRunner.query(`ALTER TABLE "municipality_profile" ADD CONSTRAINT "FK_7093512518030ffb4bf12683579" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("cbs_code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "capacity" ADD CONSTRAINT "FK_34471b6ef37e73479d673445255" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("cbs_code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "member_profession" ADD CONSTRAINT "FK_25f3359a9e1c921a48496173c51" FOREIGN KEY ("member_id") REFERENCES "household_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "member_profession" ADD CONSTRAINT "FK_b6e6b4777610d3a6a89864077db" FOREIGN KEY ("isco_code") REFERENCES "isco_occupation"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "member_language" ADD CONSTRAINT "FK_3bbf05efe0489cc51d50bbefc8d" FOREIGN KEY ("member_id") REFERENCES "household_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "household_member" ADD CONSTRAINT "FK_6c47781879f802c55b436b40d46" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "household_tie" ADD CONSTRAINT "FK_cdf58a0bf785d0477c46df29b80" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "household_tie" ADD CONSTRAINT "FK_5df2a416a96da5e7bd161d2d95d" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("cbs_code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "household_protected" ADD CONSTRAINT "FK_8a26ddbe023101c3112e7df7923" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household_protected" DROP CONSTRAINT "FK_8a26ddbe023101c3112e7df7923"`);
    await queryRunner.query(`ALTER TABLE "household_tie" DROP CONSTRAINT "FK_5df2a416a96da5e7bd161d2d95d"`);
    await queryRunner.query(`ALTER TABLE "household_tie" DROP CONSTRAINT "FK_cdf58a0bf785d0477c46df29b80"`);
    await queryRunner.query(`ALTER TABLE "household_member" DROP CONSTRAINT "FK_6c47781879f802c55b436b40d46"`);
    await queryRunner.query(`ALTER TABLE "member_language" DROP CONSTRAINT "FK_3bbf05efe0489cc51d50bbefc8d"`);
    await queryRunner.query(`ALTER TABLE "member_profession" DROP CONSTRAINT "FK_b6e6b4777610d3a6a89864077db"`);
    await queryRunner.query(`ALTER TABLE "member_profession" DROP CONSTRAINT "FK_25f3359a9e1c921a48496173c51"`);
    await queryRunner.query(`ALTER TABLE "capacity" DROP CONSTRAINT "FK_34471b6ef37e73479d673445255"`);
    await queryRunner.query(`ALTER TABLE "municipality_profile" DROP CONSTRAINT "FK_7093512518030ffb4bf12683579"`);
    await queryRunner.query(`DROP TABLE "seed_state"`);
    await queryRunner.query(`DROP INDEX "household_link_group_idx"`);
    await queryRunner.query(`DROP INDEX "household_status_idx"`);
    await queryRunner.query(`DROP INDEX "household_reference_unique"`);
    await queryRunner.query(`DROP TABLE "household"`);
    await queryRunner.query(`DROP TABLE "household_protected"`);
    await queryRunner.query(`DROP INDEX "household_tie_household_idx"`);
    await queryRunner.query(`DROP TABLE "household_tie"`);
    await queryRunner.query(`DROP INDEX "household_member_household_idx"`);
    await queryRunner.query(`DROP TABLE "household_member"`);
    await queryRunner.query(`DROP TABLE "member_language"`);
    await queryRunner.query(`DROP TABLE "member_profession"`);
    await queryRunner.query(`DROP TABLE "capacity"`);
    await queryRunner.query(`DROP INDEX "municipality_profile_municipality_idx"`);
    await queryRunner.query(`DROP TABLE "municipality_profile"`);
    await queryRunner.query(`DROP INDEX "isco_parent_idx"`);
    await queryRunner.query(`DROP TABLE "isco_occupation"`);
    await queryRunner.query(`DROP INDEX "municipality_name_idx"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
  }
}
