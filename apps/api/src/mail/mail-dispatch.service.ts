import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { MailOutboxRepository, type MailRecipient, type TakenNotification } from '#persistence/repositories/mail-outbox.repository.js';
import { MAIL_LEASE_SECONDS, mailRetryAt, tooOldToMail } from '#matching/vocabulary/mail.js';
import { noticeMail } from './mail-compose.js';
import { MailService } from './mail.service.js';

/** Accounts one step of a pass takes at most; a pass takes steps until nothing is due (or `MAIL_STEPS_PER_PASS`). */
export const MAIL_BATCH_ACCOUNTS = 50;
/** Steps one pass takes at most, so a pass ends even while new notifications keep coming. */
export const MAIL_STEPS_PER_PASS = 20;

/** The items by key, in first-seen order (Map.groupBy needs Node 21). */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** What one pass did: mails sent and failed (accounts), notifications skipped (not mailed, and why). */
export interface MailPass {
  readonly sent: number;
  readonly failed: number;
  readonly skipped: number;
}

/**
 * The mail dispatcher (issue 16, "Being told"; rules in matching/vocabulary/mail.ts): every
 * `mail.dispatchIntervalSeconds` it takes the notifications whose e-mail is due and sends each account one notice
 * of its new messages, in the account's language. A notification read in the app first, or too old, or of an account
 * that turned e-mail off or was disabled, is skipped; a failed send is tried again later, then given up. Taking is
 * leased (MailOutboxRepository.takeDue), so several processes may run passes at once; a mail may, rarely, go twice
 * (a process stopped between the send and the record), never not at all while attempts are left.
 */
@Injectable()
export class MailDispatchService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailDispatchService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<MailPass> | null = null;

  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly mail: MailService,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.mail.config.dispatchIntervalSeconds;
    if (!this.mail.enabled || seconds <= 0) return;
    this.timer = setInterval(() => void this.dispatch().catch((error: unknown) => this.logger.error(`sending e-mail failed: ${String(error)}`)), seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** One pass at `now` (nothing when e-mail is off). A pass under way in this process is joined, not repeated. */
  dispatch(now = new Date()): Promise<MailPass> {
    if (!this.mail.enabled) return Promise.resolve({ sent: 0, failed: 0, skipped: 0 });
    this.running ??= this.pass(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(now: Date): Promise<MailPass> {
    const totals = { sent: 0, failed: 0, skipped: 0 };
    for (let step = 0; step < MAIL_STEPS_PER_PASS; step++) {
      const taken = await this.outbox.takeDue(now, new Date(now.getTime() + MAIL_LEASE_SECONDS * 1000), MAIL_BATCH_ACCOUNTS);
      if (taken.length === 0) break;
      const byAccount = groupBy(taken, (n) => n.accountId);
      const recipients = await this.outbox.recipients([...byAccount.keys()]);
      for (const [accountId, notifications] of byAccount) {
        const outcome = await this.sendTo(recipients.get(accountId), notifications, now);
        totals.sent += outcome.sent ? 1 : 0;
        totals.failed += outcome.failed ? 1 : 0;
        totals.skipped += outcome.skipped;
      }
    }
    if (totals.sent + totals.failed > 0) this.logger.log(`e-mail: ${totals.sent} sent, ${totals.failed} failed, ${totals.skipped} notification(s) not mailed`);
    return totals;
  }

  /** One account's notice of its notifications still worth mailing; records what came of each. */
  private async sendTo(
    recipient: MailRecipient | undefined,
    notifications: readonly TakenNotification[],
    now: Date,
  ): Promise<{ sent: boolean; failed: boolean; skipped: number }> {
    const ids = (list: readonly TakenNotification[]) => list.map((n) => n.id);
    if (!recipient || recipient.disabled || !recipient.emailNotifications) {
      await this.outbox.skipped(ids(notifications), !recipient || recipient.disabled ? 'account disabled or gone' : 'e-mail turned off');
      return { sent: false, failed: false, skipped: notifications.length };
    }
    const read = notifications.filter((n) => n.readAt !== null);
    const unread = notifications.filter((n) => n.readAt === null);
    const old = unread.filter((n) => tooOldToMail(n.createdAt, now));
    const due = unread.filter((n) => !tooOldToMail(n.createdAt, now));
    await this.outbox.skipped(ids(read), 'read in the app first');
    await this.outbox.skipped(ids(old), 'too old to mail');
    if (due.length === 0) return { sent: false, failed: false, skipped: notifications.length };
    try {
      await this.mail.send(noticeMail(recipient, due.length, this.mail.config.publicUrl));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      for (const [attempt, group] of groupBy(due, (n) => n.attempt)) await this.outbox.attemptFailed(ids(group), reason, mailRetryAt(attempt, now));
      this.logger.warn(`e-mail to account ${recipient.id} failed: ${reason}`);
      return { sent: false, failed: true, skipped: read.length + old.length };
    }
    await this.outbox.sent(ids(due), now);
    return { sent: true, failed: false, skipped: read.length + old.length };
  }
}
