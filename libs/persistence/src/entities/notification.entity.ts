import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { AccountEntity } from './account.entity.js';
import { ProposalEntity } from './proposal.entity.js';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationParams } from '#matching/vocabulary/notifications.js';
import { EMAIL_STATES, type EmailState } from '#matching/vocabulary/mail.js';
import { sqlList } from './sql-list.js';
import { versionedJson } from './versioned-json.js';

/**
 * A message for one account (matching/vocabulary/notifications.ts), written in the transaction of the event it
 * tells of (the outbox): the account sees it in the app's list until it marks it read, and the mail dispatcher
 * e-mails a notice of it (matching/vocabulary/mail.ts; `email*` columns).
 */
@Entity('notification')
@Index('notification_account_created_idx', ['accountId', 'createdAt'])
@Index('notification_unread_idx', ['accountId'], { where: '"read_at" IS NULL' })
@Index('notification_email_due_idx', ['emailNextAt'], { where: `"email_state" = 'pending'` })
@Check('notification_email_state_valid', `"email_state" IS NULL OR "email_state" IN (${sqlList(EMAIL_STATES)})`)
@Check('notification_kind_valid', `"kind" IN (${sqlList(NOTIFICATION_KINDS)})`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  /** The proposal it is about (a municipality's `proposals_received`: one of the round's, for the link). */
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Relation<ProposalEntity>;

  @Column({ type: 'jsonb', default: () => `'{"data": {}, "schemaVersion": 1}'`, transformer: versionedJson<NotificationParams>('notification.params') })
  params: NotificationParams;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** Where its e-mail is (`EmailState`); null: not to be e-mailed (the account had e-mail off when it was written). */
  @Column({ name: 'email_state', type: 'varchar', length: 8, nullable: true })
  emailState: EmailState | null;

  /** E-mail attempts made so far (each counted when a dispatcher takes it). */
  @Column({ name: 'email_attempts', type: 'integer', default: 0 })
  emailAttempts: number;

  /** When a dispatcher may take it (next): at first its creation, after a failure the retry time, while sending the end of the lease. */
  @Column({ name: 'email_next_at', type: 'timestamptz', nullable: true })
  emailNextAt: Date | null;

  /** When its e-mail was sent (the mail server accepted it). */
  @Column({ name: 'email_sent_at', type: 'timestamptz', nullable: true })
  emailSentAt: Date | null;

  /** Why the last attempt failed, or why it was skipped (at most 200 characters; never the address or a text of the mail). */
  @Column({ name: 'email_error', type: 'varchar', length: 200, nullable: true })
  emailError: string | null;
}
