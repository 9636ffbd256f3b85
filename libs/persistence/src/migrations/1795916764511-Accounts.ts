import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795916764511 implements MigrationInterface {
  name = 'Accounts1795916764511';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(100) NOT NULL, "role" character varying(12) NOT NULL, "municipality_code" character varying(6), "household_id" uuid, "disabled" boolean NOT NULL DEFAULT false, "token_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "account_binding_matches_role" CHECK (("role" = 'municipality') = ("municipality_code" IS NOT NULL) AND ("role" = 'newcomer') = ("household_id" IS NOT NULL)), CONSTRAINT "account_role_valid" CHECK ("role" IN ('admin', 'officer', 'municipality', 'newcomer')), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "account_email_unique" ON "account"  ("email") `);
    await queryRunner.query(`CREATE INDEX "account_household_idx" ON "account"  ("household_id") `);
    await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "FK_97d040ef270f136e3c0f75768d9" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("cbs_code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "FK_f775abc6cbe4c0e37fd17d06dd7" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_f775abc6cbe4c0e37fd17d06dd7"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_97d040ef270f136e3c0f75768d9"`);
    await queryRunner.query(`DROP INDEX "account_household_idx"`);
    await queryRunner.query(`DROP INDEX "account_email_unique"`);
    await queryRunner.query(`DROP TABLE "account"`);
  }
}
