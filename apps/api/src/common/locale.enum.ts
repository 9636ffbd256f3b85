import { SUPPORTED_LOCALES, type Locale } from '#matching/messages/locales.js';
import { graphqlEnum } from './vocabulary.enums.js';

/** GraphQL enum `Locale` over the supported languages (matching/messages/locales.ts). */
export const LocaleEnum: Record<string, Locale> = graphqlEnum(
  SUPPORTED_LOCALES,
  'Locale',
  'A language texts are written or read in: NL Dutch, EN English, AR Arabic (right to left), UK Ukrainian',
);
