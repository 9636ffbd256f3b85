import 'reflect-metadata';
import type { INestApplication, LoggerService, LogLevel, Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { configureApp } from '#api/configure-app.js';
import { DEMO_PASSWORD } from '#seed/demo-accounts.js';
import { AppModule } from '#api/app.module.js';
import { DEFAULT_RUN_GRACE_SECONDS, defaultLimits, jobsConfigFromEnv, type AppConfig } from '#api/config/app-config.js';
import { createTestDatabase } from '#persistence/testing/test-database.js';
import { withDatabaseImage } from './database-images.js';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

export interface TestApp {
  readonly app: INestApplication;
  readonly url: string;
  /** The configuration the app was started with (its database, for a second app on the same one). */
  readonly config: AppConfig;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Token of a seeded demo account, e.g. login('officer@demo.local'). */
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** How a test app is started, beside its configuration. */
export interface TestAppOptions {
  /** Nest's logger: the log levels to print (default `['error']`), or a logger of the test's own to inspect what is logged. */
  readonly logger?: LoggerService | LogLevel[];
  /** Extra providers (e.g. a probe resolver) in a module that imports the app's; none by default. */
  readonly providers?: Provider[];
  /**
   * Start a second process's app on this app's database (its `config.database`: the same PostgreSQL schema), without
   * seeding it again; closing the second app leaves the database to the first. Only with DATABASE_URL: an embedded
   * database lives inside its one app.
   */
  readonly sharing?: TestApp;
}

/**
 * The real app on a random port, on a database of its own (a fresh schema on DATABASE_URL, or an
 * in-memory embedded database, started from this test run's image of the same seed when one exists:
 * database-images.ts), seeded with the reference data and a small synthetic cohort; or, with
 * `options.sharing`, on another test app's database.
 */
export async function startTestApp(overrides: Partial<AppConfig> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  if (options.sharing && !options.sharing.config.database.url) throw new Error('sharing a database needs DATABASE_URL');
  const database = options.sharing ? { config: options.sharing.config.database, dispose: async () => undefined } : await createTestDatabase();
  let config: AppConfig = {
    port: 0,
    database: database.config,
    seed: !options.sharing,
    seedHouseholds: 120,
    introspection: true,
    production: false,
    auth: { jwtSecret: 'test-secret-not-for-production', tokenTtlSeconds: 3600, loginAttemptsPerMinute: 1000 },
    runs: { graceSeconds: DEFAULT_RUN_GRACE_SECONDS },
    // The queue the database implies (bullmq on DATABASE_URL, in-process otherwise), tuned for tests: cancels are
    // seen within 100 ms, an idle worker polls every second besides being woken by NOTIFY, and closing the app does
    // not wait for a run still executing (it is stopped).
    // no expiry passes by themselves: tests that move a deadline into the past end proposals on request
    proposals: { expiryIntervalMinutes: 0 },
    // no retention passes by themselves either: tests erase on request or run a pass with a date of their own
    retention: { monthsAfterPlacement: 12, intervalHours: 0 },
    jobs: { ...jobsConfigFromEnv(database.config.url ? { DATABASE_URL: database.config.url } : {}), cancelCheckMs: 100, shutdownGraceSeconds: 0, drainDelaySeconds: 1 },
    limits: defaultLimits(),
    ...overrides,
  };
  // An in-memory embedded database starts from this run's image of the same seed when there is one (database-images.ts).
  const image = await withDatabaseImage(config);
  config = image.config;
  class TestAppModule {}
  const module = options.providers?.length ? { module: TestAppModule, imports: [AppModule.forRoot(config)], providers: options.providers } : AppModule.forRoot(config);
  const app = await NestFactory.create<NestExpressApplication>(module, { logger: options.logger ?? ['error'] });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  await image.save(app);
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}/graphql`;
  const testApp: TestApp = {
    app,
    url,
    config,
    async gql(query, variables, token) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse;
    },
    async login(email, password = DEMO_PASSWORD) {
      const response = await testApp.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password });
      if (!response.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(response.errors)}`);
      return response.data.login.token as string;
    },
    async close() {
      await app.close();
      await database.dispose();
    },
  };
  return testApp;
}

/** {@link startTestApp} with `overrides` of the default configuration, and the token of one seeded demo account signed in there. */
export async function startTestAppSignedIn(email: string, overrides: Partial<AppConfig> = {}): Promise<{ t: TestApp; token: string }> {
  const t = await startTestApp(overrides);
  return { t, token: await t.login(email) };
}

export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
