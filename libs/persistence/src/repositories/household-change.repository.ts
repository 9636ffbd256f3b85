import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { AuditEventEntity } from '../entities/audit-event.entity.js';
import { HouseholdEntity } from '../entities/household.entity.js';
import { HouseholdMemberEntity } from '../entities/household-member.entity.js';
import { MemberLanguageEntity } from '../entities/member-language.entity.js';
import { MemberProfessionEntity } from '../entities/member-profession.entity.js';
import { ProposalEntity } from '../entities/proposal.entity.js';
import { HouseholdTieEntity } from '../entities/household-tie.entity.js';
import { HouseholdProtectedEntity } from '../entities/household-protected.entity.js';
import { AccountEntity } from '../entities/account.entity.js';
import { AccessCodeEntity } from '../entities/access-code.entity.js';
import { auditRow, type AuditEntry } from './audit.repository.js';
import { addParts, insertHouseholds, sortParts, type NewMember } from './household.repository.js';
import { takeCapacity } from './proposal.repository.js';
import { enqueueProposalNotifications } from './notification.repository.js';
import { chunkedInsert } from './chunked-insert.js';
import { ACTIVE_PROPOSAL_STATUSES, proposalAllows } from '#matching/vocabulary/lifecycle.js';
import { homeBand } from '#matching/vocabulary/home-bands.js';
import { householdChangeNotifications } from '#matching/vocabulary/notifications.js';
import { addsMember, mergedFields, mergedRoles, mergedTies, proposalChangeEffect, rolesAfterRemoval, splitRoles, type HouseholdEvent, type ProposalChangeEffect } from '#matching/vocabulary/household-changes.js';

/** A change of the household's members to record: a member added (birth, arrival) or the member at `position` (from 0) taken away. */
export type CompositionChange =
  | { readonly event: Extract<HouseholdEvent, 'birth' | 'arrival'>; readonly member: NewMember }
  | { readonly event: Extract<HouseholdEvent, 'departure' | 'death'>; readonly position: number; readonly year: number };

/**
 * What recording a change did: `recorded` with the household's persons now, the effect on its proposal and that
 * proposal's id; `not_found`; `erased` (the case's data was erased); `withdrawn` (the case left the list or was
 * merged into another); `draft_round` (see `LineageOutcome`); `no_such_member` (no member at the position);
 * `no_adult` (no adult would remain: `rolesAfterRemoval`).
 */
export type CompositionOutcome =
  | { readonly kind: 'recorded'; readonly persons: number; readonly effect: ProposalChangeEffect; readonly proposalId: string | null }
  | { readonly kind: 'not_found' | 'erased' | 'withdrawn' | 'no_such_member' | 'no_adult' }
  | { readonly kind: 'draft_round'; readonly round: DraftRoundRef };

/** A round that is not published yet, whose frozen model (`round_snapshot`) holds a household as it was. */
export interface DraftRoundRef {
  readonly id: string;
  readonly name: string;
  readonly period: string;
}

/**
 * What a split or a merge did: `split` / `merged` with the household's persons now, the effect on its proposal (as
 * for a departure or an arrival) and that proposal's id, and for a split the new household's id; or why nothing
 * changed: `not_found`, `erased`, `withdrawn` (the case left the list, or was merged into another: nothing to change),
 * `draft_round` (in the cohort of a round not published yet: its frozen model holds the household as it was;
 * change it after the round is published or deleted), `no_such_member`, `no_such_tie` (a tie that is not this
 * household's), `no_adult` (the part that would be children alone), `merged_has_proposal` (the household to merge
 * has a lasting proposal: end it first).
 */
export type LineageOutcome =
  | { readonly kind: 'split'; readonly newHouseholdId: string; readonly persons: number; readonly effect: ProposalChangeEffect; readonly proposalId: string | null }
  | { readonly kind: 'merged'; readonly persons: number; readonly effect: ProposalChangeEffect; readonly proposalId: string | null }
  | { readonly kind: 'not_found' | 'erased' | 'withdrawn'; readonly which: 'household' | 'merged' }
  | { readonly kind: 'draft_round'; readonly which: 'household' | 'merged'; readonly round: DraftRoundRef }
  | { readonly kind: 'no_such_member' | 'no_such_tie' | 'merged_has_proposal' }
  | { readonly kind: 'no_adult'; readonly part: 'stays' | 'leaves' };

/** A split to record: who leaves (positions from 0), which ties go with them (ids), and the year that decides who is an adult. */
export interface SplitPlan {
  readonly positions: readonly number[];
  readonly tieIds: readonly string[];
  readonly year: number;
}

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
      if (household.status === 'withdrawn') return { kind: 'withdrawn' };
      const round = await draftRoundOf(manager, id);
      if (round) return { kind: 'draft_round', round };
      const stored = sortParts(await manager.getRepository(HouseholdEntity).findOne({ where: { id }, relations: { members: { professions: true, languages: true } } }))!;
      let members = stored.members.map(storedMember);
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
      const effect = await followProposal(manager, proposal, persons, change.event, now);
      await manager.getRepository(HouseholdEntity).update({ id }, { updatedAt: now });
      await manager.getRepository(AuditEventEntity).insert(auditRow(audit(persons, effect)));
      return { kind: 'recorded', persons, effect, proposalId: proposal?.id ?? null };
    });
  }

  /**
   * Splits household `id` in two (issue 16: "a household can be split ... with its queue rights kept"): the members
   * at `plan.positions` (from 0) leave it for a new household, `waiting`, with the same permit date and urgency (its
   * place in the queue: `compareQueue`; a new case reference, so among households with the same permit date and
   * urgency it comes after the older references), the same reception location, preferences, care and accessibility
   * needs (a need stays with both until an officer corrects it: no one loses a home they need) and protected traits,
   * the ties `plan.tieIds`, no medical notes (they stay with the case they were written for) and `split_from_id` =
   * `id`. Each part gets its applicant (`splitRoles`). The household's lasting proposal follows as for a departure
   * (`followProposal`). Accounts and letters stay with `id`. `audit` gives the events for both households.
   */
  split(
    id: string,
    plan: SplitPlan,
    audit: (split: { newHouseholdId: string; persons: number; newPersons: number; effect: ProposalChangeEffect }) => readonly AuditEntry[],
    now = new Date(),
  ): Promise<Exclude<LineageOutcome, { kind: 'merged' }>> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await lockLastingProposals(manager, [id]).then((p) => p[0] ?? null);
      const [household] = await lockHouseholds(manager, [id]);
      const refused = household ? await refusal(manager, household, 'household') : ({ kind: 'not_found', which: 'household' } as const);
      if (refused) return refused;
      const stored = sortParts(await manager.getRepository(HouseholdEntity).findOne({ where: { id }, relations: { members: { professions: true, languages: true }, ties: true, protectedTraits: true } }))!;
      const members = stored.members.map(storedMember);
      if (plan.positions.some((p) => !Number.isInteger(p) || p < 0 || p >= members.length) || plan.positions.length >= members.length) return { kind: 'no_such_member' };
      if (plan.tieIds.some((tieId) => !stored.ties.some((t) => t.id === tieId))) return { kind: 'no_such_tie' };
      const roles = splitRoles(members, plan.positions, plan.year);
      if ('noAdult' in roles) return { kind: 'no_adult', part: roles.noAdult };
      const leaving = new Set(plan.positions);
      const stays = members.filter((_, i) => !leaving.has(i)).map((m, i) => ({ ...m, role: roles.stays[i] }));
      const leaves = members.filter((_, i) => leaving.has(i)).map((m, i) => ({ ...m, role: roles.leaves[i] }));
      const [newHouseholdId] = await insertHouseholds(manager, [
        {
          permitDate: stored.permitDate,
          receptionLocation: stored.receptionLocation,
          preferredSetting: stored.preferredSetting,
          preferenceWeights: stored.preferenceWeights,
          careNeeds: stored.careNeeds,
          accessibilityNeeds: stored.accessibilityNeeds,
          medicalNotes: null,
          urgency: stored.urgency,
          linkGroup: null,
          isSynthetic: stored.isSynthetic,
          members: leaves,
          ties: [],
          protectedTraits: stored.protectedTraits ? { nationality: stored.protectedTraits.nationality, originRegion: stored.protectedTraits.originRegion } : null,
        },
      ]);
      await manager.getRepository(HouseholdEntity).update({ id: newHouseholdId }, { splitFromId: id });
      if (plan.tieIds.length) await manager.getRepository(HouseholdTieEntity).update({ id: In([...plan.tieIds]) }, { householdId: newHouseholdId });
      await replaceMembers(manager, id, stays);
      const effect = await followProposal(manager, proposal, stays.length, 'departure', now);
      await manager.getRepository(HouseholdEntity).update({ id }, { updatedAt: now });
      const entries = audit({ newHouseholdId, persons: stays.length, newPersons: leaves.length, effect });
      if (entries.length) await manager.getRepository(AuditEventEntity).insert(entries.map(auditRow));
      return { kind: 'split', newHouseholdId, persons: stays.length, effect, proposalId: proposal?.id ?? null };
    });
  }

  /**
   * Merges household `mergedId` into household `id` (two cases that are one family; issue 16): its members join
   * after `id`'s (`mergedRoles`), its ties move (`mergedTies`), its newcomer accounts move with their messages, its
   * unused letters are revoked; `id` gets the earlier permit date, the more urgent urgency, both households' needs and
   * notes (`mergedFields`); `mergedId` becomes `withdrawn` with `merged_into_id` = `id`, keeping its history
   * (proposals, rounds, audit). `id`'s lasting proposal follows as for an arrival (`followProposal`). Refused when
   * `mergedId` has a lasting proposal (`merged_has_proposal`) or either is erased, withdrawn or in a draft round.
   * Locks both households' proposals, then both households, each in id order.
   */
  merge(
    id: string,
    mergedId: string,
    audit: (merge: { persons: number; effect: ProposalChangeEffect; permitDate: { before: string; after: string } }) => readonly AuditEntry[],
    now = new Date(),
  ): Promise<Exclude<LineageOutcome, { kind: 'split' }>> {
    return this.dataSource.transaction(async (manager) => {
      const proposals = await lockLastingProposals(manager, [id, mergedId]);
      const locked = await lockHouseholds(manager, [id, mergedId]);
      const which = (h: HouseholdEntity) => (h.id === id ? 'household' : 'merged') as 'household' | 'merged';
      for (const part of [id, mergedId]) if (!locked.some((h) => h.id === part)) return { kind: 'not_found', which: part === id ? 'household' : 'merged' };
      for (const h of locked) {
        const refused = await refusal(manager, h, which(h));
        if (refused) return refused;
      }
      if (proposals.some((p) => p.householdId === mergedId)) return { kind: 'merged_has_proposal' };
      const proposal = proposals.find((p) => p.householdId === id) ?? null;
      const relations = { members: { professions: true, languages: true }, ties: true } as const;
      const kept = sortParts(await manager.getRepository(HouseholdEntity).findOne({ where: { id }, relations }))!;
      const merged = sortParts(await manager.getRepository(HouseholdEntity).findOne({ where: { id: mergedId }, relations }))!;
      const roles = mergedRoles(kept.members, merged.members);
      const members = [...kept.members.map(storedMember), ...merged.members.map((m, i) => ({ ...storedMember(m), role: roles[i] }))];
      const ties = mergedTies(kept.ties, merged.ties);
      if (ties.drop.length) await manager.getRepository(HouseholdTieEntity).delete({ id: In(ties.drop) });
      if (ties.move.length) await manager.getRepository(HouseholdTieEntity).update({ id: In(ties.move) }, { householdId: id });
      await manager.getRepository(HouseholdMemberEntity).delete({ householdId: mergedId });
      await replaceMembers(manager, id, members);
      const fields = mergedFields(kept, merged);
      await manager.getRepository(HouseholdEntity).update(
        { id },
        { ...fields, careNeeds: [...fields.careNeeds], accessibilityNeeds: [...fields.accessibilityNeeds], linkGroup: kept.linkGroup ?? merged.linkGroup, updatedAt: now },
      );
      const protectedRows = manager.getRepository(HouseholdProtectedEntity);
      if (!(await protectedRows.existsBy({ householdId: id }))) await protectedRows.update({ householdId: mergedId }, { householdId: id });
      else await protectedRows.delete({ householdId: mergedId });
      await manager.getRepository(AccountEntity).update({ householdId: mergedId }, { householdId: id });
      await manager.getRepository(AccessCodeEntity).update({ householdId: mergedId, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
      await manager.getRepository(HouseholdEntity).update(
        { id: mergedId },
        { status: 'withdrawn', mergedIntoId: id, medicalNotes: null, careNeeds: [], accessibilityNeeds: [], linkGroup: null, updatedAt: now },
      );
      const effect = await followProposal(manager, proposal, members.length, 'arrival', now);
      const entries = audit({ persons: members.length, effect, permitDate: { before: kept.permitDate, after: fields.permitDate } });
      if (entries.length) await manager.getRepository(AuditEventEntity).insert(entries.map(auditRow));
      return { kind: 'merged', persons: members.length, effect, proposalId: proposal?.id ?? null };
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

/**
 * The household's lasting proposal follows its new number of persons (`proposalChangeEffect`): `adjusted` counts
 * them (the capacity's person places with it; `review` when none is free), `review` marks it as waiting on an
 * officer (`changeReviewSince`), `told` and `none` change nothing. The municipality (and, on review, the officers)
 * are told of `event`. Returns the effect.
 */
async function followProposal(manager: EntityManager, proposal: ProposalEntity | null, persons: number, event: HouseholdEvent, now: Date): Promise<ProposalChangeEffect> {
  let effect = proposalChangeEffect(proposal, persons);
  if (!proposal) return effect;
  if (effect === 'adjusted') effect = (await adjustPersons(manager, proposal, persons)) ? 'adjusted' : 'review';
  if (effect === 'review') await manager.getRepository(ProposalEntity).update({ id: proposal.id }, { changeReviewSince: proposal.changeReviewSince ?? now });
  await enqueueProposalNotifications(manager, proposal, householdChangeNotifications(effect, event, persons));
  return effect;
}

/** The lasting proposals (ACTIVE_PROPOSAL_STATUSES) of the households `ids`, locked in id order (at most one each). */
function lockLastingProposals(manager: EntityManager, ids: readonly string[]): Promise<ProposalEntity[]> {
  return manager
    .getRepository(ProposalEntity)
    .createQueryBuilder('p')
    .setLock('pessimistic_write')
    .where('p.household_id IN (:...ids) AND p.status IN (:...statuses)', { ids: [...ids], statuses: [...ACTIVE_PROPOSAL_STATUSES] })
    .orderBy('p.id')
    .getMany();
}

/** The households `ids` that exist, locked in id order. */
function lockHouseholds(manager: EntityManager, ids: readonly string[]): Promise<HouseholdEntity[]> {
  return manager.getRepository(HouseholdEntity).createQueryBuilder('h').setLock('pessimistic_write').where('h.id IN (:...ids)', { ids: [...ids] }).orderBy('h.id').getMany();
}

/** Why a split or merge may not change `household` (erased, withdrawn, in a draft round), or null. */
async function refusal(manager: EntityManager, household: HouseholdEntity, which: 'household' | 'merged'): Promise<
  { readonly kind: 'erased' | 'withdrawn'; readonly which: 'household' | 'merged' } | { readonly kind: 'draft_round'; readonly which: 'household' | 'merged'; readonly round: DraftRoundRef } | null
> {
  if (household.erasedAt) return { kind: 'erased', which };
  if (household.status === 'withdrawn') return { kind: 'withdrawn', which };
  const round = await draftRoundOf(manager, household.id);
  return round ? { kind: 'draft_round', which, round } : null;
}

/**
 * A round not published yet (`draft`) whose cohort holds household `id`, or null. Its frozen model
 * (`round_snapshot`) holds the household as it was when the round was made, so a change of the household's members
 * now would be proposed for the old size without a review: such changes wait until the round is published (or
 * deleted). The oldest such round when there are several.
 */
export async function draftRoundOf(manager: EntityManager, id: string): Promise<DraftRoundRef | null> {
  const [round]: DraftRoundRef[] = await manager.query(
    `SELECT r.id, r.name, r.period FROM round_household rh JOIN round r ON r.id = rh.round_id WHERE rh.household_id = $1 AND r.status = 'draft' ORDER BY r.created_at, r.id LIMIT 1`,
    [id],
  );
  return round ?? null;
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

/** A stored member as the repository's input shape (professions by their order, languages as stored): what a change keeps of a member, and what the data export shows. */
export function storedMember(m: HouseholdMemberEntity): NewMember {
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
