import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from './config/app-config.js';

/** HTTP-level settings shared by the server and the end-to-end tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useBodyParser('json', { limit: config.limits.maxBodyBytes });
  app.enableShutdownHooks();
}
