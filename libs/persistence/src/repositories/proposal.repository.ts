import { Injectable } from '@nestjs/common';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { ProposalEntity, type ProposalStatus } from '../entities/proposal.entity.js';
import { RoundEntity, RunAssignmentEntity, RunEntity } from '../entities/round.entity.js';
import { CapacityEntity } from '../entities/capacity.entity.js';
import { HouseholdEntity } from '../entities/household.entity.js';
import { AuditEventEntity } from '../entities/audit-event.entity.js';
import { chunkedInsert } from './chunked-insert.js';
import { auditRow, type AuditEntry } from './audit.repository.js';
import { enqueuePositionNotifications, enqueueProposalNotifications, enqueuePublishedNotifications } from './notification.repository.js';
import { lockForTransaction } from '../advisory-lock.js';
import { deadlineReminders, lastDeadlineToRemind, proposalNotifications } from '#matching/vocabulary/notifications.js';
import { HOME_BANDS, homeBand, type HomeBand } from '#matching/vocabulary/index.js';
import {
  AWAITING_ANSWER_STATUSES,
  householdStatusFor,
  isActiveProposal,
  expiresOn,
  PROPOSAL_ACTIONS,
  proposalAllows,
  proposalStatus,
  responseDeadline,
  runHasAnswer,
} from '#matching/vocabulary/lifecycle.js';
import { sqlList } from '../entities/sql-list.js';

export type PublishOutcome =
  | { kind: 'published'; proposals: number }
  | { kind: 'already_published'; proposals: number }
  | { kind: 'round_not_found' }
  | { kind: 'other_run_published'; runId: string }
  | { kind: 'run_not_found' }
  | { kind: 'run_not_succeeded'; status: string }
  | { kind: 'no_capacity_row'; municipalityCode: string }
  | { kind: 'capacity_exceeded' }
  | { kind: 'household_not_waiting' };

export type ResponseOutcome =
  | { kind: 'ok'; proposal: ProposalEntity }
  | { kind: 'not_found' }
  | { kind: 'not_yours' }
  | { kind: 'already_responded' }
  | { kind: 'not_contested' }
  /** The action is not possible in the proposal's current status. */
  | { kind: 'not_allowed'; status: ProposalStatus }
  /** A new response deadline that is not later than the one it has. */
  | { kind: 'not_later'; respondBy: string };

export interface ProposalFilter {
  readonly roundId?: string;
  readonly municipalityCode?: string;
  readonly householdId?: string;
  readonly status?: ProposalStatus;
}

/**
 * What the municipality (or an officer) sets for both sides to plan around. Each part is optional: a part left out
 * stays as it is. `contact` replaces the contact person as a whole (name, with e-mail and/or phone).
 */
export interface ProposalArrangements {
  readonly contact?: { readonly name: string; readonly email: string | null; readonly phone: string | null };
  /** YYYY-MM-DD. */
  readonly expectedMoveIn?: string;
}


/** The columns a ProposalFilter narrows by (each given one must equal). */
function whereOf(filter: ProposalFilter): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (filter.roundId) where.roundId = filter.roundId;
  if (filter.municipalityCode) where.municipalityCode = filter.municipalityCode;
  if (filter.householdId) where.householdId = filter.householdId;
  if (filter.status) where.status = filter.status;
  return where;
}

@Injectable()
export class ProposalRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Turns a run into proposals, all or none. The round row is locked, so two officers publishing at once
   * get one set; capacity is taken through counters that a CHECK constraint keeps within capacity.
   */
  async publish(
    roundId: string,
    runId: string,
    persons: ReadonlyMap<string, number>,
    audit: AuditEntry,
    now = new Date(),
  ): Promise<PublishOutcome> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        // one publication at a time: each renumbers the whole waiting list (enqueuePositionNotifications), which must
        // see the other's households as proposed, not still waiting, and never wait on its rows while it waits on ours
        await lockForTransaction(manager, 'publish');
        const round = await manager.getRepository(RoundEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id: roundId }).getOne();
        if (!round) return { kind: 'round_not_found' };
        if (round.publishedRunId) {
          const proposals = await manager.getRepository(ProposalEntity).countBy({ roundId });
          return round.publishedRunId === runId ? { kind: 'already_published', proposals } : { kind: 'other_run_published', runId: round.publishedRunId };
        }
        const run = await manager.getRepository(RunEntity).findOneBy({ id: runId, roundId });
        if (!run) return { kind: 'run_not_found' };
        if (!runHasAnswer(run)) return { kind: 'run_not_succeeded', status: run.status };
        const placed = (await manager.getRepository(RunAssignmentEntity).find({ where: { runId }, select: { householdId: true, municipalityCode: true } }))
          .filter((a) => a.municipalityCode !== null)
          .map((a) => {
            const n = persons.get(a.householdId) ?? 1;
            return { householdId: a.householdId, municipalityCode: a.municipalityCode!, persons: n, homeBand: homeBand(n) };
          });
        // Take capacity municipality by municipality in code order, so concurrent publishers lock in one order.
        const byMunicipality = new Map<string, typeof placed>();
        for (const p of placed) byMunicipality.set(p.municipalityCode, [...(byMunicipality.get(p.municipalityCode) ?? []), p]);
        for (const code of [...byMunicipality.keys()].sort()) {
          const rows = byMunicipality.get(code)!;
          const affected = await takeCapacity(manager, code, round.period, rows, +1);
          if (!affected) return rollback({ kind: 'no_capacity_row', municipalityCode: code });
        }
        const respondBy = responseDeadline(now, round.policy.responseDays);
        await chunkedInsert(manager, ProposalEntity, placed.map((p) => ({ ...p, roundId, runId, period: round.period, status: 'open' as const, respondBy })));
        const ids = placed.map((p) => p.householdId);
        for (let i = 0; i < ids.length; i += 1000) {
          const chunk = ids.slice(i, i + 1000);
          const updated = await manager.getRepository(HouseholdEntity).update({ id: In(chunk), status: 'waiting' }, { status: 'proposed' });
          if (updated.affected !== chunk.length) return rollback({ kind: 'household_not_waiting' });
        }
        await manager.getRepository(RoundEntity).update({ id: roundId }, { status: 'published', publishedRunId: runId });
        await manager.getRepository(AuditEventEntity).insert(auditRow({ ...audit, after: { runId, proposals: placed.length } }));
        await enqueuePublishedNotifications(manager, roundId);
        await enqueuePositionNotifications(manager, roundId);
        return { kind: 'published', proposals: placed.length };
      });
    } catch (error) {
      if (error instanceof Rollback) return error.outcome as PublishOutcome;
      if (violates(error, 'capacity_usage_within_capacity')) return { kind: 'capacity_exceeded' };
      if (violates(error, 'proposal_one_active_per_household')) return { kind: 'household_not_waiting' };
      throw error;
    }
  }

  respondAsMunicipality(id: string, municipalityCode: string, accept: boolean, reason: string | null, audit: AuditEntry, now = new Date()): Promise<ResponseOutcome> {
    return this.change(id, audit, (p) => {
      if (p.municipalityCode !== municipalityCode) return { kind: 'not_yours' };
      if (!proposalAllows('municipalityResponse', p.status) || p.municipalityResponse !== null) return { kind: 'already_responded' };
      p.municipalityResponse = accept ? 'accepted' : 'declined';
      p.municipalityReason = reason;
      p.municipalityRespondedAt = now;
      return null;
    });
  }

  respondAsNewcomer(id: string, householdId: string, accept: boolean, reason: string | null, audit: AuditEntry, now = new Date()): Promise<ResponseOutcome> {
    return this.change(id, audit, (p) => {
      if (p.householdId !== householdId) return { kind: 'not_yours' };
      if (!proposalAllows('newcomerResponse', p.status) || p.newcomerResponse !== null) return { kind: 'already_responded' };
      p.newcomerResponse = accept ? 'accepted' : 'contested';
      p.newcomerReason = reason;
      p.newcomerRespondedAt = now;
      return null;
    });
  }

  /**
   * Sets the arrangements both sides plan around (contact person, expected move-in date; see `ProposalArrangements`)
   * while the proposal allows it (`PROPOSAL_ACTIONS.arrangements`). When `municipalityCode` is given (a
   * municipality's account), the proposal must be addressed to it. The status does not change.
   */
  setArrangements(id: string, arrangements: ProposalArrangements, municipalityCode: string | null, audit: AuditEntry): Promise<ResponseOutcome> {
    return this.change(id, audit, (p) => {
      if (municipalityCode !== null && p.municipalityCode !== municipalityCode) return { kind: 'not_yours' };
      if (!proposalAllows('arrangements', p.status)) return { kind: 'not_allowed', status: p.status };
      if (arrangements.contact) {
        p.contactName = arrangements.contact.name;
        p.contactEmail = arrangements.contact.email;
        p.contactPhone = arrangements.contact.phone;
      }
      if (arrangements.expectedMoveIn !== undefined) p.expectedMoveIn = arrangements.expectedMoveIn;
      return null;
    });
  }

  /** An officer's human review of a contest: upheld ends the proposal; rejected lets it stand. */
  review(id: string, uphold: boolean, note: string, audit: AuditEntry): Promise<ResponseOutcome> {
    return this.change(id, audit, (p) => {
      if (!proposalAllows('contestReview', p.status)) return { kind: 'not_contested' };
      p.reviewOutcome = uphold ? 'upheld' : 'rejected';
      p.reviewNote = note;
      return null;
    });
  }

  /** An officer withdraws a proposal with a reason: capacity is given back and the household waits again. */
  withdraw(id: string, reason: string, audit: AuditEntry, now = new Date()): Promise<ResponseOutcome> {
    return this.change(id, audit, (p) => {
      if (!proposalAllows('withdrawal', p.status)) return { kind: 'not_allowed', status: p.status };
      p.withdrawnAt = now;
      p.withdrawnReason = reason;
      return null;
    });
  }

  /**
   * Moves the response deadline to `respondBy` (YYYY-MM-DD), later than the one it has, while an answer is missing
   * (`deadlineExtension`); audited with the deadline before and after.
   */
  extendDeadline(id: string, respondBy: string, audit: AuditEntry): Promise<ResponseOutcome> {
    return this.change(id, audit, (p) => {
      if (!proposalAllows('deadlineExtension', p.status)) return { kind: 'not_allowed', status: p.status };
      if (respondBy <= p.respondBy) return { kind: 'not_later', respondBy: p.respondBy };
      p.respondBy = respondBy;
      return null;
    });
  }

  /**
   * The ids of proposals the expiry job ends on `today` (`expiresOn`: the deadline passed, a side's answer missing),
   * oldest deadline first, at most `limit`.
   */
  async expiringIds(today: string, limit: number): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .select('p.id', 'id')
      .where('p.status IN (:...statuses) AND p.respond_by < :today', { statuses: [...PROPOSAL_ACTIONS.expiry], today })
      .orderBy('p.respond_by', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /**
   * Writes the reminders due on the Dutch date `today` (`deadlineReminders`: to each side that has not answered, from
   * two days before the deadline, once per deadline), at most `limit` proposals, each in its own transaction with its
   * row locked and checked again (two processes at once remind once). Answers how many proposals were reminded of.
   */
  async remindDue(today: string, limit: number): Promise<number> {
    const candidates = await this.dataSource
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .select('p.id', 'id')
      .where('p.status IN (:...statuses) AND p.respond_by >= :today AND p.respond_by <= :last', { statuses: [...PROPOSAL_ACTIONS.expiry], today, last: lastDeadlineToRemind(today) })
      .andWhere('(p.reminded_for IS NULL OR p.reminded_for <> p.respond_by)')
      .orderBy('p.respond_by', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    let reminded = 0;
    for (const { id } of candidates) {
      const done = await this.dataSource.manager.transaction(async (manager) => {
        const p = await manager.getRepository(ProposalEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
        if (!p) return false;
        const reminders = deadlineReminders(p, today);
        if (reminders.length === 0) return false;
        await enqueueProposalNotifications(manager, p, reminders);
        await manager.getRepository(ProposalEntity).update({ id }, { remindedFor: p.respondBy });
        return true;
      });
      if (done) reminded += 1;
    }
    return reminded;
  }

  /**
   * Ends a proposal whose deadline passed on `today` (`expiresOn`, checked again under the row's lock, so two
   * processes expiring at once end it once): `expiredAt` is set, the capacity given back exactly once and the
   * household waits again, with its audit event. `not_allowed` when it no longer expires (answered, extended,
   * ended meanwhile).
   */
  expire(id: string, today: string, audit: AuditEntry, now = new Date()): Promise<ResponseOutcome> {
    return this.change(id, audit, (p) => {
      if (!expiresOn(p, today)) return { kind: 'not_allowed', status: p.status };
      p.expiredAt = now;
      return null;
    });
  }

  /**
   * Records that the household moved in on `housedOn` (YYYY-MM-DD); only an accepted proposal. When
   * `municipalityCode` is given (a municipality's account), the proposal must be addressed to it.
   */
  recordHousing(id: string, housedOn: string, municipalityCode: string | null, audit: AuditEntry): Promise<ResponseOutcome> {
    return this.change(id, audit, (p) => {
      if (municipalityCode !== null && p.municipalityCode !== municipalityCode) return { kind: 'not_yours' };
      if (!proposalAllows('housing', p.status)) return { kind: 'not_allowed', status: p.status };
      p.housedOn = housedOn;
      return null;
    });
  }

  findById(id: string): Promise<ProposalEntity | null> {
    return this.dataSource.getRepository(ProposalEntity).findOneBy({ id });
  }

  /**
   * One page of the proposals that wait on an officer on `today` (YYYY-MM-DD, Dutch date), oldest first, and how many
   * there are in all: contested ones (waiting since the contest), ones whose household changed so that the home may
   * no longer fit (since the change was recorded) and overdue ones (still awaiting an answer after their `respondBy`
   * day; waiting since that day). The rule is `proposalReviewReason` (matching vocabulary).
   */
  async awaitingReview(today: string, page: { offset: number; limit: number }): Promise<{ total: number; items: ProposalEntity[] }> {
    const query = this.dataSource
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .where(
        `(p.status = 'contested' OR (p.change_review_since IS NOT NULL AND p.status IN (${sqlList(PROPOSAL_ACTIONS.householdChangeReview)}))
          OR (p.status IN (${sqlList(AWAITING_ANSWER_STATUSES)}) AND p.respond_by < :today))`,
        { today },
      )
      .orderBy(
        `CASE WHEN p.status = 'contested' THEN COALESCE(p.newcomer_responded_at, p.created_at)
              WHEN p.change_review_since IS NOT NULL AND p.status IN (${sqlList(PROPOSAL_ACTIONS.householdChangeReview)}) THEN p.change_review_since
              ELSE ((p.respond_by + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') END`,
        'ASC',
      )
      .addOrderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC');
    const [items, total] = await query.offset(page.offset).limit(page.limit).getManyAndCount();
    return { total, items };
  }

  find(filter: ProposalFilter, page: { offset: number; limit: number } = { offset: 0, limit: 500 }): Promise<ProposalEntity[]> {
    return this.dataSource.getRepository(ProposalEntity).find({ where: whereOf(filter), order: { createdAt: 'ASC', id: 'ASC' }, skip: page.offset, take: page.limit });
  }

  /** How many proposals `find` lists with this filter, all pages together. */
  count(filter: ProposalFilter): Promise<number> {
    return this.dataSource.getRepository(ProposalEntity).count({ where: whereOf(filter) });
  }

  /**
   * Locks the proposal, applies `decide` to its facts, derives the new status (`proposalStatus`), gives the
   * capacity back when the proposal ends (exactly once: only on the step from an active to an ended status),
   * sets the household's status (`householdStatusFor`) and saves it with its audit event; all in one transaction.
   */
  private change(id: string, audit: AuditEntry, decide: (proposal: ProposalEntity) => ResponseOutcome | null): Promise<ResponseOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await manager.getRepository(ProposalEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
      if (!proposal) return { kind: 'not_found' };
      const before = snapshot(proposal);
      const refused = decide(proposal);
      if (refused) return refused;
      const status = proposalStatus(proposal);
      if (isActiveProposal(proposal.status) && !isActiveProposal(status)) await takeCapacity(manager, proposal.municipalityCode, proposal.period, [proposal], -1);
      proposal.status = status;
      // only when it changes: an unchanged row written anyway would still count as a change of the waiting list
      // (its read model's triggers fire on every update of a household)
      const householdStatus = householdStatusFor(status);
      await manager.getRepository(HouseholdEntity).update({ id: proposal.householdId, status: Not(householdStatus) }, { status: householdStatus });
      const saved = await manager.getRepository(ProposalEntity).save(proposal);
      // the proposal's facts before and after; what the action adds that the proposal does not keep (a reason) too
      const added = typeof audit.after === 'object' && audit.after !== null ? audit.after : {};
      await manager.getRepository(AuditEventEntity).insert(auditRow({ ...audit, before, after: { ...snapshot(saved), ...added } }));
      // the outbox: whoever the action tells is told in this transaction, or not at all
      await enqueueProposalNotifications(manager, saved, proposalNotifications(audit.action, saved));
      return { kind: 'ok', proposal: saved };
    });
  }
}

/**
 * Adds (`sign` 1) or gives back (−1) the persons and homes of `rows` to the capacity a municipality has taken in a
 * period; the capacity's CHECK refuses more than there is (the caller's transaction fails, or its savepoint). The
 * number of capacity rows changed (0 when the municipality has none for the period).
 */
export async function takeCapacity(
  manager: EntityManager,
  municipalityCode: string,
  period: string,
  rows: readonly { persons: number; homeBand: HomeBand }[],
  sign: 1 | -1,
): Promise<number> {
  const persons = rows.reduce((s, r) => s + r.persons, 0) * sign;
  // The capacity table's columns are the band codes: homes_1_2 holds the capacity, used_homes_1_2 what is taken.
  const homes = Object.fromEntries(HOME_BANDS.map((b) => [b, 0])) as Record<HomeBand, number>;
  for (const r of rows) homes[r.homeBand] += sign;
  const result = await manager
    .createQueryBuilder()
    .update(CapacityEntity)
    .set({
      usedPersons: () => `"used_persons" + ${persons}`,
      usedHomes1to2: () => `"used_homes_1_2" + ${homes.homes_1_2}`,
      usedHomes3to4: () => `"used_homes_3_4" + ${homes.homes_3_4}`,
      usedHomes5plus: () => `"used_homes_5_plus" + ${homes.homes_5_plus}`,
    })
    .where('municipality_code = :code AND period = :period', { code: municipalityCode, period })
    .execute();
  return result.affected ?? 0;
}

class Rollback extends Error {
  constructor(readonly outcome: unknown) {
    super('rollback');
  }
}

/** Ends the transaction with a rollback and hands `outcome` to the caller. */
function rollback(outcome: PublishOutcome): never {
  throw new Rollback(outcome);
}

function violates(error: unknown, constraint: string): boolean {
  const e = error as { constraint?: string; message?: string; driverError?: { constraint?: string; message?: string } };
  return [e.constraint, e.driverError?.constraint, e.message, e.driverError?.message].some((v) => typeof v === 'string' && v.includes(constraint));
}

function snapshot(p: ProposalEntity) {
  return {
    status: p.status,
    municipalityResponse: p.municipalityResponse,
    newcomerResponse: p.newcomerResponse,
    reviewOutcome: p.reviewOutcome,
    withdrawnAt: p.withdrawnAt,
    expiredAt: p.expiredAt,
    housedOn: p.housedOn,
    respondBy: p.respondBy,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    contactPhone: p.contactPhone,
    expectedMoveIn: p.expectedMoveIn,
  };
}
