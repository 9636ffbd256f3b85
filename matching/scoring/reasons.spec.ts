import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REASON_CATALOGUE, REASON_CODES } from './reasons.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') && !n.endsWith('.spec.ts') ? [join(dir, n)] : []));
}

describe('reason catalogue', () => {
  it('every code pushed by the scoring code is in the catalogue, and every catalogue code is used', () => {
    const src = files(join(process.cwd(), 'matching/scoring')).filter((f) => !f.endsWith('reasons.ts')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const used = new Set([...src.matchAll(/reason\('([a-z_.]+)'/g)].map((m) => m[1]));
    for (const c of used) expect(REASON_CODES).toContain(c);
    for (const c of REASON_CODES) expect([c, used.has(c)]).toEqual([c, true]);
  });
  it('codes are namespaced and documented', () => {
    for (const c of REASON_CODES) {
      expect(c).toMatch(/^(labour|setting|network|services|ties|priorities|score|filter|unit)\.[a-z_]+$/);
      expect(REASON_CATALOGUE[c].description.length).toBeGreaterThan(10);
      expect(c.startsWith(REASON_CATALOGUE[c].kind + '.')).toBe(true);
    }
  });
});
