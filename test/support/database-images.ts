/**
 * Images of migrated and seeded embedded databases, shared by the test files of one `npm test` run: the first app
 * started with a given seed configuration saves its database (`EmbeddedPool.dump`) in the run's image folder, and every
 * later app with that configuration starts from the image instead of running every migration and the seed again
 * (on these machines that is most of an app's start). Jest's global set-up makes the folder and names it in
 * `TEST_DATABASE_IMAGES` (test/support/global-setup.cjs); without it, or on a PostgreSQL server, or with a data folder,
 * nothing is saved or loaded. The folder belongs to one run and is deleted after it, so an image is never older than
 * the code under test.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '#api/config/app-config.js';
import { periodOf } from '#api/common/period.js';
import { isEmbeddedPool } from '#persistence/embedded-pool.js';
import { MIGRATIONS } from '#persistence/migrations/index.js';

/**
 * The image name for an app of `config`, or null when its database is not an in-memory embedded one seeded at start
 * from the shipped seed data (a test's own seed folder may change between its apps): what the seed depends on
 * (households, the period of today) and the migrations.
 */
export function imageName(config: AppConfig, today = new Date()): string | null {
  if (!process.env.TEST_DATABASE_IMAGES || config.database.url || config.database.dataDir || config.database.embeddedImage || !config.seed || config.seedDataDir) return null;
  const key = JSON.stringify({ households: config.seedHouseholds, period: periodOf(today), migrations: MIGRATIONS.map((m) => m.name) });
  return `${createHash('sha256').update(key).digest('hex').slice(0, 16)}.tar`;
}

/** The saved image `name`, or null when none is saved yet. */
export async function loadImage(name: string): Promise<Blob | null> {
  const path = join(process.env.TEST_DATABASE_IMAGES!, name);
  return existsSync(path) ? new Blob([await readFile(path)]) : null;
}

/** Saves the database of a started `app` as image `name` (written aside and renamed: a parallel test file never reads half an image). */
export async function saveImage(name: string, app: INestApplication): Promise<void> {
  const pool: unknown = (app.get(DataSource).driver as { master?: unknown }).master;
  if (!isEmbeddedPool(pool)) return;
  const path = join(process.env.TEST_DATABASE_IMAGES!, name);
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, Buffer.from(await (await pool.dump()).arrayBuffer()));
  await rename(partial, path);
}
