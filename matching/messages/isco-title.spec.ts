import { iscoTitle } from './isco-title.js';
import { render } from './render.js';

const cooks = { en: 'Cooks', nl: 'Koks' };

describe('ISCO-08 titles for a reader', () => {
  it('is Dutch for nl and English for en', () => {
    expect(iscoTitle(cooks, 'nl')).toBe('Koks');
    expect(iscoTitle(cooks, 'en')).toBe('Cooks');
    expect(iscoTitle(cooks, 'nl-BE')).toBe('Koks');
  });
  it('gives Arabic and Ukrainian readers the Dutch and English official titles, marked as such (no hand translation)', () => {
    expect(iscoTitle(cooks, 'ar')).toBe('Koks / Cooks (الاسم الرسمي بالهولندية والإنجليزية)');
    expect(iscoTitle(cooks, 'uk')).toBe('Koks / Cooks (офіційні назви нідерландською та англійською)');
  });
  it('falls back to English in every language when there is no Dutch title', () => {
    for (const l of ['nl', 'en', 'ar', 'uk']) expect(iscoTitle({ en: 'Cooks', nl: null }, l)).toBe('Cooks');
  });
  it('fills a profession in a sentence in the reader’s language (it read "…uw beroep: Cooks")', () => {
    const names = { isco: (code: string, locale: string) => (code === '5120' ? iscoTitle(cooks, locale) : undefined) };
    expect(render('labour.shortage_exact', { member: 1, isco: '5120', municipality: 'GM0363' }, 'nl', { names }).text).toMatch(/: Koks\.$/);
    expect(render('labour.shortage_exact', { member: 1, isco: '5120', municipality: 'GM0363' }, 'uk', { names }).text).toContain('Koks / Cooks (офіційні назви');
  });
});
