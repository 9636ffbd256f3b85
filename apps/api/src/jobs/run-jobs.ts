import type { AuditEntry } from '#persistence/repositories/audit.repository.js';

/** A run queue's state for `/health/ready`: counts and flags only, no run or household ids. */
export interface RunQueueStatus {
  /** Which queue answers: `in-process` or `bullmq`. */
  readonly kind: 'in-process' | 'bullmq';
  /** Whether its backend answered (always true in process; a bullmq backend that cannot be reached rejects instead). */
  readonly reachable: boolean;
  /** Whether this process takes new runs now (false while shutting down). */
  readonly accepting: boolean;
  /** Runs waiting in the queue (in process: in this process's memory; bullmq: waiting, delayed or prioritised jobs of the shared queue). */
  readonly waiting: number;
  /** Runs being executed now (in process: by this process; bullmq: active jobs of every worker). */
  readonly running: number;
}

/**
 * The job queue of matching runs: how a queued run reaches the optimiser, wherever that runs. Two implementations,
 * chosen by `jobs.queue` (JobsModule): `InProcessRunJobs` (a queue in memory, one run at a time in a worker thread of
 * this process; the embedded default) and `QueuedRunJobs` (a bullmq queue in the database, shared by every API and
 * worker process; the default on a PostgreSQL server).
 */
export abstract class RunJobs {
  /**
   * Hands run `runId` (just stored as queued) to the queue. Resolves once the job is accepted (stored, for a shared
   * queue). Adding the same run twice adds one job.
   */
  abstract enqueue(runId: string): Promise<void>;

  /**
   * Cancels a queued or running run: its status becomes cancelled (with the audit event, in one transaction) and
   * its execution stops — in this process at once, in another within `jobs.cancelCheckMs`. Returns false when the
   * run had finished already (nothing changes then).
   */
  abstract cancel(runId: string, audit: AuditEntry): Promise<boolean>;

  /** Resolves when every queued run (of this database's queue) has finished: for tests and benchmarks. */
  abstract idle(): Promise<void>;

  /**
   * What a process does at start about runs left unfinished by processes that stopped (see each implementation);
   * called from `onApplicationBootstrap`.
   */
  abstract recover(): Promise<void>;

  /** The queue's state now, for the readiness check: one cheap read (a count query on a shared queue). */
  abstract status(): Promise<RunQueueStatus>;
}
