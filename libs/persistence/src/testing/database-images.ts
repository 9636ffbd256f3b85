/**
 * Images of embedded test databases (`EmbeddedPool.dump`), shared by the test files of one `npm test` run: the first
 * test that needs a database in a given state (migrated; migrated and seeded) saves it in the run's image folder and
 * every later one starts from the image instead of running every migration (and the seed) again; on these machines
 * that is most of a test database's start. Jest's global set-up makes the folder and names it in
 * `TEST_DATABASE_IMAGES` (test/support/global-setup.cjs) and deletes it after the run, so an image is never older than
 * the code under test; without it nothing is saved or loaded.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { isEmbeddedPool } from '../embedded-pool.js';

/** Whether this run keeps images (`TEST_DATABASE_IMAGES` names its folder). */
export function imagesEnabled(): boolean {
  return Boolean(process.env.TEST_DATABASE_IMAGES);
}

/** The saved image `name`, or null when none is saved yet (or images are off). */
export async function loadImage(name: string): Promise<Blob | null> {
  if (!imagesEnabled()) return null;
  const path = join(process.env.TEST_DATABASE_IMAGES!, name);
  return existsSync(path) ? new BytesBlob(await readFile(path)) : null;
}

/**
 * A Blob that hands its bytes over as they are. PGlite reads an image with `arrayBuffer()` (and its `type`), and Node
 * 20's Blob.arrayBuffer pulls a 44 MB image through its stream machinery in about 3 s of CPU, a third of a test app's
 * start; this copies it once. Only `arrayBuffer()` is served: `size`, `slice()`, `stream()` and `text()` are those of
 * an empty Blob.
 */
class BytesBlob extends Blob {
  constructor(private readonly content: Uint8Array) {
    super([]);
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.content.buffer.slice(this.content.byteOffset, this.content.byteOffset + this.content.byteLength) as ArrayBuffer);
  }
}

/**
 * Saves the database of `dataSource` as image `name` when it is an embedded one (written aside and renamed: a
 * parallel test file never reads half an image); nothing when images are off.
 */
export async function saveImage(name: string, dataSource: DataSource): Promise<void> {
  if (!imagesEnabled()) return;
  const pool: unknown = (dataSource.driver as { master?: unknown }).master;
  if (!isEmbeddedPool(pool)) return;
  const path = join(process.env.TEST_DATABASE_IMAGES!, name);
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, Buffer.from(await (await pool.dump()).arrayBuffer()));
  await rename(partial, path);
}
