import { RTL_LOCALES, type Locale } from '#matching/messages/locales.js';
import { render } from '#matching/messages/render.js';
import { readerMessageCode, type Reader } from '#matching/messages/readers.js';
import { MAIL_NOTICE_CODES, MAIL_RESET_CODES } from '#matching/messages/mail-codes.js';
import { RESET_BY_EMAIL_MINUTES } from '#matching/vocabulary/mail.js';
import type { Role } from '#matching/vocabulary/roles.js';
import type { MailMessage } from './mail-transport.js';

/** Whose words an account reads (matching/messages/readers.ts): admins read the officers'. */
export function readerOfRole(role: Role): Reader {
  return role === 'newcomer' ? 'newcomer' : role === 'municipality' ? 'municipality' : 'officer';
}

/** The path of a role's messages page on the site (apps/web: `/<role>/messages`); admins have none and land on their start page. */
export function messagesPath(role: Role): string {
  return role === 'admin' ? '/admin' : `/${role}/messages`;
}

/** The lines of a mail: subject, the paragraph before the link, the words that lead to it, the paragraph after. */
type MailLines = readonly [subject: string, body: string, readHere: string, after: string];

function lines(codes: readonly [string, string, string, string], reader: Reader, params: Record<string, unknown>, locale: Locale): MailLines {
  const [subject, body, readHere, after] = codes.map((code) => render(readerMessageCode(code, reader), params, locale).text);
  return [subject, body, readHere, after];
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A mail of these lines with `link` after `readHere`: plain text, and HTML in the language's direction. */
function compose(to: string, locale: Locale, [subject, body, readHere, after]: MailLines, link: string): MailMessage {
  const dir = RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
  const text = `${body}\n\n${readHere}\n${link}\n\n${after}\n`;
  const html =
    `<!DOCTYPE html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body><p>${escapeHtml(body)}</p><p>${escapeHtml(readHere)}<br><a href="${escapeHtml(link)}" dir="ltr">${escapeHtml(link)}</a></p>` +
    `<p>${escapeHtml(after)}</p></body></html>`;
  return { to, subject, text, html, locale };
}

/**
 * The notice that `count` new messages wait for an account (matching/messages/mail-codes.ts), in its language, with
 * the link to its messages page on the site at `publicUrl`. Says how many, never what they say.
 */
export function noticeMail(recipient: { readonly email: string; readonly role: Role; readonly locale: Locale }, count: number, publicUrl: string): MailMessage {
  const reader = readerOfRole(recipient.role);
  return compose(recipient.email, recipient.locale, lines(MAIL_NOTICE_CODES, reader, { count }, recipient.locale), `${publicUrl}${messagesPath(recipient.role)}`);
}

/**
 * A password reset asked for on the sign-in page: the welcome page's link with the code (`path`, welcomePath), which
 * works `RESET_BY_EMAIL_MINUTES` minutes, in `locale`.
 */
export function resetMail(recipient: { readonly email: string; readonly role: Role }, locale: Locale, path: string, publicUrl: string): MailMessage {
  const reader = readerOfRole(recipient.role);
  return compose(recipient.email, locale, lines(MAIL_RESET_CODES, reader, { minutes: RESET_BY_EMAIL_MINUTES }, locale), `${publicUrl}${path}`);
}
