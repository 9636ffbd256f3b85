import { PGliteDriver } from 'typeorm-pglite';
import { PGlitePool } from 'typeorm-pglite/dist/pglite-pool.js';

type Release = (error?: unknown) => void;
type ConnectCallback = (error: unknown, client: PGlitePool | null, release: Release) => void;

/**
 * PGlite is a single session, but TypeORM treats the pool as many connections: two transactions at once
 * would interleave their BEGIN/COMMIT on the same session. This pool hands out that one session to one
 * query runner at a time, so every transaction is isolated and atomic, as on a real server.
 * The price: code must never wait on a second query runner while it holds one (use the transaction's
 * EntityManager inside a transaction).
 */
export class SerialPGlitePool extends PGlitePool {
  private tail: Promise<void> = Promise.resolve();

  override async connect(callback: ConnectCallback): Promise<void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => held);
    await previous;
    let released = false;
    const releaseOnce: Release = () => {
      if (!released) {
        released = true;
        release();
      }
    };
    await super.connect((error, client) => {
      if (error) releaseOnce();
      callback(error, client, releaseOnce);
    });
  }
}

/** The `driver` option for TypeORM's postgres dialect, backed by an embedded PGlite database. */
export function embeddedDriver(options: { dataDir?: string }): { Pool: typeof SerialPGlitePool } {
  new PGliteDriver(options); // registers the PGlite options for the shared instance
  return { Pool: SerialPGlitePool };
}
