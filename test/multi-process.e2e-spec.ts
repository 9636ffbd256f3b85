/*
 * More than one process (issue 14): two API processes and a worker process on one PostgreSQL database, as child
 * processes of the compiled code in dist/ (`npm run build`; .ci/run builds before test:db). Neither API process
 * executes runs (RUNS_IN_API=false): a round is run through API 1 while API 2 polls its progress; the worker is
 * killed with SIGKILL mid-run, a second worker picks the stalled job up and the run completes — whole, never
 * half-written — and publishing it through both APIs at once holds capacity exactly once. A worker stopped with
 * SIGTERM mid-run hands its run back to the queue, for the next worker.
 * Skipped, with the reason in its title, without DATABASE_URL or when dist/ is missing or older than the sources.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createTestDatabase, type TestDatabase } from '#persistence/testing/test-database.js';
import { DEMO_PASSWORD } from '#seed/demo-accounts.js';
import { CURRENT_PERIOD } from './support/factories.js';
import { DIST_MAIN, DIST_WORKER, staleDist } from './support/dist.js';

const MAIN = DIST_MAIN;
const WORKER = DIST_WORKER;

/** Why this test cannot run here, or null. */
function skipReason(): string | null {
  if (!process.env.DATABASE_URL) return 'needs DATABASE_URL (a PostgreSQL server)';
  const stale = staleDist();
  return stale ? `${stale}: run \`npm run build\` first (.ci/run does)` : null;
}

const reason = skipReason();
if (reason) console.warn(`multi-process test skipped: ${reason}`);

interface Child {
  readonly process: ChildProcess;
  /** Everything it wrote, for the failure message. */
  output(): string;
  /** Resolves when it has written a line matching `pattern`; rejects when it exits first or after `ms`. */
  waitFor(pattern: RegExp, ms: number): Promise<void>;
}

function start(script: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--enable-source-maps', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const watchers = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += chunk.toString();
    for (const watcher of watchers) watcher();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  return {
    process: child,
    output: () => text,
    waitFor: (pattern, ms) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`no ${pattern} from ${script} within ${ms} ms:\n${text}`)), ms);
        const exit = (code: number | null) => done(new Error(`${script} exited (${code}) before ${pattern}:\n${text}`));
        const check = () => pattern.test(text) && done();
        function done(error?: Error) {
          clearTimeout(timer);
          watchers.delete(check);
          child.off('exit', exit);
          if (error) reject(error);
          else resolve();
        }
        watchers.add(check);
        child.on('exit', exit);
        check();
      }),
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** The run's state through `url`; throws the errors of a failed query. */
async function runState(url: string, id: string, token: string): Promise<any> {
  const response = await gql(url, RUN, { id }, token);
  if (!response.data?.run) throw new Error(JSON.stringify(response.errors));
  return response.data.run;
}

const RUN = `query($id: ID!) { run(id: $id) { status progress stage message hasAnswer
  figures { householdsTotal householdsPlaced personsPlaced } assignments(limit: 500) { householdId municipalityCode } } }`;

(reason ? describe.skip : describe)(`two API processes and a worker on PostgreSQL${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let database: TestDatabase;
  const children: Child[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    env = {
      DATABASE_URL: database.config.url!,
      DATABASE_SCHEMA: database.config.schema!,
      JWT_SECRET: 'multi-process-test-secret',
      NODE_ENV: 'test',
      RUNS_IN_API: 'false',
      // A killed worker's job is stalled after 2 s and found within another 2 s.
      RUN_JOB_LOCK_MS: '2000',
      RUN_JOB_STALLED_CHECK_MS: '1000',
      RUN_JOB_RECONCILE_MS: '2000',
      RUN_CANCEL_CHECK_MS: '200',
      RUN_JOB_DRAIN_DELAY_SECONDS: '1',
    };
  });

  afterAll(async () => {
    for (const child of children) child.process.kill('SIGKILL');
    await Promise.all(children.map((c) => (c.process.exitCode === null && c.process.signalCode === null ? new Promise((resolve) => c.process.once('exit', resolve)) : null)));
    await database?.dispose();
  });

  it('runs a round on a worker, survives its kill -9 mid-run, publishes it once, and hands a run back on SIGTERM', async () => {
    const ports = [await freePort(), await freePort()];
    const urls = ports.map((port) => `http://127.0.0.1:${port}/graphql`);
    // API 1 migrates and seeds first; the others start on the finished schema.
    const api1 = start(MAIN, { ...env, PORT: String(ports[0]), SEED: 'true', SEED_HOUSEHOLDS: '300' });
    children.push(api1);
    await api1.waitFor(/GraphQL API ready/, 180_000);
    const api2 = start(MAIN, { ...env, PORT: String(ports[1]), SEED: 'false' });
    const worker1 = start(WORKER, env);
    children.push(api2, worker1);
    await Promise.all([api2.waitFor(/GraphQL API ready/, 120_000), worker1.waitFor(/run worker \d+ ready/, 120_000)]);

    const login = await gql(urls[0], 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'officer@demo.local', p: DEMO_PASSWORD });
    const officer: string = login.data.login.token;
    const round = await gql(urls[0], 'mutation($input: CreateRoundInput!) { createRound(input: $input) { id householdCount } }',
      { input: { name: 'multi-process', period: CURRENT_PERIOD, cohort: { limit: 300 }, policy: { timeLimitSeconds: 4 } } }, officer);
    expect(round.errors).toBeUndefined();
    const started = await gql(urls[0], 'mutation($id: ID!) { runRound(roundId: $id) { id status } }', { id: round.data.createRound.id }, officer);
    const runId: string = started.data.runRound.id;

    // API 2 sees the run the worker executes, and its progress; kill the worker while it runs.
    let seen = await runState(urls[1], runId, officer);
    for (let i = 0; i < 1200 && seen.status === 'QUEUED'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      seen = await runState(urls[1], runId, officer);
    }
    expect(seen.status).toBe('RUNNING');
    worker1.process.kill('SIGKILL');
    await new Promise((resolve) => worker1.process.once('exit', resolve));
    const afterKill = await runState(urls[1], runId, officer);
    // Nothing of the killed attempt is stored: no figures, no assignments.
    expect(afterKill).toMatchObject({ status: 'RUNNING', hasAnswer: false, figures: null, assignments: [] });

    // The second worker hands its run back at once on SIGTERM (no grace), for the shutdown check below.
    const worker2MetricsPort = await freePort();
    const worker2 = start(WORKER, { ...env, RUN_SHUTDOWN_GRACE_SECONDS: '0', WORKER_METRICS_PORT: String(worker2MetricsPort) });
    children.push(worker2);
    await worker2.waitFor(/run worker \d+ ready/, 120_000);
    let run = afterKill;
    const progress = new Set<number>();
    for (let i = 0; i < 1200 && (run.status === 'RUNNING' || run.status === 'QUEUED'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      run = await runState(urls[1], runId, officer);
      if (run.status === 'RUNNING') progress.add(run.progress);
    }
    expect(worker2.output()).toMatch(new RegExp(`run ${runId} resumed`));
    expect(progress.size).toBeGreaterThan(0); // API 2 saw the second attempt's progress
    // Retried and complete: every household of the round has its assignment row, as the figures say.
    expect(['SUCCEEDED', 'TIMED_OUT']).toContain(run.status);
    expect(run.hasAnswer).toBe(true);
    expect(run.assignments).toHaveLength(run.figures.householdsTotal);
    expect(run.assignments.filter((a: { municipalityCode: string | null }) => a.municipalityCode).length).toBe(run.figures.householdsPlaced);
    expect(run.figures.householdsPlaced).toBeGreaterThan(0);
    // The worker counted the run it ended, which neither API process did (WORKER_METRICS_PORT).
    const workerMetrics = await (await fetch(`http://127.0.0.1:${worker2MetricsPort}/metrics`)).text();
    expect(workerMetrics).toContain(`matching_runs_ended_total{status="${run.status.toLowerCase()}"} 1`);

    // Published through both APIs at once: once.
    const published = await Promise.all(urls.map((url) => gql(url, 'mutation($id: ID!) { publishRun(runId: $id) { proposals newlyPublished } }', { id: runId }, officer)));
    expect(published.map((p) => p.errors)).toEqual([undefined, undefined]);
    expect(published.map((p) => p.data.publishRun.newlyPublished).sort()).toEqual([false, true]);
    const codes = [...new Set(run.assignments.flatMap((a: { municipalityCode: string | null }) => (a.municipalityCode ? [a.municipalityCode] : [])))];
    let used = 0;
    for (const code of codes) {
      const capacity = await gql(urls[1], 'query($code: String!, $period: String!) { municipality(code: $code) { capacity(period: $period) { usedPersons } } }', { code, period: CURRENT_PERIOD }, officer);
      used += capacity.data.municipality.capacity.usedPersons;
    }
    expect(used).toBe(run.figures.personsPlaced);

    // SIGTERM mid-run: the worker stops its run, sets it back to queued, its job back to waiting, and exits; the
    // next worker executes it.
    const round2 = await gql(urls[0], 'mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }',
      { input: { name: 'multi-process, shutdown', period: CURRENT_PERIOD, cohort: { limit: 300 }, policy: { timeLimitSeconds: 4 } } }, officer);
    const started2 = await gql(urls[0], 'mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: round2.data.createRound.id }, officer);
    expect(started2.errors).toBeUndefined();
    const secondId: string = started2.data.runRound.id;
    let second = await runState(urls[1], secondId, officer);
    for (let i = 0; i < 1200 && second.status === 'QUEUED'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      second = await runState(urls[1], secondId, officer);
    }
    expect(second.status).toBe('RUNNING');
    const exited = new Promise((resolve) => worker2.process.once('exit', resolve));
    worker2.process.kill('SIGTERM');
    await exited;
    expect(worker2.output()).toMatch(new RegExp(`run ${secondId} handed back`));
    expect(await runState(urls[1], secondId, officer)).toMatchObject({ status: 'QUEUED', progress: 0, hasAnswer: false, assignments: [] });
    const worker3 = start(WORKER, env);
    children.push(worker3);
    for (let i = 0; i < 1200 && (second.status === 'RUNNING' || second.status === 'QUEUED'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      second = await runState(urls[1], secondId, officer);
    }
    expect(['SUCCEEDED', 'TIMED_OUT']).toContain(second.status);
    expect(second.assignments).toHaveLength(second.figures.householdsTotal);
  }, 600_000);
});
