/**
 * The one place that builds the rate limiters (issue 14, "more than one process"): on a real server (`DATABASE_URL`)
 * every API process spends from the same counters, rate-limiter-flexible's `RateLimiterPostgres` (table
 * `rate_limit_points`, created by the migration RateLimitPoints1796650000000; the library is told the table exists and
 * never creates one), written in chunks (`ChunkedLimiter`, `SHARED_CHUNKS`) so that a cheap operation costs no
 * write; `RateLimiterMemory` on the embedded database (one process).
 *
 * Readers: the login and expensive-operation limits per client address (`RateLimitGuard`), and the query cost
 * budgets per minute (`complexityLimitPlugin`: per anonymous client address, per signed-in account).
 */
import type { DataSource } from 'typeorm';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DatabaseConfig } from '#persistence/data-source.js';

/** The table the PostgreSQL limiters count in (migration RateLimitPoints1796650000000). */
export const RATE_LIMIT_TABLE = 'rate_limit_points';

/** Length of every window, seconds: limits are "per minute". */
export const WINDOW_SECONDS = 60;

/**
 * How many writes to the shared store one key may cost per window and process at most: a process spends a key's
 * points in its own memory first and adds them to the shared counter in chunks of `limit / SHARED_CHUNKS` (at least
 * 1). With the budgets of `accountBudgets` a newcomer polling `myWaitingStatus` writes nothing to the database on most
 * requests (a chunk of the newcomer budget is 10,000 points), where every signed-in operation used to upsert a row
 * of `rate_limit_points`. The price: a key may overspend by less than one chunk per API process (5 % of its limit
 * each) before the shared counter refuses it; small limits (login: a few a minute) have chunks of 1 and stay exact.
 */
export const SHARED_CHUNKS = 20;

/** One limit's counter: `consume` answers whether `cost` more points of `key` stay within the limit this window. */
export interface Limiter {
  consume(key: string, cost: number): Promise<boolean>;
}

/**
 * Fixed windows of `WINDOW_SECONDS` per (limit, key), in a store shared by all API processes when there is one.
 * A window starts at a key's first spend; `take` spends and answers whether the key's total in its window stays
 * within the limit (a refused spend counts too, as before: hammering does not reopen the window).
 */
export class RateLimits {
  private readonly limiters = new Map<string, Limiter>();

  /** `build(name, points)`: a limiter of `points` per window for the limit `name` (see `buildRateLimits`). */
  constructor(private readonly build: (name: string, points: number) => Limiter) {}

  /**
   * Spends `cost` points (rounded up to a whole number, at least 1) of `key` under the limit `name` allowing `limit`
   * points per minute; true when the key's spend in its current window stays within `limit`. A shared store that
   * cannot be reached leaves the count to this process (see `ChunkedLimiter`).
   */
  async take(name: string, key: string, cost: number, limit: number): Promise<boolean> {
    const id = `${name}/${limit}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = this.build(name, limit);
      this.limiters.set(id, limiter);
    }
    return limiter.consume(key, Math.max(1, Math.ceil(cost)));
  }
}

/** `consume` of a rate-limiter-flexible limiter as true / false (a refusal rejects with a `RateLimiterRes`). */
async function consumed(limiter: RateLimiterAbstract, key: string, points: number): Promise<boolean> {
  try {
    await limiter.consume(key, points);
    return true;
  } catch (refused) {
    if (refused instanceof RateLimiterRes) return false;
    throw refused;
  }
}

/** One process's count of a limit, in memory: the embedded database's limiter (one process by design). */
export function memoryLimiter(name: string, points: number): Limiter {
  const limiter = new RateLimiterMemory({ keyPrefix: name, points, duration: WINDOW_SECONDS });
  return { consume: (key, cost) => consumed(limiter, key, cost) };
}

/**
 * A limit counted in this process's memory and in a store shared by every process (`shared`), written in chunks
 * (`SHARED_CHUNKS`):
 * - each spend is counted in memory first; past the limit there it is refused without touching the store;
 * - a key's spend not yet in the store is kept per key; once it reaches `chunk` points it is added to the shared
 *   counter in one write; when the shared counter is past the limit (other processes spent too), this spend is
 *   refused and the key stays refused in memory until the shared window ends, so a refused caller costs no writes;
 * - a store error (database unreachable; the readiness check reports the database) leaves the count to memory: the
 *   limit then holds per process, as rate-limiter-flexible's insurance limiter did;
 * - spend kept back for longer than a window is dropped (the shared window it belonged to is over).
 */
export class ChunkedLimiter implements Limiter {
  private readonly local: RateLimiterMemory;
  /** Points of a key spent here and not yet in the shared store, and when the first of them was spent (ms). */
  private readonly unsent = new Map<string, { points: number; since: number }>();
  private lastSweep = Date.now();
  readonly chunk: number;

  constructor(
    name: string,
    points: number,
    private readonly shared: RateLimiterAbstract,
  ) {
    this.local = new RateLimiterMemory({ keyPrefix: name, points, duration: WINDOW_SECONDS });
    this.chunk = Math.max(1, Math.floor(points / SHARED_CHUNKS));
  }

  async consume(key: string, cost: number): Promise<boolean> {
    if (!(await consumed(this.local, key, cost))) return false;
    const now = Date.now();
    this.sweep(now);
    const held = this.unsent.get(key);
    const unsent = held && now - held.since < WINDOW_SECONDS * 1000 ? { points: held.points + cost, since: held.since } : { points: cost, since: now };
    if (unsent.points < this.chunk) {
      this.unsent.set(key, unsent);
      return true;
    }
    this.unsent.delete(key);
    try {
      await this.shared.consume(key, unsent.points);
      return true;
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) return true;
      // past the limit over all processes: refused here too until the shared window ends
      await this.local.block(key, Math.max(1, Math.ceil(refused.msBeforeNext / 1000)));
      return false;
    }
  }

  /** Drops, once a window, the keys whose unsent spend is older than a window (keeps the map to active keys). */
  private sweep(now: number): void {
    if (now - this.lastSweep < WINDOW_SECONDS * 1000) return;
    this.lastSweep = now;
    for (const [key, held] of this.unsent) if (now - held.since >= WINDOW_SECONDS * 1000) this.unsent.delete(key);
  }
}

/**
 * The limiters for `database`: on a server (`database.url`), `ChunkedLimiter`s whose shared store is a
 * `RateLimiterPostgres` counting in `RATE_LIMIT_TABLE` of `database.schema` (the per-test schema on a shared server;
 * the connection's search path otherwise); in memory on the embedded database. `dataSource` must be the initialised
 * TypeORM data source of `database` (its pg pool is used, no connection of its own).
 */
export function buildRateLimits(database: DatabaseConfig, dataSource: DataSource): RateLimits {
  if (!database.url) return new RateLimits(memoryLimiter);
  return new RateLimits(
    (name, points) =>
      new ChunkedLimiter(
        name,
        points,
        new RateLimiterPostgres({
          storeClient: dataSource,
          storeType: 'typeorm',
          tableName: RATE_LIMIT_TABLE,
          schemaName: database.schema,
          tableCreated: true,
          keyPrefix: name,
          points,
          duration: WINDOW_SECONDS,
        }),
      ),
  );
}
