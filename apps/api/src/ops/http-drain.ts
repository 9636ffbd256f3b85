import type { Server, ServerResponse } from 'node:http';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { APP_CONFIG, QUIET_OPS, type AppConfig } from '../config/app-config.js';

/** How long an idle keep-alive connection stays open, in milliseconds (Node's default: 5,000). */
export const KEEP_ALIVE_IDLE_MS = 65_000;

/**
 * The HTTP side of a graceful shutdown (`app.close()`, which `enableShutdownHooks` runs on SIGTERM and SIGINT):
 * stop accepting connections, close idle keep-alive connections, let requests in flight finish for at most
 * `ops.httpDrainSeconds` (answers sent meanwhile say `Connection: close`), then close what is left; each step logged.
 *
 * It runs from the HTTP adapter's `beforeClose`, which Nest awaits before any `OnModuleDestroy` hook: those stop
 * Apollo (GraphQL would refuse the requests still arriving on open connections) and later the database, so draining in
 * a shutdown hook would be too late. The readiness check reports `http: down` from the first step on.
 */
@Injectable()
export class HttpDrain implements OnApplicationBootstrap {
  private readonly logger = new Logger('Shutdown');
  private inFlight = 0;
  private draining_ = false;
  private onIdle: (() => void) | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether the server is shutting down (no longer accepting connections). */
  get draining(): boolean {
    return this.draining_;
  }

  onApplicationBootstrap(): void {
    const adapter = this.adapterHost.httpAdapter;
    const server = adapter?.getHttpServer() as Server | undefined;
    if (!adapter || !server) return;
    // Node closes an idle keep-alive connection after 5 s; a client sending its next request on it at that moment
    // gets ECONNRESET (seen in the browser tests' own API requests). KEEP_ALIVE_IDLE_MS is above the 60 s idle timeout
    // of common proxies and load balancers, so the side in front closes first. A shutdown still closes idle
    // connections at once (drain). Headers must be allowed to take longer than an idle connection lives.
    server.keepAliveTimeout = KEEP_ALIVE_IDLE_MS;
    server.headersTimeout = KEEP_ALIVE_IDLE_MS + 1000;
    server.on('request', (_request, response: ServerResponse) => {
      this.inFlight += 1;
      if (this.draining_ && !response.headersSent) response.setHeader('Connection', 'close');
      response.once('close', () => {
        this.inFlight -= 1;
        if (this.draining_ && this.inFlight === 0) this.onIdle?.();
      });
    });
    const beforeClose = adapter.beforeClose?.bind(adapter);
    adapter.beforeClose = async () => {
      await beforeClose?.();
      await this.drain(server);
    };
  }

  private async drain(server: Server): Promise<void> {
    if (this.draining_) return;
    this.draining_ = true;
    const seconds = (this.config.ops ?? QUIET_OPS).httpDrainSeconds;
    this.logger.log(`shutting down: no new connections; ${this.inFlight} request(s) in flight, waiting up to ${seconds} s`);
    server.close();
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const finished = await new Promise<boolean>((resolve) => {
      if (this.inFlight === 0) return resolve(true);
      this.onIdle = () => resolve(true);
      timer = setTimeout(() => resolve(false), seconds * 1000);
    }).finally(() => clearTimeout(timer));
    this.onIdle = null;
    if (finished) {
      server.closeIdleConnections();
      this.logger.log('HTTP server closed: every request in flight finished');
    } else {
      this.logger.warn(`HTTP server closed: ${this.inFlight} request(s) still in flight after ${seconds} s were cut off`);
      server.closeAllConnections();
    }
  }
}

/**
 * Closes the database at the end of a shutdown and logs it. Provided in the root `AppModule`, whose hooks Nest runs
 * last (after TypeORM's own, which normally closed it already; then this only logs), so runs that end during the
 * shutdown can still write.
 */
@Injectable()
export class DatabaseShutdown implements OnApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationShutdown(signal?: string): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    this.logger.log(`database connection closed${signal ? ` (${signal})` : ''}`);
  }
}
