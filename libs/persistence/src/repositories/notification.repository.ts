import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { NotificationEntity } from '../entities/notification.entity.js';
import { SCHEMA_VERSIONS } from '../entities/versioned-json.js';
import type { NotificationAudience, NotificationToSend } from '#matching/vocabulary/notifications.js';

/** Which accounts an audience of a proposal is: enabled accounts of its household, of its municipality, or every officer. */
function audienceOf(audience: NotificationAudience, proposal: { readonly householdId: string; readonly municipalityCode: string }): { where: string; params: string[] } {
  switch (audience) {
    case 'household':
      return { where: `a.role = 'newcomer' AND a.household_id = $4::uuid`, params: [proposal.householdId] };
    case 'municipality':
      return { where: `a.role = 'municipality' AND a.municipality_code = $4::varchar`, params: [proposal.municipalityCode] };
    case 'officers':
      return { where: `a.role = 'officer'`, params: [] };
  }
}

/**
 * The e-mail columns of a new notification of account `a`: `pending` and due at once when the account has e-mail on
 * (matching/vocabulary/mail.ts), else null (never mailed).
 */
const EMAIL_COLUMNS = `CASE WHEN a.email_notifications THEN 'pending' END, CASE WHEN a.email_notifications THEN now() END`;

/** The stored envelope of a notification's params (versioned jsonb, `notification.params`). */
function envelope(params: unknown): string {
  return JSON.stringify({ schemaVersion: SCHEMA_VERSIONS['notification.params'], data: params });
}

/**
 * Writes the notifications of an event on one proposal (`proposalNotifications`) in the caller's transaction
 * (`manager`): one row per enabled account of each audience, one statement per notification kind and audience.
 */
export async function enqueueProposalNotifications(
  manager: EntityManager,
  proposal: { readonly id: string; readonly householdId: string; readonly municipalityCode: string },
  items: readonly NotificationToSend[],
): Promise<void> {
  for (const item of items) {
    const audience = audienceOf(item.audience, proposal);
    await manager.query(
      `INSERT INTO notification (account_id, kind, proposal_id, params, email_state, email_next_at)
       SELECT a.id, $2::varchar, $1::uuid, $3::jsonb, ${EMAIL_COLUMNS} FROM account a WHERE NOT a.disabled AND ${audience.where}`,
      [proposal.id, item.kind, envelope(item.params), ...audience.params],
    );
  }
}

/**
 * Writes the notifications of a published round in the caller's transaction: each proposal's newcomers get
 * `proposal_received`; each municipality's staff one `proposals_received` with how many proposals it got (linked to
 * the first of them); the newcomers of each household of the round without a proposal `round_published`.
 */
export async function enqueuePublishedNotifications(manager: EntityManager, roundId: string): Promise<void> {
  const version = SCHEMA_VERSIONS['notification.params'];
  await manager.query(
    `INSERT INTO notification (account_id, kind, proposal_id, params, email_state, email_next_at)
     SELECT a.id, 'proposal_received', p.id, jsonb_build_object('schemaVersion', ${version}, 'data', '{}'::jsonb), ${EMAIL_COLUMNS}
     FROM proposal p JOIN account a ON a.household_id = p.household_id AND a.role = 'newcomer' AND NOT a.disabled
     WHERE p.round_id = $1`,
    [roundId],
  );
  await manager.query(
    `INSERT INTO notification (account_id, kind, proposal_id, params, email_state, email_next_at)
     SELECT a.id, 'proposals_received', m.first_id, jsonb_build_object('schemaVersion', ${version}, 'data', jsonb_build_object('count', m.n)), ${EMAIL_COLUMNS}
     FROM (SELECT municipality_code, count(*)::int AS n, (array_agg(id ORDER BY id))[1] AS first_id FROM proposal WHERE round_id = $1 GROUP BY municipality_code) m
     JOIN account a ON a.municipality_code = m.municipality_code AND a.role = 'municipality' AND NOT a.disabled`,
    [roundId],
  );
  await manager.query(
    `INSERT INTO notification (account_id, kind, proposal_id, params, email_state, email_next_at)
     SELECT a.id, 'round_published', NULL, jsonb_build_object('schemaVersion', ${version}, 'data', '{}'::jsonb), ${EMAIL_COLUMNS}
     FROM round_household rh JOIN account a ON a.household_id = rh.household_id AND a.role = 'newcomer' AND NOT a.disabled
     WHERE rh.round_id = $1 AND NOT EXISTS (SELECT 1 FROM proposal p WHERE p.round_id = rh.round_id AND p.household_id = rh.household_id)`,
    [roundId],
  );
}

/** An account's notifications: listed newest first, counted, marked read. Nobody reads another account's. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The account's notifications, newest first; `page` skips `offset` and gives at most `limit`. */
  list(accountId: string, page: { readonly offset: number; readonly limit: number }): Promise<NotificationEntity[]> {
    return this.dataSource.getRepository(NotificationEntity).find({ where: { accountId }, order: { createdAt: 'DESC', id: 'ASC' }, skip: page.offset, take: page.limit });
  }

  /** How many notifications the account has (`unreadOnly`: not yet marked read). */
  count(accountId: string, unreadOnly: boolean): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).countBy(unreadOnly ? { accountId, readAt: IsNull() } : { accountId });
  }

  /** Marks the account's notifications with these ids read (all of its unread ones when `ids` is null); how many changed. */
  async markRead(accountId: string, ids: readonly string[] | null, now = new Date()): Promise<number> {
    if (ids !== null && ids.length === 0) return 0;
    const where = ids === null ? { accountId, readAt: IsNull() } : { accountId, readAt: IsNull(), id: In([...ids]) };
    const result = await this.dataSource.getRepository(NotificationEntity).update(where, { readAt: now });
    return result.affected ?? 0;
  }
}
