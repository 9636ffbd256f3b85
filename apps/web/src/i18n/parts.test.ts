import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './all-catalogues';
import { PARTS_OF_ROLE_FOLDER, type Part } from './catalogues';
import common from './messages/nl/common.json' with { type: 'json' };
import newcomer from './messages/nl/newcomer.json' with { type: 'json' };
import municipality from './messages/nl/municipality.json' with { type: 'json' };
import officer from './messages/nl/officer.json' with { type: 'json' };
import admin from './messages/nl/admin.json' with { type: 'json' };

const SRC = path.resolve(__dirname, '..');
const PART_KEYS: Record<Part, ReadonlySet<string>> = {
  common: new Set(Object.keys(common)),
  newcomer: new Set(Object.keys(newcomer)),
  municipality: new Set(Object.keys(municipality)),
  officer: new Set(Object.keys(officer)),
  admin: new Set(Object.keys(admin)),
};
const ALL_KEYS = Object.keys(CATALOGUES.nl);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'gql' || name === 'messages' ? [] : filesUnder(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/**
 * The message ids a source file may show: every string literal that is a message id, and for a template literal
 * (`household.tieKind.${kind}`) every id that starts with its fixed beginning.
 */
function keysUsedIn(source: string): string[] {
  const used = new Set<string>();
  for (const m of source.matchAll(/'([a-zA-Z0-9_.]+)'|"([a-zA-Z0-9_.]+)"/g)) {
    const literal = m[1] ?? m[2];
    if (ALL_KEYS.includes(literal)) used.add(literal);
  }
  for (const m of source.matchAll(/`([a-zA-Z0-9_.]+\.)\$\{/g)) for (const key of ALL_KEYS) if (key.startsWith(m[1])) used.add(key);
  return [...used];
}

/**
 * The site loads the common texts for every page and a role's own part with that role's pages
 * (`PARTS_OF_ROLE_FOLDER`, catalogues.ts): a page that showed a text of a part its role does not load would show the
 * message id instead. Every text a file under a role's folder (or a shared folder, common only) uses must be in a
 * part that folder loads.
 */
describe('each page uses only the texts its role loads', () => {
  it('finds the keys a file uses (the check can fail)', () => {
    expect(keysUsedIn("t('signIn.title'); t(`officer.tieKind.${k}`)")).toEqual(expect.arrayContaining(['signIn.title', 'officer.tieKind.FAMILY']));
  });

  for (const folder of readdirSync(SRC).filter((f) => statSync(path.join(SRC, f)).isDirectory() && f !== 'gql')) {
    it(`${folder}/ uses texts of ${(PARTS_OF_ROLE_FOLDER[folder] ?? ['common']).join(' + ')} only`, () => {
      const allowed = PARTS_OF_ROLE_FOLDER[folder] ?? (['common'] as const);
      const wrong: string[] = [];
      for (const file of filesUnder(path.join(SRC, folder))) {
        for (const key of keysUsedIn(readFileSync(file, 'utf8'))) {
          if (!allowed.some((p) => PART_KEYS[p].has(key))) wrong.push(`${path.relative(SRC, file)}: ${key}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});

/**
 * A file that imports from another folder shows that folder's texts too (the officer's round page once showed the
 * municipality's `municipality.period` as a bare id through `../municipality/words`): a static import may only reach
 * a folder whose parts the importing folder loads as well (shared folders load the common part only).
 */
describe('no folder imports code whose texts it does not load', () => {
  const partsOf = (folder: string) => PARTS_OF_ROLE_FOLDER[folder] ?? (['common'] as const);
  it('finds an import that reaches another role (the check can fail)', () => {
    expect(staticFolderImports("import { x } from '../municipality/words';\nconst P = lazy(() => import('../officer/X'));")).toEqual(['municipality']);
  });
  for (const folder of readdirSync(SRC).filter((f) => statSync(path.join(SRC, f)).isDirectory() && f !== 'gql')) {
    it(`${folder}/ imports only folders whose texts it loads`, () => {
      const wrong: string[] = [];
      for (const file of filesUnder(path.join(SRC, folder))) {
        for (const other of staticFolderImports(readFileSync(file, 'utf8'))) {
          if (other !== folder && !partsOf(other).every((p) => partsOf(folder).includes(p))) wrong.push(`${path.relative(SRC, file)} imports ../${other}/`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});

/** The folders of src/ that a source file imports from with a static `from '../<folder>/…'` (lazy imports are pages). */
function staticFolderImports(source: string): string[] {
  return [...source.matchAll(/from '\.\.\/([a-z]+)\//g)].map((m) => m[1]);
}
