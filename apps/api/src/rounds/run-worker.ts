import { parentPort, workerData } from 'node:worker_threads';
import { runMatching, type RoundInput } from '#matching/rounds/run-matching.js';

/** Runs one matching in its own thread so the API keeps answering while the solver works. */
const input = workerData as RoundInput;
runMatching(input, (fraction, stage) => parentPort!.postMessage({ type: 'progress', fraction, stage }))
  .then((output) => parentPort!.postMessage({ type: 'done', output }))
  .catch((error: unknown) => parentPort!.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
