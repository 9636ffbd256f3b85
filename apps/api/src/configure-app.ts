import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from './config/app-config.js';

/** HTTP-level settings shared by the server and the end-to-end tests. */
export function configureApp(app: NestExpressApplication, config: Pick<AppConfig, 'limits' | 'trustProxy'>): void {
  // Which X-Forwarded-For hops give req.ip, the client address the rate limiter counts by (AppConfig.trustProxy).
  app.set('trust proxy', config.trustProxy ?? false);
  // No `X-Powered-By: Express`: it tells a prober what to try and helps no client.
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: config.limits.maxBodyBytes });
  // SIGTERM/SIGINT close the app (HTTP drain first: ops/http-drain.ts), then exit(0): with process.exit pino flushes its
  // buffered lines on 'exit'; re-raising the signal (Nest's default) lost the last ones.
  app.enableShutdownHooks([], { useProcessExit: true });
}
