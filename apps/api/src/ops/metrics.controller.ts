import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, ForbiddenException, Get, Inject, Req, Res, UnauthorizedException } from '@nestjs/common';
import { PublicEndpoint } from '../auth/access.decorator.js';
import { APP_CONFIG, QUIET_OPS, type AppConfig } from '../config/app-config.js';
import { OpsMetrics } from './metrics.service.js';

/** What `/metrics` reads of a request. */
export interface MetricsRequest {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly socket: { readonly remoteAddress?: string };
}

interface MetricsResponse {
  setHeader(name: string, value: string): unknown;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Who may read `/metrics` (SECURITY.md). With `metricsToken` set: a request with `Authorization: Bearer <token>`
 * (compared in constant time), from anywhere; otherwise 401. Without it: a request from the loopback address that came
 * through no proxy (no `Forwarded` or `X-Forwarded-For` header; the socket's address, never `X-Forwarded-For`),
 * otherwise 403, so a reverse proxy on the same host does not open it to the world. Throws the refusal.
 */
export function checkMetricsAccess(request: MetricsRequest, metricsToken: string | undefined): void {
  if (metricsToken) {
    const header = request.headers.authorization;
    const sent = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!sameSecret(sent, metricsToken)) throw new UnauthorizedException('Send Authorization: Bearer <METRICS_TOKEN>');
    return;
  }
  const proxied = request.headers.forwarded !== undefined || request.headers['x-forwarded-for'] !== undefined;
  if (proxied || !LOOPBACK.has(request.socket.remoteAddress ?? '')) {
    throw new ForbiddenException('Metrics are served to the loopback address only; set METRICS_TOKEN to read them from elsewhere');
  }
}

function sameSecret(sent: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(sent), digest(expected));
}

/** `GET /metrics`: Prometheus text exposition of `OpsMetrics`, outside GraphQL and its budgets; access as `checkMetricsAccess`. */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: OpsMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @PublicEndpoint()
  async scrape(@Req() request: MetricsRequest, @Res({ passthrough: true }) response: MetricsResponse): Promise<string> {
    checkMetricsAccess(request, (this.config.ops ?? QUIET_OPS).metricsToken);
    const { contentType, body } = await this.metrics.exposition();
    response.setHeader('Content-Type', contentType);
    response.setHeader('Cache-Control', 'no-store');
    return body;
  }
}
