/**
 * The e-mails' texts (mail-codes.ts): every line in every language its readers read, the count and minutes in the
 * right plural form, and no line that tells what a message says.
 */
import { render } from './render.js';
import { CATALOGUES } from './catalogues/index.js';
import { MAIL_CODES, MAIL_NOTICE_CODES } from './mail-codes.js';
import { readerMessageCode, READER_LOCALES, type Reader } from './readers.js';

const say = (code: string, reader: Reader, params: Record<string, unknown>, locale: string) => render(readerMessageCode(code, reader), params, locale).text;

describe('the e-mails’ texts', () => {
  it('have every line for newcomers and municipalities in all four languages, the notice for officers in Dutch and English', () => {
    const missing: string[] = [];
    for (const reader of ['newcomer', 'municipality', 'officer'] as const) {
      const codes = reader === 'officer' ? MAIL_NOTICE_CODES : MAIL_CODES;
      for (const locale of READER_LOCALES[reader]) for (const code of codes) if (!CATALOGUES[locale][readerMessageCode(code, reader)]) missing.push(`${locale}:${readerMessageCode(code, reader)}`);
    }
    expect(missing).toEqual([]);
  });

  it('say how many new messages, in the plural form of the number', () => {
    expect(say('mail.notice.subject', 'newcomer', { count: 1 }, 'nl')).toBe('Er is een nieuw bericht voor u');
    expect(say('mail.notice.subject', 'newcomer', { count: 3 }, 'nl')).toBe('Er zijn 3 nieuwe berichten voor u');
    expect(say('mail.notice.subject', 'newcomer', { count: 2 }, 'ar')).toBe('توجد رسالتان جديدتان لك');
    expect(say('mail.notice.subject', 'newcomer', { count: 3 }, 'ar')).toBe('توجد 3 رسائل جديدة لك');
    expect(say('mail.notice.subject', 'newcomer', { count: 11 }, 'ar')).toBe('توجد 11 رسالة جديدة لك');
    for (const [n, word] of [[1, 'нове повідомлення'], [21, 'нове повідомлення'], [3, 'нові повідомлення'], [22, 'нові повідомлення'], [5, 'нових повідомлень'], [11, 'нових повідомлень']] as const) {
      expect(say('mail.notice.body', 'newcomer', { count: n }, 'uk')).toContain(`${n} ${word}`);
    }
    expect(say('mail.notice.body', 'municipality', { count: 2 }, 'en')).toBe('There are 2 new messages for your municipality in the app that brings newcomers and municipalities together.');
  });

  it('say how long a reset link works in minutes', () => {
    expect(say('mail.reset.body', 'newcomer', { minutes: 60 }, 'nl')).toContain('60 minuten lang');
    expect(say('mail.reset.body', 'newcomer', { minutes: 60 }, 'uk')).toContain('60 хвилин.');
    expect(say('mail.reset.body', 'municipality', { minutes: 60 }, 'ar')).toContain('60 دقيقة');
    expect(say('mail.reset.body', 'newcomer', { minutes: 1 }, 'en')).toContain('for 1 minute.');
  });

  it('address staff of a municipality, not the household', () => {
    for (const locale of READER_LOCALES.municipality) {
      expect(say('mail.notice.body', 'municipality', { count: 1 }, locale)).not.toBe(say('mail.notice.body', 'newcomer', { count: 1 }, locale));
    }
  });
});
