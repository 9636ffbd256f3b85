import type { MigrationInterface, QueryRunner } from 'typeorm';
import { searchKey } from '#common/search-key.js';

/**
 * Municipalities can be retired (kept for history, with their successors), and municipality names and
 * occupation titles get a stored search key. Existing rows get their key from the TypeScript function
 * itself (SQL cannot reproduce NFKD and the apostrophe folding exactly), then the column becomes NOT NULL.
 * If `searchKey` ever changes, add a migration that calls {@link fillSearchKeys} again.
 */
export class ReferenceDataLifecycle1795977266202 implements MigrationInterface {
  name = 'ReferenceDataLifecycle1795977266202';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "municipality" ADD "search_key" text`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD "retired_on" date`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD "successor_codes" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "isco_occupation" ADD "search_key" text`);
    await fillSearchKeys(queryRunner);
    await queryRunner.query(`ALTER TABLE "municipality" ALTER COLUMN "search_key" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "isco_occupation" ALTER COLUMN "search_key" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD CONSTRAINT "municipality_successors_only_when_retired" CHECK ("retired_on" IS NOT NULL OR cardinality("successor_codes") = 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "municipality_successors_only_when_retired"`);
    await queryRunner.query(`ALTER TABLE "isco_occupation" DROP COLUMN "search_key"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "successor_codes"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "retired_on"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "search_key"`);
  }
}

/** Sets every municipality's and occupation's search key with `searchKey` (one statement per table). */
export async function fillSearchKeys(queryRunner: QueryRunner): Promise<void> {
  const targets = [
    { table: 'municipality', id: 'cbs_code', text: 'name' },
    { table: 'isco_occupation', id: 'code', text: 'title' },
  ] as const;
  for (const { table, id, text } of targets) {
    const rows: { id: string; text: string }[] = await queryRunner.query(`SELECT "${id}" AS id, "${text}" AS text FROM "${table}"`);
    if (rows.length === 0) continue;
    await queryRunner.query(
      `UPDATE "${table}" t SET "search_key" = k.key FROM unnest($1::text[], $2::text[]) AS k(id, key) WHERE t."${id}" = k.id`,
      [rows.map((r) => r.id), rows.map((r) => searchKey(r.text))],
    );
  }
}
