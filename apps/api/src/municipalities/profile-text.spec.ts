import { readText } from './profile-text.js';

describe('a profile’s free text for a reader', () => {
  const nl = 'Een jonge stad aan het water.';
  const tr = { en: 'A young city by the water.', uk: 'Молоде місто біля води.' };
  it('gives the reader’s language when translated, the Dutch original to a Dutch reader', () => {
    expect(readText(nl, 'nl', tr, 'en')).toEqual({ text: tr.en, locale: 'en', isOriginal: false, originalLocale: 'nl', inRequestedLanguage: true });
    expect(readText(nl, 'nl', tr, 'uk')).toEqual({ text: tr.uk, locale: 'uk', isOriginal: false, originalLocale: 'nl', inRequestedLanguage: true });
    expect(readText(nl, 'nl', tr, 'nl')).toEqual({ text: nl, locale: 'nl', isOriginal: true, originalLocale: 'nl', inRequestedLanguage: true });
  });
  it('gives the Dutch original, marked, when there is no translation in the reader’s language', () => {
    expect(readText(nl, 'nl', tr, 'ar')).toEqual({ text: nl, locale: 'nl', isOriginal: true, originalLocale: 'nl', inRequestedLanguage: false });
    expect(readText(nl, 'nl', undefined, 'en')).toMatchObject({ text: nl, locale: 'nl', isOriginal: true });
  });
  it('reads an old version (English original, no Dutch) as English, marked as the original', () => {
    expect(readText('Demo profile…', 'en', undefined, 'nl')).toEqual({ text: 'Demo profile…', locale: 'en', isOriginal: true, originalLocale: 'en', inRequestedLanguage: false });
  });
});
