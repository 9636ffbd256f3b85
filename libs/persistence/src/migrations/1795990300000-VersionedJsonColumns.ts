import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The jsonb columns that became versioned envelopes `{ schemaVersion, data }` (entities/versioned-json.ts). */
const RUN_COLUMNS = [
  ['run', 'options'],
  ['run', 'timings'],
  ['run', 'figures'],
  ['run', 'status_quo'],
  ['run', 'fairness'],
  ['run', 'fill'],
  ['run', 'prices'],
  ['run_assignment', 'explanation'],
] as const;

/** The elements `m` of a jsonb array with their position `i`, so `jsonb_agg(… ORDER BY i)` keeps the order. */
const elementsOf = (array: string): string => `jsonb_array_elements(${array}) WITH ORDINALITY AS e(m, i)`;

/**
 * Data migration, no schema change: every jsonb column that holds a matching-core record becomes an envelope
 * `{ "schemaVersion": 1, "data": <record> }` (checked on every read, see entities/versioned-json.ts), and a round's
 * snapshot loses its municipalities' capacity: a round's capacity lives only in its capacity rows, and each run
 * records the rows it used in its options (that is what every run scored with already; the snapshot's copy was
 * never read). Safe to run twice: envelopes are left alone.
 *
 * `down` unwraps, and gives snapshot municipalities the capacity of the round's current capacity rows (zero
 * without a row); those equal the old snapshot's figures unless an officer edited the round's capacity.
 */
export class VersionedJsonColumns1795990300000 implements MigrationInterface {
  name = 'VersionedJsonColumns1795990300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "round_snapshot" SET "model" = jsonb_build_object('schemaVersion', 1, 'data', jsonb_build_object(
         'households', COALESCE("model"->'households', '[]'::jsonb),
         'municipalities', COALESCE((SELECT jsonb_agg(m - 'capacity' ORDER BY i) FROM ${elementsOf(`"model"->'municipalities'`)}), '[]'::jsonb)))
       WHERE "model"->'schemaVersion' IS NULL`,
    );
    for (const [table, column] of RUN_COLUMNS) {
      await queryRunner.query(
        `UPDATE "${table}" SET "${column}" = jsonb_build_object('schemaVersion', 1, 'data', "${column}")
         WHERE "${column}" IS NOT NULL AND (jsonb_typeof("${column}") <> 'object' OR "${column}"->'schemaVersion' IS NULL)`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of RUN_COLUMNS) {
      await queryRunner.query(`UPDATE "${table}" SET "${column}" = "${column}"->'data' WHERE "${column}"->>'schemaVersion' = '1'`);
    }
    await queryRunner.query(
      `UPDATE "round_snapshot" s SET "model" = jsonb_build_object(
         'households', s."model"->'data'->'households',
         'municipalities', COALESCE((SELECT jsonb_agg(m || jsonb_build_object('capacity', COALESCE(
             (SELECT jsonb_build_object('persons', c."persons", 'homes_1_2', c."homes_1_2", 'homes_3_4', c."homes_3_4", 'homes_5_plus', c."homes_5_plus")
                FROM "round_capacity" c WHERE c."round_id" = s."round_id" AND c."municipality_code" = m->>'id'),
             '{"persons": 0, "homes_1_2": 0, "homes_3_4": 0, "homes_5_plus": 0}'::jsonb)) ORDER BY i)
           FROM ${elementsOf(`s."model"->'data'->'municipalities'`)}), '[]'::jsonb))
       WHERE s."model"->>'schemaVersion' = '1'`,
    );
  }
}
