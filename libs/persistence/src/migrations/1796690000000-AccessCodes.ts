import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access codes (issue 16, "Getting in"; entities/access-code.entity.ts): single-use invitations and password resets,
 * stored as SHA-256 hashes, each bound to a household or a municipality, with who made it, when it expires, and
 * when it was used or replaced.
 */
export class AccessCodes1796690000000 implements MigrationInterface {
  name = 'AccessCodes1796690000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "access_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code_hash" character(64) NOT NULL, "purpose" character varying(16) NOT NULL, "role" character varying(12) NOT NULL, "household_id" uuid, "municipality_code" character varying(6), "account_id" uuid, "email" character varying(254), "locale" character varying(2) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "access_code_reset_has_account" CHECK ("purpose" <> 'password_reset' OR "account_id" IS NOT NULL), CONSTRAINT "access_code_binding_matches_role" CHECK (("role" = 'newcomer') = ("household_id" IS NOT NULL) AND ("role" = 'municipality') = ("municipality_code" IS NOT NULL)), CONSTRAINT "access_code_role_valid" CHECK ("role" IN ('newcomer', 'municipality')), CONSTRAINT "access_code_purpose_valid" CHECK ("purpose" IN ('invitation', 'password_reset')), CONSTRAINT "PK_31c26435c0d26a2ce6bee4a763b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "access_code_hash_unique" ON "access_code"  ("code_hash") `);
    await queryRunner.query(`CREATE INDEX "access_code_household_idx" ON "access_code"  ("household_id") `);
    await queryRunner.query(`CREATE INDEX "access_code_account_idx" ON "access_code"  ("account_id") `);
    await queryRunner.query(`ALTER TABLE "access_code" ADD CONSTRAINT "FK_4432a9c5bcc4d76381ccc0c8d91" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "access_code" ADD CONSTRAINT "FK_b3c0b8604e80a1ff9510056bef3" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("cbs_code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "access_code" ADD CONSTRAINT "FK_bf6ca1b2db7c879b90f9523e399" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "access_code" ADD CONSTRAINT "FK_dabe225352269e406cf0d714c4f" FOREIGN KEY ("created_by") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "access_code"`);
  }
}
