/**
 * npm run bench [-- --sizes 100,500,10000 --seed 1]
 * Generates seeded instances and runs core-lp plus baselines in the same process; prints a table.
 * Peak RSS is sampled every 50 ms during each run (process-wide, so it includes earlier runs' heap and
 * the HiGHS Wasm memory, which never shrinks).
 */
import { relativeGap } from '../solver/bound.js';
import { checkResult } from '../solver/check.js';
import { solve } from '../solver/solve.js';
import { generateInstance } from './generate.js';

const args = process.argv.slice(2);
const arg = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const sizes = arg('sizes', '100,500,10000').split(',').map(Number);
const seed = Number(arg('seed', '1'));

interface Plan { solver: string; limit: number; skip?: string }
function plans(n: number): Plan[] {
  const core: Plan = { solver: 'core-lp', limit: n <= 500 ? 30 : n <= 10_000 ? 10 : 60 };
  return [
    core,
    { solver: 'lagrangian-greedy', limit: core.limit },
    n <= 500 ? { solver: 'highs-mip', limit: 120 } : { solver: 'highs-mip', limit: 0, skip: 'no feasible answer after 8 min at 10,000 (colleague); > 120 s at 500 × 342' },
    n <= 10_000 ? { solver: 'highs-lp', limit: 120 } : { solver: 'highs-lp', limit: 0, skip: 'full LP too large for the 2 GiB Wasm heap / time' },
    n <= 100 ? { solver: 'javascript-lp-solver', limit: 60 } : { solver: 'javascript-lp-solver', limit: 0, skip: '> 120 s for the LP at 500 × 30' },
  ];
}

const rows: string[][] = [['households', 'solver', 'status', 'seconds', 'objective', 'bound', 'gap %', 'peak RSS MB', 'obj / core-lp', 'check']];
for (const n of sizes) {
  const instance = generateInstance({ households: n, seed });
  let coreObj = NaN;
  for (const p of plans(n)) {
    if (p.skip) {
      rows.push([String(n), p.solver, 'skipped', '', '', '', '', '', '', p.skip]);
      continue;
    }
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const r = await solve(instance, { solver: p.solver, timeLimitSeconds: p.limit });
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (p.solver === 'core-lp') coreObj = r.objective;
    const violations = checkResult(instance, r);
    rows.push([
      String(n), p.solver, r.status, r.seconds.toFixed(2), r.objective.toFixed(3), r.bound.toFixed(3),
      (100 * relativeGap(r.objective, r.bound)).toFixed(3), (peak / 2 ** 20).toFixed(0),
      (r.objective / coreObj).toFixed(4), violations.length === 0 ? 'ok' : `${violations.length} violations`,
    ]);
    process.stderr.write(`${rows[rows.length - 1].join('  ')}\n`);
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((x, i) => x.padEnd(widths[i])).join('  '));
