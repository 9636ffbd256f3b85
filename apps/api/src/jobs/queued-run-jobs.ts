import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue, WaitingError, Worker, type ConnectionOptions, type Job, type JobState } from 'bullmq';
import { RunRepository } from '#persistence/repositories/run.repository.js';
import type { AuditEntry } from '#persistence/repositories/audit.repository.js';
import { APP_CONFIG, jobsConfig, type AppConfig } from '../config/app-config.js';
import { RunExecutor } from '../rounds/run-executor.service.js';
import { RunJobs, type RunQueueStatus } from './run-jobs.js';

/** The bullmq queue matching runs wait in. */
export const RUN_QUEUE_NAME = 'runs';

/** What a run's job carries: the run's id (also the job's id, so a run has at most one job). */
export interface RunJobData {
  readonly runId: string;
}

/** Token of the bullmq connection options the worker uses (the queue's, from BullModule.forRootAsync). */
export const RUN_QUEUE_CONNECTION = Symbol('RUN_QUEUE_CONNECTION');

/** Job states in which a job will still be executed (or is executing). */
const LIVE_STATES: ReadonlySet<JobState | 'unknown'> = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/**
 * Runs queued in a bullmq queue stored in the database (bullmq's PostgreSQL backend; Redis by configuration) that
 * every API and worker process shares. A process with `jobs.consume` runs a bullmq Worker that executes one run at a
 * time (`RunExecutor`).
 *
 * - **Cancel** sets the run's status (one transaction with its audit event) and drops a waiting job; a run executing
 *   in another process sees its status within `jobs.cancelCheckMs` and stops.
 * - **A worker that dies** (kill -9) stops renewing its job's lock: after `jobs.lockMs` the job is stalled, and the
 *   next stalled check of any live worker puts it back in the queue, where a worker executes the run again from the
 *   start (the first attempt stored nothing: results are written in one transaction). Stalled a second time, bullmq
 *   fails the job, and `recover` marks its run failed.
 * - **At start and every `jobs.reconcileMs`** (consumers), `recover` checks every queued or running run: one whose
 *   job is waiting or executing is left alone (it may be on another live worker — unlike the in-process queue, a
 *   running run is NOT failed at start); a queued run without a job gets one (the process that stored it stopped
 *   before adding it); any other is marked failed.
 * - **SIGTERM** (`beforeApplicationShutdown`): the worker takes no new job; the executing run may finish within
 *   `jobs.shutdownGraceSeconds`, after which it is stopped, set back to queued and its job moved back to waiting,
 *   for another worker.
 */
@Injectable()
export class QueuedRunJobs extends RunJobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Runs');
  private worker: Worker<RunJobData> | null = null;
  private reconciler: NodeJS.Timeout | null = null;
  private stopping = false;

  constructor(
    @InjectQueue(RUN_QUEUE_NAME) private readonly queue: Queue<RunJobData>,
    @Inject(RUN_QUEUE_CONNECTION) private readonly connection: ConnectionOptions,
    private readonly runs: RunRepository,
    private readonly executor: RunExecutor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.waitUntilReady();
    await this.recover();
    const jobs = jobsConfig(this.config);
    if (!jobs.consume) return;
    this.worker = new Worker<RunJobData>(RUN_QUEUE_NAME, (job, token) => this.process(job, token), {
      connection: this.connection,
      concurrency: 1,
      lockDuration: jobs.lockMs,
      stalledInterval: jobs.stalledCheckMs,
      maxStalledCount: 1,
      drainDelay: jobs.drainDelaySeconds,
    });
    this.worker.on('error', (error) => this.logger.error(`job queue: ${error.message}`));
    this.worker.on('stalled', (jobId) => this.logger.warn(`run ${jobId}: its worker stopped; the run goes back to the queue`));
    await this.worker.waitUntilReady();
    this.reconciler = setInterval(() => void this.recover().catch((error: Error) => this.logger.error(`job queue check: ${error.message}`)), jobs.reconcileMs);
    this.reconciler.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.reconciler) clearInterval(this.reconciler);
    const worker = this.worker;
    if (!worker) return;
    const closed = worker.close();
    let timer: NodeJS.Timeout | undefined;
    const expired = await Promise.race([
      closed.then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), jobsConfig(this.config).shutdownGraceSeconds * 1000))),
    ]).finally(() => clearTimeout(timer));
    if (expired) {
      await this.executor.interruptAll();
      await closed;
    }
  }

  async enqueue(runId: string): Promise<void> {
    await this.queue.add('run', { runId }, { jobId: runId, attempts: 1, removeOnComplete: { age: 7 * 24 * 3600 }, removeOnFail: { age: 30 * 24 * 3600 } });
  }

  async cancel(runId: string, audit: AuditEntry): Promise<boolean> {
    const cancelled = await this.runs.cancel(runId, audit);
    if (!cancelled) return false;
    if (!this.executor.stopCancelled(runId)) {
      // A waiting job is dropped; an active one is locked by its worker, which sees the status instead.
      await this.queue.remove(runId).catch(() => undefined);
    }
    this.logger.log(`run ${runId} cancelled`);
    return true;
  }

  async status(): Promise<RunQueueStatus> {
    const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return {
      kind: 'bullmq',
      reachable: true,
      accepting: !this.stopping,
      waiting: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
      running: counts.active ?? 0,
    };
  }

  async idle(): Promise<void> {
    for (;;) {
      const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).every((n) => n === 0)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.executor.settled();
  }

  async recover(): Promise<void> {
    for (const run of await this.runs.unfinished()) {
      const state = await this.queue.getJobState(run.id);
      if (LIVE_STATES.has(state)) continue;
      if (run.status === 'queued' && state === 'unknown') {
        await this.enqueue(run.id);
        this.logger.warn(`run ${run.id} was queued without a job; added one`);
        continue;
      }
      const failed = await this.runs.end(run.id, 'failed', `interrupted: the worker executing the run stopped before it finished (job ${state}); run it again`);
      if (failed) this.logger.warn(`run ${run.id} marked failed: its job is ${state}`);
    }
  }

  /** Executes one run's job; a run interrupted by shutdown goes back to queued and its job back to waiting. */
  private async process(job: Job<RunJobData>, token: string | undefined): Promise<void> {
    const { runId } = job.data;
    const result = await this.executor.execute(runId, { resume: true, interrupted: 'requeue' });
    if (result === 'handed_back') {
      await job.moveToWait(token);
      this.logger.warn(`run ${runId} handed back to the queue`);
      throw new WaitingError();
    }
  }
}
