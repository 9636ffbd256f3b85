import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { openDatabase, type DatabaseConfig } from '../data-source.js';
import { MIGRATIONS } from '../migrations/index.js';
import { loadImage, saveImage } from './database-images.js';

export interface TestDatabase {
  readonly config: DatabaseConfig;
  /** Drops what `createTestDatabase` made; call after the DataSource using it is destroyed. */
  dispose(): Promise<void>;
}

/**
 * A database no other test sees: with DATABASE_URL, a fresh schema on that server (dropped afterwards);
 * otherwise an in-memory embedded PGlite.
 */
export async function createTestDatabase(env: NodeJS.ProcessEnv = process.env): Promise<TestDatabase> {
  const url = env.DATABASE_URL;
  if (!url) return { config: {}, dispose: async () => undefined };
  const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(url, (client) => client.query(`CREATE SCHEMA "${schema}"`));
  return {
    config: { url, schema },
    // The job queue's schema beside it (migration JobQueue1796640000000) goes too.
    dispose: () => withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS "${schema}_bullmq" CASCADE; DROP SCHEMA "${schema}" CASCADE`)).then(() => undefined),
  };
}

/**
 * A migrated database no other test sees (see `createTestDatabase`), and how to close and drop it. On the embedded
 * database the first call of a test run saves the migrated database as an image and later calls start from it
 * (database-images.ts): the same state, without running every migration again.
 */
export async function openTestDatabase(): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const image = database.config.url ? null : migratedImageName();
  const saved = image ? await loadImage(image) : null;
  const dataSource = await openDatabase(saved ? { ...database.config, embeddedImage: saved } : database.config);
  if (image && !saved) await saveImage(image, dataSource);
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await database.dispose();
    },
  };
}

/** The image of a database with every migration of MIGRATIONS run and nothing else in it (database-images.ts). */
export function migratedImageName(): string {
  const key = JSON.stringify({ migrated: MIGRATIONS.map((m) => m.name) });
  return `migrated-${createHash('sha256').update(key).digest('hex').slice(0, 16)}.tar`;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
