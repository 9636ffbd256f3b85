import { Worker } from 'node:worker_threads';

/**
 * Runs the CommonJS `source` in a worker thread (`eval`) with `workerData`, and resolves with the first message
 * it posts, or with null when it is still running at `deadline` (a performance.now() value); the worker is
 * terminated either way, which also frees its memory. Rejects when the worker throws, or when it exits before
 * posting a message (e.g. the library calls process.exit), at once rather than at the deadline. For solver libraries
 * that run synchronously and do not always honour their own time limit (HiGHS, javascript-lp-solver): the
 * caller's deadline holds whatever the library does. The message's type `T` is the caller's word for what
 * `source` posts.
 */
export function runWorkerUntil<T>(source: string, workerData: unknown, deadline: number): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(null);
    }, Math.max(0, deadline - performance.now()));
    worker.once('message', (message: T) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(message);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    // After a message, an error or the deadline the promise is settled already and this changes nothing.
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the solver worker stopped (exit code ${code}) without an answer`));
    });
  });
}
