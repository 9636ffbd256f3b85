/**
 * Texts of the e-mails the service sends (issue 16; matching/vocabulary/mail.ts): the notice that new messages wait
 * in the app, and a password reset asked for on the sign-in page. The mail's lines, each a code with its parameters:
 * - `mail.notice.subject`, `mail.notice.body`, `mail.notice.readHere` (`count`: how many new messages this mail is
 *   about), then the link, then `mail.notice.why` (why the person gets it, how to stop it). The newcomer's (the code),
 *   the municipality's (`.municipality`) and the officer's (`.officer`). Never what the messages say (vocabulary/mail.ts).
 * - `mail.reset.subject`, `mail.reset.body` (`minutes`: how long the link works), `mail.reset.readHere`, then the
 *   link, then `mail.reset.notYou`. The newcomer's and the municipality's (the roles that can reset by e-mail).
 */
export const MAIL_CATALOGUE = {
  'mail.notice.subject': ['count'],
  'mail.notice.body': ['count'],
  'mail.notice.readHere': ['count'],
  'mail.notice.why': [],
  'mail.reset.subject': [],
  'mail.reset.body': ['minutes'],
  'mail.reset.readHere': [],
  'mail.reset.notYou': [],
} as const satisfies Readonly<Record<string, readonly string[]>>;
export type MailCode = keyof typeof MAIL_CATALOGUE;
export const MAIL_CODES = Object.keys(MAIL_CATALOGUE) as MailCode[];

/** The lines of the notice of new messages, in the order the mail has them (the link after `readHere`). */
export const MAIL_NOTICE_CODES = ['mail.notice.subject', 'mail.notice.body', 'mail.notice.readHere', 'mail.notice.why'] as const satisfies readonly MailCode[];

/** The lines of a password reset, in the order the mail has them (the link after `readHere`). */
export const MAIL_RESET_CODES = ['mail.reset.subject', 'mail.reset.body', 'mail.reset.readHere', 'mail.reset.notYou'] as const satisfies readonly MailCode[];
