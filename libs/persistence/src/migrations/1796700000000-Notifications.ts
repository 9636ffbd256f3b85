import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notifications outbox (issue 16, "Being told"; entities/notification.entity.ts): one row per account and event,
 * written in the transaction of the event, read in the app's list of messages until marked read.
 */
export class Notifications1796700000000 implements MigrationInterface {
  name = 'Notifications1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "proposal_id" uuid, "params" jsonb NOT NULL DEFAULT '{"data": {}, "schemaVersion": 1}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notification_kind_valid" CHECK ("kind" IN ('proposal_received', 'proposals_received', 'municipality_answered', 'newcomer_answered', 'contest_received', 'contest_reviewed', 'proposal_withdrawn', 'deadline_extended', 'proposal_expired')), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "notification_unread_idx" ON "notification"  ("account_id") WHERE "read_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "notification_account_created_idx" ON "notification"  ("account_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_6bfa96ab97f1a09d73091294efc" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_e3ad72daa9d65199b4a198dc806" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
