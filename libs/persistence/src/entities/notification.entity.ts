import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { AccountEntity } from './account.entity.js';
import { ProposalEntity } from './proposal.entity.js';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationParams } from '#matching/vocabulary/notifications.js';
import { sqlList } from './sql-list.js';
import { versionedJson } from './versioned-json.js';

/**
 * A message for one account (matching/vocabulary/notifications.ts), written in the transaction of the event it
 * tells of (the outbox): the account sees it in the app's list until it marks it read.
 */
@Entity('notification')
@Index('notification_account_created_idx', ['accountId', 'createdAt'])
@Index('notification_unread_idx', ['accountId'], { where: '"read_at" IS NULL' })
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
}
