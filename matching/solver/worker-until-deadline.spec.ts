import { runWorkerUntil } from './worker-until-deadline.js';

describe('runWorkerUntil', () => {
  it('resolves with the first message the worker posts', async () => {
    const source = `require('node:worker_threads').parentPort.postMessage(require('node:worker_threads').workerData * 2)`;
    await expect(runWorkerUntil<number>(source, 21, performance.now() + 10_000)).resolves.toBe(42);
  });

  it('resolves with null when the worker is still running at the deadline', async () => {
    await expect(runWorkerUntil('for (;;) {}', null, performance.now() + 200)).resolves.toBeNull();
  });

  it('rejects at once, not at the deadline, when the worker exits without an answer', async () => {
    // The deadline is an hour away: a worker that exits without a word must not be waited for until then
    // (before the exit listener this test ran into Jest's test timeout).
    await expect(runWorkerUntil('process.exit(3)', null, performance.now() + 3_600_000)).rejects.toThrow('exit code 3');
  });

  it('rejects when the worker throws', async () => {
    await expect(runWorkerUntil(`throw new Error('broken solver')`, null, performance.now() + 10_000)).rejects.toThrow('broken solver');
  });
});
