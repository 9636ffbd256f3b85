import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { RunRepository } from '#persistence/repositories/run.repository.js';
import type { AuditEntry } from '#persistence/repositories/audit.repository.js';
import { APP_CONFIG, jobsConfig, type AppConfig } from '../config/app-config.js';
import { RunExecutor } from '../rounds/run-executor.service.js';
import { RunJobs, type RunQueueStatus } from './run-jobs.js';

/**
 * Runs queued in this process's memory, executed one at a time (the machine has two cores: one for the API, one for
 * the solver) by `RunExecutor`. Only this process knows the queue, so at start every run left queued or running by
 * an earlier process is marked failed (`recover`). On shutdown, an executing run may finish within
 * `jobs.shutdownGraceSeconds`; then it is stopped and marked failed, never half-written.
 */
@Injectable()
export class InProcessRunJobs extends RunJobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Runs');
  private readonly queue: string[] = [];
  private active: Promise<void> | null = null;
  private stopping = false;

  constructor(
    private readonly runs: RunRepository,
    private readonly executor: RunExecutor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.recover();
  }

  /** Marks every queued or running run failed: the process that held it in memory has stopped. */
  async recover(): Promise<void> {
    const interrupted = await this.runs.failInterrupted();
    if (interrupted.length) this.logger.warn(`marked ${interrupted.length} interrupted run(s) as failed`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    const running = this.executor.executing();
    if (running.length) {
      const grace = jobsConfig(this.config).shutdownGraceSeconds * 1000;
      let timer: NodeJS.Timeout | undefined;
      const expired = await Promise.race([
        this.executor.settled().then(() => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), grace))),
      ]).finally(() => clearTimeout(timer));
      // interrupted runs are marked failed by the executor (nobody else would pick them up)
      if (expired) await this.executor.interruptAll();
    }
    await this.active?.catch(() => undefined);
  }

  async status(): Promise<RunQueueStatus> {
    return { kind: 'in-process', reachable: true, accepting: !this.stopping, waiting: this.queue.length, running: this.executor.executing().length };
  }

  async enqueue(runId: string): Promise<void> {
    this.queue.push(runId);
    if (!this.active) this.active = this.drain().finally(() => (this.active = null));
  }

  async cancel(runId: string, audit: AuditEntry): Promise<boolean> {
    const cancelled = await this.runs.cancel(runId, audit);
    if (!cancelled) return false;
    const queued = this.queue.indexOf(runId);
    if (queued >= 0) this.queue.splice(queued, 1);
    this.executor.stopCancelled(runId);
    this.logger.log(`run ${runId} cancelled`);
    return true;
  }

  async idle(): Promise<void> {
    while (this.active) await this.active;
  }

  private async drain(): Promise<void> {
    while (this.queue.length && !this.stopping) await this.executor.execute(this.queue.shift()!, { resume: false, interrupted: 'fail' });
  }
}
