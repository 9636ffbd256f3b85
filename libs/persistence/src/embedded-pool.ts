import { EventEmitter } from 'node:events';
import { PGlite, types, type PGliteOptions } from '@electric-sql/pglite';

type Release = (error?: unknown) => void;
type ConnectCallback = (error: unknown, client: EmbeddedPool | null, release: Release) => void;
type QueryCallback = (error: unknown, result: unknown) => void;

/** The pool class TypeORM's postgres driver instantiates (`new Pool(options)`), bound to one embedded database. */
export type EmbeddedPoolClass = new () => EmbeddedPool;

/**
 * A TypeORM postgres "pool" over one embedded PGlite database, in the shape TypeORM's postgres driver uses
 * (`connect`, `query`, `end`, as typeorm-pglite's pool, whose idea this follows).
 *
 * - **One database per pool class.** Each `embeddedDriver` call makes its own PGlite instance. (typeorm-pglite keeps one
 *   instance per process: two apps in one process, as in a test that starts a second app, shared one database, and
 *   closing either closed it for both.)
 * - **Serial.** PGlite is a single session, but TypeORM treats the pool as many connections: two transactions at once
 *   would interleave their BEGIN/COMMIT on the same session. `connect` hands that one session to one query runner at
 *   a time, so every transaction is isolated and atomic, as on a real server. The price: code must never wait on a
 *   second query runner while it holds one (use the transaction's EntityManager inside a transaction).
 */
export interface EmbeddedPool extends EventEmitter {
  connect(callback: ConnectCallback): Promise<void>;
  query(sql: string, params?: unknown[] | QueryCallback, callback?: QueryCallback): Promise<unknown>;
  end(callback?: (error: unknown) => void): void;
  /**
   * LISTENs on `channel` (a quoted identifier, e.g. `"public.run_progress"`) and calls `onPayload` with each
   * notification's payload; PostgreSQL's NOTIFY inside the one embedded database (PGlite's `listen`). The LISTEN is
   * sent while holding the session as a query runner does, so it never lands inside another caller's transaction
   * (where a rollback would undo it). Resolves to a function that stops listening.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * An image of the whole database (PGlite's `dumpDataDir`: an uncompressed tar of its data folder), taken while
   * holding the session, so no transaction is half-way; `EmbeddedDatabaseOptions.image` starts another database from it.
   */
  dump(): Promise<Blob>;
}

/** Where an embedded database lives and what it starts from. */
export interface EmbeddedDatabaseOptions {
  /** Folder of the database; in memory when left out. */
  readonly dataDir?: string;
  /**
   * An image (`EmbeddedPool.dump`) to start an in-memory database from, instead of an empty one; ignored with a
   * `dataDir`. Tests use it to start many apps from one migrated and seeded database (test/support/database-images.ts).
   */
  readonly image?: Blob;
}

/** Whether a TypeORM driver's pool (`PostgresDriver.master`) is an embedded one (so it can `listen`). */
export function isEmbeddedPool(pool: unknown): pool is EmbeddedPool {
  return pool instanceof EventEmitter && typeof (pool as { listen?: unknown }).listen === 'function';
}

/** PGlite options: booleans serialised as TRUE/FALSE whatever JavaScript value TypeORM hands over (as typeorm-pglite). */
function pgliteOptions(options: EmbeddedDatabaseOptions): PGliteOptions {
  const bool = (value: unknown): string => (value === true || value === 'true' || value === 1 ? 'TRUE' : value === false || value === 'false' || value === 0 ? 'FALSE' : String(value));
  const where = options.dataDir ? { dataDir: options.dataDir } : options.image ? { loadDataDir: options.image } : {};
  return { ...where, serializers: { [types.BOOL]: bool } };
}

/**
 * The `driver` option for TypeORM's postgres dialect, backed by an embedded PGlite database of its own: in `dataDir`,
 * or in memory when it is left out. The database opens on the first connection and closes when TypeORM ends the pool.
 */
export function embeddedDriver(options: EmbeddedDatabaseOptions): { Pool: EmbeddedPoolClass } {
  let database: Promise<PGlite> | null = null;
  const open = () => (database ??= PGlite.create(pgliteOptions(options)));
  let tail: Promise<void> = Promise.resolve();

  class Pool extends EventEmitter implements EmbeddedPool {
    async connect(callback: ConnectCallback): Promise<void> {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const previous = tail;
      tail = previous.then(() => held);
      await previous;
      let released = false;
      const releaseOnce: Release = () => {
        if (!released) {
          released = true;
          release();
        }
      };
      try {
        await open();
      } catch (error) {
        releaseOnce();
        callback(error, null, releaseOnce);
        return;
      }
      callback(null, this, releaseOnce);
    }

    async query(sql: string, params?: unknown[] | QueryCallback, callback?: QueryCallback): Promise<unknown> {
      const done = typeof params === 'function' ? params : callback;
      const values = Array.isArray(params) && params.length > 0 ? params : undefined;
      try {
        const db = await open();
        // exec gives one result per statement; TypeORM expects the last one for a multi-statement string
        const result = values ? await db.query(sql, values) : ((await db.exec(sql)).at(-1) ?? { rows: [] });
        done?.(null, result);
        return result;
      } catch (error) {
        done?.(error, null);
        throw error;
      }
    }

    listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>> {
      const exclusive = <T>(work: (db: PGlite) => Promise<T>): Promise<T> =>
        new Promise<T>((resolve, reject) => {
          void this.connect((error, _client, release) => {
            if (error) return reject(error);
            open()
              .then(work)
              .then(resolve, reject)
              .finally(() => release());
          });
        });
      return exclusive(async (db) => {
        await db.listen(channel, onPayload);
        // PGlite's own stop function sends UNLISTEN with the channel unquoted (a syntax error for "public.run_progress"):
        // unlisten by the quoted name as given
        return () => (database ? exclusive((open) => open.unlisten(channel, onPayload)) : Promise.resolve());
      });
    }

    dump(): Promise<Blob> {
      return new Promise<Blob>((resolve, reject) => {
        void this.connect((error, _client, release) => {
          if (error) return reject(error);
          open()
            .then((db) => db.dumpDataDir('none'))
            .then(resolve, reject)
            .finally(() => release());
        });
      });
    }

    end(callback?: (error: unknown) => void): void {
      const closing = database;
      database = null;
      void (closing ? closing.then((db) => db.close()) : Promise.resolve()).then(() => callback?.(null), (error: unknown) => callback?.(error));
    }
  }
  return { Pool };
}
