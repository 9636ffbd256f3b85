/**
 * Languages: one normal form for every language code that crosses a layer (API input, seed, municipality
 * profiles, storage, round snapshots, scoring, messages).
 *
 * Normal form: the ISO 639-1 two-letter code where the language has one (`nl`, `ar`, `ti`, `uk`), else its
 * ISO 639-3 code (`prs` Dari, `apc` Levantine Arabic). Accepted spellings: ISO 639-1, ISO 639-2/T, ISO 639-2/B
 * (`dut`, `per`) and ISO 639-3, in any letter case, with surrounding spaces ignored. The code table is the
 * `iso-639-3` package (SIL's ISO 639-3 register with its 639-1/639-2 equivalents); the special codes `mis`,
 * `mul`, `und` and `zxx` are not languages a person speaks and are refused.
 *
 * An individual language is not folded into its macrolanguage (`arb` Standard Arabic stays `arb`, it does not
 * become `ar`): that would change what was said, not how it was spelled.
 */
import { iso6393 } from 'iso-639-3';
import { CEFR_LEVELS, cefrAtLeast, type CefrLevel } from './cefr.js';

export { CEFR_LEVELS, cefrAtLeast, type CefrLevel } from './cefr.js';

/** A language code in the normal form (see the module comment); produce one with `normaliseLanguage`. */
export type LanguageCode = string;

/** Dutch, in the normal form. */
export const DUTCH: LanguageCode = 'nl';

/**
 * Dutch level from which an adult needs no Dutch course: B1, the level the civic integration act
 * (Wet inburgering 2021) sets as the standard.
 */
export const DUTCH_WITHOUT_COURSE: CefrLevel = 'B1';

let spellings: ReadonlyMap<string, LanguageCode> | null = null;

/** Every accepted spelling (lower case) → its normal form; built once, on first use. */
function spellingTable(): ReadonlyMap<string, LanguageCode> {
  if (!spellings) {
    const table = new Map<string, LanguageCode>();
    for (const l of iso6393) {
      if (l.scope === 'special') continue;
      const normal = l.iso6391 ?? l.iso6393;
      for (const code of [l.iso6393, l.iso6392T, l.iso6392B, l.iso6391]) if (code) table.set(code, normal);
    }
    spellings = table;
  }
  return spellings;
}

/**
 * The normal form of a language code written in any accepted spelling, e.g. `nld`, `dut`, `NL` → `nl`,
 * `ara` → `ar`, `prs` → `prs`; null when it is not a language code (unknown, reserved or special).
 */
export function normaliseLanguage(code: string): LanguageCode | null {
  return spellingTable().get(code.trim().toLowerCase()) ?? null;
}

/**
 * The normal form of a language code from a trusted source (seed data, stored data being migrated).
 * @throws Error naming the code when it is not a language code.
 */
export function requireLanguage(code: string): LanguageCode {
  const normal = normaliseLanguage(code);
  if (normal === null) throw new Error(`not a language code: ${JSON.stringify(code)}`);
  return normal;
}

/** True when `code` is a language code already in the normal form. */
export function isNormalLanguage(code: string): code is LanguageCode {
  return spellingTable().get(code) === code;
}

/**
 * A person's languages in the normal form: unknown codes and CEFR levels are dropped; two spellings of one
 * language become one entry with the higher level, at the place of the first.
 */
export function normaliseLanguageSkills(skills: readonly { readonly language: string; readonly cefr: string }[]): { language: LanguageCode; cefr: CefrLevel }[] {
  const out = new Map<LanguageCode, CefrLevel>();
  for (const s of skills) {
    const language = normaliseLanguage(s.language);
    if (!language || !(CEFR_LEVELS as readonly string[]).includes(s.cefr)) continue;
    const cefr = s.cefr as CefrLevel;
    const seen = out.get(language);
    out.set(language, seen && cefrAtLeast(seen, cefr) ? seen : cefr);
  }
  return [...out].map(([language, cefr]) => ({ language, cefr }));
}

/** A set of languages (e.g. a municipality's community languages) in the normal form: unknown codes dropped, sorted, once each. */
export function normaliseLanguageSet(codes: readonly string[]): LanguageCode[] {
  return [...new Set(codes.map(normaliseLanguage).filter((c): c is LanguageCode => c !== null))].sort();
}
