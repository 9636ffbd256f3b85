import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { mailConfigFromEnv, MAIL_OFF } from '../config/app-config.js';
import { createMailTransport } from './mail-transport.js';
import { noticeMail, resetMail } from './mail-compose.js';

describe('mail settings from the environment', () => {
  it('take SMTP_URL over MAIL_DIR; neither means files in .mail outside production, no e-mail in production', () => {
    expect(mailConfigFromEnv({ SMTP_URL: 'smtp://127.0.0.1:1025', MAIL_DIR: '/tmp/x' }).transport).toEqual({ kind: 'smtp', url: 'smtp://127.0.0.1:1025' });
    expect(mailConfigFromEnv({ MAIL_DIR: '/tmp/x' }).transport).toEqual({ kind: 'files', dir: '/tmp/x' });
    expect(mailConfigFromEnv({}).transport).toEqual({ kind: 'files', dir: '.mail' });
    expect(mailConfigFromEnv({ MAIL_DIR: '' }).transport).toEqual({ kind: 'off' });
    expect(mailConfigFromEnv({ NODE_ENV: 'production' }).transport).toEqual({ kind: 'off' });
  });

  it('start links at PUBLIC_URL without its trailing slash, else at localhost and the port', () => {
    expect(mailConfigFromEnv({ PUBLIC_URL: 'https://wonen.example.nl/' }).publicUrl).toBe('https://wonen.example.nl');
    expect(mailConfigFromEnv({ PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
  });

  it('refuse what cannot work, naming the variable', () => {
    expect(() => mailConfigFromEnv({ SMTP_URL: 'mail.example.org:25' })).toThrow(/SMTP_URL/);
    expect(() => mailConfigFromEnv({ PUBLIC_URL: 'wonen.example.nl' })).toThrow(/PUBLIC_URL/);
    expect(() => mailConfigFromEnv({ MAIL_DISPATCH_INTERVAL_SECONDS: '-1' })).toThrow(/MAIL_DISPATCH_INTERVAL_SECONDS/);
    expect(() => mailConfigFromEnv({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org' })).toThrow(/PUBLIC_URL must be set in production/);
  });
});

describe('the files transport (development)', () => {
  it('writes each mail as an .eml file a mail program can open', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mail-'));
    try {
      const transport = createMailTransport({ ...MAIL_OFF, transport: { kind: 'files', dir } });
      await transport!.send(noticeMail({ email: 'someone@example.org', role: 'municipality', locale: 'uk' }, 3, 'https://wonen.test'));
      const [file] = await readdir(dir);
      const mail = await simpleParser(await readFile(join(dir, file)));
      expect(mail.subject).toBe('Для вашого муніципалітету є 3 нові повідомлення');
      expect(mail.headers.get('content-language')).toBe('uk');
      expect(mail.text).toContain('https://wonen.test/municipality/messages');
      transport!.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is none when e-mail is off', () => {
    expect(createMailTransport(MAIL_OFF)).toBeNull();
  });
});

describe('the mails’ words', () => {
  it('escape what they put into HTML, and give officers their own words and page', () => {
    const mail = noticeMail({ email: 'o@example.org', role: 'officer', locale: 'en' }, 2, 'https://wonen.test/?a=1&b=<2>');
    expect(mail.subject).toBe('There are 2 new messages for you');
    expect(mail.text).toContain('placement app');
    expect(mail.html).toContain('https://wonen.test/?a=1&#38;b=&#60;2&#62;/officer/messages');
    expect(mail.html).not.toContain('<2>');
  });

  it('put the reset link after its words, in the language asked for', () => {
    const mail = resetMail({ email: 'n@example.org', role: 'newcomer' }, 'ar', '/welcome#code=AAAA-BBBB-CCCC-DDDD', 'https://wonen.test');
    expect(mail.locale).toBe('ar');
    expect(mail.text).toMatch(/اختر كلمة مرور جديدة هنا:\nhttps:\/\/wonen\.test\/welcome#code=AAAA-BBBB-CCCC-DDDD\n/);
    expect(mail.html).toContain('dir="rtl"');
  });
});
