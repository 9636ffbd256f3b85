/**
 * npm run --silent solve -- --in instance.json --out result.json [--time-limit SECONDS] [--solver NAME]
 * Exit codes: 0 solved (optimal/feasible/timed_out), 1 malformed input or usage (including scores or amounts
 * outside the input rules, named by path), 2 infeasible, 3 error.
 * --time-limit counts from the start of the process (Node's time origin): the time to start, read and check the
 * input is taken off what the solver gets. When it runs out the answer is the solver's best checked one,
 * status timed_out (exit 0).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { InstanceValidationError, parseInstance } from '../solver/validate.js';
import { solve, solverNames } from '../solver/solve.js';

const USAGE = `usage: solve --in instance.json --out result.json [--time-limit SECONDS] [--solver auto|${solverNames.join('|')}]`;

/**
 * Runs the command; returns its exit code. `startedAt` (a performance.now() value, default: now) is where
 * --time-limit counts from; the executable passes 0, the process's time origin.
 */
export async function main(argv: readonly string[], err: (s: string) => void = (s) => process.stderr.write(s), startedAt = performance.now()): Promise<number> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--') || i + 1 >= argv.length) {
      err(`bad argument "${a}"\n${USAGE}\n`);
      return 1;
    }
    args.set(a.slice(2), argv[++i]);
  }
  for (const k of args.keys())
    if (!['in', 'out', 'time-limit', 'solver'].includes(k)) {
      err(`unknown option --${k}\n${USAGE}\n`);
      return 1;
    }
  const inPath = args.get('in');
  const outPath = args.get('out');
  if (!inPath || !outPath) {
    err(`${USAGE}\n`);
    return 1;
  }
  const tl = args.has('time-limit') ? Number(args.get('time-limit')) : undefined;
  if (tl !== undefined && !(Number.isFinite(tl) && tl > 0)) {
    err(`--time-limit: expected a positive number of seconds, got "${args.get('time-limit')}"\n`);
    return 1;
  }
  const solverName = args.get('solver') ?? 'auto';
  if (solverName !== 'auto' && !(solverNames as readonly string[]).includes(solverName)) {
    err(`--solver: unknown solver "${solverName}" (known: auto, ${solverNames.join(', ')})\n`);
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(inPath, 'utf8');
  } catch (e) {
    err(`cannot read ${inPath}: ${(e as Error).message}\n`);
    return 1;
  }
  let instance;
  try {
    instance = parseInstance(text);
  } catch (e) {
    if (e instanceof InstanceValidationError) {
      err(`${inPath}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  // the limit counts from the start of the command: reading and checking the input come off it
  const left = tl === undefined ? undefined : Math.max(0.001, tl - (performance.now() - startedAt) / 1000);
  const result = await solve(instance, { timeLimitSeconds: left, solver: solverName });
  writeFileSync(outPath, JSON.stringify(result, null, 2) + '\n');
  const gap = result.bound > 0 ? (100 * (result.bound - result.objective)) / result.bound : 0;
  err(`${result.status}: objective ${result.objective.toFixed(6)}, bound ${result.bound.toFixed(6)}, gap ${gap.toFixed(4)}%, ${result.placements.length} placed, ${result.unplaced.length} unplaced, ${result.seconds.toFixed(2)} s (${result.solver})${result.message ? `\n${result.message}` : ''}\n`);
  return result.status === 'infeasible' ? 2 : result.status === 'error' ? 3 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2), undefined, 0).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`internal error: ${(e as Error).stack ?? e}\n`);
      process.exit(3);
    },
  );
}
