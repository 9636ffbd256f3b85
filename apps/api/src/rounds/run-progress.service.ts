import { Inject, Injectable } from '@nestjs/common';
import { RunRepository } from '#persistence/repositories/run.repository.js';
import { RUN_PROGRESS_CHANNEL } from '#persistence/notifications.js';
import type { RunEntity } from '#persistence/entities/index.js';
import { DomainError } from '#common/domain-error.js';
import { RUN_STAGES, type RunStage } from '#matching/vocabulary/runs.js';
import { RUN_STATUSES, UNFINISHED_RUN_STATUSES, type RunStatus } from '#matching/vocabulary/lifecycle.js';
import { PUB_SUB, RESYNC, type NotificationPubSub } from '../subscriptions/pubsub.js';
import type { RunProgress } from './models/run-progress.model.js';

/**
 * Run progress for subscribers (issue 14, "more than one process"). A run's status, stage and progress are written
 * only by RunRepository (markRunning, reportProgress, complete, end, fail, cancel, failInterrupted), in whichever
 * process runs it; a trigger on `run` notifies every change (migration RunProgressNotify) on `run_progress`, and the
 * process's `PubSubEngine` (PUB_SUB) hands it to the subscribers here. Nothing is published from code, so a run in a
 * worker process reaches subscribers of every API process alike.
 */
@Injectable()
export class RunProgressService {
  constructor(
    private readonly runs: RunRepository,
    @Inject(PUB_SUB) private readonly pubSub: NotificationPubSub,
  ) {}

  /**
   * The run's progress now, then each change, ending after the event with a final status (succeeded, failed,
   * cancelled, timed_out); an event repeating the last one is left out. NOT_FOUND for an unknown run. The channel is
   * listened to before the run is read, so no change between the two is missed; after a lost LISTEN connection the
   * run is read again.
   */
  async follow(runId: string): Promise<AsyncIterableIterator<RunProgress>> {
    const stream = new RunProgressStream(runId, this.runs);
    try {
      stream.subscription = await this.pubSub.subscribe(RUN_PROGRESS_CHANNEL, (message) => stream.receive(message));
      stream.onEnd = (id) => this.pubSub.unsubscribe(id);
      const run = await this.runs.findById(runId);
      if (!run) throw DomainError.notFound(`run ${runId}`);
      stream.start(toProgress(run));
    } catch (error) {
      await stream.return();
      throw error;
    }
    return stream;
  }
}

function toProgress(run: Pick<RunEntity, 'id' | 'status' | 'stage' | 'progress'>): RunProgress {
  return { runId: run.id, status: run.status, stage: run.stage, progress: run.progress };
}

/** A notification of the trigger (migration RunProgressNotify), checked field by field: it crossed a process boundary. */
function progressOf(message: unknown): RunProgress | null {
  if (typeof message !== 'object' || message === null) return null;
  const { runId, status, stage, progress } = message as Record<string, unknown>;
  if (typeof runId !== 'string' || typeof progress !== 'number') return null;
  if (!RUN_STATUSES.includes(status as RunStatus)) return null;
  if (stage !== null && !RUN_STAGES.includes(stage as RunStage)) return null;
  return { runId, status: status as RunStatus, stage: stage as RunStage | null, progress };
}

const isFinished = (status: RunStatus) => !(UNFINISHED_RUN_STATUSES as readonly RunStatus[]).includes(status);
const same = (a: RunProgress, b: RunProgress) => a.status === b.status && a.stage === b.stage && a.progress === b.progress;

/**
 * One subscriber's events as an async iterator. Written out rather than as an async generator: a generator waiting
 * for the next event cannot be ended by `return()` until an event comes, so a client leaving a quiet run would hold
 * its subscription; here `return()` ends it at once.
 */
class RunProgressStream implements AsyncIterableIterator<RunProgress> {
  subscription: number | null = null;
  onEnd: ((subscription: number) => void) | null = null;
  private readonly ready: RunProgress[] = [];
  private readonly waiting: ((result: IteratorResult<RunProgress>) => void)[] = [];
  private readonly early: unknown[] = [];
  private last: RunProgress | null = null;
  private ended = false;
  /** Messages are handled one after the other (a resync reads the database). */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly runId: string,
    private readonly runs: RunRepository,
  ) {}

  /** The first event: the run as read after subscribing; messages that came meanwhile follow it. */
  start(first: RunProgress): void {
    this.emit(first);
    for (const message of this.early.splice(0)) this.receive(message);
  }

  receive(message: unknown): void {
    if (this.ended) return;
    if (this.last === null) {
      this.early.push(message);
      return;
    }
    if (message === RESYNC) {
      this.chain = this.chain.then(async () => {
        const run = await this.runs.findById(this.runId).catch(() => null);
        if (run) this.emit(toProgress(run));
      });
      return;
    }
    const progress = progressOf(message);
    if (progress?.runId === this.runId) this.chain = this.chain.then(() => this.emit(progress));
  }

  private emit(progress: RunProgress): void {
    if (this.ended || (this.last && same(this.last, progress))) return;
    // A final status is final: a late notification (or a resync read) never reopens a finished stream.
    this.last = progress;
    const waiter = this.waiting.shift();
    if (waiter) waiter({ value: progress, done: false });
    else this.ready.push(progress);
    if (isFinished(progress.status)) this.finish();
  }

  /** No more events: what is ready is still handed out, then the stream is done. */
  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.subscription !== null) this.onEnd?.(this.subscription);
    for (const waiter of this.waiting.splice(0)) waiter({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<RunProgress>> {
    const value = this.ready.shift();
    if (value) return Promise.resolve({ value, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<RunProgress>> {
    this.ready.length = 0;
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<RunProgress>> {
    this.ready.length = 0;
    this.finish();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<RunProgress> {
    return this;
  }
}
