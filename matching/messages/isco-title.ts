/**
 * The title of an ISCO-08 occupation group for a reader (issue 11). Sources: English from ESCO (`isco08.csv`), Dutch
 * from ESCO's Dutch labels (`isco08-titles.csv`); Arabic and Ukrainian have no official source and are never
 * translated by hand (CLARIFICATIONS). So:
 * - nl: the Dutch title;
 * - en: the English title;
 * - ar, uk: the Dutch title with the English one, marked as the official titles (`name.isco_official`, e.g.
 *   "Koks / Cooks (офіційні назви нідерландською та англійською)");
 * - any language, when the Dutch title is missing: the English title.
 * These titles count as names for the readability check (no English in another language except names).
 */
import { negotiateLocale, type Locale } from './locales.js';
import { render } from './render.js';

export interface OfficialTitles {
  /** English title (ESCO). */
  readonly en: string;
  /** Dutch title (ESCO); null when the reference data has none. */
  readonly nl: string | null;
}

/** The title of an occupation for a reader in `locale` (any tag; matched to a supported locale). */
export function iscoTitle(titles: OfficialTitles, locale: Locale | string): string {
  if (titles.nl === null || titles.nl === '') return titles.en;
  const rendered = render('name.isco_official', { nl: titles.nl, en: titles.en }, negotiateLocale(locale));
  return rendered.missing ? titles.en : rendered.text;
}
