import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/**
 * Rows per INSERT statement. PostgreSQL takes at most 65,535 bound parameters per statement; our widest bulk
 * insert (household, 14 columns) stays far below that at 500 rows, and larger chunks gain nothing measurable.
 */
export const INSERT_CHUNK_ROWS = 500;

/**
 * Inserts rows of one entity in statements of `INSERT_CHUNK_ROWS` rows, inside the caller's transaction
 * (`manager`): the one bulk-insert path of the repositories. `orIgnore` skips rows that collide with an
 * existing key (ON CONFLICT DO NOTHING; the seed's idempotent steps use it). Rows are typed against the
 * entity, so a renamed or mistyped column does not compile. Nothing is written for an empty list.
 */
export async function chunkedInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly QueryDeepPartialEntity<T>[],
  options: { readonly orIgnore?: boolean } = {},
): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK_ROWS) {
    const insert = manager.createQueryBuilder().insert().into(entity).values(rows.slice(start, start + INSERT_CHUNK_ROWS));
    await (options.orIgnore ? insert.orIgnore() : insert).execute();
  }
}
