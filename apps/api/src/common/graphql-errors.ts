import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLErrorExtensions, type GraphQLFormattedError } from 'graphql';
import { DomainError, type DomainErrorCode } from '#common/domain-error.js';

/** The message a caller gets for any error the API did not raise on purpose. */
export const INTERNAL_ERROR_MESSAGE = 'Internal error';
const logger = new Logger('GraphQL');

/**
 * The one map from a `DomainError` code to what a GraphQL client receives in `extensions`: `code` (the code a
 * client switches on; the same word as the domain code) and, for BAD_USER_INPUT, `fields` naming each offending
 * input field by its path (e.g. `members[0].birthYear`) when the error names any. `satisfies` keeps it complete:
 * a code added to `DomainErrorCode` without an entry here fails to compile.
 */
export const GRAPHQL_EXTENSIONS_BY_CODE = {
  BAD_USER_INPUT: (error) => ({ code: 'BAD_USER_INPUT', ...(error.fields.length ? { fields: error.fields.map((f) => ({ field: f.field, message: f.message })) } : {}) }),
  NOT_FOUND: () => ({ code: 'NOT_FOUND' }),
  FORBIDDEN: () => ({ code: 'FORBIDDEN' }),
  UNAUTHENTICATED: () => ({ code: 'UNAUTHENTICATED' }),
  CONFLICT: () => ({ code: 'CONFLICT' }),
  RATE_LIMITED: () => ({ code: 'RATE_LIMITED' }),
} as const satisfies Record<DomainErrorCode, (error: DomainError) => GraphQLErrorExtensions & { readonly code: DomainErrorCode }>;

/**
 * The one place where errors become what a GraphQL client sees; Apollo applies it to every error of every
 * response (`formatError`), so it covers operations, field resolvers, field middleware, guards and pipes alike
 * (Nest's exception filters see none of the field-level ones).
 * - A `DomainError` (unwrapped from the located error graphql-js makes of it): its message, which is safe to
 *   show, and the extensions of `GRAPHQL_EXTENSIONS_BY_CODE`.
 * - An error the server raised on purpose with a code (GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT for a bad
 *   variable or a query too complex, …): unchanged.
 * - A database concurrency failure (serialization failure, deadlock: `isConcurrencyFailure`): CONFLICT, "try again".
 * - Anything else (Apollo's INTERNAL_SERVER_ERROR or no code): "Internal error" with code INTERNAL_SERVER_ERROR.
 *   Its message may quote stored values (a database error does), so the log gets its type only.
 * Locations and path are kept in every case.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const where = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return { message: original.message, ...where, extensions: graphQLExtensions(original) };
  if (isConcurrencyFailure(original)) return { message: CONCURRENT_CHANGE.message, ...where, extensions: graphQLExtensions(CONCURRENT_CHANGE) };
  const code = formatted.extensions?.code;
  if (code === 'BAD_USER_INPUT') {
    const variable = variableErrorWithoutValue(formatted.message, error instanceof GraphQLError ? error.originalError : undefined);
    if (variable) return { ...formatted, message: variable.message, extensions: { ...formatted.extensions, fields: [{ field: variable.field, message: variable.reason }] } };
  }
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (formatted.message !== INTERNAL_ERROR_MESSAGE) logger.error(`unexpected ${describeError(original)}`);
  return { message: INTERNAL_ERROR_MESSAGE, ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * graphql-js's error for a variable that does not fit its type quotes the caller's value back
 * (`Variable "$l" got invalid value "abc"; Int cannot represent non-integer value: "abc"`, graphql/execution/values.js)
 * and a value can be long or personal; SECURITY.md: messages name the field, never the value. For such an error
 * (`message`, with the inner error `inner` that graphql-js keeps as its `originalError`) this gives the message without
 * the value, the variable's path as our `fields` name it (`input.members[0].birthYear`) and the reason; null for any
 * other message. Reasons that quote the value too (the scalars' "cannot represent … value: <value>", an enum's
 * `Value "<value>" does not exist in "<Enum>" enum.`) are cut before it.
 */
export function variableErrorWithoutValue(message: string, inner: unknown): { message: string; field: string; reason: string } | null {
  const head = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value /.exec(message);
  const innerMessage = inner instanceof Error ? inner.message : null;
  if (!head || innerMessage === null || !message.endsWith(`; ${innerMessage}`)) return null;
  const name = head[1];
  const quoted = message.slice(head[0].length, message.length - innerMessage.length - 2);
  // graphql-js adds ` at "<name><path>"` after the value when the fault is inside it; the value itself is inspect()ed,
  // so a string in it cannot end in an unescaped quote
  const at = new RegExp(` at "(${name}[.[][^"]*)"$`).exec(quoted);
  const field = at ? at[1] : name;
  const reason = innerMessage
    .replace(/^(.*?cannot represent[^:]*): [\s\S]*$/, '$1')
    .replace(/^Value [\s\S]* does not exist in "([_0-9A-Za-z]+)" enum\.([\s\S]*)$/, 'Not a value of the enum "$1".$2');
  return { message: `Variable "$${name}" has an invalid value${at ? ` at "${field}"` : ''}: ${reason}`, field, reason };
}

/**
 * SQLSTATEs of a transaction the database gave up because another changed the same rows at the same time
 * (PostgreSQL, and PGlite, which is PostgreSQL): 40001 serialization_failure, 40P01 deadlock_detected. Repeating
 * the request is the remedy, so the client gets CONFLICT (`CONCURRENT_CHANGE`), never an internal error.
 */
export const CONCURRENCY_SQLSTATES: readonly string[] = ['40001', '40P01'];

/** What a client gets for a concurrency failure (`CONCURRENCY_SQLSTATES`). */
export const CONCURRENT_CHANGE = new DomainError('CONFLICT', 'Changed by another request at the same time; try again');

/** Whether `error` (TypeORM's QueryFailedError copies the driver's `code`) is a concurrency failure. */
export function isConcurrencyFailure(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null | undefined;
  return [e?.code, e?.driverError?.code].some((c) => typeof c === 'string' && CONCURRENCY_SQLSTATES.includes(c));
}

/** The `extensions` a client receives for `error` (see `GRAPHQL_EXTENSIONS_BY_CODE`). */
export function graphQLExtensions(error: DomainError): GraphQLErrorExtensions {
  return GRAPHQL_EXTENSIONS_BY_CODE[error.code](error);
}

/** Type and, when there is one, the driver's error code (e.g. a PostgreSQL SQLSTATE); never the message. */
export function describeError(error: unknown): string {
  const name = error instanceof Error ? error.constructor.name : typeof error;
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return `${name}${typeof code === 'string' && /^[A-Z0-9_]{1,40}$/i.test(code) ? ` (${code})` : ''}`;
}
