import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEventEntity } from '../entities/audit-event.entity.js';
import { HouseholdEntity } from '../entities/household.entity.js';
import { HouseholdMemberEntity } from '../entities/household-member.entity.js';
import { MemberLanguageEntity } from '../entities/member-language.entity.js';
import { MemberProfessionEntity } from '../entities/member-profession.entity.js';
import { ProposalEntity } from '../entities/proposal.entity.js';
import { auditRow, type AuditEntry } from './audit.repository.js';
import { addParts, sortParts, type NewMember } from './household.repository.js';
import { takeCapacity } from './proposal.repository.js';
import { enqueueProposalNotifications } from './notification.repository.js';
import { chunkedInsert } from './chunked-insert.js';
import { ACTIVE_PROPOSAL_STATUSES, proposalAllows } from '#matching/vocabulary/lifecycle.js';
import { homeBand } from '#matching/vocabulary/home-bands.js';
import { householdChangeNotifications } from '#matching/vocabulary/notifications.js';
import { addsMember, proposalChangeEffect, rolesAfterRemoval, type HouseholdEvent, type ProposalChangeEffect } from '#matching/vocabulary/household-changes.js';

/** A change of the household's members to record: a member added (birth, arrival) or the member at `position` (from 0) taken away. */
export type CompositionChange =
  | { readonly event: Extract<HouseholdEvent, 'birth' | 'arrival'>; readonly member: NewMember }
  | { readonly event: Extract<HouseholdEvent, 'departure' | 'death'>; readonly position: number; readonly year: number };

/**
 * What recording a change did: `recorded` with the household's persons now, the effect on its proposal and that
 * proposal's id; `not_found`; `erased` (the case's data was erased); `no_such_member` (no member at the position);
 * `no_adult` (no adult would remain: `rolesAfterRemoval`).
 */
export type CompositionOutcome =
  | { readonly kind: 'recorded'; readonly persons: number; readonly effect: ProposalChangeEffect; readonly proposalId: string | null }
  | { readonly kind: 'not_found' | 'erased' | 'no_such_member' | 'no_adult' };

/** What an officer's decision on a changed household's proposal did (`resolveHouseholdChange`). */
export type ChangeReviewOutcome =
  | { readonly kind: 'kept'; readonly proposal: ProposalEntity }
  | { readonly kind: 'not_found' | 'not_waiting' | 'no_room' };

/**
 * Changes of a household after a proposal or a placement (issue 16; matching/vocabulary/household-changes.ts): the
 * members change, and the household's proposal follows (`proposalChangeEffect`) — in one transaction with the
 * household and the proposal locked, with the audit event and the notifications.
 */
@Injectable()
export class HouseholdChangeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records `change` of household `id`: the member added last, or the member at its position taken away (the others
   * keep their order; another adult becomes the applicant when the applicant goes, `rolesAfterRemoval` in `year`).
   * Then its lasting proposal: `adjusted` counts the new persons (the capacity's person places with it; when none is
   * free it becomes `review`), `review` marks it as waiting on an officer (`changeReviewSince`), `told` changes
   * nothing; the municipality (and, on review, the officers) are told. `audit(persons, effect)` gives the event to
   * record. Locks the proposal before the household, the order every change of a proposal takes
   * (ProposalRepository), so the two never wait on each other.
   */
  record(id: string, change: CompositionChange, audit: (persons: number, effect: ProposalChangeEffect) => AuditEntry, now = new Date()): Promise<CompositionOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await manager
        .getRepository(ProposalEntity)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.household_id = :id AND p.status IN (:...statuses)', { id, statuses: [...ACTIVE_PROPOSAL_STATUSES] })
        .getOne();
      const household = await manager.getRepository(HouseholdEntity).createQueryBuilder('h').setLock('pessimistic_write').where('h.id = :id', { id }).getOne();
      if (!household) return { kind: 'not_found' };
      if (household.erasedAt) return { kind: 'erased' };
      const stored = sortParts(await manager.getRepository(HouseholdEntity).findOne({ where: { id }, relations: { members: { professions: true, languages: true } } }))!;
      let members = stored.members.map(toNewMember);
      if (addsMember(change.event) && 'member' in change) {
        members.push(change.member);
      } else if ('position' in change) {
        if (!Number.isInteger(change.position) || change.position < 0 || change.position >= members.length) return { kind: 'no_such_member' };
        // the others keep their order; when the applicant goes, another adult holds the case (rolesAfterRemoval)
        const roles = rolesAfterRemoval(members, change.position, change.year);
        if (roles === 'no_adult') return { kind: 'no_adult' };
        members = members.filter((_, i) => i !== change.position).map((m, i) => ({ ...m, role: roles[i] }));
      }
      await replaceMembers(manager, id, members);
      const persons = members.length;
      let effect = proposalChangeEffect(proposal, persons);
      if (proposal && effect === 'adjusted') effect = (await adjustPersons(manager, proposal, persons)) ? 'adjusted' : 'review';
      if (proposal && effect === 'review') {
        await manager.getRepository(ProposalEntity).update({ id: proposal.id }, { changeReviewSince: proposal.changeReviewSince ?? now });
      }
      await manager.getRepository(HouseholdEntity).update({ id }, { updatedAt: now });
      await manager.getRepository(AuditEventEntity).insert(auditRow(audit(persons, effect)));
      if (proposal) await enqueueProposalNotifications(manager, proposal, householdChangeNotifications(effect, change.event, persons));
      return { kind: 'recorded', persons, effect, proposalId: proposal?.id ?? null };
    });
  }

  /**
   * An officer keeps a proposal that waits on review after a change of its household: it then counts the household's
   * persons and home band as they are now, the capacity moved with it (given back for the old size, taken for the
   * new); `no_room` (nothing changed) when the municipality has no such home or person places free in the period;
   * `not_waiting` when the proposal does not wait on such a review (kept already, ended, moved in). The audit entry
   * is written with it. Withdrawing it instead is `ProposalRepository.withdraw`.
   */
  keep(proposalId: string, audit: (before: { persons: number; homeBand: string }, after: { persons: number; homeBand: string }) => AuditEntry): Promise<ChangeReviewOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await manager.getRepository(ProposalEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: proposalId }).getOne();
      if (!proposal) return { kind: 'not_found' };
      if (!proposal.changeReviewSince || !proposalAllows('householdChangeReview', proposal.status)) return { kind: 'not_waiting' };
      const persons = await manager.getRepository(HouseholdMemberEntity).countBy({ householdId: proposal.householdId });
      const after = { persons, homeBand: homeBand(persons) };
      const before = { persons: proposal.persons, homeBand: proposal.homeBand };
      const moved = await withSavepoint(manager, async () => {
        await takeCapacity(manager, proposal.municipalityCode, proposal.period, [before], -1);
        await takeCapacity(manager, proposal.municipalityCode, proposal.period, [after], 1);
      });
      if (!moved) return { kind: 'no_room' };
      await manager.getRepository(ProposalEntity).update({ id: proposal.id }, { persons: after.persons, homeBand: after.homeBand, changeReviewSince: null });
      await manager.getRepository(AuditEventEntity).insert(auditRow(audit(before, after)));
      return { kind: 'kept', proposal: await manager.getRepository(ProposalEntity).findOneByOrFail({ id: proposal.id }) };
    });
  }
}

/** The proposal counts `persons` now (same home band): the capacity's person places move by the difference; false (nothing changed) when none are free. */
async function adjustPersons(manager: EntityManager, proposal: ProposalEntity, persons: number): Promise<boolean> {
  const delta = persons - proposal.persons;
  if (delta === 0) return true;
  const moved = await withSavepoint(manager, async () => {
    await manager.query(`UPDATE capacity SET used_persons = used_persons + $3 WHERE municipality_code = $1 AND period = $2`, [proposal.municipalityCode, proposal.period, delta]);
  });
  if (moved) await manager.getRepository(ProposalEntity).update({ id: proposal.id }, { persons });
  return moved;
}

/** Runs `step` in a savepoint: true when it succeeded; false, with its changes undone and the transaction usable, when the capacity's CHECK refused it. */
async function withSavepoint(manager: EntityManager, step: () => Promise<void>): Promise<boolean> {
  await manager.query('SAVEPOINT household_change');
  try {
    await step();
    await manager.query('RELEASE SAVEPOINT household_change');
    return true;
  } catch (error) {
    await manager.query('ROLLBACK TO SAVEPOINT household_change');
    if (String((error as { message?: string }).message ?? error).includes('capacity_usage_within_capacity')) return false;
    throw error;
  }
}

/** Replaces the household's members (positions from 0 in list order; their professions and languages go with them, ON DELETE CASCADE); ties stay. */
async function replaceMembers(manager: EntityManager, householdId: string, members: readonly NewMember[]): Promise<void> {
  await manager.getRepository(HouseholdMemberEntity).delete({ householdId });
  const rows = { members: [], professions: [], languages: [], ties: [] } as Parameters<typeof addParts>[3];
  addParts(householdId, members, [], rows);
  await chunkedInsert(manager, HouseholdMemberEntity, rows.members);
  await chunkedInsert(manager, MemberProfessionEntity, rows.professions);
  await chunkedInsert(manager, MemberLanguageEntity, rows.languages);
}

/** A stored member as the repository's input shape (professions by their order, languages as stored). */
function toNewMember(m: HouseholdMemberEntity): NewMember {
  return {
    fullName: m.fullName,
    birthYear: m.birthYear,
    role: m.role,
    gender: m.gender,
    educationLevel: m.educationLevel,
    workExperienceYears: m.workExperienceYears,
    aspirations: m.aspirations,
    professions: m.professions.map((p) => p.iscoCode),
    languages: m.languages.map((l) => ({ language: l.language, cefr: l.cefr })),
  };
}
