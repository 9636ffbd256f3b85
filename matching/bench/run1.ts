/** node dist/matching/bench/run1.js N [limit] [solver] — one solve with verbose log (dev tool). */
import { coreLpSolver } from '../solver/core-lp.adapter.js';
import { checkResult } from '../solver/check.js';
import { generateInstance } from './generate.js';
const n = Number(process.argv[2] ?? 10000);
const inst = generateInstance({ households: n, seed: Number(process.argv[4] ?? 1) });
const r = await coreLpSolver({ verbose: true, ...JSON.parse(process.env.CFG ?? '{}') }).solve(inst, { timeLimitSeconds: Number(process.argv[3] ?? 10) });
console.log(r.status, r.seconds.toFixed(2), r.objective.toFixed(3), r.bound.toFixed(3), (100 * (r.bound - r.objective) / r.bound).toFixed(3) + '%', 'rss', (process.memoryUsage().rss / 2 ** 20).toFixed(0), checkResult(inst, r).length);
