import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { CATALOGUES } from './all-catalogues';
import { LOCALES_OF_PART, type Part } from './catalogues';
import { SUPPORTED_LOCALES } from './languages';

/** Messages that are the same word in Dutch and another language (checked by hand): not left untranslated. */
const SAME_WORD: Partial<Record<string, readonly string[]>> = {
  en: ['household.role.partner', 'officer.change.role.partner', 'officer.audit.entity.account', 'nav.admin.accounts', 'admin.accounts.title', 'admin.accounts.count', 'admin.accounts.status'],
};

/** The names of a message's arguments, nested plurals and selects included, sorted. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      names.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

/** Every catalogue file, by its path (./messages/<locale>/<part>.json). */
const FILES = import.meta.glob<Record<string, string>>('./messages/*/*.json', { eager: true, import: 'default' });
const PARTS = Object.keys(LOCALES_OF_PART) as Part[];

/**
 * The UI catalogues, as the backend's (matching/messages/messages.spec.ts): every part exists in each language
 * `LOCALES_OF_PART` lists and in no other, has exactly the keys of the Dutch source, each message parses as ICU
 * MessageFormat in its language, and uses the same arguments as the Dutch one (a translation that drops `{total}`
 * would show a sentence whose number is missing).
 */
describe('UI message catalogues', () => {
  it('each part exists in exactly the languages LOCALES_OF_PART lists', () => {
    const expected = PARTS.flatMap((part) => LOCALES_OF_PART[part].map((locale) => `./messages/${locale}/${part}.json`)).sort();
    expect(Object.keys(FILES).sort()).toEqual(expected);
  });

  for (const part of PARTS) {
    const source = FILES[`./messages/nl/${part}.json`];
    for (const locale of LOCALES_OF_PART[part]) {
      const catalogue = FILES[`./messages/${locale}/${part}.json`] ?? {};
      it(`${locale}/${part} has exactly the keys of nl`, () => {
        expect(Object.keys(catalogue).sort()).toEqual(Object.keys(source).sort());
      });

      it(`${locale}/${part}: every message parses and takes the arguments of nl`, () => {
        const wrong: string[] = [];
        for (const [key, message] of Object.entries(catalogue)) {
          try {
            new IntlMessageFormat(message, locale);
            const expected = argumentsOf(source[key]);
            const actual = argumentsOf(message);
            if (JSON.stringify(expected) !== JSON.stringify(actual)) wrong.push(`${key}: ${actual.join(',')} instead of ${expected.join(',')}`);
          } catch (error) {
            wrong.push(`${key}: ${(error as Error).message}`);
          }
        }
        expect(wrong).toEqual([]);
      });

      it(`${locale}/${part}: no message is empty, and none but nl's is left in Dutch`, () => {
        const copies = Object.entries(catalogue).filter(
          ([key, message]) => !message.trim() || (locale !== 'nl' && message === source[key] && !SAME_WORD[locale]?.includes(key) && /[a-z]{4}/i.test(message.replace(/\{[^}]*\}/g, ''))),
        );
        expect(copies.map(([key]) => key)).toEqual([]);
      });
    }
  }

  it('the merged catalogues hold every part of their language (all-catalogues.ts)', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const keys = PARTS.filter((part) => LOCALES_OF_PART[part].includes(locale)).flatMap((part) => Object.keys(FILES[`./messages/nl/${part}.json`]));
      expect(Object.keys(CATALOGUES[locale]).sort()).toEqual(keys.sort());
    }
  });

  it('the check finds a missing argument (it can fail)', () => {
    expect(argumentsOf('{ahead, plural, one {# vóór u} other {# vóór u}} van {total}')).toEqual(['ahead', 'total']);
    expect(argumentsOf('{ahead, plural, one {# before you} other {# before you}}')).toEqual(['ahead']);
  });
});
