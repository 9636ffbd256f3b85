import type { FactoryProvider } from '@nestjs/common';
import { RunJobs, type RunQueueStatus } from '../jobs/run-jobs.js';

export type { RunQueueStatus } from '../jobs/run-jobs.js';

/** What the readiness check asks of the queue that runs matching runs (`RunJobs.status`, whichever queue is configured). */
export interface RunQueueProbe {
  /**
   * The queue's state now; rejects (or answers `reachable: false`) when the queue's backend cannot be reached.
   * Called on every readiness request (each within the check's timeout): keep it to one cheap round trip.
   */
  status(): Promise<RunQueueStatus>;
}

/** Injection token of the `RunQueueProbe` the readiness check uses. */
export const RUN_QUEUE_PROBE = Symbol('RUN_QUEUE_PROBE');

/** Provides `RUN_QUEUE_PROBE` from the configured job queue (JobsModule's `RunJobs`). */
export const RUN_JOBS_QUEUE_PROBE: FactoryProvider<RunQueueProbe> = {
  provide: RUN_QUEUE_PROBE,
  useFactory: (jobs: RunJobs): RunQueueProbe => ({ status: () => jobs.status() }),
  inject: [RunJobs],
};
