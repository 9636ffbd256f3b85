import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpException, Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, QUIET_OPS, type AppConfig } from '../config/app-config.js';
import { checkMetricsAccess } from './metrics.controller.js';
import { OpsMetrics } from './metrics.service.js';

/**
 * `/metrics` and `/health/live` of a worker process, which has no Nest HTTP server (worker.module.ts): a worker ends
 * runs no API process sees, so its run metrics (`OpsMetrics`) must be scraped from it. Listens on every address at
 * `ops.workerMetricsPort` (`WORKER_METRICS_PORT`) when set; nothing otherwise. Access to `/metrics`
 * is the API's rule (`checkMetricsAccess`: `METRICS_TOKEN`, else loopback only); `/health/live` answers anyone.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server: Server | null = null;

  constructor(
    private readonly metrics: OpsMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The port it listens on, once started (the configured one, or the one chosen for port 0); null when off. */
  get port(): number | null {
    return (this.server?.address() as AddressInfo | null)?.port ?? null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const ops = this.config.ops ?? QUIET_OPS;
    if (ops.workerMetricsPort === undefined) return;
    const server = createServer((request, response) => {
      void this.answer(request.url ?? '', request, ops.metricsToken).then(
        ({ status, type, body }) => {
          response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
          response.end(body);
        },
        () => {
          response.writeHead(500, { 'Content-Type': 'text/plain' });
          response.end('Internal error');
        },
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(ops.workerMetricsPort, () => resolve());
    });
    this.server = server;
    this.logger.log(`worker metrics at http://…:${this.port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async answer(url: string, request: Parameters<typeof checkMetricsAccess>[0], token: string | undefined): Promise<{ status: number; type: string; body: string }> {
    const path = url.split('?')[0];
    if (path === '/health/live') return { status: 200, type: 'application/json', body: JSON.stringify({ status: 'ok' }) };
    if (path !== '/metrics') return { status: 404, type: 'text/plain', body: 'Not found' };
    try {
      checkMetricsAccess(request, token);
    } catch (refused) {
      if (refused instanceof HttpException) return { status: refused.getStatus(), type: 'text/plain', body: refused.message };
      throw refused;
    }
    const { contentType, body } = await this.metrics.exposition();
    return { status: 200, type: contentType, body };
  }
}
