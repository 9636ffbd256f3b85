/**
 * Is a text fit for a person to read? The end-to-end tests of every reader (issue 11) run every text they receive
 * through `unreadable`, which lists what is wrong with it (empty when it reads well):
 * - a leftover placeholder (`{`, `}`), `undefined`, `NaN`, `null`, `[object`;
 * - a message code or any snake_case / dotted identifier (`explain.alt_capacity`, `homes_5_plus`, `job_contract`);
 * - a bare ISCO code or CBS code (`2142`, `GM0363`) — names and titles are expected instead;
 * - a count with a fraction (`23.3 households`), which no household count can be;
 * - English in another language: in a language not written in Latin script (ar, uk, ti, fa), any Latin word; in one
 *   that is (nl, tr, so), common English words — after removing the `names` the caller allows (municipality names,
 *   ISCO titles, references).
 * Plural forms are checked where a test knows the number (see `pluralProblems`).
 */
import type { Locale } from '#matching/messages/index.js';

/** The languages not written in Latin script: Arabic, Ukrainian (Cyrillic), Tigrinya (Ge’ez), Persian. */
const NON_LATIN: readonly Locale[] = ['ar', 'uk', 'ti', 'fa'];

const ENGLISH_WORDS = ['the', 'you', 'your', 'with', 'and', 'household', 'households', 'municipality', 'which', 'there', 'this', 'have', 'has', 'because', 'not', 'people', 'home', 'homes', 'who', 'from'];

export interface ReadableOptions {
  /** Words or phrases allowed as they are (names of municipalities, ISCO titles, case references, people's names). */
  readonly names?: readonly string[];
  /** Allow four-digit numbers (years, postcodes) that would otherwise read as ISCO codes. */
  readonly allowYears?: boolean;
}

export function unreadable(text: string, locale: Locale, options: ReadableOptions = {}): string[] {
  const problems: string[] = [];
  let rest = text;
  for (const n of [...(options.names ?? [])].sort((a, b) => b.length - a.length)) if (n) rest = rest.split(n).join(' ');
  if (text.trim() === '') problems.push('empty');
  if (/[{}]/.test(text)) problems.push('placeholder');
  if (/\b(undefined|NaN|null)\b|\[object/.test(text)) problems.push('undefined/NaN/null');
  const code = rest.match(/\b[a-z]+(?:_[a-z0-9]+)+\b|\b[a-z_]+\.[a-z_]+(?:\.[a-z_]+)*\b/);
  if (code) problems.push(`code: ${code[0]}`);
  const cbs = rest.match(/\bGM\d{4}\b/);
  if (cbs) problems.push(`CBS code: ${cbs[0]}`);
  if (!options.allowYears) {
    const isco = rest.match(/(?<![\d.,:/-])\d{4}(?![\d.,:/-])/);
    if (isco) problems.push(`bare 4-digit code: ${isco[0]}`);
  }
  const fraction = rest.match(/\d+[.,]\d+\s+(households|huishoudens|أسر|сім|ስድራ|خانوار|hane|qoys)/i);
  if (fraction) problems.push(`fractional count: ${fraction[0]}`);
  if (NON_LATIN.includes(locale)) {
    const latin = rest.match(/[A-Za-z]{2,}/);
    if (latin) problems.push(`Latin word in ${locale}: ${latin[0]}`);
  }
  if (locale !== 'en' && !NON_LATIN.includes(locale)) {
    const words = rest.toLowerCase().match(/[a-z]+/g) ?? [];
    const english = words.filter((w) => ENGLISH_WORDS.includes(w));
    if (english.length > 0) problems.push(`English in ${locale}: ${english.join(', ')}`);
  }
  return problems;
}

/** Every problem of many texts, each prefixed with the text, for one `expect(...).toEqual([])`. */
export function unreadableAll(texts: readonly string[], locale: Locale, options: ReadableOptions = {}): string[] {
  return texts.flatMap((t) => unreadable(t, locale, options).map((p) => `${locale}: ${p} — «${t}»`));
}
