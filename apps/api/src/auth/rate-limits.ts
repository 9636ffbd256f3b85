/**
 * The one place that builds the rate limiters (issue 14, "more than one process"): rate-limiter-flexible's
 * `RateLimiterPostgres` on a real server (`DATABASE_URL`), so every API process on the database spends from the same
 * counters (table `rate_limit_points`, created by the migration RateLimitPoints1796650000000; the library is told the
 * table exists and never creates one), and `RateLimiterMemory` on the embedded database (one process).
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
 * Fixed windows of `WINDOW_SECONDS` per (limit, key), in a store shared by all API processes when there is one.
 * A window starts at a key's first spend; `take` spends and answers whether the key's total in its window stays
 * within the limit (a refused spend counts too, as before: hammering does not reopen the window).
 */
export class RateLimits {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  /** `build(name, points)`: a limiter of `points` per window for the limit `name` (see `buildRateLimits`). */
  constructor(private readonly build: (name: string, points: number) => RateLimiterAbstract) {}

  /**
   * Spends `cost` points (a positive whole number) of `key` under the limit `name` allowing `limit` points per minute;
   * true when the key's spend in its current window stays within `limit`. A store failure (database unreachable)
   * falls back to counting in this process (the PostgreSQL limiters' insurance limiter); other errors are thrown.
   */
  async take(name: string, key: string, cost: number, limit: number): Promise<boolean> {
    const id = `${name}/${limit}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = this.build(name, limit);
      this.limiters.set(id, limiter);
    }
    try {
      await limiter.consume(key, Math.max(1, Math.ceil(cost)));
      return true;
    } catch (refused) {
      if (refused instanceof RateLimiterRes) return false;
      throw refused;
    }
  }
}

/**
 * The limiters for `database`: PostgreSQL ones counting in `RATE_LIMIT_TABLE` of `database.schema` (the per-test
 * schema on a shared server; the connection's search path otherwise) when `database.url` is set, with an in-memory
 * insurance limiter for when the database cannot be reached; in-memory ones on the embedded database.
 * `dataSource` must be the initialised TypeORM data source of `database` (its pg pool is used, no connection of its own).
 */
export function buildRateLimits(database: DatabaseConfig, dataSource: DataSource): RateLimits {
  if (!database.url) {
    return new RateLimits((name, points) => new RateLimiterMemory({ keyPrefix: name, points, duration: WINDOW_SECONDS }));
  }
  return new RateLimits(
    (name, points) =>
      new RateLimiterPostgres({
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: RATE_LIMIT_TABLE,
        schemaName: database.schema,
        tableCreated: true,
        keyPrefix: name,
        points,
        duration: WINDOW_SECONDS,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration: WINDOW_SECONDS }),
      }),
  );
}
