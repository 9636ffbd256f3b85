import 'reflect-metadata';
import { Agent, request as httpRequest } from 'node:http';
import { jest } from '@jest/globals';
import { Controller, Get, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from '#api/app.module.js';
import { configureApp } from '#api/configure-app.js';
import { PublicEndpoint } from '#api/auth/access.decorator.js';
import { DEFAULT_RUN_GRACE_SECONDS, defaultLimits, type AppConfig, type OpsConfig } from '#api/config/app-config.js';
import { createTestDatabase } from '#persistence/testing/test-database.js';
import { DEMO_PASSWORD } from '#seed/demo-accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { withDatabaseImage } from './support/database-images.js';
import { newHousehold, newSucceededRun } from './support/factories.js';

/**
 * Ops (issue 14): health endpoints, metrics, JSON logs without personal data, graceful HTTP shutdown.
 *
 * nestjs-pino keeps one pino-http per process (the first app's settings), so every app in this file logs to the same
 * capture at `info` (`LOGS`), and each test looks only at what it logged after its own mark.
 */
const LOGS: string[] = [];
const OPS: OpsConfig = { logLevel: 'info', logDestination: { write: (line: string) => LOGS.push(line) }, httpDrainSeconds: 10 };

/** The log lines written since `mark` (an index into LOGS), parsed. */
function logsSince(mark: number): Record<string, any>[] {
  return LOGS.slice(mark).map((line) => JSON.parse(line) as Record<string, any>);
}

async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(url, { headers });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

function base(t: TestApp): string {
  return t.url.replace(/\/graphql$/, '');
}

/** The value of one series in a Prometheus text exposition, e.g. `name{label="x"}`; undefined when absent. */
function series(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (.+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[2] ?? '').matchAll(/([a-zA-Z_]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => present[k] === v)) return Number(match[3]);
  }
  return undefined;
}

describe('health, metrics and logs', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await startTestApp({ ops: OPS });
    // Nest's own logs (runs, seeding, errors) through the JSON logger, as in main.ts
    t.app.useLogger(t.app.get(PinoNestLogger));
    officer = await t.login('officer@demo.local');
  });

  afterAll(() => t?.close());

  it('answers liveness and readiness as JSON, without a token', async () => {
    const live = await get(`${base(t)}/health/live`);
    expect(live.status).toBe(200);
    expect(live.type).toMatch(/application\/json/);
    expect(JSON.parse(live.text)).toMatchObject({ status: 'ok' });

    const ready = await get(`${base(t)}/health/ready`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toMatchObject({
      status: 'ok',
      // the queue the app is configured with: bullmq on a PostgreSQL server, in process on the embedded database
      details: { http: { status: 'up' }, database: { status: 'up' }, runQueue: { status: 'up', kind: t.config.jobs?.queue === 'in-process' ? 'in-process' : 'bullmq', accepting: true } },
    });
  });

  it('keeps an idle keep-alive connection open longer than Node’s 5 s, so a client reusing it is not reset', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const getOn = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const request = httpRequest(`${base(t)}/health/live`, { agent }, (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode ?? 0, reused: request.reusedSocket }));
        });
        request.on('error', reject);
        request.end();
      });
    try {
      expect(await getOn()).toEqual({ status: 200, reused: false });
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(await getOn()).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  }, 30_000);

  it('reports not ready (503, JSON) when the database does not answer', async () => {
    const dataSource = t.app.get(DataSource);
    const query = jest.spyOn(dataSource, 'query').mockRejectedValueOnce(new Error('connection to 10.0.0.1 refused for user secret'));
    try {
      const ready = await get(`${base(t)}/health/ready`);
      expect(ready.status).toBe(503);
      const body = JSON.parse(ready.text);
      expect(body).toMatchObject({ status: 'error', error: { database: { status: 'down', message: 'the database did not answer' } } });
      expect(ready.text).not.toContain('10.0.0.1');
    } finally {
      query.mockRestore();
    }
  });

  it('serves metrics with GraphQL latency by operation, run duration, solver gap and queue depth', async () => {
    const before = await get(`${base(t)}/metrics`);
    expect(before.status).toBe(200);
    expect(before.type).toMatch(/^text\/plain/);
    const taxonomyBefore = series(before.text, 'graphql_request_duration_seconds_count', { operation: 'cefrLevels', outcome: 'success' }) ?? 0;
    const runsBefore = series(before.text, 'matching_runs_ended_total', { status: 'succeeded' }) ?? 0;

    expect((await t.gql('query Tree { cefrLevels { code } }')).errors).toBeUndefined();
    expect((await t.gql('query { nope }')).errors).toBeDefined();
    await newSucceededRun(t, officer);

    const after = await get(`${base(t)}/metrics`);
    expect(series(after.text, 'graphql_request_duration_seconds_count', { operation: 'cefrLevels', type: 'query', outcome: 'success' })).toBe(taxonomyBefore + 1);
    // an invalid document has no resolved operation: one label for all of them
    expect(series(after.text, 'graphql_request_duration_seconds_count', { operation: 'unknown', type: 'unknown', outcome: 'refused' })).toBeGreaterThanOrEqual(1);
    expect(series(after.text, 'graphql_request_duration_seconds_count', { operation: 'runRound', type: 'mutation', outcome: 'success' })).toBeGreaterThanOrEqual(1);
    expect(series(after.text, 'matching_runs_ended_total', { status: 'succeeded' })).toBe(runsBefore + 1);
    expect(series(after.text, 'matching_run_duration_seconds_count', { status: 'succeeded', solver: 'core-lp' })).toBeGreaterThanOrEqual(1);
    expect(series(after.text, 'matching_run_solver_gap_count', { solver: 'core-lp' })).toBeGreaterThanOrEqual(1);
    expect(series(after.text, 'matching_run_queue_depth', { state: 'queued' })).toBe(0);
    expect(series(after.text, 'matching_run_queue_depth', { state: 'running' })).toBe(0);
    expect(series(after.text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(series(after.text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('gives client operation names no label of their own: labels are root fields of the schema', async () => {
    await t.gql('query Alice_Example { cefrLevels { code } }');
    const text = (await get(`${base(t)}/metrics`)).text;
    expect(text).not.toContain('Alice_Example');
    expect(series(text, 'graphql_request_duration_seconds_count', { operation: 'cefrLevels' })).toBeGreaterThanOrEqual(1);
  });

  it('refuses metrics to a request that came through a proxy when no token is set', async () => {
    expect((await get(`${base(t)}/metrics`, { 'x-forwarded-for': '203.0.113.9' })).status).toBe(403);
    expect((await get(`${base(t)}/metrics`, { forwarded: 'for=203.0.113.9' })).status).toBe(403);
  });

  it('logs one JSON line per request with the operation, never the password, token, names or variables', async () => {
    const mark = LOGS.length;
    const name = `Zebediah Quillfeather ${Date.now()}`;
    const note = `allergic to penicillin ${Date.now()}`;
    const login = await t.gql('mutation SignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'officer@demo.local', p: DEMO_PASSWORD });
    const token: string = login.data.login.token;
    const household = await newHousehold(t, token, { input: { members: [{ fullName: name, birthYear: 1980, role: 'APPLICANT' }], medicalNotes: note } });
    expect(household.id).toBeDefined();
    // a failed sign-in and a GET request carrying variables in its query string
    await t.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'officer@demo.local', p: 'wrong-secret-passphrase-1' });
    await fetch(`${t.url}?query=${encodeURIComponent('query($n: String!) { __typename }')}&variables=${encodeURIComponent(JSON.stringify({ n: name }))}`, {
      headers: { 'apollo-require-preflight': 'true', cookie: 'session=cookie-secret-1' },
    });

    const lines = logsSince(mark);
    const text = LOGS.slice(mark).join('');
    const requests = lines.filter((l) => l.msg === 'request completed');
    expect(requests.length).toBeGreaterThanOrEqual(4);
    expect(requests[0]).toMatchObject({ req: { method: 'POST', path: '/graphql' }, res: { statusCode: 200 }, graphql: { operation: 'login', type: 'mutation', outcome: 'success', operationName: 'SignIn' } });
    expect(requests.some((l) => l.graphql?.operation === 'registerHousehold')).toBe(true);
    expect(typeof requests[0].req.id).toBe('string');
    for (const secret of [DEMO_PASSWORD, 'wrong-secret-passphrase-1', token, token.split('.')[2], name, 'Quillfeather', note, 'cookie-secret-1', 'Bearer']) {
      expect(text).not.toContain(secret);
    }
  });

  it('does not log probes and scrapes one by one', async () => {
    const mark = LOGS.length;
    await get(`${base(t)}/health/live`);
    await get(`${base(t)}/metrics`);
    await t.gql('{ cefrLevels { code } }');
    const paths = logsSince(mark).filter((l) => l.msg === 'request completed').map((l) => l.req.path);
    expect(paths).toEqual(['/graphql']);
  });
});

describe('metrics behind METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ops: { ...OPS, metricsToken: 'metrics-token-for-tests' } });
  });
  afterAll(() => t?.close());

  it('answers 401 without the token or with another, and the metrics with it (from anywhere, proxies included)', async () => {
    expect((await get(`${base(t)}/metrics`)).status).toBe(401);
    expect((await get(`${base(t)}/metrics`, { authorization: 'Bearer metrics-token-for-test' })).status).toBe(401);
    const scraped = await get(`${base(t)}/metrics`, { authorization: 'Bearer metrics-token-for-tests', 'x-forwarded-for': '203.0.113.9' });
    expect(scraped.status).toBe(200);
    expect(scraped.text).toContain('# TYPE graphql_request_duration_seconds histogram');
  });

  it('keeps health open', async () => {
    expect((await get(`${base(t)}/health/ready`)).status).toBe(200);
  });
});

/** A route that answers when the test opens `gate`, to hold a request in flight. */
let gate: { opened: Promise<void>; open(): void; arrived: Promise<void>; arrive(): void };
function newGate(): void {
  let open!: () => void;
  let arrive!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  gate = { opened, open, arrived, arrive };
}

@Controller('slow')
class SlowController {
  @Get()
  @PublicEndpoint()
  async slow(): Promise<string> {
    gate.arrive();
    await gate.opened;
    return 'finished';
  }
}

describe('graceful shutdown of the HTTP side', () => {
  async function startSlowApp(httpDrainSeconds: number): Promise<{ app: INestApplication; base: string; dispose(): Promise<void> }> {
    const database = await createTestDatabase();
    let config: AppConfig = {
      port: 0,
      database: database.config,
      seed: false,
      seedHouseholds: 0,
      introspection: true,
      production: false,
      auth: { jwtSecret: 'test-secret-not-for-production', tokenTtlSeconds: 3600, loginAttemptsPerMinute: 1000 },
      runs: { graceSeconds: DEFAULT_RUN_GRACE_SECONDS },
      limits: defaultLimits(),
      ops: { ...OPS, httpDrainSeconds },
    };
    // the run's image of a migrated database when there is one (database-images.ts)
    const image = await withDatabaseImage(config);
    config = image.config;
    class SlowAppModule {}
    const app = await NestFactory.create<NestExpressApplication>({ module: SlowAppModule, imports: [AppModule.forRoot(config)], controllers: [SlowController] }, { logger: ['error'] });
    configureApp(app, config);
    app.useLogger(app.get(PinoNestLogger));
    await app.listen(0, '127.0.0.1');
    await image.save(app);
    const port = (app.getHttpServer().address() as { port: number }).port;
    return { app, base: `http://127.0.0.1:${port}`, dispose: () => database.dispose() };
  }

  /** A GET on a connection of its own (no pooled keep-alive connection): rejects when the server refuses it. */
  function freshGet(url: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const request = httpRequest(url, { agent: false }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      request.on('error', reject);
      request.end();
    });
  }

  it('stops accepting connections, lets the request in flight finish, then closes the database, logging each step', async () => {
    newGate();
    const { app, base: url, dispose } = await startSlowApp(10);
    const dataSource = app.get(DataSource);
    const mark = LOGS.length;
    try {
      const inFlight = fetch(`${url}/slow`).then(async (r) => ({ status: r.status, text: await r.text() }));
      await gate.arrived;
      const closing = app.close();
      // draining: new connections are refused while the request is still in flight
      await new Promise((resolve) => setTimeout(resolve, 50));
      await expect(freshGet(`${url}/health/live`)).rejects.toThrow();
      expect(dataSource.isInitialized).toBe(true);
      gate.open();
      expect(await inFlight).toEqual({ status: 200, text: 'finished' });
      await closing;
      expect(dataSource.isInitialized).toBe(false);
      const messages = logsSince(mark).map((l) => l.msg as string);
      expect(messages).toEqual(expect.arrayContaining([
        expect.stringMatching(/^shutting down: no new connections; 1 request\(s\) in flight/),
        'HTTP server closed: every request in flight finished',
        'database connection closed',
      ]));
      const order = ['shutting down', 'HTTP server closed', 'database connection closed'].map((m) => messages.findIndex((x) => x.startsWith(m)));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    } finally {
      gate.open();
      await dispose();
    }
  });

  it('waits for requests in flight no longer than HTTP_DRAIN_SECONDS', async () => {
    newGate();
    const { app, base: url, dispose } = await startSlowApp(0.3);
    const mark = LOGS.length;
    try {
      const inFlight = fetch(`${url}/slow`).then((r) => r.text());
      inFlight.catch(() => undefined);
      await gate.arrived;
      // the gate stays shut: close must end by itself, cutting the request off
      await app.close();
      await expect(inFlight).rejects.toThrow();
      expect(logsSince(mark).map((l) => l.msg)).toContain('HTTP server closed: 1 request(s) still in flight after 0.3 s were cut off');
    } finally {
      gate.open();
      await dispose();
    }
  });
});
