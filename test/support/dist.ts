import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The compiled API and worker entry points (`npm run build`). */
export const DIST_MAIN = join(process.cwd(), 'dist/apps/api/src/main.js');
export const DIST_WORKER = join(process.cwd(), 'dist/apps/api/src/worker.js');

/**
 * Why dist/ cannot be used as it is — missing, or older than a source file (apps, libs, matching, seed; specs
 * aside) — or null when it is current.
 */
export function staleDist(): string | null {
  if (!existsSync(DIST_MAIN) || !existsSync(DIST_WORKER)) return 'dist/ is missing';
  const built = Math.min(statSync(DIST_MAIN).mtimeMs, statSync(DIST_WORKER).mtimeMs);
  const newest = Math.max(...['apps', 'libs', 'matching', 'seed'].map((dir) => newestSource(join(process.cwd(), dir))));
  return newest > built ? 'dist/ is older than the sources' : null;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}
