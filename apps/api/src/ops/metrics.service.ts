import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { RunRepository, type RunEnded } from '#persistence/repositories/run.repository.js';
import { SOLVER_NAMES } from '#matching/vocabulary/runs.js';
import type { OperationLabel } from './operation-label.js';

/** What became of a GraphQL request, for metrics and logs. */
export type GraphQLOutcome = 'success' | 'refused' | 'failed';

/** Seconds: GraphQL answers take milliseconds to tens of seconds (a run review page at national size). */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Seconds: runs take seconds (100 households) to about an hour (the time limit plus grace at national size). */
const RUN_BUCKETS = [1, 2.5, 5, 10, 20, 30, 60, 120, 300, 600, 1200, 3600];
/** Relative gap (0.01 = 1 %). */
const GAP_BUCKETS = [0, 0.0001, 0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1];

let processRegistry: Registry | null = null;

/**
 * Node's and the process's own metrics (CPU, memory, event-loop lag, GC, handles) with prom-client's default names,
 * collected once per process: several apps in one process (tests) share them.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * The app's Prometheus metrics, served at `/metrics` (metrics.controller.ts) with the process's default metrics:
 * - `graphql_request_duration_seconds{operation,type,outcome}`: each GraphQL request from its start to its answer;
 *   `operation`/`type` as `OperationLabel` (bounded), `outcome` `success` (no errors), `refused` (only errors a
 *   client caused: bad input, forbidden, rate limited, validation) or `failed` (an internal error).
 * - `matching_run_duration_seconds{status,solver}`: runs this process ended, from leaving the queue to the end;
 *   `matching_run_queue_wait_seconds{status}`: from queued to leaving the queue; `matching_runs_ended_total{status}`.
 * - `matching_run_solver_gap{solver}`: the relative optimality gap of each answer stored (succeeded or timed out
 *   with an answer; runs whose solver certified no bound are not observed).
 * - `matching_run_queue_depth{state}`: runs `queued` and `running` in the database at scrape time, every process's
 *   and whichever queue runs them; absent when the database did not answer.
 * Runs are observed through `RunRepository.onEnded`, so a run is counted by the process that ended it.
 */
@Injectable()
export class OpsMetrics implements OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private readonly registry = new Registry();
  private readonly requestDuration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL requests from start to answer, by root field (bounded), operation type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });
  private readonly runDuration = new Histogram({
    name: 'matching_run_duration_seconds',
    help: 'Matching runs ended by this process, from leaving the queue to their end, by final status and solver',
    labelNames: ['status', 'solver'] as const,
    buckets: RUN_BUCKETS,
    registers: [this.registry],
  });
  private readonly queueWait = new Histogram({
    name: 'matching_run_queue_wait_seconds',
    help: 'Matching runs ended by this process, from queued to leaving the queue (or to their end if they never left it)',
    labelNames: ['status'] as const,
    buckets: RUN_BUCKETS,
    registers: [this.registry],
  });
  private readonly runsEnded = new Counter({
    name: 'matching_runs_ended_total',
    help: 'Matching runs ended by this process, by final status',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });
  private readonly solverGap = new Histogram({
    name: 'matching_run_solver_gap',
    help: 'Relative optimality gap (bound - objective) / |bound| of each stored answer, by solver',
    labelNames: ['solver'] as const,
    buckets: GAP_BUCKETS,
    registers: [this.registry],
  });
  private readonly unsubscribe: () => void;

  constructor(runs: RunRepository) {
    const logger = this.logger;
    new Gauge({
      name: 'matching_run_queue_depth',
      help: 'Matching runs queued and running now, counted in the database (all processes, any queue)',
      labelNames: ['state'] as const,
      registers: [this.registry],
      async collect() {
        try {
          const { queued, running } = await runs.countUnfinished();
          this.set({ state: 'queued' }, queued);
          this.set({ state: 'running' }, running);
        } catch (error) {
          this.reset();
          logger.warn(`run queue depth not counted: ${error instanceof Error ? error.constructor.name : typeof error}`);
        }
      },
    });
    this.unsubscribe = runs.onEnded((ended) => this.observeRun(ended));
  }

  onApplicationShutdown(): void {
    this.unsubscribe();
  }

  /** Records one GraphQL request of `seconds`. */
  observeRequest(label: OperationLabel, outcome: GraphQLOutcome, seconds: number): void {
    this.requestDuration.observe({ operation: label.operation, type: label.type, outcome }, seconds);
  }

  /** Records one ended run (`RunRepository.onEnded`). */
  observeRun(ended: RunEnded): void {
    const solver = (SOLVER_NAMES as readonly string[]).includes(ended.solver ?? '') ? ended.solver! : 'none';
    this.runsEnded.inc({ status: ended.status });
    const left = ended.startedAt ?? ended.finishedAt;
    this.queueWait.observe({ status: ended.status }, seconds(ended.createdAt, left));
    if (ended.startedAt) this.runDuration.observe({ status: ended.status, solver }, seconds(ended.startedAt, ended.finishedAt));
    if (ended.gap !== null && Number.isFinite(ended.gap)) this.solverGap.observe({ solver }, Math.max(0, ended.gap));
  }

  /** The text exposition of every metric, the process's default ones included. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    const merged = Registry.merge([processMetrics(), this.registry]);
    return { contentType: merged.contentType, body: await merged.metrics() };
  }
}

function seconds(from: Date, to: Date): number {
  return Math.max(0, (to.getTime() - from.getTime()) / 1000);
}
