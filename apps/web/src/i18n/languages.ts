import { formatLocaleOf, localeOfTag, RTL_LOCALES, STAFF_LOCALES, SUPPORTED_LOCALES, UNREVIEWED_LOCALES, negotiateLocale, type Locale, type StaffLocale } from '#matching/messages/locales.js';

import type { Locale as ApiLocale } from '../gql/graphql';

export { STAFF_LOCALES, SUPPORTED_LOCALES, type Locale, type StaffLocale };

/** The API's name of a language (the GraphQL enum `Locale`). */
export const API_LOCALE: Readonly<Record<Locale, ApiLocale>> = { nl: 'NL', en: 'EN', ar: 'AR', uk: 'UK', ti: 'TI', fa: 'FA', tr: 'TR', so: 'SO' };

/**
 * Each language's name in that language, for the language menu (a reader finds their own language by its name).
 * Persian is named with Dari beside it: its texts use Dari wording where Dari differs (locales.ts).
 */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  uk: 'Українська',
  ti: 'ትግርኛ',
  fa: 'فارسی / دری',
  tr: 'Türkçe',
  so: 'Soomaali',
};

/** Whether the site's texts in `locale` still wait for a native speaker's review (the pages then say so). */
export function isUnreviewed(locale: Locale): boolean {
  return UNREVIEWED_LOCALES.includes(locale);
}

/** The site's first language when nothing else decides: Dutch (the site is Dutch; the API's default for texts is English). */
export const SITE_DEFAULT_LOCALE: Locale = 'nl';

/** Where the browser remembers the chosen language (localStorage; not personal data). */
export const LANGUAGE_STORAGE_KEY = 'matching.language';

/** `rtl` for Arabic and Persian, else `ltr`: the `dir` of `<html>`. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}

/**
 * The language to show: `?lang=xx` in the address (then remembered), else the remembered choice, else the browser's
 * languages, else Dutch. Unknown values are ignored.
 */
export function initialLocale(search: string, stored: string | null, browser: readonly string[]): Locale {
  return supportedLocale(new URLSearchParams(search).get('lang')) ?? supportedLocale(stored) ?? negotiateLocale(browser.join(','), SITE_DEFAULT_LOCALE);
}

/** The supported language a tag names ("ar", "ar-SY", "UK", "prs" → fa), or null (`localeOfTag`). */
export function supportedLocale(tag: string | null): Locale | null {
  return localeOfTag(tag);
}

/**
 * The locale dates and numbers of the site's own texts are formatted in: the reader's language with the digits and
 * calendar of the API's sentences (`formatLocaleOf`: Latin digits, Gregorian calendar), so one page never mixes two
 * kinds of digits or two calendars.
 */
export function formatLocale(locale: Locale): string {
  return formatLocaleOf(locale);
}

/**
 * The languages a language field offers, as the API's language codes (ISO 639-1, else ISO 639-3: `prs` Dari):
 * those of the largest groups of status holders (Syria, Eritrea, Afghanistan, Turkey, Iran, Iraq, Somalia, Yemen,
 * Ethiopia, Ukraine; the origins the seed cohort draws from), with Dutch and the world languages many also speak. A
 * form adds any stored language that is not here, so nothing stored disappears from a choice.
 */
export const SPOKEN_LANGUAGES: readonly string[] = ['ar', 'ti', 'fa', 'prs', 'ps', 'so', 'ku', 'tr', 'am', 'uk', 'ru', 'nl', 'en', 'fr', 'es'];

/** A language's name in the reader's language (`ar` → Arabisch in nl); the code itself when the browser knows no name. */
export function languageName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
    if (name) return name;
  } catch {
    // not a code the browser knows: the code below
  }
  return code;
}
