import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The version the waiting list's read models are built at (issue 14, "a newcomer's answer at national size").
 *
 * One row, two counters:
 * - `version` rises with every committed transaction that writes a table the waiting queue, the capacities or the
 *   published rounds are read from: household, household_member, household_tie, capacity, municipality,
 *   municipality_profile, round, round_capacity, proposal;
 * - `facts_version` rises, besides, when the facts of a household that a published round's summary reads change:
 *   its urgency, permit date, care or accessibility needs (household), or any of its ties (household_tie).
 *
 * The counters are bumped by triggers, so every write path (services, the seed, reference-data sync, raw SQL) is
 * covered and the bump commits or rolls back with the write. The triggers are deferred constraint triggers: they
 * fire at commit, and only the first one of a transaction updates the row (a transaction-local setting marks it
 * done), so a transaction holds the row's lock only while it commits — no lock taken mid-transaction, so no
 * deadlock with the row locks of publish, responses or setCapacity.
 * Literal table names, not imported constants: a migration describes the schema at the time it was written.
 */
export class ReadModelVersion1796630000000 implements MigrationInterface {
  name = 'ReadModelVersion1796630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "read_model_version" (
        "id" smallint PRIMARY KEY CHECK ("id" = 1),
        "version" bigint NOT NULL DEFAULT 0,
        "facts_version" bigint NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(`INSERT INTO "read_model_version" ("id") VALUES (1)`);
    await queryRunner.query(`
      CREATE FUNCTION read_model_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_ARGV[0] = 'facts' AND current_setting('read_model.bumped_facts', true) IS DISTINCT FROM 'yes' THEN
          UPDATE "read_model_version"
             SET "facts_version" = "facts_version" + 1,
                 "version" = "version" + CASE WHEN current_setting('read_model.bumped', true) = 'yes' THEN 0 ELSE 1 END
           WHERE "id" = 1;
          PERFORM set_config('read_model.bumped_facts', 'yes', true);
          PERFORM set_config('read_model.bumped', 'yes', true);
        ELSIF TG_ARGV[0] = 'all' AND current_setting('read_model.bumped', true) IS DISTINCT FROM 'yes' THEN
          UPDATE "read_model_version" SET "version" = "version" + 1 WHERE "id" = 1;
          PERFORM set_config('read_model.bumped', 'yes', true);
        END IF;
        RETURN NULL;
      END;
      $$`);
    for (const table of READ_MODEL_TABLES) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "${table}_read_model" AFTER INSERT OR UPDATE OR DELETE ON "${table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION read_model_bump('all')`,
      );
    }
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "household_read_model_facts" AFTER UPDATE ON "household" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
        WHEN (OLD."urgency" IS DISTINCT FROM NEW."urgency" OR OLD."permit_date" IS DISTINCT FROM NEW."permit_date"
              OR OLD."care_needs" IS DISTINCT FROM NEW."care_needs" OR OLD."accessibility_needs" IS DISTINCT FROM NEW."accessibility_needs")
        EXECUTE FUNCTION read_model_bump('facts')`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "household_tie_read_model_facts" AFTER INSERT OR UPDATE OR DELETE ON "household_tie" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION read_model_bump('facts')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "household_tie_read_model_facts" ON "household_tie"`);
    await queryRunner.query(`DROP TRIGGER "household_read_model_facts" ON "household"`);
    for (const table of READ_MODEL_TABLES) await queryRunner.query(`DROP TRIGGER "${table}_read_model" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION read_model_bump()`);
    await queryRunner.query(`DROP TABLE "read_model_version"`);
  }
}

/** The tables the waiting list's context is read from (WaitingRepository, MunicipalityRepository, CapacityRepository, MunicipalityProfileRepository). */
const READ_MODEL_TABLES = ['household', 'household_member', 'household_tie', 'capacity', 'municipality', 'municipality_profile', 'round', 'round_capacity', 'proposal'] as const;
