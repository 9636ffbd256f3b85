/**
 * The one normal form for searching names and titles: applied to the stored text (kept in a
 * `search_key` column, written by the repositories) and to what a person types, so a contains-search
 * compares like with like. The database never recomputes it: this function is its only definition.
 *
 * Steps, in order:
 * 1. apostrophe variants are dropped — ' ’ ‘ ‛ ʼ ʹ ` ´ ′ ＇ — so `’s-Hertogenbosch`, `'s-Hertogenbosch`
 *    and `s-Hertogenbosch` agree, and `Ships’ engineers` matches `ships engineers`. They are dropped
 *    before step 2, because NFKD turns ´ into a space and a combining accent, and again after each
 *    decomposition, because NFKD also *produces* them (the Greek numeral sign U+0374 becomes ʹ U+02B9):
 *    otherwise the key of such a text would lose a character when keyed again;
 * 2. Unicode NFKD compatibility decomposition (ĳ → ij, ﬁ → fi, full-width → ASCII, é → e + accent);
 * 3. case folded with the locale-independent `toLowerCase`, then NFKD again (İ lowercases to i + dot);
 * 4. combining marks (Unicode category M) removed: `Súdwest-Fryslân` → `sudwest-fryslan`, whether it
 *    was typed composed (NFC) or decomposed (NFD);
 * 5. every run of other characters that are neither letters nor digits (spaces, hyphens and dashes of
 *    any kind, dots, brackets) becomes one space, trimmed at both ends: `Súdwest–Fryslân` →
 *    `sudwest fryslan`, `Hengelo (O.)` → `hengelo o`.
 *
 * Letters without a decomposition stay as they are (ø, ł, ß). The result is idempotent
 * (`searchKey(searchKey(x)) === searchKey(x)`) and never longer than the input's NFKD form; the tests
 * check both for every single Unicode code point and for random strings.
 * An input with no letters or digits gives the empty string, which every key contains.
 */
export function searchKey(text: string): string {
  return text
    .replace(APOSTROPHES, '')
    .normalize('NFKD')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(APOSTROPHES, '')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Apostrophe-like characters people type or paste in names (step 1 of {@link searchKey}). */
const APOSTROPHES = /['\u2019\u2018\u201B\u02BC\u02B9`\u00B4\u2032\uFF07]/gu;

/**
 * A LIKE pattern matching keys that contain `searchKey(text)`: wildcards in the key cannot occur
 * (step 5 turns `%` and `_` into spaces), so no escaping is needed.
 */
export function searchKeyContains(text: string): string {
  return `%${searchKey(text)}%`;
}
