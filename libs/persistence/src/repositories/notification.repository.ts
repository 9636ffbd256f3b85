import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { NotificationEntity } from '../entities/notification.entity.js';
import { SCHEMA_VERSIONS } from '../entities/versioned-json.js';
import { markedPositionChange, type NotificationAudience, type NotificationToSend } from '#matching/vocabulary/notifications.js';
import { QUEUE_ORDER } from './household.repository.js';

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

/**
 * After round `roundId` is published, in its transaction (households with a proposal no longer wait; publications take
 * turns): each waiting household's place in the queue now against the place it was last told of
 * (`household.told_position`). A marked change (`markedPositionChange`) writes `position_changed` to its newcomers with
 * both places and makes the new place the one told; a household never told before gets its place recorded without a
 * notice (its page shows it), and so does one of this round's cohort, which was just told `round_published` (one
 * message for one event). Other places are left as they were, so small steps add up until they are marked. The rule is
 * applied in code, over one read of the waiting list in queue order (QUEUE_ORDER: `queuePositions`' numbering).
 */
export async function enqueuePositionNotifications(manager: EntityManager, roundId: string): Promise<void> {
  const rows: { id: string; told_position: number | null; position: string | number; in_round: boolean }[] = await manager.query(
    `SELECT h.id, h.told_position, ROW_NUMBER() OVER (ORDER BY ${QUEUE_ORDER.join(', ')}) AS position,
            EXISTS (SELECT 1 FROM round_household rh WHERE rh.round_id = $1 AND rh.household_id = h.id) AS in_round
       FROM household h WHERE h.status = 'waiting'`,
    [roundId],
  );
  const told = { ids: [] as string[], from: [] as number[], to: [] as number[] };
  const recorded = { ids: [] as string[], positions: [] as number[] };
  for (const row of rows) {
    const now = Number(row.position);
    const marked = markedPositionChange(row.told_position, now) !== null;
    if (marked && !row.in_round) {
      told.ids.push(row.id);
      told.from.push(row.told_position!);
      told.to.push(now);
    }
    if (marked || row.told_position === null || (row.in_round && row.told_position !== now)) {
      recorded.ids.push(row.id);
      recorded.positions.push(now);
    }
  }
  if (told.ids.length > 0) {
    await manager.query(
      `INSERT INTO notification (account_id, kind, proposal_id, params, email_state, email_next_at)
       SELECT a.id, 'position_changed', NULL,
              jsonb_build_object('schemaVersion', ${SCHEMA_VERSIONS['notification.params']}, 'data', jsonb_build_object('fromPosition', m.from_position, 'toPosition', m.to_position)),
              ${EMAIL_COLUMNS}
         FROM unnest($1::uuid[], $2::int[], $3::int[]) AS m(household_id, from_position, to_position)
         JOIN account a ON a.household_id = m.household_id AND a.role = 'newcomer' AND NOT a.disabled`,
      [told.ids, told.from, told.to],
    );
  }
  if (recorded.ids.length > 0) {
    await manager.query(
      `UPDATE household h SET told_position = m.position FROM unnest($1::uuid[], $2::int[]) AS m(id, position) WHERE h.id = m.id`,
      [recorded.ids, recorded.positions],
    );
  }
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
