import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { appConfigFromEnv } from './config/app-config.js';
import { WorkerModule } from './worker.module.js';

/**
 * A worker process: executes matching runs from the shared job queue (DATABASE_URL's PostgreSQL server, or Redis by
 * RUN_QUEUE=redis) until SIGTERM/SIGINT, then lets its executing run finish within RUN_SHUTDOWN_GRACE_SECONDS or hands
 * it back to the queue (QueuedRunJobs). Start any number beside the API processes (`npm run start:worker`).
 */
async function bootstrap(): Promise<void> {
  const config = appConfigFromEnv();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['log', 'warn', 'error'] });
  app.enableShutdownHooks();
  Logger.log(`run worker ${process.pid} ready (queue: ${config.jobs?.queue})`, 'Bootstrap');
}

void bootstrap();
