import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEventEntity } from '../entities/audit-event.entity.js';
import { HouseholdEntity, type PreferenceWeights } from '../entities/household.entity.js';
import { versionedJson } from '../entities/versioned-json.js';
import { RunAssignmentEntity } from '../entities/round.entity.js';
import { erasedExplanation } from '#matching/explain/erased.js';
import { draftRoundOf } from './household-change.repository.js';
import { auditRow, type AuditEntry } from './audit.repository.js';
import { ACTIVE_PROPOSAL_STATUSES, type ProposalStatus } from '#matching/vocabulary/lifecycle.js';
import { ERASED_TEXT, type ErasureKind } from '#matching/vocabulary/retention.js';

/** Proposal statuses that keep a case from being erased: a decision still to be made or carried out (every active status but `placed`). */
export const ERASURE_BLOCKING_STATUSES: readonly ProposalStatus[] = ACTIVE_PROPOSAL_STATUSES.filter((s) => s !== 'placed');

/** Why, when and (on request) with what reason a case is erased. */
export interface Erasure {
  readonly kind: ErasureKind;
  /** The officer's reason (on request); null for the scheduled pass. */
  readonly reason: string | null;
  readonly at: Date;
  /**
   * Only when still due: the last move-in date (YYYY-MM-DD, `retentionCutoff`) the household's placement may have,
   * checked again under the row's lock (the scheduled pass). Absent for an erasure on request.
   */
  readonly placedOnOrBefore?: string;
}

/**
 * What an erasure did: `erased`; `not_found`; `already_erased` (nothing changed); `active_proposal` (a proposal of
 * the household still awaits a decision or a move: its `status`); `draft_round` (the household is in the cohort of
 * a round not yet published: its frozen model is still to be solved); `not_due` (the scheduled pass: no longer
 * placed on or before the cutoff).
 */
export type ErasureOutcome =
  | { readonly kind: 'erased'; readonly household: HouseholdEntity }
  | { readonly kind: 'not_found' | 'already_erased' | 'draft_round' | 'not_due' }
  | { readonly kind: 'active_proposal'; readonly status: ProposalStatus };

/**
 * Erases a case's personal data and keeps what figures and rights depend on (the list of both is in
 * matching/vocabulary/retention.ts), in one transaction with the household's row locked, so a case is erased once
 * and never half. The cases merged into it (`merged_into_id`: withdrawn, their members already moved) are erased
 * with it, each with its own `household.erase` event.
 */
@Injectable()
export class ErasureRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Placed households not yet erased that moved in on or before `cutoff` (YYYY-MM-DD), earliest move first, at most
   * `limit`: what the scheduled pass erases.
   */
  async dueForRetention(cutoff: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT h.id FROM household h JOIN proposal p ON p.household_id = h.id AND p.status = 'placed'
        WHERE h.erased_at IS NULL AND h.status = 'placed' AND p.housed_on <= $1
        ORDER BY p.housed_on, h.id LIMIT $2`,
      [cutoff, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Erases household `id` (see the class comment), recording `audit` (its action `household.erase`) with it. */
  erase(id: string, erasure: Erasure, audit: AuditEntry): Promise<ErasureOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const household = await manager.getRepository(HouseholdEntity).createQueryBuilder('h').setLock('pessimistic_write').where('h.id = :id', { id }).getOne();
      if (!household) return { kind: 'not_found' };
      if (household.erasedAt) return { kind: 'already_erased' };
      const blocked = await this.blocker(manager, id, erasure);
      if (blocked) return blocked;
      await scrub(manager, id, erasure);
      await manager.getRepository(AuditEventEntity).insert(auditRow(audit));
      // the cases merged into this one (mergeHouseholds) are part of it: what stayed of them goes with it
      const merged: { id: string }[] = await manager.query(`SELECT id FROM household WHERE merged_into_id = $1 AND erased_at IS NULL ORDER BY id FOR UPDATE`, [id]);
      for (const shell of merged) {
        await scrub(manager, shell.id, erasure);
        await manager.getRepository(AuditEventEntity).insert(auditRow({ ...audit, entityId: shell.id }));
      }
      const erased = await manager.getRepository(HouseholdEntity).findOneByOrFail({ id });
      return { kind: 'erased', household: erased };
    });
  }

  private async blocker(manager: EntityManager, id: string, erasure: Erasure): Promise<ErasureOutcome | null> {
    const [active]: { status: ProposalStatus }[] = await manager.query(
      `SELECT status FROM proposal WHERE household_id = $1 AND status = ANY($2::text[]) LIMIT 1`,
      [id, ERASURE_BLOCKING_STATUSES],
    );
    if (active) return { kind: 'active_proposal', status: active.status };
    if (await draftRoundOf(manager, id)) return { kind: 'draft_round' };
    if (erasure.placedOnOrBefore !== undefined) {
      const [due]: unknown[] = await manager.query(
        `SELECT 1 FROM household h JOIN proposal p ON p.household_id = h.id AND p.status = 'placed' WHERE h.id = $1 AND h.status = 'placed' AND p.housed_on <= $2`,
        [id, erasure.placedOnOrBefore],
      );
      if (!due) return { kind: 'not_due' };
    }
    return null;
  }
}

/** The statements of one erasure, in the transaction of `manager`; the order matters where a row is found through another. */
async function scrub(manager: EntityManager, id: string, erasure: Erasure): Promise<void> {
  const ids = async (sql: string): Promise<string[]> => ((await manager.query(sql, [id])) as { id: string }[]).map((r) => r.id);
  const proposals = await ids(`SELECT id FROM proposal WHERE household_id = $1`);
  const accounts = await ids(`SELECT id FROM account WHERE household_id = $1`);
  const codes = await ids(`SELECT id FROM access_code WHERE household_id = $1 OR account_id IN (SELECT id FROM account WHERE household_id = $1)`);
  const q = (sql: string, params: unknown[] = [id]) => manager.query(sql, params);

  // the audit trail keeps who did what when; what the events recorded of the case goes
  await q(
    `UPDATE audit_event SET "before" = NULL, "after" = NULL, redacted_at = $5
      WHERE redacted_at IS NULL AND (
        (entity_type = 'household' AND entity_id = $1) OR (entity_type = 'proposal' AND entity_id = ANY($2::text[]))
        OR (entity_type = 'account' AND entity_id = ANY($3::text[])) OR (entity_type = 'access_code' AND entity_id = ANY($4::text[])))`,
    [id, proposals, accounts, codes, erasure.at],
  );
  // messages about the case, to anyone; the household's own accounts go with their notifications (ON DELETE CASCADE)
  await q(`DELETE FROM notification WHERE proposal_id = ANY($1::uuid[])`, [proposals]);
  await q(`DELETE FROM access_code WHERE id = ANY($1::uuid[])`, [codes]);
  await q(`DELETE FROM account WHERE household_id = $1`);
  // members go with their professions and languages (ON DELETE CASCADE)
  await q(`DELETE FROM household_member WHERE household_id = $1`);
  await q(`DELETE FROM household_tie WHERE household_id = $1`);
  await q(`DELETE FROM household_protected WHERE household_id = $1`);
  await q(
    `UPDATE household SET reception_location = '', medical_notes = NULL, care_needs = '{}', accessibility_needs = '{}',
            preferred_setting = 'no_preference', preference_weights = $5::jsonb, urgency = 'none', link_group = NULL,
            status = CASE WHEN status = 'waiting' THEN 'withdrawn' ELSE status END,
            erased_at = $2, erasure_kind = $3, erasure_reason = $4, updated_at = $2
      WHERE id = $1`,
    // no own weights: the column's envelope of {} (its default), written by its transformer
    [id, erasure.at, erasure.kind, erasure.reason, JSON.stringify(versionedJson<PreferenceWeights>('household.preference_weights').to({}))],
  );
  await q(
    `UPDATE proposal SET municipality_reason = CASE WHEN municipality_reason IS NULL THEN NULL ELSE $2 END,
            newcomer_reason = CASE WHEN newcomer_reason IS NULL THEN NULL ELSE $2 END,
            review_note = CASE WHEN review_note IS NULL THEN NULL ELSE $2 END,
            withdrawn_reason = CASE WHEN withdrawn_reason IS NULL THEN NULL ELSE $2 END,
            contact_name = NULL, contact_email = NULL, contact_phone = NULL
      WHERE household_id = $1`,
    [id, ERASED_TEXT],
  );
  // each run keeps the outcome of its explanation, without what was said about the household (erasedExplanation)
  const assignments = manager.getRepository(RunAssignmentEntity);
  for (const a of await assignments.find({ where: { householdId: id } })) {
    await assignments.update({ runId: a.runId, householdId: id }, { explanation: erasedExplanation(a.explanation) });
  }
  // the household's entry in the frozen model of every round it was in (the envelope's data.households)
  await q(
    `UPDATE round_snapshot s
        SET model = jsonb_set(s.model, '{data,households}', COALESCE((
              SELECT jsonb_agg(h ORDER BY n) FROM jsonb_array_elements(s.model->'data'->'households') WITH ORDINALITY AS t(h, n)
               WHERE h->>'id' <> $2), '[]'::jsonb))
      WHERE s.round_id IN (SELECT round_id FROM round_household WHERE household_id = $1)`,
    [id, id],
  );
}
