import { describe, expect, it } from 'vitest';
import { directionOf, formatLocale, initialLocale, supportedLocale } from './languages';

describe('the reader’s language', () => {
  it('takes ?lang= first, then the remembered choice, then the browser, then Dutch', () => {
    expect(initialLocale('?lang=ar', 'uk', ['en-GB'])).toBe('ar');
    expect(initialLocale('?lang=xx', 'uk', ['en-GB'])).toBe('uk');
    expect(initialLocale('', null, ['fr-FR', 'en-GB'])).toBe('en');
    expect(initialLocale('', 'de', ['fr-FR'])).toBe('nl');
  });

  it('reads a region or capitals as the language', () => {
    expect(supportedLocale('ar-SY')).toBe('ar');
    expect(supportedLocale('UK')).toBe('uk');
    expect(supportedLocale('')).toBeNull();
  });

  it('writes Arabic right to left, the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(['nl', 'en', 'uk'].map((l) => directionOf(l as 'nl'))).toEqual(['ltr', 'ltr', 'ltr']);
  });
});

describe('numbers in the site’s own texts', () => {
  it('use Latin digits in every language, as the API’s sentences do', () => {
    for (const locale of ['nl', 'en', 'ar', 'uk'] as const) expect(new Intl.NumberFormat(formatLocale(locale)).format(1234)).toMatch(/^1.?234$/);
  });
});
