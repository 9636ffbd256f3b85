/**
 * Which version of a profile's free text a reader gets (issue 11): the text is written in Dutch (`originalLocale`,
 * 'nl' for every version published since issue 11; 'en' for versions stored before, which have no Dutch original)
 * and may carry translations. A reader gets their own language when the original or a translation is in it, and the
 * original otherwise, marked as such (`isOriginal`, `locale`, `inRequestedLanguage`).
 */
import type { Locale } from '#matching/messages/locales.js';

export interface ReadText {
  /** The text the reader gets. */
  readonly text: string;
  /** Its language. */
  readonly locale: Locale;
  /** True when it is the text as the municipality wrote it (not a translation). */
  readonly isOriginal: boolean;
  /** The language of the original. */
  readonly originalLocale: Locale;
  /** True when the text is in the language the reader asked for. */
  readonly inRequestedLanguage: boolean;
}

/** The text for a reader of `requested` from the `original` (in `originalLocale`) and its `translations`. */
export function readText(original: string, originalLocale: Locale, translations: Partial<Record<Locale, string>> | undefined, requested: Locale): ReadText {
  if (requested === originalLocale) return { text: original, locale: originalLocale, isOriginal: true, originalLocale, inRequestedLanguage: true };
  const translated = translations?.[requested];
  if (translated) return { text: translated, locale: requested, isOriginal: false, originalLocale, inRequestedLanguage: true };
  return { text: original, locale: originalLocale, isOriginal: true, originalLocale, inRequestedLanguage: false };
}
