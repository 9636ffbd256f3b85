import { Controller, Get, HttpStatus, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthCheckResult, type HealthIndicatorResult } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { PublicEndpoint } from '../auth/access.decorator.js';
import { RUN_QUEUE_PROBE, type RunQueueProbe } from './run-queue-probe.js';
import { HttpDrain } from './http-drain.js';

/** Milliseconds a readiness check waits for the database or the run queue before it counts it down. */
export const READINESS_TIMEOUT_MS = 2000;

interface StatusResponse {
  status(code: number): unknown;
}

/**
 * Liveness and readiness for an orchestrator, JSON as @nestjs/terminus writes it (`status`, `info`, `error`,
 * `details`), open to anyone (no personal data: states and counts only), outside GraphQL and its budgets.
 * - `GET /health/live`: 200 `{"status":"ok"}` whenever the process answers HTTP.
 * - `GET /health/ready`: 200 when the database answers `SELECT 1` and the run queue (`RUN_QUEUE_PROBE`) is
 *   reachable and takes runs, each within `READINESS_TIMEOUT_MS`, and the server is not shutting down; else 503 with
 *   the same body saying which is down.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    @Inject(RUN_QUEUE_PROBE) private readonly runQueue: RunQueueProbe,
    private readonly drain: HttpDrain,
  ) {}

  @Get('live')
  @PublicEndpoint()
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @PublicEndpoint()
  @HealthCheck()
  async ready(@Res({ passthrough: true }) response: StatusResponse): Promise<HealthCheckResult | string | object> {
    try {
      return await this.health.check([() => this.server(), () => this.database(), () => this.queue()]);
    } catch (error) {
      // Terminus throws its result as a 503; our exception filter would answer any 5xx as an internal error.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return error.getResponse();
    }
  }

  private server(): HealthIndicatorResult<'http'> {
    const session = this.indicators.check('http');
    return this.drain.draining ? session.down({ message: 'shutting down' }) : session.up();
  }

  private async database(): Promise<HealthIndicatorResult<'database'>> {
    const session = this.indicators.check('database');
    try {
      await within(READINESS_TIMEOUT_MS, this.dataSource.query('SELECT 1'));
      return session.up();
    } catch {
      // The error's message may name hosts or users: the log of a failed check gets the state only.
      return session.down({ message: 'the database did not answer' });
    }
  }

  private async queue(): Promise<HealthIndicatorResult<'runQueue'>> {
    const session = this.indicators.check('runQueue');
    try {
      const status = await within(READINESS_TIMEOUT_MS, this.runQueue.status());
      const state = { kind: status.kind, waiting: status.waiting, running: status.running, accepting: status.accepting };
      if (!status.reachable) return session.down({ ...state, message: 'the run queue did not answer' });
      if (!status.accepting) return session.down({ ...state, message: 'the run queue takes no runs (shutting down)' });
      return session.up(state);
    } catch {
      return session.down({ message: 'the run queue did not answer' });
    }
  }
}

/** `promise`, or a rejection after `ms` milliseconds. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
