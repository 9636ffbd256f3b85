import type { Role } from '../vocabulary/roles.js';

/**
 * The languages texts are written and read in (ISO 639-1): Dutch, English, Arabic, Ukrainian, and — for newcomers
 * (issue 16: large groups of status holders read them) — Tigrinya, Persian (`fa`, in Dari wording where Dari
 * differs: many readers are Afghan), Turkish and Somali. Every reader's texts exist in `READER_LOCALES`
 * (readers.ts) of these; the staff's (officers', municipalities') only in `STAFF_LOCALES`.
 */
export const SUPPORTED_LOCALES = ['nl', 'en', 'ar', 'uk', 'ti', 'fa', 'tr', 'so'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The languages the staff's texts exist in: the municipality's pages and texts (and the web's officer and admin
 * pages) in Dutch, English, Arabic and Ukrainian. A member of staff who chooses another language reads Dutch (web)
 * or English (the API's fallback).
 */
export const STAFF_LOCALES = ['nl', 'en', 'ar', 'uk'] as const satisfies readonly Locale[];
export type StaffLocale = (typeof STAFF_LOCALES)[number];

/**
 * The languages a role's own pages and texts exist in: a newcomer's in every supported language, the staff's
 * (municipality, officer, admin) in `STAFF_LOCALES`. The API refuses an account or staff invitation in another one.
 */
export function localesOfRole(role: Role): readonly Locale[] {
  return role === 'newcomer' ? SUPPORTED_LOCALES : STAFF_LOCALES;
}

/** Right-to-left locales (for the UI's `dir` attribute and the mails'): Arabic and Persian. */
export const RTL_LOCALES: readonly Locale[] = ['ar', 'fa'];

/**
 * Translations not yet reviewed by a native speaker (issue 16): the interface says so to their readers on every page
 * (`language.unreviewed`). A reviewer's sign-off removes a language from this list.
 */
export const UNREVIEWED_LOCALES: readonly Locale[] = ['ti', 'fa', 'tr', 'so'];

/**
 * The BCP 47 tag numbers and dates are formatted with in `locale`: Latin digits (the digits of case references,
 * codes and the API's sentences, so one page never mixes two kinds; engines differ in their default for `ar` and
 * use Persian digits for `fa`) and the Gregorian calendar (deadlines are Dutch dates; `fa` would default to the
 * Solar Hijri calendar). Used by the API's texts (render.ts) and the web app alike.
 */
export function formatLocaleOf(locale: Locale): string {
  return `${locale}-u-ca-gregory-nu-latn`;
}

function isSupported(tag: string): tag is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(tag);
}

/**
 * Languages read in a supported language's texts under their own code (ISO 639-3): Dari (`prs`) and Iranian Persian
 * (`pes`) read the Persian texts (`fa`, written in Dari wording where Dari differs).
 */
const READ_AS: Readonly<Record<string, Locale>> = { prs: 'fa', pes: 'fa' };

/**
 * The supported locale a language tag's primary subtag names ("ar", "ar-SY", "UK", "prs-AF" → `fa`), or null.
 */
export function localeOfTag(tag: string | null | undefined): Locale | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (isSupported(primary)) return primary;
  // own keys only: "constructor" or "toString" must not find Object.prototype's
  return Object.hasOwn(READ_AS, primary) ? READ_AS[primary] : null;
}

/**
 * Picks a supported locale from an Accept-Language header ("ar-SY,ar;q=0.9,en;q=0.5") or a plain parameter
 * ("uk", "nl-BE", "prs"). Highest quality first, header order on ties; a region is ignored (`localeOfTag`). Unknown →
 * `fallback`.
 */
export function negotiateLocale(input: string | null | undefined, fallback: Locale = DEFAULT_LOCALE): Locale {
  if (!input) return fallback;
  const ranges = input.split(',').map((part, i) => {
    const [tag, ...attrs] = part.trim().split(';');
    const q = attrs.map((a) => a.trim()).find((a) => a.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, i };
  });
  ranges.sort((a, b) => b.quality - a.quality || a.i - b.i);
  for (const r of ranges) {
    if (r.quality <= 0) continue;
    const locale = localeOfTag(r.tag);
    if (locale) return locale;
  }
  return fallback;
}
