import { type DynamicModule, Global, Module } from '@nestjs/common';
import { PersistenceModule } from '#persistence/persistence.module.js';
import { APP_CONFIG, jobsConfig, type AppConfig } from './config/app-config.js';
import { JobsModule } from './jobs/jobs.module.js';
import { OpsMetrics } from './ops/metrics.service.js';
import { WorkerMetricsServer } from './ops/worker-metrics.server.js';

/**
 * A worker process (`npm run start:worker`, worker.ts): the database and the job queue of matching runs, executing
 * runs from it; no GraphQL or seeding, and no HTTP but `/metrics` and `/health/live` on `WORKER_METRICS_PORT`. It needs a shared queue (`jobs.queue` postgres or redis): runs queued
 * in another process's memory cannot reach it.
 */
@Global()
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    const jobs = jobsConfig(config);
    if (jobs.queue === 'in-process') throw new Error('a worker process needs a shared job queue: set DATABASE_URL (or RUN_QUEUE=postgres / redis)');
    const workerConfig: AppConfig = { ...config, jobs: { ...jobs, consume: true } };
    return {
      module: WorkerModule,
      imports: [PersistenceModule.forRoot(config.database), JobsModule.forRoot(workerConfig)],
      // the runs this worker ends are counted here and served by WorkerMetricsServer (WORKER_METRICS_PORT)
      providers: [{ provide: APP_CONFIG, useValue: workerConfig }, OpsMetrics, WorkerMetricsServer],
      exports: [APP_CONFIG],
    };
  }
}
