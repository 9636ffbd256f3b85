import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { QUIET_OPS, type OpsConfig } from '../config/app-config.js';
import { RoundsModule } from '../rounds/rounds.module.js';
import { HealthController } from './health.controller.js';
import { MetricsController } from './metrics.controller.js';
import { OpsMetrics } from './metrics.service.js';
import { GraphQLMetricsPlugin } from './graphql-metrics.plugin.js';
import { HttpDrain } from './http-drain.js';
import { RUN_JOBS_QUEUE_PROBE } from './run-queue-probe.js';
import { loggerParams } from './logging.js';

/**
 * Operations: structured JSON logs (nestjs-pino, `logging.ts`), `/health/live` and `/health/ready` (terminus),
 * `/metrics` (prom-client) and the HTTP drain on shutdown. The run queue's readiness comes from `RUN_QUEUE_PROBE`,
 * the configured job queue's (`RUN_JOBS_QUEUE_PROBE`: `RunJobs.status`).
 */
@Module({})
export class OpsModule {
  static forRoot(ops: OpsConfig = QUIET_OPS): DynamicModule {
    return {
      module: OpsModule,
      imports: [LoggerModule.forRoot(loggerParams(ops)), TerminusModule.forRoot({ errorLogStyle: 'json' }), RoundsModule],
      controllers: [HealthController, MetricsController],
      providers: [OpsMetrics, GraphQLMetricsPlugin, HttpDrain, RUN_JOBS_QUEUE_PROBE],
      exports: [OpsMetrics],
    };
  }
}
