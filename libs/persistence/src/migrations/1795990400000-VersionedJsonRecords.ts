import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The jsonb columns that become versioned envelopes `{ schemaVersion, data }` here (entities/versioned-json.ts);
 * all are NOT NULL. `audit_event.before`/`after` stay as written: the audit trail is append-only (audit-event.entity.ts).
 */
const COLUMNS = [
  ['round', 'policy'],
  ['round', 'cohort_selection'],
  ['round', 'profile_versions'],
  ['municipality_profile', 'labour_market'],
  ['municipality_profile', 'networks'],
  ['municipality_profile', 'services'],
  ['municipality_profile', 'priorities'],
  ['household', 'preference_weights'],
] as const;

/** household.preference_weights' default before and after: no own weights, bare and as a version 1 envelope. */
const BARE_DEFAULT = `'{}'`;
const ENVELOPE_DEFAULT = `'{"data": {}, "schemaVersion": 1}'`;

/**
 * Data migration, and one column default: the remaining record columns (a round's policy, cohort selection and
 * profile versions; a municipality profile's four parts; a household's preference weights) become envelopes
 * `{ "schemaVersion": 1, "data": <record> }`, checked on every read like those of VersionedJsonColumns1795990300000.
 * `household.preference_weights` defaults to the envelope of `{}`. Safe to run twice: envelopes are left alone
 * (no record of these columns has a `schemaVersion` key of its own). `municipality_profile` rows are never updated
 * by the application; nothing in the database forbids this one rewrite.
 *
 * `down` unwraps version 1 envelopes and restores the bare default.
 */
export class VersionedJsonRecords1795990400000 implements MigrationInterface {
  name = 'VersionedJsonRecords1795990400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of COLUMNS) {
      await queryRunner.query(
        `UPDATE "${table}" SET "${column}" = jsonb_build_object('schemaVersion', 1, 'data', "${column}")
         WHERE jsonb_typeof("${column}") <> 'object' OR "${column}"->'schemaVersion' IS NULL`,
      );
    }
    await queryRunner.query(`ALTER TABLE "household" ALTER COLUMN "preference_weights" SET DEFAULT ${ENVELOPE_DEFAULT}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" ALTER COLUMN "preference_weights" SET DEFAULT ${BARE_DEFAULT}`);
    for (const [table, column] of COLUMNS) {
      await queryRunner.query(`UPDATE "${table}" SET "${column}" = "${column}"->'data' WHERE "${column}"->>'schemaVersion' = '1'`);
    }
  }
}
