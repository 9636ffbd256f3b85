import { SUPPORTED_LOCALES, type Locale } from '#matching/messages/locales.js';
import { graphqlEnum } from './vocabulary.enums.js';

/** What each value of `Locale` means (the enum's value descriptions). */
export const LOCALE_MEANINGS: Readonly<Record<Locale, string>> = {
  nl: 'Dutch',
  en: 'English',
  ar: 'Arabic (right to left)',
  uk: 'Ukrainian',
  ti: 'Tigrinya (newcomer texts only; not yet reviewed by a native speaker)',
  fa: 'Persian, in Dari wording where Dari differs (right to left; newcomer texts only; not yet reviewed by a native speaker)',
  tr: 'Turkish (newcomer texts only; not yet reviewed by a native speaker)',
  so: 'Somali (newcomer texts only; not yet reviewed by a native speaker)',
};

/** GraphQL enum `Locale` over the supported languages (matching/messages/locales.ts). */
export const LocaleEnum: Record<string, Locale> = graphqlEnum(
  SUPPORTED_LOCALES,
  'Locale',
  'A language texts are written or read in',
  LOCALE_MEANINGS,
);
