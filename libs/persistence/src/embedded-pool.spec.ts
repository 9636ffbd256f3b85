import { DataSource } from 'typeorm';
import { embeddedDriver, isEmbeddedPool } from './embedded-pool.js';

/** An image of an empty database, made once: a new PGlite runs initdb (seconds), one from an image does not. */
let empty: Blob | null = null;

/** A bare TypeORM data source on its own in-memory embedded database (no entities: the test speaks SQL). */
async function embedded(): Promise<DataSource> {
  const dataSource = await new DataSource({ type: 'postgres', driver: embeddedDriver(empty ? { image: empty } : {}) }).initialize();
  if (!empty) {
    const pool: unknown = (dataSource.driver as { master?: unknown }).master;
    if (isEmbeddedPool(pool)) empty = await pool.dump();
  }
  return dataSource;
}

describe('embedded pool', () => {
  it('gives each data source a database of its own, and closing one leaves the other open', async () => {
    const a = await embedded();
    const b = await embedded();
    try {
      await a.query('CREATE TABLE only_in_a (n integer)');
      await a.query('INSERT INTO only_in_a VALUES (1)');
      expect(await a.query('SELECT n FROM only_in_a')).toEqual([{ n: 1 }]);
      await expect(b.query('SELECT n FROM only_in_a')).rejects.toThrow(/only_in_a/);
      await b.destroy();
      expect(await a.query('SELECT n FROM only_in_a')).toEqual([{ n: 1 }]);
    } finally {
      if (a.isInitialized) await a.destroy();
      if (b.isInitialized) await b.destroy();
    }
  });

  it('runs one transaction at a time on the single session: concurrent transactions do not interleave', async () => {
    const db = await embedded();
    try {
      await db.query('CREATE TABLE counter (n integer)');
      await db.query('INSERT INTO counter VALUES (0)');
      // each reads, waits, then writes read + 1: interleaved on one session, updates would be lost
      await Promise.all(Array.from({ length: 5 }, () => db.transaction(async (m) => {
        const [{ n }] = await m.query('SELECT n FROM counter');
        await new Promise((resolve) => setTimeout(resolve, 5));
        await m.query('UPDATE counter SET n = $1', [n + 1]);
      })));
      expect(await db.query('SELECT n FROM counter')).toEqual([{ n: 5 }]);
    } finally {
      await db.destroy();
    }
  });

  it('passes booleans as TRUE and FALSE', async () => {
    const db = await embedded();
    try {
      expect(await db.query('SELECT $1::boolean AS yes, $2::boolean AS no', [true, false])).toEqual([{ yes: true, no: false }]);
    } finally {
      await db.destroy();
    }
  });
});
