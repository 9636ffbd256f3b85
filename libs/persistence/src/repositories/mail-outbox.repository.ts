import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AccountEntity } from '../entities/account.entity.js';
import { NotificationEntity } from '../entities/notification.entity.js';
import type { Locale } from '#matching/messages/locales.js';
import type { Role } from '#matching/vocabulary/roles.js';

/** A notification a dispatcher took to e-mail: its account, when it was made and read, and the attempt this is (1 = first). */
export interface TakenNotification {
  readonly id: string;
  readonly accountId: string;
  readonly createdAt: Date;
  readonly readAt: Date | null;
  readonly attempt: number;
}

/** What the dispatcher needs of the account a mail goes to. */
export interface MailRecipient {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly locale: Locale;
  readonly emailNotifications: boolean;
  readonly disabled: boolean;
}

/**
 * The e-mail side of the notifications outbox (matching/vocabulary/mail.ts): the dispatcher takes the notifications
 * that are due, leased so that no other process takes them meanwhile, and records what came of each.
 */
@Injectable()
export class MailOutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Takes every due notification (`pending`, `email_next_at` ≤ `now`) of at most `accounts` accounts, oldest due
   * first: counts the attempt and moves `email_next_at` to `leaseUntil`. One statement: a second process taking at
   * the same time waits for the row locks, finds the rows no longer due, and skips them.
   */
  async takeDue(now: Date, leaseUntil: Date, accounts: number): Promise<TakenNotification[]> {
    const rows: { id: string; account_id: string; created_at: Date; read_at: Date | null; email_attempts: number }[] = await this.dataSource.query(
      `WITH taken AS (
         UPDATE notification n SET email_attempts = n.email_attempts + 1, email_next_at = $2
         WHERE n.email_state = 'pending' AND n.email_next_at <= $1 AND n.account_id IN (
           SELECT account_id FROM notification WHERE email_state = 'pending' AND email_next_at <= $1
           GROUP BY account_id ORDER BY min(email_next_at), account_id LIMIT $3)
         RETURNING n.id, n.account_id, n.created_at, n.read_at, n.email_attempts)
       SELECT * FROM taken ORDER BY account_id, created_at, id`,
      [now, leaseUntil, accounts],
    );
    // a SELECT over the UPDATE's rows: TypeORM answers a bare UPDATE … RETURNING as [rows, count]
    return rows.map((r) => ({ id: r.id, accountId: r.account_id, createdAt: new Date(r.created_at), readAt: r.read_at ? new Date(r.read_at) : null, attempt: r.email_attempts }));
  }

  /** The accounts these ids name, by id. */
  async recipients(accountIds: readonly string[]): Promise<Map<string, MailRecipient>> {
    if (accountIds.length === 0) return new Map();
    const accounts = await this.dataSource.getRepository(AccountEntity).find({
      where: { id: In([...accountIds]) },
      select: { id: true, email: true, role: true, locale: true, emailNotifications: true, disabled: true },
    });
    return new Map(accounts.map((a) => [a.id, a]));
  }

  /** Their e-mail was sent at `now`. */
  async sent(ids: readonly string[], now: Date): Promise<void> {
    await this.set(ids, { emailState: 'sent', emailSentAt: now, emailNextAt: null, emailError: null });
  }

  /** Their e-mail is not to be sent, for `reason` (read in the app first, too old, e-mail off, account disabled). */
  async skipped(ids: readonly string[], reason: string): Promise<void> {
    await this.set(ids, { emailState: 'skipped', emailNextAt: null, emailError: reason.slice(0, 200) });
  }

  /** The attempt failed with `error`: try again at `retryAt`, or, when null, give up (`failed`). */
  async attemptFailed(ids: readonly string[], error: string, retryAt: Date | null): Promise<void> {
    await this.set(ids, retryAt ? { emailState: 'pending', emailNextAt: retryAt, emailError: error.slice(0, 200) } : { emailState: 'failed', emailNextAt: null, emailError: error.slice(0, 200) });
  }

  private async set(ids: readonly string[], values: Partial<Pick<NotificationEntity, 'emailState' | 'emailSentAt' | 'emailNextAt' | 'emailError'>>): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.getRepository(NotificationEntity).update({ id: In([...ids]) }, values);
  }
}
