import type { Client } from 'graphql-ws';
import { startTestApp, type TestApp } from './support/test-app.js';
import { subscribeToEnd, wsClient } from './support/subscriptions.js';
import { waitForRun } from './support/rounds.js';
import { createAccount } from './support/factories.js';
import { periodOf } from '#api/common/period.js';
import { defaultLimits } from '#api/config/app-config.js';
import { RunRepository } from '#persistence/repositories/run.repository.js';
import { DataSource } from 'typeorm';
import { JwtService } from '@nestjs/jwt';
import { jwtOptions } from '#api/auth/auth.module.js';

/*
 * The `runProgress` subscription over graphql-ws (issue 14, "more than one process"): an officer follows a run from its
 * current state to its final status; everyone else is refused when connecting; the limits of HTTP operations hold.
 * Runs on the embedded database and, with DATABASE_URL, on PostgreSQL (LISTEN/NOTIFY through a dedicated connection).
 */

const PROGRESS = 'subscription($id: ID!) { runProgress(runId: $id) { runId status stage progress } }';
const LIFECYCLE = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'TIMED_OUT', 'FAILED', 'CANCELLED'];
const FINAL = ['SUCCEEDED', 'TIMED_OUT', 'FAILED', 'CANCELLED'];

async function draftRound(t: TestApp, officer: string, households: number): Promise<string> {
  const response = await t.gql(
    'mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }',
    { input: { name: 'progress', period: periodOf(new Date()), cohort: { limit: households } } },
    officer,
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createRound.id as string;
}

async function startRun(t: TestApp, officer: string, roundId: string): Promise<string> {
  const response = await t.gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: roundId }, officer);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.runRound.id as string;
}

describe('runProgress subscription', () => {
  let t: TestApp;
  let officer: string;
  const clients: Client[] = [];
  const client = (token?: string, authorization?: string) => {
    const c = wsClient(t, token, authorization);
    clients.push(c);
    return c;
  };

  /** With DATABASE_URL: a second app on the same database, started before any run (it fails unfinished runs on start). */
  let writer: TestApp | undefined;

  beforeAll(async () => {
    // an open connection rechecks its account every second here (60 s by default)
    t = await startTestApp({ limits: { ...defaultLimits(), subscriptionRecheckSeconds: 1 } });
    officer = await t.login('officer@demo.local');
    if (process.env.DATABASE_URL) writer = await startTestApp({}, { sharing: t });
  }, 120_000);
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
  });
  afterAll(async () => {
    await writer?.close();
    await t?.close();
  });

  it('sends an officer the run’s progress in order, ending with its final status as the run query reads it', async () => {
    const runId = await startRun(t, officer, await draftRound(t, officer, 80));
    const outcome = await subscribeToEnd(client(officer), PROGRESS, { id: runId });
    expect(outcome.ended).toBe('complete');
    expect(outcome.results.every((r) => r.errors === undefined)).toBe(true);
    const events = outcome.results.map((r) => r.data.runProgress as { runId: string; status: string; stage: string | null; progress: number });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.runId === runId)).toBe(true);
    // in life-cycle order, progress never going back, no event repeating the one before it
    for (let i = 1; i < events.length; i += 1) {
      expect(LIFECYCLE.indexOf(events[i].status)).toBeGreaterThanOrEqual(LIFECYCLE.indexOf(events[i - 1].status));
      expect(events[i].progress).toBeGreaterThanOrEqual(events[i - 1].progress);
      expect(events[i]).not.toEqual(events[i - 1]);
    }
    // only the last event has a final status: the subscription ends with it
    expect(events.slice(0, -1).every((e) => !FINAL.includes(e.status))).toBe(true);
    const final = await waitForRun(t, officer, runId);
    expect(events.at(-1)).toEqual({ runId, status: final.status, stage: 'DONE', progress: final.progress });
    expect(final.status).toBe('SUCCEEDED');
    expect(final.progress).toBe(1);
  });

  it('follows a run whose progress another process writes, from QUEUED to its final status, in order', async () => {
    // A queued run no executor takes (a copy of a finished run's row), then the writes a worker makes, through the
    // run repository of `writer`: on PostgreSQL a second app on the same database (another pool, another LISTEN
    // connection: another process as far as the database can tell), embedded the app itself.
    const template = await startRun(t, officer, await draftRound(t, officer, 10));
    await waitForRun(t, officer, template);
    const dataSource = t.app.get(DataSource);
    const [{ id: runId }] = (await dataSource.query(
      `INSERT INTO "run" ("round_id", "options", "status", "progress") SELECT "round_id", "options", 'queued', 0 FROM "run" WHERE "id" = $1 RETURNING "id"`,
      [template],
    )) as { id: string }[];
    const runs = (writer ?? t).app.get(RunRepository);
    const writes = [
      () => runs.markRunning(runId),
      // the second write changes nothing: no event for it (attempt 1: the execution markRunning started)
      () => runs.reportProgress(runId, 1, 0.3, 'scoring').then(() => runs.reportProgress(runId, 1, 0.3, 'scoring')),
      // a report that reaches the database late (another pool connection) never takes progress back: no event for it
      () => runs.reportProgress(runId, 1, 0.6, 'solving').then(() => runs.reportProgress(runId, 1, 0.3, 'scoring')),
      () => runs.end(runId, 'failed', 'the worker stopped'),
    ];
    const outcome = await subscribeToEnd(client(officer), PROGRESS, { id: runId }, {
      // each write once the event of the one before it is in (the first once the subscription answered)
      onResult: () => void writes.shift()?.().then(() => undefined, () => undefined),
    });
    expect(outcome.ended).toBe('complete');
    expect(outcome.results.map((r) => r.data.runProgress)).toEqual([
      { runId, status: 'QUEUED', stage: null, progress: 0 },
      { runId, status: 'RUNNING', stage: 'STARTING', progress: 0.01 },
      { runId, status: 'RUNNING', stage: 'SCORING', progress: 0.3 },
      { runId, status: 'RUNNING', stage: 'SOLVING', progress: 0.6 },
      { runId, status: 'FAILED', stage: 'SOLVING', progress: 0.6 },
    ]);
  });

  it('ends at once with the final status for a run that has finished', async () => {
    const runId = await startRun(t, officer, await draftRound(t, officer, 10));
    const final = await waitForRun(t, officer, runId);
    const outcome = await subscribeToEnd(client(officer), PROGRESS, { id: runId });
    expect(outcome).toEqual({ ended: 'complete', results: [{ data: { runProgress: { runId, status: final.status, stage: 'DONE', progress: 1 } } }] });
  });

  it('answers an officer NOT_FOUND for an unknown run, and BAD_USER_INPUT for an id that is no UUID', async () => {
    const missing = await subscribeToEnd(client(officer), PROGRESS, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.ended).toBe('complete');
    expect(missing.results).toHaveLength(1);
    expect(missing.results[0].errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const malformed = await subscribeToEnd(client(officer), PROGRESS, { id: 'not-a-uuid' });
    expect(malformed.ended).toBe('error');
    expect(malformed.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    // a variable of the wrong type: named, its value not quoted back
    const mistyped = await subscribeToEnd(client(officer), PROGRESS, { id: { secret: 'x' } });
    expect(mistyped.ended).toBe('error');
    expect(mistyped.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', 'Variable "$id" has an invalid value: ID cannot represent value']]);
  });

  it('refuses a connection without a token, with a bad or expired token, and of a newcomer, municipality or admin', async () => {
    const runId = await startRun(t, officer, await draftRound(t, officer, 10));
    const anonymous = await subscribeToEnd(client(), PROGRESS, { id: runId });
    expect(anonymous).toEqual({ ended: 'closed', results: [], close: { code: 4401, reason: 'Sign in first' } });
    const forged = await subscribeToEnd(client(undefined, `Bearer ${officer.slice(0, -4)}AAAA`), PROGRESS, { id: runId });
    expect(forged).toEqual({ ended: 'closed', results: [], close: { code: 4401, reason: 'Invalid token' } });
    // the officer's own token, signed again by this service with its lifetime in the past
    const claims = JSON.parse(Buffer.from(officer.split('.')[1], 'base64url').toString()) as { sub: string; ver: number };
    const now = Math.floor(Date.now() / 1000);
    const expiredToken = new JwtService(jwtOptions(t.config)).sign({ sub: claims.sub, ver: claims.ver, iat: now - 7200, exp: now - 3600 });
    const expired = await subscribeToEnd(client(expiredToken), PROGRESS, { id: runId });
    expect(expired).toEqual({ ended: 'closed', results: [], close: { code: 4401, reason: 'Your session has expired; sign in again' } });
    const malformed = await subscribeToEnd(client(undefined, officer), PROGRESS, { id: runId });
    expect(malformed).toEqual({ ended: 'closed', results: [], close: { code: 4401, reason: 'Malformed authorization header' } });
    for (const email of ['newcomer@demo.local', 'amsterdam@demo.local', 'admin@demo.local']) {
      const refused = await subscribeToEnd(client(await t.login(email)), PROGRESS, { id: runId });
      expect(refused).toEqual({ ended: 'closed', results: [], close: { code: 4403, reason: 'Your role has no subscriptions' } });
    }
    await waitForRun(t, officer, runId);
  });

  /** A queued run no executor takes (a copy of a finished run's row): a subscription to it stays open. */
  async function quietRun(): Promise<string> {
    const template = await startRun(t, officer, await draftRound(t, officer, 10));
    await waitForRun(t, officer, template);
    const [{ id }] = (await t.app.get(DataSource).query(
      `INSERT INTO "run" ("round_id", "options", "status", "progress") SELECT "round_id", "options", 'queued', 0 FROM "run" WHERE "id" = $1 RETURNING "id"`,
      [template],
    )) as { id: string }[];
    return id;
  }

  /** Subscribes `c` to the run's progress; `opened` resolves at the first event, `ended` when the subscription ends. */
  function follow(c: Client, runId: string) {
    let first!: () => void;
    const opened = new Promise<void>((resolve) => (first = resolve));
    const ended = subscribeToEnd(c, PROGRESS, { id: runId }, { onResult: () => first() });
    return { opened, ended };
  }

  it('holds at most maxSubscriptionConnections (5) connections of one account; the next is closed with 4429', async () => {
    const runId = await quietRun();
    const token = await createAccount(t, { role: 'OFFICER' });
    const five = Array.from({ length: 5 }, () => client(token));
    await Promise.all(five.map((c) => follow(c, runId).opened));
    const sixth = await subscribeToEnd(client(token), PROGRESS, { id: runId });
    expect(sixth).toEqual({ ended: 'closed', results: [], close: { code: 4429, reason: 'Too many open connections for this account (at most 5); close one first' } });
    // another account is not affected; and once one of the five closes, a new connection is accepted
    await follow(client(officer), runId).opened;
    await five[0].dispose();
    await follow(client(token), runId).opened;
  });

  it('closes an open connection when its token expires (4401)', async () => {
    const runId = await quietRun();
    const token = await createAccount(t, { role: 'OFFICER' });
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string; ver: number };
    const now = Math.floor(Date.now() / 1000);
    const shortLived = new JwtService(jwtOptions(t.config)).sign({ sub: claims.sub, ver: claims.ver, iat: now, exp: now + 2 });
    const outcome = await follow(client(shortLived), runId).ended;
    expect(outcome).toEqual({
      ended: 'closed',
      results: [{ data: { runProgress: { runId, status: 'QUEUED', stage: null, progress: 0 } } }],
      close: { code: 4401, reason: 'Your session has expired; sign in again' },
    });
  });

  it('closes an open connection when its account is disabled (checked every subscriptionRecheckSeconds)', async () => {
    const runId = await quietRun();
    const token = await createAccount(t, { role: 'OFFICER' });
    const { id: accountId } = (await t.gql('{ me { id } }', {}, token)).data.me as { id: string };
    const followed = follow(client(token), runId);
    await followed.opened;
    const disabled = await t.gql('mutation($id: ID!) { disableAccount(id: $id) { id } }', { id: accountId }, await t.login('admin@demo.local'));
    expect(disabled.errors).toBeUndefined();
    expect((await followed.ended).close).toEqual({ code: 4401, reason: 'This session is no longer valid' });
  });

  it('serves only subscriptions over WebSocket: a query or mutation is refused and goes over HTTP', async () => {
    const query = await subscribeToEnd(client(officer), '{ me { id } }');
    expect(query.ended).toBe('error');
    expect(query.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_REQUEST']);
    const invalid = await subscribeToEnd(client(officer), 'subscription { runProgress(runId: "00000000-0000-4000-8000-000000000000") { nope } }');
    expect(invalid.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('runProgress subscription under the operation limits', () => {
  let t: TestApp;
  let client: Client;

  beforeAll(async () => {
    // `login { token }` costs 2, `runProgress { runId status stage progress }` 5
    t = await startTestApp({ seedHouseholds: 10, limits: { ...defaultLimits(), maxQueryComplexity: 4, maxAliases: 0 } });
    client = wsClient(t, await t.login('officer@demo.local'));
  }, 120_000);
  afterAll(async () => {
    await client?.dispose();
    await t?.close();
  });

  it('refuses a subscription costing more than the budget, and one with more aliases than allowed', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const costly = await subscribeToEnd(client, PROGRESS, { id });
    expect(costly.ended).toBe('error');
    expect(costly.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(costly.errors?.[0].message).toMatch(/Query too complex: cost 5 exceeds 4/);
    const aliased = await subscribeToEnd(client, 'subscription($id: ID!) { p: runProgress(runId: $id) { runId } }', { id });
    expect(aliased.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(aliased.errors?.[0].message).toMatch(/Too many aliases/);
    // within the limits the operation runs: an unknown run is NOT_FOUND
    const cheap = await subscribeToEnd(client, 'subscription($id: ID!) { runProgress(runId: $id) { runId } }', { id });
    expect(cheap.results[0].errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});
