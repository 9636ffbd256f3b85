import type nlCommon from './messages/nl/common.json';
import type nlNewcomer from './messages/nl/newcomer.json';
import type nlMunicipality from './messages/nl/municipality.json';
import type nlOfficer from './messages/nl/officer.json';
import type nlAdmin from './messages/nl/admin.json';
import { STAFF_LOCALES, SUPPORTED_LOCALES, type Locale } from './languages';

/** The site's own texts (labels, buttons, page states); the API renders the texts about a case itself, in the same languages. */
export type MessageId = keyof typeof nlCommon | keyof typeof nlNewcomer | keyof typeof nlMunicipality | keyof typeof nlOfficer | keyof typeof nlAdmin;

/**
 * Every UI text of one language: nl (the source), en, ar or uk, one file per part of the site (common, newcomer,
 * municipality, officer, admin) under messages/<locale>/, merged in catalogue/<locale>.ts (for tests; the site loads the
 * parts it needs with `loadMessages`). ICU MessageFormat, the API's format. The type makes every language carry every
 * key of nl; catalogues.test.ts checks no other keys, the same arguments, and that each message parses. Tigrinya,
 * Persian, Turkish and Somali have the common and newcomer parts only (`LOCALES_OF_PART`).
 */
export type Catalogue = Record<MessageId, string>;

/** The texts of the parts every language has (common and newcomer: `LOCALES_OF_PART`). */
export type NewcomerCatalogue = Record<keyof typeof nlCommon | keyof typeof nlNewcomer, string>;

/** The parts of the site's texts, one file each per language under messages/<locale>/. */
export type Part = 'common' | 'newcomer' | 'municipality' | 'officer' | 'admin';

/**
 * The languages each part's texts exist in: what newcomers read (and the pages everyone sees before signing in) in
 * every supported language, the staff's pages in `STAFF_LOCALES` (locales.ts). catalogues.test.ts checks each.
 */
export const LOCALES_OF_PART: Readonly<Record<Part, readonly Locale[]>> = {
  common: SUPPORTED_LOCALES,
  newcomer: SUPPORTED_LOCALES,
  municipality: STAFF_LOCALES,
  officer: STAFF_LOCALES,
  admin: STAFF_LOCALES,
};

/** The languages every one of `parts` exists in: those a page made of them can be read in. */
export function localesOfParts(parts: readonly Part[]): readonly Locale[] {
  return SUPPORTED_LOCALES.filter((locale) => parts.every((part) => LOCALES_OF_PART[part].includes(locale)));
}

/**
 * What each folder of the site shows, by the parts of the texts it needs: every page has the common part (sign-in,
 * layout, shared components); a role's pages add their own part. parts.test.ts checks that every text a folder's
 * files use is in one of its parts.
 */
export const PARTS_OF_ROLE_FOLDER: Readonly<Record<string, readonly Part[]>> = {
  newcomer: ['common', 'newcomer'],
  municipality: ['common', 'municipality'],
  officer: ['common', 'officer'],
  // the admin's pages include the officer's audit trail (officer/AuditPage.tsx), so they load its texts too
  admin: ['common', 'officer', 'admin'],
};

/** The languages a signed-in role's pages can be read in (every language before signing in): what its language menu offers. */
export function localesOfRolePages(role: string | undefined): readonly Locale[] {
  return role ? localesOfParts(PARTS_OF_ROLE_FOLDER[role] ?? ['common']) : SUPPORTED_LOCALES;
}

/** One chunk per language and part (Vite splits the JSON files): a reader downloads only their language and role. */
const FILES = import.meta.glob<Record<string, string>>('./messages/*/*.json', { import: 'default' });

const loaded = new Map<string, Promise<Partial<Catalogue>>>();

/**
 * The texts of `parts` in a language, merged, fetched once and then kept: the same promise for the same language and
 * parts, as React's `use` needs. A failed fetch (the network dropped) is forgotten, so the next call tries again.
 * Throws when a part does not exist in the language (`localesOfParts` says which can be read).
 */
export function loadMessages(locale: Locale, parts: readonly Part[]): Promise<Partial<Catalogue>> {
  const key = `${locale}:${parts.join('+')}`;
  let promise = loaded.get(key);
  if (!promise) {
    const missing = parts.filter((part) => !LOCALES_OF_PART[part].includes(locale));
    if (missing.length > 0) throw new Error(`no ${missing.join(', ')} texts in ${locale}`);
    promise = Promise.all(parts.map((part) => FILES[`./messages/${locale}/${part}.json`]())).then((files) => Object.assign({}, ...files) as Partial<Catalogue>);
    promise.catch(() => loaded.delete(key));
    loaded.set(key, promise);
  }
  return promise;
}
