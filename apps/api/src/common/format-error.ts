import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

export const INTERNAL_ERROR_MESSAGE = 'Internal error';
const logger = new Logger('GraphQL');

/**
 * Last line of defence, applied by Apollo to every error it sends. Errors the API raised on purpose carry
 * a code (FORBIDDEN, BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED, …) and pass unchanged. Anything else
 * (Apollo's INTERNAL_SERVER_ERROR or no code) is an error no filter mapped: e.g. one thrown in a field
 * resolver, which Nest's exception filters do not see. Its message may quote stored values (a database
 * error does), so the caller gets "Internal error" and the log the error's type only.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (formatted.message !== INTERNAL_ERROR_MESSAGE) logger.error(`unexpected ${describeError(unwrapResolverError(error))}`);
  return {
    message: INTERNAL_ERROR_MESSAGE,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Type and, when there is one, the driver's error code (e.g. a PostgreSQL SQLSTATE); never the message. */
export function describeError(error: unknown): string {
  const name = error instanceof Error ? error.constructor.name : typeof error;
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return `${name}${typeof code === 'string' && /^[A-Z0-9_]{1,40}$/i.test(code) ? ` (${code})` : ''}`;
}
