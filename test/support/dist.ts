import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The compiled API and worker entry points (`npm run build`). */
export const DIST_MAIN = join(process.cwd(), 'dist/apps/api/src/main.js');
export const DIST_WORKER = join(process.cwd(), 'dist/apps/api/src/worker.js');

/**
 * Why dist/ cannot be used as it is — missing, or some source file (apps, libs, matching, seed; specs aside) newer than
 * its own compiled file — or null when it is current. File by file, because an incremental build rewrites only the
 * files whose sources changed (the entry points keep their old times).
 */
export function staleDist(): string | null {
  if (!existsSync(DIST_MAIN) || !existsSync(DIST_WORKER)) return 'dist/ is missing';
  for (const dir of ['apps', 'libs', 'matching', 'seed']) {
    const stale = staleSource(join(process.cwd(), dir));
    if (stale) return `dist/ is older than ${stale.slice(process.cwd().length + 1)}`;
  }
  return null;
}

/** The first source file under `dir` whose compiled file in dist/ is missing or older, or null. */
function staleSource(dir: string): string | null {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const stale = staleSource(path);
      if (stale) return stale;
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) {
      const compiled = join(process.cwd(), 'dist', relative(process.cwd(), path)).replace(/\.ts$/, '.js');
      if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(path).mtimeMs) return path;
    }
  }
  return null;
}
