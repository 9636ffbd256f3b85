import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '#persistence/testing/test-database.js';
import { DEMO_PASSWORD } from '#seed/demo-accounts.js';
import { waitForRun } from './support/rounds.js';
import { staleDist } from './support/dist.js';

/**
 * The service as `npm start` runs it: compiled, started by `node`, migrations and seed on a database of its
 * own (a data folder for the embedded database, or a fresh schema on DATABASE_URL), and runs solved in the
 * worker thread, which only exists in the compiled build.
 */
describe('the built service', () => {
  let child: ChildProcess;
  let url: string;
  let output = '';
  let dataDir: string;
  let database: TestDatabase;

  beforeAll(async () => {
    // Built unless current (.ci/run builds first): rewriting dist/ while the multi-process test's children load it
    // could hand them half-written files.
    if (staleDist()) await promisify(execFile)('node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: process.cwd() });
    const port = await freePort();
    dataDir = mkdtempSync(join(tmpdir(), 'matching-start-'));
    database = await createTestDatabase();
    const env = {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      SEED_HOUSEHOLDS: '300',
      ...(database.config.schema ? { DATABASE_SCHEMA: database.config.schema } : {}),
    };
    child = spawn('node', ['dist/apps/api/src/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 90_000;
    while (!output.includes('GraphQL API ready')) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`service did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    url = `http://127.0.0.1:${port}/graphql`;
  }, 150_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await database?.dispose();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };

  it('starts with seed data and answers GraphQL', async () => {
    expect(output).toContain('seeded reference:municipalities (342)');
    const { data } = await gql('{ municipalities { code } municipality(code: "GM0363") { profile { isDemo } } }');
    expect(data.municipalities).toHaveLength(342);
    expect(data.municipality.profile.isDemo).toBe(true);
  });

  it('solves a round in the worker thread while it keeps answering', async () => {
    const token = (await gql('mutation($p: String!) { login(email: "officer@demo.local", password: $p) { token } }', { p: DEMO_PASSWORD })).data.login.token;
    const period = `${new Date().getUTCFullYear()}-H${new Date().getUTCMonth() < 6 ? 1 : 2}`;
    const round = (await gql(`mutation { createRound(input: { name: "start", period: "${period}" }) { id householdCount } }`, {}, token)).data.createRound;
    expect(round.householdCount).toBe(300);
    const run = (await gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: round.id }, token)).data.runRound;
    const answer = await gql('{ municipalities { code } }');
    expect(answer.data.municipalities).toHaveLength(342);
    const finished = await waitForRun({ gql: (q: string, v?: Record<string, unknown>, t?: string) => gql(q, v, t) } as never, token, run.id);
    expect(finished.status).toBe('SUCCEEDED');
    expect(finished.figures.householdsPlaced).toBeGreaterThan(200);
    expect(output).toContain('solving in a worker thread');
  });

  // The pure-JS exact solver on 300 households × 65 options takes minutes: a run that must be stopped.
  const slowRound = async (token: string, timeLimitSeconds: number) => {
    // (the watchdog is tested in run-control.e2e-spec.ts with a computation that never ends)
    const period = `${new Date().getUTCFullYear()}-H${new Date().getUTCMonth() < 6 ? 1 : 2}`;
    const created = await gql(
      'mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }',
      { input: { name: 'slow', period, policy: { solver: 'JAVASCRIPT_LP_SOLVER', timeLimitSeconds } } },
      token,
    );
    expect(created.errors).toBeUndefined();
    return (await gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: created.data.createRound.id }, token)).data.runRound.id as string;
  };
  const runState = async (token: string, id: string) =>
    (await gql('query($id: ID!) { run(id: $id) { status hasAnswer message assignments(limit: 1) { householdId } } }', { id }, token)).data.run;
  /**
   * Waits until run `id` has left the queue, and expects it running: a run that ended instead, or stayed queued for
   * 60 s, fails with its status, message and the service's lines about it (CI once saw a run not start in 30 s).
   */
  const untilRunning = async (token: string, id: string) => {
    const deadline = Date.now() + 60_000;
    let state = await runState(token, id);
    while (state.status === 'QUEUED' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = await runState(token, id);
    }
    if (state.status !== 'RUNNING') {
      const lines = output.split('\n').filter((line) => line.includes(id) || /error|warn/i.test(line)).slice(-20);
      throw new Error(`run ${id} is ${state.status} (${state.message ?? 'no message'}), not RUNNING:\n${lines.join('\n')}`);
    }
  };
  const login = async () => (await gql('mutation($p: String!) { login(email: "officer@demo.local", password: $p) { token } }', { p: DEMO_PASSWORD })).data.login.token as string;

  it('cancels a running run: the worker stops, the run is cancelled without an answer, and stays so', async () => {
    const token = await login();
    const id = await slowRound(token, 600);
    await untilRunning(token, id);
    const cancelled = await gql('mutation($id: ID!) { cancelRun(runId: $id) { status hasAnswer } }', { id }, token);
    expect(cancelled.data.cancelRun).toEqual({ status: 'CANCELLED', hasAnswer: false });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await runState(token, id)).toMatchObject({ status: 'CANCELLED', hasAnswer: false, assignments: [] });
    const again = await gql('mutation($id: ID!) { cancelRun(runId: $id) { status } }', { id }, token);
    expect((again.errors as { extensions: { code: string } }[])[0].extensions.code).toBe('CONFLICT');
    expect(output).toContain(`run ${id} cancelled`);
    // The executor is free again: a rerun starts, and is cancelled in turn.
    const next = (await gql('mutation($id: ID!) { rerun(runId: $id) { id } }', { id }, token)).data.rerun.id as string;
    await untilRunning(token, next);
    expect((await gql('mutation($id: ID!) { cancelRun(runId: $id) { status } }', { id: next }, token)).data.cancelRun.status).toBe('CANCELLED');
  }, 150_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
