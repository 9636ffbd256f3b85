import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DomainError } from '#common/domain-error.js';

/**
 * The one place where errors become GraphQL errors. Domain errors keep their code and message; anything
 * else is logged by type only (a database error can quote stored values) and reported as an internal error.
 */
@Catch()
export class DomainErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, _host: ArgumentsHost): GraphQLError {
    if (exception instanceof DomainError) return toGraphQLError(exception);
    if (exception instanceof GraphQLError) return exception;
    const name = exception instanceof Error ? exception.constructor.name : typeof exception;
    const code = (exception as { code?: unknown })?.code;
    this.logger.error(`unexpected ${name}${typeof code === 'string' ? ` (${code})` : ''}`);
    return new GraphQLError('Internal error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}

export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...(error.fields.length ? { fields: error.fields } : {}) },
  });
}
