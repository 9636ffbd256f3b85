/**
 * Who reads a text. One fact can be told to three readers, each in their own words:
 * - `newcomer`: the household itself, addressed as "you" (plain language, Dutch B1 level);
 * - `officer`: a placement officer reviewing a run or a case, about the household in the third person, with figures;
 * - `municipality`: the municipality's staff preparing to receive the household, in the third person: what the
 *   household brings and needs, never the household's own wishes as "you".
 *
 * Catalogue keys: the newcomer's message is keyed by the code itself, the officer's by `<code>.officer`, the
 * municipality's by `<code>.municipality` (`readerMessageCode`). A reader's message takes the same parameters as the
 * code. Which codes have a message for the officer or the municipality is listed in `codes.ts`
 * (`OFFICER_MESSAGE_CODES`, `MUNICIPALITY_MESSAGE_CODES`).
 */
import { STAFF_LOCALES, SUPPORTED_LOCALES, type Locale } from './locales.js';

export const READERS = ['newcomer', 'officer', 'municipality'] as const;
export type Reader = (typeof READERS)[number];

/**
 * The languages every message of a reader must exist in (the completeness test reads this). Officers work in Dutch
 * and English (CLARIFICATIONS: "Officer pages: Dutch and English"); an officer who asks for another language gets
 * English (render's fallback). Municipalities read the four `STAFF_LOCALES`; newcomers every supported language.
 */
export const READER_LOCALES: Readonly<Record<Reader, readonly Locale[]>> = {
  newcomer: SUPPORTED_LOCALES,
  officer: ['nl', 'en'],
  municipality: STAFF_LOCALES,
};

/** The catalogue key of `code` for `reader`: the code itself for the newcomer, else `<code>.<reader>`. */
export function readerMessageCode(code: string, reader: Reader): string {
  return reader === 'newcomer' ? code : `${code}.${reader}`;
}
