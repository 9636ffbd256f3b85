/** RFC 9562 textual form: 8-4-4-4-12 hexadecimal digits, any case. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` can be an id of ours (every id column is a PostgreSQL `uuid`). Checked before a lookup, so a
 * malformed id is answered NOT_FOUND like an unknown one, instead of failing in the database.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
