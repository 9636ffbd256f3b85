import type { FactoryProvider } from '@nestjs/common';
import { RunExecutor } from '../rounds/run-executor.service.js';

/**
 * What the readiness check asks of the queue that runs matching runs: whichever queue the deployment uses (today the
 * in-process `RunExecutor`; a bullmq queue later) provides `RUN_QUEUE_PROBE` with one of these.
 */
export interface RunQueueProbe {
  /**
   * The queue's state now; rejects (or answers `reachable: false`) when the queue's backend cannot be reached.
   * Called on every readiness request (each within the check's timeout): keep it to one cheap round trip.
   */
  status(): Promise<RunQueueStatus>;
}

/** A run queue's state for `/health/ready`: counts and flags only, no run or household ids. */
export interface RunQueueStatus {
  /** Which queue answers, e.g. `in-process` or `bullmq`. */
  readonly kind: string;
  /** Whether its backend answered (always true in process). */
  readonly reachable: boolean;
  /** Whether it takes new runs now (false while shutting down). */
  readonly accepting: boolean;
  /** Runs waiting in this queue (in process: in this process's memory). */
  readonly waiting: number;
  /** Runs being executed by it now. */
  readonly running: number;
}

/** Injection token of the `RunQueueProbe` the readiness check uses. */
export const RUN_QUEUE_PROBE = Symbol('RUN_QUEUE_PROBE');

/** The probe of the in-process queue: `RunExecutor.queueState()`; always reachable. */
export function inProcessRunQueueProbe(executor: Pick<RunExecutor, 'queueState'>): RunQueueProbe {
  return {
    async status() {
      return { kind: 'in-process', reachable: true, ...executor.queueState() };
    },
  };
}

/** Provides `RUN_QUEUE_PROBE` for the in-process queue; a module with another queue provides its own instead. */
export const IN_PROCESS_RUN_QUEUE_PROBE: FactoryProvider<RunQueueProbe> = {
  provide: RUN_QUEUE_PROBE,
  useFactory: inProcessRunQueueProbe,
  inject: [RunExecutor],
};
