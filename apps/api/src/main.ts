import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { configureApp } from './configure-app.js';
import { AppModule } from './app.module.js';
import { appConfigFromEnv } from './config/app-config.js';

async function bootstrap(): Promise<void> {
  const config = appConfigFromEnv();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger: ['log', 'warn', 'error'] });
  configureApp(app, config);
  await app.listen(config.port);
  const database = config.database.url ? 'PostgreSQL server (DATABASE_URL)' : `embedded PostgreSQL in ${config.database.dataDir}`;
  Logger.log(`GraphQL API ready at http://localhost:${config.port}/graphql on ${database}`, 'Bootstrap');
}

void bootstrap();
