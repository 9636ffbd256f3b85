/**
 * E-mail (issue 16, "Being told" and "Getting in"): the rules of the mail channel, one definition for the outbox
 * (persistence), the dispatcher (API) and tests.
 *
 * - A notification (notifications.ts) is also e-mailed to its account when the account has e-mail on
 *   (`account.email_notifications`, on by default) and the service has a mail transport. The mail tells that there
 *   are new messages and links to them; what they say is read in the app only. E-mail passes and stays on servers
 *   outside the service's control, so it carries no case facts — the model of the government's own MijnOverheid
 *   Berichtenbox, whose e-mails only say that a message is waiting (AVG art. 5(1)(c), data minimisation).
 * - One mail per account per dispatcher pass, for all its notifications then waiting (`EmailState` `pending`).
 * - A failed send is tried again after `MAIL_RETRY_MINUTES` (1, 5, 30, 120 and 720 minutes: six attempts over about
 *   15 hours); after the last it is `failed`. A notification read in the app before its mail went, or older than
 *   `MAIL_MAX_AGE_HOURS`, is not mailed (`skipped`): the person saw it, or the mail would come too late to help.
 * - A self-service password reset (access-codes.ts) is mailed at once, not through the outbox: its code is stored
 *   only as a hash, so it cannot wait in a table to be sent.
 */

/**
 * Where a notification's e-mail is: `pending` (to be sent at `email_next_at`), `sent`, `failed` (every attempt
 * failed), `skipped` (not sent: read in the app first, too old, or the account turned e-mail off or was disabled).
 * Null: never to be mailed (the account had e-mail off when the notification was written).
 */
export const EMAIL_STATES = ['pending', 'sent', 'failed', 'skipped'] as const;
export type EmailState = (typeof EMAIL_STATES)[number];

/** Minutes to wait after the n-th failed attempt before the next (index n − 1); after the last, the mail has failed. */
export const MAIL_RETRY_MINUTES: readonly number[] = [1, 5, 30, 120, 720];

/** Attempts a mail gets in all: the first and one after each wait of `MAIL_RETRY_MINUTES`. */
export const MAIL_MAX_ATTEMPTS = MAIL_RETRY_MINUTES.length + 1;

/** Hours after which a notification not yet mailed is not mailed any more (`skipped`). */
export const MAIL_MAX_AGE_HOURS = 48;

/**
 * Seconds a dispatcher holds the notifications it took (its lease): another process takes them again only after
 * this, so a process that stopped mid-send does not lose them, and two processes do not send the same mail at once.
 */
export const MAIL_LEASE_SECONDS = 300;

/**
 * When to try again after `attempts` failed attempts (1 or more), or null when no attempt is left (`failed`).
 * `mailRetryAt(1, t)` is t + 1 minute; `mailRetryAt(MAIL_MAX_ATTEMPTS, t)` is null.
 */
export function mailRetryAt(attempts: number, now: Date): Date | null {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts must be a whole number of 1 or more, not ${attempts}`);
  const minutes = MAIL_RETRY_MINUTES[attempts - 1];
  return minutes === undefined ? null : new Date(now.getTime() + minutes * 60_000);
}

/** Whether a notification made at `createdAt` is too old at `now` to be mailed (`MAIL_MAX_AGE_HOURS`). */
export function tooOldToMail(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() > MAIL_MAX_AGE_HOURS * 3_600_000;
}

/**
 * Minutes a password-reset code sent by e-mail works: the person asked for it a moment ago and has the mail at hand
 * (OWASP Forgot Password Cheat Sheet: reset tokens short-lived). A letter's code works `ACCESS_CODE_DAYS`.
 */
export const RESET_BY_EMAIL_MINUTES = 60;

/** Password-reset e-mails one account gets per hour at most; further requests within the hour send nothing. */
export const RESET_EMAILS_PER_HOUR = 3;
