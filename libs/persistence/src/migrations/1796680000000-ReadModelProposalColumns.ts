import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The waiting list's read model (migration ReadModelVersion) rebuilt its whole queue context after every answer to a
 * proposal: the trigger on `proposal` fired on any update. The context reads of a proposal only what never changes
 * once it is published — its round, household, municipality, persons and publication time (`WaitingRepository`:
 * `publishedRounds`, `placements`) — while an answer changes its status and response columns, and what an answer
 * changes for the queue is written to `household` (its status) and `capacity` (capacity given back), whose triggers
 * still fire. So an update of `proposal` bumps the version only when one of those five columns changes; inserts and
 * deletes always do. Measured by `npm run bench:soak`: with every answer rebuilding the context, a newcomer's status
 * took up to seconds while municipalities answered. Literal names: a migration describes the schema of its time.
 */
export class ReadModelProposalColumns1796680000000 implements MigrationInterface {
  name = 'ReadModelProposalColumns1796680000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "proposal_read_model" ON "proposal"`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "proposal_read_model" AFTER INSERT OR DELETE ON "proposal" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION read_model_bump('all')`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "proposal_read_model_update" AFTER UPDATE ON "proposal" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
        WHEN (OLD."round_id" IS DISTINCT FROM NEW."round_id" OR OLD."household_id" IS DISTINCT FROM NEW."household_id"
              OR OLD."municipality_code" IS DISTINCT FROM NEW."municipality_code" OR OLD."persons" IS DISTINCT FROM NEW."persons"
              OR OLD."created_at" IS DISTINCT FROM NEW."created_at")
        EXECUTE FUNCTION read_model_bump('all')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "proposal_read_model_update" ON "proposal"`);
    await queryRunner.query(`DROP TRIGGER "proposal_read_model" ON "proposal"`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "proposal_read_model" AFTER INSERT OR UPDATE OR DELETE ON "proposal" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION read_model_bump('all')`,
    );
  }
}
