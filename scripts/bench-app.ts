/**
 * The app as the benchmark scripts start it: the real module and HTTP layer on a random loopback port, on an
 * in-memory embedded database or, with DATABASE_URL, a fresh schema on that server (dropped by `close`).
 * One place, so every `npm run bench:*` measures the same configuration.
 */
import 'reflect-metadata';
import { createServer } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '#api/app.module.js';
import { configureApp } from '#api/configure-app.js';
import { benchmarkAccountBudgets, DEFAULT_RUN_GRACE_SECONDS, defaultLimits, type AppConfig } from '#api/config/app-config.js';
import { createTestDatabase } from '#persistence/testing/test-database.js';
import { DEMO_PASSWORD } from '#seed/demo-accounts.js';

/** A GraphQL answer as it came over HTTP. */
export interface BenchAnswer {
  readonly data?: any;
  readonly errors?: unknown[];
}

export interface BenchApp {
  readonly app: NestExpressApplication;
  /** The GraphQL endpoint, `http://127.0.0.1:<port>/graphql`. */
  readonly url: string;
  /** Posts one operation and returns the answer as it came (errors included). */
  post(query: string, variables?: Record<string, unknown>, token?: string): Promise<BenchAnswer>;
  /** Posts one operation and returns its `data`; throws with the first 500 characters of the errors when there are any. */
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<any>;
  /** Signs in (a demo account with the demo password unless `password` is given) and returns the token. */
  signIn(email: string, password?: string): Promise<string>;
  /**
   * Starts a run of the round (`args`: more `runRound` arguments, e.g. `, fresh: true`) and polls it every 250 ms
   * until it ends; returns the run with `fields` (`id status message` always). Throws when it ends other than
   * SUCCEEDED or TIMED_OUT.
   */
  runToEnd(roundId: string, token: string, fields?: string, args?: string): Promise<any>;
  close(): Promise<void>;
}

export interface BenchAppOptions {
  /** Synthetic households seeded beside the demo accounts and reference data. */
  readonly seedHouseholds: number;
  /** Replaces parts of the default auth settings (e.g. `loginAttemptsPerMinute` when sign-ins are what is measured). */
  readonly auth?: Partial<AppConfig['auth']>;
  /**
   * Replaces parts of `defaultLimits()` (e.g. a larger query budget for the review page). The account budgets are
   * `benchmarkAccountBudgets(maxQueryComplexity)` unless given: they never stop a benchmark's load.
   */
  readonly limits?: Partial<AppConfig['limits']>;
  /** Idle keep-alive of the HTTP server, ms (Node's default 5 s when unset). */
  readonly keepAliveMs?: number;
}

/** Starts the app for a benchmark: no introspection, Nest logging at warn and error only. */
export async function startBenchApp(options: BenchAppOptions): Promise<BenchApp> {
  const database = await createTestDatabase();
  const limits = { ...defaultLimits(), ...options.limits };
  const config: AppConfig = {
    port: 0,
    database: database.config,
    seed: true,
    seedHouseholds: options.seedHouseholds,
    introspection: false,
    production: false,
    auth: { jwtSecret: 'bench', tokenTtlSeconds: 3600, loginAttemptsPerMinute: 1000, ...options.auth },
    runs: { graceSeconds: DEFAULT_RUN_GRACE_SECONDS },
    limits: { ...limits, accountBudgets: benchmarkAccountBudgets(limits.maxQueryComplexity), ...options.limits },
  };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  configureApp(app, config);
  if (options.keepAliveMs !== undefined) app.getHttpServer().keepAliveTimeout = options.keepAliveMs;
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
  const post = async (query: string, variables: Record<string, unknown> = {}, token?: string): Promise<BenchAnswer> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as BenchAnswer;
  };
  const gql = async (query: string, variables?: Record<string, unknown>, token?: string): Promise<any> => {
    const body = await post(query, variables, token);
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return body.data;
  };
  return {
    app,
    url,
    post,
    gql,
    async signIn(email, password = DEMO_PASSWORD) {
      return (await gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password })).login.token;
    },
    async runToEnd(roundId, token, fields = '', args = '') {
      const id = (await gql(`mutation($id: ID!) { runRound(roundId: $id${args}) { id } }`, { id: roundId }, token)).runRound.id;
      for (;;) {
        const run = (await gql(`query($id: ID!) { run(id: $id) { id status message ${fields} } }`, { id }, token)).run;
        if (run.status === 'SUCCEEDED' || run.status === 'TIMED_OUT') return run;
        if (run.status !== 'QUEUED' && run.status !== 'RUNNING') throw new Error(`run ${run.status}: ${run.message}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}

/** Nearest-rank percentile of `sorted` (ascending), `p` in 0–100; NaN for an empty list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The number after `--<name>` on the command line (e.g. `--seconds 20`), or `fallback` when the flag is absent. */
export function numberOption(name: string, fallback: number): number {
  const flag = process.argv.indexOf(`--${name}`);
  return flag > 0 ? Number(process.argv[flag + 1]) : fallback;
}

/** Asks the operating system for a free loopback port (for a service a benchmark starts as a child process). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
