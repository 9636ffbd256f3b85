import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { describeError, INTERNAL_ERROR_MESSAGE } from './graphql-errors.js';

interface HttpResponse {
  readonly headersSent?: boolean;
  status(code: number): { json(body: unknown): void };
}

/**
 * Catches what operations, guards and pipes throw. In GraphQL it maps nothing: the error goes on unchanged to
 * `formatGraphQLError` (graphql-errors.ts), the one place that maps errors for operations and fields alike;
 * catching it here only keeps Nest from logging its message (which may quote stored values).
 * Outside GraphQL (a body too large, malformed JSON, an unknown path) the HTTP status is answered as is.
 */
@Catch()
export class ApiExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost): undefined {
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    this.answerHttp(exception, host);
    return undefined;
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
