import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { databaseConfigFromEnv, type DatabaseConfig } from '#persistence/data-source.js';
import type { Role } from '#matching/vocabulary/roles.js';
import { RETENTION_MONTHS_AFTER_PLACEMENT } from '#matching/vocabulary/retention.js';

/** What one signed-in account of a role may spend on queries (cost points, query-limits.ts). */
export interface AccountBudget {
  /** Most one operation may cost (never more than `limits.maxQueryComplexity`). */
  readonly perOperation: number;
  /** Points one account may spend per minute over all its operations, counted across API processes. */
  readonly perMinute: number;
}

export interface AppConfig {
  readonly port: number;
  readonly database: DatabaseConfig;
  /** Load reference data, demo profiles and the synthetic cohort on start (idempotent). */
  readonly seed: boolean;
  /** Size of the synthetic cohort the seed creates. */
  readonly seedHouseholds: number;
  /** Folder of the reference CSVs the seed reads (CBS municipalities, ISCO-08); default the project's seed/data. */
  readonly seedDataDir?: string;
  readonly introspection: boolean;
  readonly production: boolean;
  /**
   * Folder of the built web app (`npm run build:web`: apps/web → dist/web), served at `/` by this process next to
   * `/graphql` (`WEB_DIR`; default `dist/web` under the working directory). When it holds no `index.html` the API
   * runs without the site and says so at start.
   */
  readonly webDir?: string;
  /**
   * Which proxies in front of the API to trust for the client's address (Express `trust proxy`): the rate limiter
   * counts per client address (`req.ip`). Default false (`TRUST_PROXY` unset): the address is the connecting
   * socket's and X-Forwarded-For is ignored, so a client cannot pick its own address; behind a reverse proxy every
   * client then shares the proxy's address and limit. Behind one: the number of proxy hops (e.g. 1), or the
   * proxies' addresses or subnets ('loopback', '10.0.0.0/8, 10.1.2.3'). `true` trusts any X-Forwarded-For: only
   * when nothing but the proxy can reach the API.
   */
  readonly trustProxy?: TrustProxy;
  readonly auth: {
    /** HMAC secret for tokens; required in production. */
    readonly jwtSecret: string;
    readonly tokenTtlSeconds: number;
    readonly loginAttemptsPerMinute: number;
  };
  readonly runs: {
    /**
     * Seconds a run may take beyond its solver time limit (for scoring, explaining and storing) before the
     * watchdog stops it and marks it timed_out without an answer. Default 120 (`RUN_GRACE_SECONDS`).
     */
    readonly graceSeconds: number;
  };
  /** How runs reach the optimiser (issue 14, "more than one process"); default `jobsConfigFromEnv({}, database)`. */
  readonly jobs?: JobsConfig;
  /**
   * The proposals' expiry (proposal-expiry.service.ts): minutes between two passes that end proposals past their
   * response deadline (`PROPOSAL_EXPIRY_INTERVAL_MINUTES`, default 60; 0: only on request, `expireOverdueProposals`).
   */
  readonly proposals?: { readonly expiryIntervalMinutes: number };
  /** E-mail (issue 16; `mailConfigFromEnv`); absent: no e-mail is sent (`MAIL_OFF`, as in most tests). */
  readonly mail?: MailConfig;
  /** Retention of personal data (issue 16; `retentionConfigFromEnv`); absent: the defaults. */
  readonly retention?: RetentionConfig;
  readonly limits: {
    readonly maxQueryDepth: number;
    /** Most one signed-in caller's operation may cost (query-limits.ts: a field 1, a list its children × its size). */
    readonly maxQueryComplexity: number;
    /** Most one operation of a caller without a (validly signed) token may cost. */
    readonly anonymousMaxComplexity: number;
    /** Cost points one anonymous client address may spend per minute over all its operations. */
    readonly anonymousComplexityPerMinute: number;
    /**
     * Budgets of a signed-in account by its role (issue 14: a newcomer's 12 aliased profile lists cost 53,000 and held
     * the service for seconds): a newcomer's screens cost a few thousand, a municipality's a few tens of thousands, an
     * officer's run review up to `maxQueryComplexity`.
     */
    readonly accountBudgets: Readonly<Record<Role, AccountBudget>>;
    /** Fields directly under an operation's root, after expanding fragments. */
    readonly maxRootFields: number;
    /** Aliased fields in one operation, after expanding fragments. */
    readonly maxAliases: number;
    readonly maxBodyBytes: number;
    /**
     * WebSocket connections for subscriptions one account may hold open at once (default 5: a few browser tabs); the
     * next is closed at once (4429). Each holds a socket and a share of the process's notifications.
     */
    readonly maxSubscriptionConnections: number;
    /**
     * Seconds between the checks an open subscription connection makes that its account may still sign in (not
     * disabled, tokens not revoked); default 60. Its token's expiry closes it at once.
     */
    readonly subscriptionRecheckSeconds: number;
    /** Runs of the optimiser an officer may start per minute. */
    readonly expensiveMutationsPerMinute: number;
  };
  /** Logging, metrics and shutdown (`opsConfigFromEnv`); absent (tests, benchmarks): `QUIET_OPS`. */
  readonly ops?: OpsConfig;
}

/** Log levels of pino, `silent` for none. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Operations settings: structured logs, who reads `/metrics`, how long a shutdown waits for requests. */
export interface OpsConfig {
  /** Lowest level written as a JSON line to standard output (`LOG_LEVEL`, default `info`; `silent` for none). */
  readonly logLevel: LogLevel;
  /**
   * Where the JSON log lines go instead of standard output: only tests set it, to read what was logged. nestjs-pino
   * builds one pino-http instance per process on first use, so the first app in a process decides the destination
   * and level for every later one in that process.
   */
  readonly logDestination?: { write(line: string): unknown };
  /**
   * Bearer token that `/metrics` requires (`METRICS_TOKEN`). Unset: `/metrics` answers only requests from the
   * loopback address that did not pass through a proxy (no `Forwarded`/`X-Forwarded-For` header).
   */
  readonly metricsToken?: string;
  /**
   * Seconds a shutdown (SIGTERM, SIGINT) waits for requests in flight after it stopped accepting connections
   * (`HTTP_DRAIN_SECONDS`, default 10); then their connections are closed.
   */
  readonly httpDrainSeconds: number;
  /**
   * Port on which a worker process (`npm run start:worker`) serves `/metrics` and `/health/live`
   * (`WORKER_METRICS_PORT`; unset: none). A worker counts the runs it ends, which no API process sees.
   */
  readonly workerMetricsPort?: number;
}

/** The ops settings of an app built without them (tests, benchmarks): errors only, metrics on loopback, 10 s drain. */
export const QUIET_OPS: OpsConfig = { logLevel: 'error', httpDrainSeconds: 10 };

/**
 * Ops settings from the environment: `LOG_LEVEL` (one of `LOG_LEVELS`, default `info`; anything else is an error
 * at start), `METRICS_TOKEN` (unset or empty: none), `HTTP_DRAIN_SECONDS` (default 10, a number ≥ 0),
 * `WORKER_METRICS_PORT` (unset or empty: none; else 0–65535, 0 for any free port).
 */
export function opsConfigFromEnv(env: NodeJS.ProcessEnv = process.env): OpsConfig {
  const level = env.LOG_LEVEL?.trim() || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const drain = Number(env.HTTP_DRAIN_SECONDS ?? 10);
  if (!Number.isFinite(drain) || drain < 0) throw new Error('HTTP_DRAIN_SECONDS must be a number of seconds, 0 or more');
  const workerPort = env.WORKER_METRICS_PORT?.trim() ? Number(env.WORKER_METRICS_PORT) : undefined;
  if (workerPort !== undefined && !(Number.isInteger(workerPort) && workerPort >= 0 && workerPort <= 65535)) throw new Error('WORKER_METRICS_PORT must be a port number, 0–65535');
  return { logLevel: level as LogLevel, metricsToken: env.METRICS_TOKEN || undefined, httpDrainSeconds: drain, ...(workerPort === undefined ? {} : { workerMetricsPort: workerPort }) };
}

/**
 * How e-mail leaves the service (apps/api/src/mail/mail-transport.ts): an SMTP server (`SMTP_URL`, e.g.
 * `smtp://mail.example.org:587` or `smtps://user:password@mail.example.org:465`), files in a folder, one `.eml` per
 * mail (`MAIL_DIR`: for development and tests, where no mail server can be reached), or none.
 */
export type MailTransportConfig = { readonly kind: 'smtp'; readonly url: string } | { readonly kind: 'files'; readonly dir: string } | { readonly kind: 'off' };

/** E-mail settings (matching/vocabulary/mail.ts for what is sent when). */
export interface MailConfig {
  readonly transport: MailTransportConfig;
  /** The sender (`MAIL_FROM`, default `"Wonen na je verblijfsvergunning" <no-reply@localhost>`). */
  readonly from: string;
  /**
   * The site's address as people reach it (`PUBLIC_URL`, e.g. https://wonen.example.nl; no trailing slash): the
   * links in e-mails start with it. Default `http://localhost:<PORT>`; required in production when mail is on.
   */
  readonly publicUrl: string;
  /**
   * Seconds between two passes of the mail dispatcher (`MAIL_DISPATCH_INTERVAL_SECONDS`, default 30; 0: only when
   * asked, as tests do). Each pass sends what is due, at most `MAIL_BATCH_ACCOUNTS` accounts at a time until none is.
   */
  readonly dispatchIntervalSeconds: number;
}

/** No e-mail: the settings of an app built without mail settings. */
export const MAIL_OFF: MailConfig = { transport: { kind: 'off' }, from: '"Wonen na je verblijfsvergunning" <no-reply@localhost>', publicUrl: 'http://localhost:3000', dispatchIntervalSeconds: 0 };

/** Default seconds between two passes of the mail dispatcher (`MAIL_DISPATCH_INTERVAL_SECONDS`). */
export const DEFAULT_MAIL_DISPATCH_SECONDS = 30;

/** Most seconds between two passes of the mail dispatcher: an hour (a notice later than that helps nobody). */
export const MAX_MAIL_DISPATCH_SECONDS = 3600;

/** Where mail goes as files when nothing else is set outside production (`npm start` on a developer's machine). */
export const DEV_MAIL_DIR = '.mail';

/**
 * Mail settings from the environment (see `MailConfig`): `SMTP_URL` wins over `MAIL_DIR`. Neither: in production no
 * e-mail; elsewhere files in `DEV_MAIL_DIR` (so the demo's e-mails can be read), unless `MAIL_DIR` is set empty.
 * Refused at start: an `SMTP_URL` that is not smtp:// or smtps://, a `PUBLIC_URL` that is not http(s)://, a negative
 * interval, and mail on in production without `PUBLIC_URL`.
 */
export function mailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const smtp = env.SMTP_URL?.trim();
  const dir = env.MAIL_DIR === undefined && env.NODE_ENV !== 'production' ? DEV_MAIL_DIR : env.MAIL_DIR?.trim();
  if (smtp && !/^smtps?:\/\//.test(smtp)) throw new Error('SMTP_URL must start with smtp:// or smtps://');
  const transport: MailTransportConfig = smtp ? { kind: 'smtp', url: smtp } : dir ? { kind: 'files', dir } : { kind: 'off' };
  const publicUrl = env.PUBLIC_URL?.trim().replace(/\/+$/, '');
  if (publicUrl && !/^https?:\/\/[^/]+/.test(publicUrl)) throw new Error('PUBLIC_URL must be the site’s address, e.g. https://wonen.example.nl');
  if (!publicUrl && transport.kind !== 'off' && env.NODE_ENV === 'production') throw new Error('PUBLIC_URL must be set in production when e-mail is on (the links in e-mails start with it)');
  const interval = wholeNumberFromEnv(env, 'MAIL_DISPATCH_INTERVAL_SECONDS', DEFAULT_MAIL_DISPATCH_SECONDS, MAX_MAIL_DISPATCH_SECONDS);
  return {
    transport,
    from: env.MAIL_FROM?.trim() || MAIL_OFF.from,
    publicUrl: publicUrl || `http://localhost:${Number(env.PORT ?? 3000)}`,
    dispatchIntervalSeconds: interval,
  };
}

/**
 * Retention of personal data (issue 16; matching/vocabulary/retention.ts, apps/api/src/erasure/retention.service.ts).
 * - `monthsAfterPlacement`: `RETENTION_MONTHS_AFTER_PLACEMENT`, whole months after moving in after which a case is
 *   erased (default `RETENTION_MONTHS_AFTER_PLACEMENT` of the vocabulary, 12).
 * - `intervalHours`: `RETENTION_INTERVAL_HOURS`, hours between two passes (default 24; 0: never by itself; at most
 *   `MAX_RETENTION_INTERVAL_HOURS`, a week: a longer wait overflows Node's timers, which then fire at once).
 */
export interface RetentionConfig {
  readonly monthsAfterPlacement: number;
  readonly intervalHours: number;
}

/** Default hours between two passes of the retention (`RETENTION_INTERVAL_HOURS`). */
export const DEFAULT_RETENTION_INTERVAL_HOURS = 24;

/** Most hours between two passes of the retention: a week (Node's timers take at most 2^31 − 1 ms, about 24.8 days). */
export const MAX_RETENTION_INTERVAL_HOURS = 168;

/**
 * A whole-number setting from the environment: `fallback` when unset or empty. Refused at start, naming the variable,
 * when it is not a whole number from 0 to `max` — the intervals of the service's timers have a `max`, because Node
 * runs a timer longer than 2^31 − 1 ms (about 24.8 days), or one of NaN ms, at once, again and again.
 */
export function wholeNumberFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) throw new Error(`${name} must be a whole number from 0${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' on'} (got "${raw}")`);
  return value;
}

/** The retention settings from the environment (`wholeNumberFromEnv`: refused at start when out of range). */
export function retentionConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RetentionConfig {
  return {
    monthsAfterPlacement: wholeNumberFromEnv(env, 'RETENTION_MONTHS_AFTER_PLACEMENT', RETENTION_MONTHS_AFTER_PLACEMENT),
    intervalHours: wholeNumberFromEnv(env, 'RETENTION_INTERVAL_HOURS', DEFAULT_RETENTION_INTERVAL_HOURS, MAX_RETENTION_INTERVAL_HOURS),
  };
}

/** Default minutes between two passes of the proposals' expiry (`PROPOSAL_EXPIRY_INTERVAL_MINUTES`). */
export const DEFAULT_EXPIRY_INTERVAL_MINUTES = 60;

/** Most minutes between two passes of the proposals' expiry: a day (a deadline ends on a Dutch calendar day). */
export const MAX_EXPIRY_INTERVAL_MINUTES = 1440;

export function appConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  return {
    port: Number(env.PORT ?? 3000),
    database: databaseConfigFromEnv(env),
    seed: env.SEED !== 'false',
    seedHouseholds: Number(env.SEED_HOUSEHOLDS ?? 2000),
    seedDataDir: env.SEED_DATA_DIR || undefined,
    introspection: env.GRAPHQL_INTROSPECTION ? env.GRAPHQL_INTROSPECTION === 'true' : !production,
    production,
    webDir: env.WEB_DIR || join(process.cwd(), 'dist', 'web'),
    trustProxy: trustProxyFromEnv(env.TRUST_PROXY),
    auth: {
      jwtSecret: jwtSecret(env, production),
      tokenTtlSeconds: Number(env.TOKEN_TTL_SECONDS ?? 3600),
      loginAttemptsPerMinute: Number(env.LOGIN_ATTEMPTS_PER_MINUTE ?? 10),
    },
    runs: { graceSeconds: Number(env.RUN_GRACE_SECONDS ?? DEFAULT_RUN_GRACE_SECONDS) },
    jobs: jobsConfigFromEnv(env),
    proposals: { expiryIntervalMinutes: wholeNumberFromEnv(env, 'PROPOSAL_EXPIRY_INTERVAL_MINUTES', DEFAULT_EXPIRY_INTERVAL_MINUTES, MAX_EXPIRY_INTERVAL_MINUTES) },
    mail: mailConfigFromEnv(env),
    retention: retentionConfigFromEnv(env),
    limits: { ...defaultLimits(), expensiveMutationsPerMinute: Number(env.EXPENSIVE_MUTATIONS_PER_MINUTE ?? defaultLimits().expensiveMutationsPerMinute) },
    ops: opsConfigFromEnv(env),
  };
}

/** Where queued runs wait: `in-process` (memory, this process alone), or a shared bullmq queue on PostgreSQL or Redis. */
export type RunQueueKind = 'in-process' | 'postgres' | 'redis';

/**
 * The job queue of matching runs.
 * - `queue`: `RUN_QUEUE`; default `postgres` (bullmq's PostgreSQL backend, tables from migration
 *   JobQueue1796640000000) when DATABASE_URL is set, else `in-process` (the embedded database serves one process).
 *   `redis` needs `REDIS_URL` and the `ioredis` package, which is not installed.
 * - `consume`: whether this process executes runs. The worker process (`npm run start:worker`) always does; an API
 *   process does unless `RUNS_IN_API=false` (then only worker processes execute runs; with `in-process` it must).
 * - `lockMs` (`RUN_JOB_LOCK_MS`, default 30,000): how long a worker's lock on a job lasts; it is renewed every half
 *   of it while the run executes. A job whose lock lapsed (its worker was killed) is stalled.
 * - `stalledCheckMs` (`RUN_JOB_STALLED_CHECK_MS`, default 30,000): how often a worker looks for stalled jobs. A
 *   stalled job goes back to the queue once and is executed again by any worker; stalled twice, it fails and its
 *   run is marked failed. Detection takes up to `lockMs` plus two of these.
 * - `reconcileMs` (`RUN_JOB_RECONCILE_MS`, default 30,000): how often a consuming process checks that every queued
 *   or running run has a live job (a run whose job failed or vanished is marked failed; a queued run without a job
 *   gets one). Also done once when any process starts.
 * - `drainDelaySeconds` (`RUN_JOB_DRAIN_DELAY_SECONDS`, default 5): the longest an idle worker blocks waiting for
 *   a job before it polls again (a new job wakes it at once through LISTEN/NOTIFY).
 * - `cancelCheckMs` (`RUN_CANCEL_CHECK_MS`, default 1,000): how often an executing run's status is read, so that a
 *   cancel made through any API process stops it.
 * - `shutdownGraceSeconds` (`RUN_SHUTDOWN_GRACE_SECONDS`, default 30): on SIGTERM, how long a process lets its
 *   executing run finish; after that the run is stopped and handed back to the queue (queued again, for another
 *   worker), or, in-process, marked failed.
 */
export interface JobsConfig {
  readonly queue: RunQueueKind;
  readonly consume: boolean;
  readonly redisUrl?: string;
  readonly lockMs: number;
  readonly stalledCheckMs: number;
  readonly reconcileMs: number;
  readonly drainDelaySeconds: number;
  readonly cancelCheckMs: number;
  readonly shutdownGraceSeconds: number;
}

/** `JobsConfig` from the environment (see there); unknown `RUN_QUEUE` values are refused. */
export function jobsConfigFromEnv(env: NodeJS.ProcessEnv = process.env): JobsConfig {
  const queue = env.RUN_QUEUE || (env.DATABASE_URL ? 'postgres' : 'in-process');
  if (queue !== 'in-process' && queue !== 'postgres' && queue !== 'redis') throw new Error(`RUN_QUEUE must be in-process, postgres or redis, not ${queue}`);
  if (queue === 'postgres' && !env.DATABASE_URL) throw new Error('RUN_QUEUE=postgres needs DATABASE_URL (a PostgreSQL server)');
  if (queue === 'redis' && !env.REDIS_URL) throw new Error('RUN_QUEUE=redis needs REDIS_URL');
  const number = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);
  return {
    queue,
    consume: env.RUNS_IN_API !== 'false',
    redisUrl: env.REDIS_URL || undefined,
    lockMs: number('RUN_JOB_LOCK_MS', 30_000),
    stalledCheckMs: number('RUN_JOB_STALLED_CHECK_MS', 30_000),
    reconcileMs: number('RUN_JOB_RECONCILE_MS', 30_000),
    drainDelaySeconds: number('RUN_JOB_DRAIN_DELAY_SECONDS', 5),
    cancelCheckMs: number('RUN_CANCEL_CHECK_MS', 1000),
    shutdownGraceSeconds: number('RUN_SHUTDOWN_GRACE_SECONDS', 30),
  };
}

/** The job-queue settings of `config`: its own, or the defaults for its database. */
export function jobsConfig(config: Pick<AppConfig, 'jobs' | 'database'>): JobsConfig {
  return config.jobs ?? jobsConfigFromEnv(config.database.url ? { DATABASE_URL: config.database.url } : {});
}

/** Default of `runs.graceSeconds`: a 10,000-household round takes about 8 s beyond its solve (README). */
export const DEFAULT_RUN_GRACE_SECONDS = 120;

export function defaultLimits(): AppConfig['limits'] {
  return {
    maxQueryDepth: 10,
    maxQueryComplexity: 200_000,
    anonymousMaxComplexity: 5000,
    anonymousComplexityPerMinute: 50_000,
    accountBudgets: {
      newcomer: { perOperation: 50_000, perMinute: 200_000 },
      municipality: { perOperation: 100_000, perMinute: 500_000 },
      // officers review runs of thousands of households page by page: 50 full-budget operations a minute
      officer: { perOperation: 200_000, perMinute: 10_000_000 },
      admin: { perOperation: 200_000, perMinute: 5_000_000 },
    },
    maxRootFields: 12,
    maxAliases: 20,
    maxBodyBytes: 256 * 1024,
    maxSubscriptionConnections: 5,
    subscriptionRecheckSeconds: 60,
    expensiveMutationsPerMinute: 20,
  };
}

/**
 * Account budgets that never stop a benchmark's load: every role `perOperation` (still capped by `maxQueryComplexity`)
 * and no practical minute budget. For `scripts/bench-*.ts`, which measure other things than the budgets.
 */
export function benchmarkAccountBudgets(perOperation: number): AppConfig['limits']['accountBudgets'] {
  const budget = { perOperation, perMinute: 2_000_000_000 };
  return { newcomer: budget, municipality: budget, officer: budget, admin: budget };
}

function jwtSecret(env: NodeJS.ProcessEnv, production: boolean): string {
  if (env.JWT_SECRET) return env.JWT_SECRET;
  if (production) throw new Error('JWT_SECRET must be set in production');
  // Without a configured secret, tokens are valid only until the process restarts.
  return randomBytes(32).toString('hex');
}

/** Express's `trust proxy` setting: trust all or none, a number of hops, or addresses and subnets. */
export type TrustProxy = boolean | number | string;

/**
 * `TRUST_PROXY` as Express's `trust proxy`: unset, empty or `false` → false (the default, see
 * `AppConfig.trustProxy`); `true` → true; a whole number → that many hops; anything else → addresses, subnets
 * or Express's names for them (`loopback`, `linklocal`, `uniquelocal`), comma-separated.
 */
export function trustProxyFromEnv(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^[0-9]+$/.test(text)) return Number(text);
  return text;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
