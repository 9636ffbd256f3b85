/**
 * Images of migrated and seeded embedded databases for test apps (libs/persistence/src/testing/database-images.ts):
 * the first app started with a given seed configuration saves its database, and every later app with that
 * configuration starts from the image instead of running every migration and the seed again. On a PostgreSQL server,
 * or with a data folder, nothing is saved or loaded.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '#api/config/app-config.js';
import { periodOf } from '#api/common/period.js';
import { imagesEnabled, loadImage, saveImage } from '#persistence/testing/database-images.js';
import { migratedImageName } from '#persistence/testing/test-database.js';
import { MIGRATIONS } from '#persistence/migrations/index.js';

/**
 * The image name for an app of `config`, or null when its database is not an in-memory embedded one. Not seeded at
 * start: the migrated database (`migratedImageName`); seeded: what the seed depends on (households, the period of today, and with a test's own seed folder `seedDataDir` the
 * names and contents of its files as they are now, since a test may change them between its apps) and the migrations.
 */
export function imageName(config: AppConfig, today = new Date()): string | null {
  if (!imagesEnabled() || config.database.url || config.database.dataDir || config.database.embeddedImage) return null;
  // not seeded: the migrated database openTestDatabase shares
  if (!config.seed) return migratedImageName();
  const hash = createHash('sha256').update(JSON.stringify({ households: config.seedHouseholds, period: periodOf(today), migrations: MIGRATIONS.map((m) => m.name) }));
  if (config.seedDataDir) {
    for (const file of readdirSync(config.seedDataDir).sort()) hash.update(`\0${file}\0`).update(readFileSync(join(config.seedDataDir, file)));
  }
  return `${hash.digest('hex').slice(0, 16)}.tar`;
}

/**
 * An app's configuration starting from this run's image of the same database when there is one (`imageName`), and
 * `save`, to call once the app started: it saves the app's database as that image when there was none yet.
 */
export async function withDatabaseImage(config: AppConfig): Promise<{ config: AppConfig; save(app: INestApplication): Promise<void> }> {
  const image = imageName(config);
  const saved = image ? await loadImage(image) : null;
  return {
    config: saved ? { ...config, database: { ...config.database, embeddedImage: saved } } : config,
    save: async (app) => {
      if (image && !saved) await saveImage(image, app.get(DataSource));
    },
  };
}
