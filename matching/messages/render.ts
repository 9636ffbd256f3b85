/**
 * Rendering: code + params + locale → text, with ICU MessageFormat (intl-messageformat: CLDR plural rules,
 * so Arabic gets zero/one/two/few/many/other and Ukrainian one/few/many/other).
 *
 * Fallback: requested locale → English → the code itself, flagged `missing`. Parameters are inserted by the
 * formatter: municipality ids become names and ISCO codes titles through `names` (else the raw value),
 * languages (vocabulary normal form) a display name, enumerated values (needs, bands, urgency…) their translated label, and
 * arrays a locale list ("A, B and C"). No sentence is built by concatenation.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES } from './catalogues/index.js';
import { LABELLED_PARAMS, NULLABLE_FIGURES, PARAMS_ADDED_LATER } from './codes.js';
import { DATE_PARAMS } from './proposal-codes.js';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, formatLocaleOf, type Locale, negotiateLocale } from './locales.js';

export interface NameResolvers {
  /** CBS code → municipality name. */
  readonly municipality?: (id: string) => string | undefined;
  /** ISCO-08 code → occupation title in the locale. */
  readonly isco?: (code: string, locale: Locale) => string | undefined;
  /** Language code (vocabulary normal form) → language name in the locale (default: Intl.DisplayNames). */
  readonly language?: (code: string, locale: Locale) => string | undefined;
}

export interface RenderOptions {
  readonly names?: NameResolvers;
}

export interface Rendered {
  readonly text: string;
  /** The locale the text is in (English when the requested locale had no message). */
  readonly locale: Locale;
  /** True when no catalogue had a usable message: `text` is the code itself. */
  readonly missing: boolean;
}

interface Compiled {
  readonly format: IntlMessageFormat;
  /** Arguments inserted as plain text (the others are plural/select/number arguments). */
  readonly simple: ReadonlySet<string>;
}

const cache = new Map<string, Compiled | null>();

type Ast = ReturnType<IntlMessageFormat['getAst']>;
/**
 * Element types of the ICU message AST (`TYPE` of @formatjs/icu-messageformat-parser, which intl-messageformat
 * parses with): 0 literal, 1 plain argument `{x}`, 2 number, 3 date, 4 time, 5 select, 6 plural, 7 `#`, 8 tag.
 */
const ARGUMENT = 1;
const FIRST_FORMATTED_ARGUMENT = 2;
const LAST_FORMATTED_ARGUMENT = 6;

/** Argument names in a message AST: `simple` for plain {x}, `all` for every placeholder. */
export function argumentsOf(ast: Ast, simple = new Set<string>(), all = new Set<string>()): { simple: Set<string>; all: Set<string> } {
  for (const el of ast) {
    const type: number = el.type;
    if ('value' in el && typeof el.value === 'string') {
      if (type === ARGUMENT) { simple.add(el.value); all.add(el.value); }
      else if (type >= FIRST_FORMATTED_ARGUMENT && type <= LAST_FORMATTED_ARGUMENT) all.add(el.value);
    }
    if ('options' in el) for (const o of Object.values(el.options)) argumentsOf(o.value, simple, all);
    if ('children' in el) argumentsOf(el.children, simple, all);
  }
  return { simple, all };
}

function compiled(locale: Locale, code: string): Compiled | null {
  const key = `${locale}\u0000${code}`;
  let c = cache.get(key);
  if (c === undefined) {
    const source = CATALOGUES[locale][code];
    if (source === undefined) c = null;
    else {
      const format = new IntlMessageFormat(source, formatLocaleOf(locale));
      c = { format, simple: argumentsOf(format.getAst()).simple };
    }
    cache.set(key, c);
  }
  return c;
}

function label(set: string, value: string, locale: Locale): string {
  return CATALOGUES[locale][`label.${set}.${value}`] ?? CATALOGUES[DEFAULT_LOCALE][`label.${set}.${value}`] ?? value;
}

function languageName(code: string, locale: Locale): string {
  try { return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code; } catch { return code; }
}

const ISCO_PARAMS = new Set(['isco', 'listed', 'group']);
const MUNICIPALITY_PARAMS = new Set(['municipality', 'pinned', 'municipalities', 'tiePlace', 'tiePlaces']);

function prepare(code: string, params: Readonly<Record<string, unknown>>, locale: Locale, simple: ReadonlySet<string>, names: NameResolvers): Record<string, unknown> {
  const v: Record<string, unknown> = { ...params };
  if (typeof v.low === 'number' && typeof v.high === 'number' && v.exact === undefined) v.exact = v.low === v.high ? 'yes' : 'no';
  if (Array.isArray(v.binding) && v.binding.length > 0 && v.resource === undefined) {
    const b = v.binding[0] as { resource: string; used: number; capacity: number; needed: number };
    Object.assign(v, { resource: b.resource, used: b.used, capacity: b.capacity, needed: b.needed });
  }
  for (const figure of NULLABLE_FIGURES) if (figure in v) v[`${figure}Known`] = typeof v[figure] === 'number' ? 'yes' : 'no';
  if ('outcomeFit' in v && v.fitHigher === undefined) v.fitHigher = fitHigher(v.fit, v.outcomeFit);
  const occupational = code.startsWith('labour.') || code.startsWith('priorities.');
  const one = (key: string, x: unknown): string => {
    const s = String(x);
    if (MUNICIPALITY_PARAMS.has(key)) return names.municipality?.(s) ?? s;
    if (occupational && ISCO_PARAMS.has(key)) return names.isco?.(s, locale) ?? s;
    if (key === 'language') return names.language?.(s, locale) ?? languageName(s, locale);
    if (LABELLED_PARAMS[key]) return label(LABELLED_PARAMS[key], s, locale);
    return s;
  };
  for (const [key, x] of Object.entries(v)) {
    // A calendar day formats as that day anywhere on Earth when it stands at noon UTC.
    if (DATE_PARAMS.has(key) && typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x)) {
      v[key] = new Date(`${x}T12:00:00Z`);
      continue;
    }
    if (simple.has(key)) {
      if (Array.isArray(x)) v[key] = new Intl.ListFormat(formatLocaleOf(locale), { type: 'conjunction' }).format(x.map((i) => one(key, i)));
      else if (typeof x === 'string' || typeof x === 'boolean') v[key] = one(key, x);
    } else if (typeof x === 'boolean' || x === null) v[key] = String(x);
  }
  return v;
}

/**
 * `fitHigher` of a verdict (codes.ts DERIVED): 'yes' when the fit there is strictly higher than at the outcome, 'no'
 * when it is not, 'unknown' when either fit is not recorded. A text says a place "did not fit you better" only on 'no'.
 */
export function fitHigher(fit: unknown, outcomeFit: unknown): 'yes' | 'no' | 'unknown' {
  if (typeof fit !== 'number' || typeof outcomeFit !== 'number') return 'unknown';
  return fit > outcomeFit ? 'yes' : 'no';
}

/** The code a reader's key is for: `<code>.officer` and `<code>.municipality` → `<code>` (readers.ts). */
function baseCode(key: string): string {
  return key.replace(/\.(officer|municipality)$/, '');
}

/** Renders one code. `locale` may be any tag ('ar-SY', 'uk'); it is matched to a supported locale. */
export function render(code: string, params: Readonly<Record<string, unknown>> = {}, locale: string = DEFAULT_LOCALE, options: RenderOptions = {}): Rendered {
  const requested = negotiateLocale(locale);
  const chain = requested === DEFAULT_LOCALE ? [requested] : [requested, DEFAULT_LOCALE];
  for (const loc of chain) {
    const c = compiled(loc, code);
    if (!c) continue;
    try {
      const text = c.format.format(prepare(code, { ...PARAMS_ADDED_LATER[baseCode(code)], ...params }, loc, c.simple, options.names ?? {}));
      if (typeof text === 'string') return { text, locale: loc, missing: false };
    } catch {
      // a parameter is missing or of the wrong kind: try the next locale, then the code
    }
  }
  return { text: code, locale: requested, missing: true };
}

/** Renders a list of structured items (reasons, drivers, verdicts…), each `{ code, params }`. */
export function renderAll(items: readonly { readonly code: string; readonly params?: unknown }[], locale: string = DEFAULT_LOCALE, options: RenderOptions = {}): Rendered[] {
  return items.map((i) => render(i.code, (i.params ?? {}) as Readonly<Record<string, unknown>>, locale, options));
}

export { SUPPORTED_LOCALES };
