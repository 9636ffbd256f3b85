import { unreadable } from './support/readable.js';

describe('unreadable (the readability check of the readers’ end-to-end tests)', () => {
  it('passes plain texts and flags codes, placeholders, fractions and English in another language', () => {
    expect(unreadable('Amsterdam heeft werk in uw beroep: kok.', 'nl', { names: ['Amsterdam'] })).toEqual([]);
    expect(unreadable('explain.alt_capacity', 'en')).toEqual(['code: explain.alt_capacity']);
    expect(unreadable('Room for {persons}', 'en')).toEqual(['placeholder']);
    expect(unreadable('About 23.3 households like yours', 'en')).toEqual(['fractional count: 23.3 households']);
    expect(unreadable('Utrecht needs cooks: 5120', 'en', { names: ['Utrecht'] })).toEqual(['bare 4-digit code: 5120']);
    expect(unreadable('في Utrecht يوجد Cooks', 'ar', { names: ['Utrecht'] })).toEqual(['Latin word in ar: Cooks']);
    expect(unreadable('Uw beroep: Cooks and the rest', 'nl')).toEqual(['English in nl: and, the']);
    expect(unreadable('Місто GM0363 має homes_5_plus', 'uk')).toEqual(['code: homes_5_plus', 'CBS code: GM0363', 'bare 4-digit code: 0363', 'Latin word in uk: GM']);
  });
});
