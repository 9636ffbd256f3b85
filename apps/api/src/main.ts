import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { configureApp } from './configure-app.js';
import { AppModule } from './app.module.js';
import { appConfigFromEnv } from './config/app-config.js';

async function bootstrap(): Promise<void> {
  const config = appConfigFromEnv();
  // Logs made while the app is built wait for the JSON logger (nestjs-pino, apps/api/src/ops/logging.ts).
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(PinoNestLogger));
  configureApp(app, config);
  await app.listen(config.port);
  const database = config.database.url ? 'PostgreSQL server (DATABASE_URL)' : `embedded PostgreSQL in ${config.database.dataDir}`;
  Logger.log(`GraphQL API ready at http://localhost:${config.port}/graphql on ${database}; /health/live, /health/ready, /metrics`, 'Bootstrap');
}

void bootstrap();
