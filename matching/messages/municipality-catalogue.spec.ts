/**
 * The municipality's catalogue (issue 11, `whyProposed`): every supporting reason has a third-person message in every
 * language, and counts take the right plural form for a spread of numbers (ar: zero/one/two/few/many/other,
 * uk: one/few/many/other).
 */
import { render } from './render.js';
import { CATALOGUES } from './catalogues/index.js';
import { MUNICIPALITY_MESSAGE_CODES } from './codes.js';
import { readerMessageCode } from './readers.js';
import { SUPPORTING_CODES } from '../scoring/supporting.js';
import { PROPOSAL_MUNICIPALITY_CODES } from './proposal-codes.js';
import { MAIL_CODES } from './mail-codes.js';

const say = (code: string, params: Record<string, unknown>, locale: string) =>
  render(readerMessageCode(code, 'municipality'), { municipality: 'GM0363', ...params }, locale, { names: { municipality: () => 'Amsterdam' } }).text;

describe('the municipality catalogue', () => {
  it('has a message for every reason that can argue for a proposal, in all four languages', () => {
    expect([...MUNICIPALITY_MESSAGE_CODES].sort()).toEqual([...PROPOSAL_MUNICIPALITY_CODES, ...SUPPORTING_CODES, ...MAIL_CODES].sort());
    for (const locale of ['nl', 'en', 'ar', 'uk'] as const) {
      for (const code of SUPPORTING_CODES) expect(CATALOGUES[locale][readerMessageCode(code, 'municipality')]).toBeDefined();
    }
  });

  it('speaks about the household, never to it', () => {
    const you = { nl: /\b(u|uw|je|jij|jouw)\b/i, en: /\b(you|your)\b/i, ar: /(أنت|لديك|أسرتك)/, uk: /(\bви\b|\bвам\b|ваш)/i };
    for (const locale of ['nl', 'en', 'ar', 'uk'] as const) {
      for (const code of SUPPORTING_CODES) {
        const text = CATALOGUES[locale][readerMessageCode(code, 'municipality')]!;
        expect({ code, locale, you: you[locale].test(text) }).toEqual({ code, locale, you: false });
      }
    }
  });

  it('gives Ukrainian the right plural for children and adults: 1, 21 one; 2–4, 22 few; 5–20, 25, 100 many', () => {
    const child = (n: number) => say('services.primary_school', { children: n }, 'uk');
    for (const n of [1, 21]) expect(child(n)).toContain(`${n} дитина `);
    for (const n of [2, 3, 4, 22]) expect(child(n)).toContain(`${n} дитини `);
    for (const n of [5, 11, 12, 20, 25, 100]) expect(child(n)).toContain(`${n} дітей `);
    expect(say('services.language_courses', { adults: 1 }, 'uk')).toMatch(/^1 дорослий у сімʼї ще вивчає/);
    expect(say('services.language_courses', { adults: 3 }, 'uk')).toMatch(/^3 дорослі в сімʼї ще вивчають/);
    expect(say('services.language_courses', { adults: 5 }, 'uk')).toMatch(/^5 дорослих у сімʼї ще вивчають/);
    expect(say('labour.open_employers', { count: 25, member: 1, aspiration: 'any_work' }, 'uk')).toContain('25 роботодавців хочуть');
    expect(say('labour.open_employers', { count: 22, member: 1, aspiration: 'any_work' }, 'uk')).toContain('22 роботодавці хочуть');
  });

  it('gives Arabic the right plural for children: one, two, few (3–10), many (11–99), other (100)', () => {
    const child = (n: number) => say('services.primary_school', { children: n }, 'ar');
    expect(child(1)).toContain('طفل واحد');
    expect(child(2)).toContain('طفلان');
    for (const n of [3, 10]) expect(child(n)).toMatch(/أطفال في سن/);
    for (const n of [11, 99]) expect(child(n)).toContain('طفلًا');
    expect(child(100)).toMatch(/ طفل في سن/);
    expect(say('network.buddy_schemes', { count: 2 }, 'ar')).toContain('برنامجا مرافقة');
  });

  it('gives Dutch and English one and many, with the number said', () => {
    expect(say('services.secondary_school', { children: 1 }, 'nl')).toContain('1 kind van 12 tot 17 jaar');
    expect(say('services.secondary_school', { children: 3 }, 'nl')).toContain('3 kinderen van 12 tot 17 jaar');
    expect(say('services.language_courses', { adults: 1 }, 'en')).toMatch(/^1 adult in the household is still learning Dutch/);
    expect(say('services.language_courses', { adults: 2 }, 'en')).toMatch(/^2 adults in the household are still learning Dutch/);
  });

  it('says where a job is: in the municipality itself at 0 km, else the distance', () => {
    expect(say('ties.distance', { kind: 'job_contract', km: 0, status: 'verified' }, 'en')).toBe('A member of the household has a job in Amsterdam. An officer has checked this.');
    expect(say('ties.distance', { kind: 'study_place', km: 12.5, status: 'declared' }, 'nl')).toBe(
      'Iemand in het huishouden heeft een studieplaats op 12,5 km van Amsterdam. Het huishouden heeft dit zelf gezegd; een medewerker heeft het nog niet gecontroleerd.',
    );
  });
});
