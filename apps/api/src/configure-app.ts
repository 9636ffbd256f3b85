import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from './config/app-config.js';

/** HTTP-level settings shared by the server and the end-to-end tests. */
export function configureApp(app: NestExpressApplication, config: Pick<AppConfig, 'limits' | 'trustProxy'>): void {
  // Which X-Forwarded-For hops give req.ip, the client address the rate limiter counts by (AppConfig.trustProxy).
  app.set('trust proxy', config.trustProxy ?? false);
  app.useBodyParser('json', { limit: config.limits.maxBodyBytes });
  app.enableShutdownHooks();
}
