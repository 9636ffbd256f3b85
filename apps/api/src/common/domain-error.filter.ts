import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DomainError } from '#common/domain-error.js';
import { describeError, INTERNAL_ERROR_MESSAGE } from './format-error.js';

interface HttpResponse {
  readonly headersSent?: boolean;
  status(code: number): { json(body: unknown): void };
}

/**
 * The one place where errors become GraphQL errors. Domain errors keep their code and message; anything
 * else is logged by type only (a database error can quote stored values) and reported as an internal error.
 * Outside GraphQL (a body too large, malformed JSON, an unknown path) the HTTP status is answered as is.
 */
@Catch()
export class DomainErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost): GraphQLError | undefined {
    if (host.getType<GqlContextType>() !== 'graphql') {
      this.answerHttp(exception, host);
      return undefined;
    }
    if (exception instanceof DomainError) return toGraphQLError(exception);
    if (exception instanceof GraphQLError) return exception;
    this.logger.error(`unexpected ${describeError(exception)}`);
    return new GraphQLError(INTERNAL_ERROR_MESSAGE, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }

  /** Client errors keep their status and short message; anything else is a 500 logged by type only. */
  private answerHttp(exception: unknown, host: ArgumentsHost): void {
    let status = 500;
    let message = INTERNAL_ERROR_MESSAGE;
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      status = exception.getStatus();
      message = exception.message;
    } else {
      this.logger.error(`unexpected ${describeError(exception)} outside GraphQL`);
    }
    const response = host.switchToHttp().getResponse<HttpResponse>();
    if (!response.headersSent) response.status(status).json({ statusCode: status, message });
  }
}

export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...(error.fields.length ? { fields: error.fields } : {}) },
  });
}
