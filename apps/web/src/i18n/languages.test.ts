import { describe, expect, it } from 'vitest';
import { directionOf, formatLocale, initialLocale, isUnreviewed, SUPPORTED_LOCALES, supportedLocale } from './languages';
import { localesOfParts } from './catalogues';

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

  it('reads Dari and Iranian Persian (ISO 639-3) as the Persian texts, written in Dari wording', () => {
    expect(supportedLocale('prs')).toBe('fa');
    expect(supportedLocale('prs-AF')).toBe('fa');
    expect(supportedLocale('pes')).toBe('fa');
    expect(initialLocale('', null, ['prs-AF', 'en'])).toBe('fa');
    expect(supportedLocale('ps')).toBeNull();
  });

  it('takes no name of an object’s machinery for a language (?lang=constructor shows the site, in Dutch)', () => {
    expect(supportedLocale('constructor')).toBeNull();
    expect(supportedLocale('__proto__')).toBeNull();
    expect(initialLocale('?lang=constructor', null, ['toString'])).toBe('nl');
  });

  it('writes Arabic and Persian right to left, the others left to right', () => {
    expect(SUPPORTED_LOCALES.filter((l) => directionOf(l) === 'rtl')).toEqual(['ar', 'fa']);
  });

  it('says of Tigrinya, Persian, Turkish and Somali that no native speaker has reviewed them yet', () => {
    expect(SUPPORTED_LOCALES.filter(isUnreviewed)).toEqual(['ti', 'fa', 'tr', 'so']);
  });

  it('offers newcomers every language, and staff pages only the four they exist in', () => {
    expect(localesOfParts(['common', 'newcomer'])).toEqual(SUPPORTED_LOCALES);
    for (const part of ['municipality', 'officer', 'admin'] as const) expect(localesOfParts(['common', part])).toEqual(['nl', 'en', 'ar', 'uk']);
  });
});

describe('numbers in the site’s own texts', () => {
  it('use Latin digits in every language, as the API’s sentences do', () => {
    for (const locale of SUPPORTED_LOCALES) expect(new Intl.NumberFormat(formatLocale(locale)).format(1234)).toMatch(/^1.?234$/);
  });

  it('write dates in the Gregorian calendar in every language (Persian would default to the Solar Hijri one)', () => {
    const day = new Date('2026-12-14T12:00:00Z');
    for (const locale of SUPPORTED_LOCALES) expect(new Intl.DateTimeFormat(formatLocale(locale), { dateStyle: 'long' }).format(day)).toContain('2026');
  });
});
