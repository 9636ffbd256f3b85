import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { CATALOGUES } from './all-catalogues';
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

/**
 * The UI catalogues, as the backend's (matching/messages/messages.spec.ts): every language has every key of the
 * Dutch source and no other, each message parses as ICU MessageFormat in its language, and uses the same
 * arguments as the Dutch one (a translation that drops `{total}` would show a sentence whose number is missing).
 */
describe('UI message catalogues', () => {
  const source = CATALOGUES.nl;
  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale} has exactly the keys of nl`, () => {
      expect(Object.keys(CATALOGUES[locale]).sort()).toEqual(Object.keys(source).sort());
    });

    it(`${locale}: every message parses and takes the arguments of nl`, () => {
      const wrong: string[] = [];
      for (const [key, message] of Object.entries(CATALOGUES[locale])) {
        try {
          new IntlMessageFormat(message, locale);
          const expected = argumentsOf(source[key as keyof typeof source]);
          const actual = argumentsOf(message);
          if (JSON.stringify(expected) !== JSON.stringify(actual)) wrong.push(`${key}: ${actual.join(',')} instead of ${expected.join(',')}`);
        } catch (error) {
          wrong.push(`${key}: ${(error as Error).message}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it(`${locale}: no message is empty, and none but nl's is left in Dutch`, () => {
      const copies = Object.entries(CATALOGUES[locale]).filter(
        ([key, message]) => !message.trim() || (locale !== 'nl' && message === source[key as keyof typeof source] && !SAME_WORD[locale]?.includes(key) && /[a-z]{4}/i.test(message.replace(/\{[^}]*\}/g, ''))),
      );
      expect(copies.map(([key]) => key)).toEqual([]);
    });
  }

  it('the check finds a missing argument (it can fail)', () => {
    expect(argumentsOf('{ahead, plural, one {# vóór u} other {# vóór u}} van {total}')).toEqual(['ahead', 'total']);
    expect(argumentsOf('{ahead, plural, one {# before you} other {# before you}}')).toEqual(['ahead']);
  });
});
