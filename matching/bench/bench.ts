/**
 * npm run bench [-- --sizes 100,500,10000,50000 --seed 1 --solvers core-lp,highs-lp --degenerate 10000]
 * Generates seeded instances and runs core-lp plus baselines, EACH RUN IN ITS OWN CHILD PROCESS, so the
 * reported peak RSS (the child's getrusage maxRSS) is honest and no run inherits another's heap or the
 * never-shrinking HiGHS Wasm memory. Prints a table with ratios against the baselines of the same run and
 * the targets with pass/fail. `--degenerate SIZES` (default 10000; `none` to skip) adds one run (limit
 * 10 s) per degenerate family (degenerate.ts: all ties, few values, zero capacity, one municipality), size
 * and solver (`--degenerate-solvers`, default core-lp,highs-mip,highs-lp), and checks that each came back
 * within its limit with a checked answer.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { relativeGap } from '../solver/bound.js';
import { checkResult } from '../solver/check.js';
import { solve } from '../solver/solve.js';
import { DEGENERATE_FAMILIES, generateDegenerate, isDegenerateFamily } from './degenerate.js';
import { generateInstance } from './generate.js';

const args = process.argv.slice(2);
const arg = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};

interface Row { n: number; family?: string; limit?: number; solver: string; status: string; seconds: number; objective: number; bound: number; gap: number; rssMB: number; check: string; note?: string }

if (args.includes('--child')) {
  const n = Number(arg('size', '100'));
  const family = arg('family', '');
  const seedArg = Number(arg('seed', '1'));
  const instance = isDegenerateFamily(family) ? generateDegenerate({ family, households: n, seed: seedArg }) : generateInstance({ households: n, seed: seedArg });
  const limit = Number(arg('limit', '60'));
  // seconds = from the call to solve() until it returned, checker included (what a caller waits for)
  const t = performance.now();
  const r = await solve(instance, { solver: arg('solver', 'core-lp'), timeLimitSeconds: limit });
  const seconds = (performance.now() - t) / 1000;
  const v = checkResult(instance, r);
  const row: Row = {
    n, ...(isDegenerateFamily(family) ? { family } : {}), limit, solver: arg('solver', 'core-lp'), status: r.status, seconds, objective: r.objective, bound: r.bound,
    gap: relativeGap(r.objective, r.bound), rssMB: process.resourceUsage().maxRSS / 1024, check: v.length === 0 ? 'ok' : `${v.length} violations`,
  };
  process.stdout.write(JSON.stringify(row));
  process.exit(0);
}

const sizes = arg('sizes', '100,500,10000,50000').split(',').map(Number);
const seed = Number(arg('seed', '1'));
const only = arg('solvers', '');

interface Plan { solver: string; limit: number; skip?: string }
function plans(n: number): Plan[] {
  const core: Plan = { solver: 'core-lp', limit: n <= 500 ? 30 : n <= 10_000 ? 10 : 60 };
  const all: Plan[] = [
    core,
    { solver: 'lagrangian-greedy', limit: core.limit },
    n <= 500 ? { solver: 'highs-mip', limit: 120 } : { solver: 'highs-mip', limit: 0, skip: 'no feasible answer after 8 min at 10,000 (colleague); > 120 s at 500 × 342' },
    n <= 10_000 ? { solver: 'highs-lp', limit: 120 } : { solver: 'highs-lp', limit: 0, skip: 'full LP too large for the 2 GiB Wasm heap / time' },
    n <= 100 ? { solver: 'javascript-lp-solver', limit: 60 } : { solver: 'javascript-lp-solver', limit: 0, skip: '> 120 s for the LP at 500 × 30' },
  ];
  return only ? all.filter((p) => only.split(',').includes(p.solver)) : all;
}

const self = fileURLToPath(import.meta.url);
const results: Row[] = [];
for (const n of sizes)
  for (const p of plans(n)) {
    if (p.skip) {
      results.push({ n, solver: p.solver, status: 'skipped', seconds: NaN, objective: NaN, bound: NaN, gap: NaN, rssMB: NaN, check: '', note: p.skip });
      continue;
    }
    const out = execFileSync(process.execPath, [self, '--child', '--size', String(n), '--seed', String(seed), '--solver', p.solver, '--limit', String(p.limit)], {
      encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'],
    });
    const row = JSON.parse(out) as Row;
    results.push(row);
    process.stderr.write(`${n} ${p.solver} ${row.status} ${row.seconds.toFixed(2)}s obj ${row.objective.toFixed(3)} bound ${row.bound.toFixed(3)} gap ${(100 * row.gap).toFixed(3)}% rss ${row.rssMB.toFixed(0)} MB\n`);
  }

const degenerateSizes = arg('degenerate', '10000') === 'none' ? [] : arg('degenerate', '10000').split(',').map(Number);
const degenerateSolvers = arg('degenerate-solvers', 'core-lp,highs-mip,highs-lp').split(',');
for (const n of degenerateSizes)
  for (const family of DEGENERATE_FAMILIES)
  for (const solver of degenerateSolvers) {
    const out = execFileSync(process.execPath, [self, '--child', '--size', String(n), '--family', family, '--seed', String(seed), '--solver', solver, '--limit', '10'], {
      encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'],
    });
    const row = JSON.parse(out) as Row;
    results.push(row);
    process.stderr.write(`${n} ${family} ${solver} ${row.status} ${row.seconds.toFixed(2)}s obj ${row.objective.toFixed(3)} bound ${row.bound.toFixed(3)} gap ${(100 * row.gap).toFixed(3)}%\n`);
  }

const f = (x: number, d: number): string => (Number.isFinite(x) ? x.toFixed(d) : '');
const table: string[][] = [['households', 'solver', 'status', 'seconds', 'objective', 'bound', 'gap %', 'peak RSS MB', 'obj / baseline', 'time / baseline', 'check']];
for (const r of results) {
  // baseline of the same size: highs-mip (small) or highs-lp (large), whichever ran
  const base = r.family ? undefined : results.find((b) => b.n === r.n && !b.family && (b.solver === 'highs-mip' || b.solver === 'highs-lp') && b.status !== 'skipped' && b.status !== 'error');
  table.push([
    r.family ? `${r.n} ${r.family}` : String(r.n), r.solver, r.status, f(r.seconds, 2), f(r.objective, 3), f(r.bound, 3), f(100 * r.gap, 3), f(r.rssMB, 0),
    base && r.status !== 'skipped' ? `${f(r.objective / base.objective, 4)} (${base.solver})` : '',
    base && r.status !== 'skipped' ? f(r.seconds / base.seconds, 2) : '', r.note ?? r.check,
  ]);
}
const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
for (const r of table) console.log(r.map((x, i) => x.padEnd(widths[i])).join('  '));

console.log('\nTargets (core-lp):');
const core = (n: number): Row | undefined => results.find((r) => r.n === n && !r.family && r.solver === 'core-lp');
const say = (label: string, ok: boolean | undefined, detail: string): void => console.log(`  [${ok === undefined ? 'n/a ' : ok ? 'PASS' : 'MISS'}] ${label}: ${detail}`);
const c10 = core(10_000);
say('10,000: gap ≤ 0.5 % in ≤ 10 s', c10 && c10.gap <= 0.005 && c10.seconds <= 10, c10 ? `${f(100 * c10.gap, 3)} % in ${f(c10.seconds, 2)} s` : 'not run');
say('10,000: stretch gap ≤ 0.1 %', c10 && c10.gap <= 0.001, c10 ? `${f(100 * c10.gap, 3)} %` : 'not run');
const c50 = core(50_000);
say('50,000: ≤ 60 s and ≤ 1 GB RSS', c50 && c50.seconds <= 60 && c50.rssMB <= 1024, c50 ? `${f(c50.seconds, 2)} s, ${f(c50.rssMB, 0)} MB, gap ${f(100 * c50.gap, 3)} %` : 'not run');
for (const n of sizes.filter((s) => s <= 500)) {
  const c = core(n);
  const mip = results.find((r) => r.n === n && r.solver === 'highs-mip' && r.status === 'optimal');
  say(`${n}: MIP optimum`, c && mip ? c.status === 'optimal' && Math.abs(c.objective - mip.objective) <= 1e-6 * Math.max(1, mip.objective) : undefined,
    c ? `core-lp ${c.status} ${f(c.objective, 3)}${mip ? `, HiGHS MIP ${f(mip.objective, 3)}` : ''}` : 'not run');
}
const degenerate = results.filter((r) => r.family);
if (degenerate.length > 0) {
  const slowest = degenerate.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  say('degenerate families: back within the 10 s limit with a checked answer',
    degenerate.every((r) => r.seconds <= 10 && r.check === 'ok' && ['optimal', 'feasible', 'timed_out'].includes(r.status)),
    `${degenerate.length} runs, slowest ${f(slowest.seconds, 2)} s (${slowest.n} ${slowest.family} ${slowest.solver}, ${slowest.status})`);
}
