import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The counters of the shared rate limits (issue 14, "more than one process"): rate-limiter-flexible's
 * `RateLimiterPostgres` keeps one row per limit and key (`<limit>:<client address or account>`) with the points spent
 * in the current window and when the window ends (`expire`, milliseconds since the epoch). Every API process on the
 * same database counts in these rows, so several processes together allow what one would.
 *
 * The columns are the ones the library creates itself (`key varchar(255) PRIMARY KEY, points integer NOT NULL
 * DEFAULT 0, expire bigint`); it is built with `tableCreated: true`, so it never creates or alters a table: the
 * schema changes only here. The index on `expire` serves its periodic `DELETE … WHERE expire < $1`.
 * The embedded database gets the table too (one schema everywhere) but counts in memory (one process).
 */
export class RateLimitPoints1796650000000 implements MigrationInterface {
  name = 'RateLimitPoints1796650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "rate_limit_points" (
        "key" varchar(255) PRIMARY KEY,
        "points" integer NOT NULL DEFAULT 0,
        "expire" bigint
      )`);
    await queryRunner.query(`CREATE INDEX "rate_limit_points_expire" ON "rate_limit_points" ("expire")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_points"`);
  }
}
