import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Locale } from '#matching/messages/locales.js';
import type { MailConfig } from '../config/app-config.js';

/** One e-mail to send: to one address, in one language, as plain text and as HTML with the same words. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The language it is written in (`Content-Language`; the HTML's `lang` and `dir`). */
  readonly locale: Locale;
}

/**
 * Where e-mail goes. `send` resolves when the mail server accepted the mail (or the file is written) and rejects
 * with the reason otherwise; the caller decides whether to try again.
 */
export interface MailTransport {
  /** Says where mail goes, for the start-up log (never a password). */
  readonly description: string;
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * The transport `config` names, made with nodemailer (SMTP, or its stream transport for `.eml` files), or null when
 * e-mail is off. SMTP: one connection per mail (the dispatcher sends a few at a time), nodemailer's timeouts.
 */
export function createMailTransport(config: MailConfig): MailTransport | null {
  const transport = config.transport;
  if (transport.kind === 'off') return null;
  const headers = (m: MailMessage) => ({ from: config.from, to: m.to, subject: m.subject, text: m.text, html: m.html, headers: { 'Content-Language': m.locale } });
  if (transport.kind === 'smtp') {
    const smtp = nodemailer.createTransport(transport.url);
    const where = new URL(transport.url);
    return {
      description: `SMTP ${where.protocol}//${where.host}`,
      async send(message) {
        await smtp.sendMail(headers(message));
      },
      close: () => smtp.close(),
    };
  }
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: `files in ${transport.dir}`,
    async send(message) {
      const { message: eml } = await stream.sendMail(headers(message));
      if (!Buffer.isBuffer(eml)) throw new Error('the stream transport gave no buffer');
      await mkdir(transport.dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await writeFile(join(transport.dir, `${stamp}-${randomUUID()}.eml`), eml);
    },
    close: () => stream.close(),
  };
}
