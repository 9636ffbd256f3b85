import { SUPPORTED_LOCALES, type Locale } from '#matching/messages/locales.js';
import { graphqlEnum } from './vocabulary.enums.js';

/** What each value of `Locale` means (the enum's value descriptions). */
export const LOCALE_MEANINGS: Readonly<Record<Locale, string>> = {
  nl: 'Dutch',
  en: 'English',
  ar: 'Arabic (right to left)',
  uk: 'Ukrainian',
};

/** GraphQL enum `Locale` over the supported languages (matching/messages/locales.ts). */
export const LocaleEnum: Record<string, Locale> = graphqlEnum(
  SUPPORTED_LOCALES,
  'Locale',
  'A language texts are written or read in',
  LOCALE_MEANINGS,
);
