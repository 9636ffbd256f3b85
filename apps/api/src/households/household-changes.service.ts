import { Injectable } from '@nestjs/common';
import { DomainError, type FieldProblem } from '#common/domain-error.js';
import { HouseholdChangeRepository, type CompositionChange, type DraftRoundRef, type LineageOutcome } from '#persistence/repositories/household-change.repository.js';
import { IscoRepository } from '#persistence/repositories/isco.repository.js';
import { dutchDate, REASON_LENGTH } from '#matching/vocabulary/lifecycle.js';
import { auditEntry } from '../common/audit-entry.js';
import { isUuid } from '../common/uuid.js';
import { erasedCaseError } from '../erasure/erased-case.js';
import type { Viewer } from '../auth/viewer.js';
import type { MergeHouseholdsInput, RecordHouseholdChangeInput, SplitHouseholdInput } from './dto/household-change.input.js';
import type { HouseholdChangeResult, SplitHouseholdResult } from './models/household.model.js';
import { toNewMember } from './household.mapper.js';
import { memberProblems, unknownProfessions } from './member-problems.js';
import { HouseholdsService } from './households.service.js';

/**
 * An officer records a change of a household after a proposal or a placement (issue 16, "When the household
 * changes"; matching/vocabulary/household-changes.ts): a birth, a later arrival, a departure or a death. The members
 * change and the household's proposal follows in the same transaction (`HouseholdChangeRepository.record`).
 */
@Injectable()
export class HouseholdChangesService {
  constructor(
    private readonly changes: HouseholdChangeRepository,
    private readonly households: HouseholdsService,
    private readonly isco: IscoRepository,
  ) {}

  /**
   * Records the change (see the class comment). BAD_USER_INPUT naming the field: `on` in the future; `member` missing
   * for a birth or an arrival, or given for the others; a birth's member not a CHILD born in the year of `on`; an
   * arrival as the APPLICANT; a member born after `on`, listing a language or profession twice, or with an unknown
   * ISCO-08 code; `position` missing for a departure or a death, or no member's; no adult left after it. NOT_FOUND
   * for an unknown household; CONFLICT for an erased case, a case that left the list (withdrawn, or merged into
   * another), and a case in a round not published yet (`draftRoundError`). Audited as `household.composition_change` with what
   * happened, the persons after it and the effect on the proposal (no names).
   */
  async recordChange(viewer: Viewer, householdId: string, input: RecordHouseholdChangeInput, now = new Date()): Promise<HouseholdChangeResult> {
    if (!isUuid(householdId)) throw DomainError.notFound(`household ${householdId}`);
    const change = await this.validChange(input, now);
    const outcome = await this.changes.record(householdId, change, (persons, effect) =>
      auditEntry(viewer, 'household.composition_change', householdId, null, {
        event: input.event,
        on: input.on,
        ...(input.position ? { position: input.position } : {}),
        persons,
        effect,
      }),
      now,
    );
    switch (outcome.kind) {
      case 'recorded':
        return { household: await this.households.get(householdId), effect: outcome.effect, proposalId: outcome.proposalId };
      case 'not_found':
        throw DomainError.notFound(`household ${householdId}`);
      case 'erased':
        throw erasedCaseError((await this.households.get(householdId)).reference);
      case 'withdrawn':
        throw await this.leftTheList(householdId);
      case 'draft_round':
        throw draftRoundError((await this.households.get(householdId)).reference, outcome.round);
      case 'no_such_member':
        throw DomainError.badInput([{ field: 'position', message: `no member of the household has position ${input.position}` }]);
      case 'no_adult':
        throw DomainError.badInput([{ field: 'position', message: 'no adult would remain in the household: children alone are not housed through this process; ask the youth care services' }]);
    }
  }

  /**
   * Splits a household in two (issue 16: "split ... with its queue rights kept"; `HouseholdChangeRepository.split`):
   * the members at `input.positions` (from 1) leave for a new WAITING household with the same permit date and urgency,
   * taking the ties `input.tieIds`; each part gets its applicant. BAD_USER_INPUT naming the field: `on` in the future,
   * a position listed twice or no member's, everybody leaving, a part without an adult (`positions`), a tie that is
   * not the household's (`tieIds`). NOT_FOUND; CONFLICT as for `recordChange`. Audited as `household.split` on both
   * households (positions, persons, the effect on the proposal, the reason; no names).
   */
  async split(viewer: Viewer, householdId: string, input: SplitHouseholdInput, now = new Date()): Promise<SplitHouseholdResult> {
    if (!isUuid(householdId)) throw DomainError.notFound(`household ${householdId}`);
    const problems: FieldProblem[] = [];
    if (input.on > dutchDate(now)) problems.push({ field: 'on', message: 'lies in the future' });
    if (new Set(input.positions).size !== input.positions.length) problems.push({ field: 'positions', message: 'lists a member twice' });
    if (new Set(input.tieIds).size !== input.tieIds.length) problems.push({ field: 'tieIds', message: 'lists a tie twice' });
    const reason = input.reason.trim();
    problems.push(...reasonProblems(reason));
    if (problems.length) throw DomainError.badInput(problems);
    const outcome = await this.changes.split(
      householdId,
      { positions: input.positions.map((p) => p - 1), tieIds: input.tieIds, year: Number(input.on.slice(0, 4)) },
      (split) => [
        auditEntry(viewer, 'household.split', householdId, null, { into: split.newHouseholdId, on: input.on, positions: input.positions, persons: split.persons, effect: split.effect, reason }),
        auditEntry(viewer, 'household.split', split.newHouseholdId, null, { from: householdId, on: input.on, persons: split.newPersons, ties: input.tieIds.length, reason }),
      ],
      now,
    );
    if (outcome.kind !== 'split') throw await this.lineageError(outcome, householdId, null, input.positions);
    const [household, newHousehold] = await Promise.all([this.households.get(householdId), this.households.get(outcome.newHouseholdId)]);
    return { household, newHousehold, effect: outcome.effect, proposalId: outcome.proposalId };
  }

  /**
   * Merges `input.mergedHouseholdId` into `input.householdId` (two cases that are one family;
   * `HouseholdChangeRepository.merge`): its members join, the earlier permit date and the more urgent urgency stay,
   * its accounts move; it leaves the list (WITHDRAWN, `mergedInto`). BAD_USER_INPUT when both are the same household
   * (`mergedHouseholdId`). NOT_FOUND naming which; CONFLICT when the merged household has a lasting proposal (end it
   * first), and as for `recordChange` for either. Audited as `household.merge` on both households.
   */
  async merge(viewer: Viewer, input: MergeHouseholdsInput, now = new Date()): Promise<HouseholdChangeResult> {
    const { householdId, mergedHouseholdId } = input;
    const reason = input.reason.trim();
    const problems = reasonProblems(reason);
    if (householdId === mergedHouseholdId) problems.unshift({ field: 'mergedHouseholdId', message: 'is the household itself; name the other household of the family' });
    if (problems.length) throw DomainError.badInput(problems);
    const outcome = await this.changes.merge(
      householdId,
      mergedHouseholdId,
      (merge) => [
        auditEntry(viewer, 'household.merge', householdId, { permitDate: merge.permitDate.before }, { merged: mergedHouseholdId, permitDate: merge.permitDate.after, persons: merge.persons, effect: merge.effect, reason }),
        auditEntry(viewer, 'household.merge', mergedHouseholdId, { status: 'waiting' }, { status: 'withdrawn', into: householdId, reason }),
      ],
      now,
    );
    if (outcome.kind !== 'merged') throw await this.lineageError(outcome, householdId, mergedHouseholdId, []);
    return { household: await this.households.get(householdId), effect: outcome.effect, proposalId: outcome.proposalId };
  }

  /** The error for a split or merge that changed nothing. */
  private async lineageError(outcome: Exclude<LineageOutcome, { kind: 'split' | 'merged' }>, householdId: string, mergedHouseholdId: string | null, positions: readonly number[]): Promise<DomainError> {
    const idOf = (which: 'household' | 'merged') => (which === 'merged' && mergedHouseholdId ? mergedHouseholdId : householdId);
    switch (outcome.kind) {
      case 'not_found':
        return DomainError.notFound(`household ${idOf(outcome.which)}`);
      case 'erased':
        return erasedCaseError((await this.households.get(idOf(outcome.which))).reference);
      case 'withdrawn':
        return this.leftTheList(idOf(outcome.which));
      case 'draft_round':
        return draftRoundError((await this.households.get(idOf(outcome.which))).reference, outcome.round);
      case 'merged_has_proposal':
        return new DomainError(
          'CONFLICT',
          `Case ${(await this.households.get(idOf('merged'))).reference} has a proposal that is still open, accepted or moved into: withdraw it first, or merge the other way round`,
        );
      case 'no_such_member':
        return DomainError.badInput([{ field: 'positions', message: `names a position that is no member's (${positions.join(', ')}), or everybody: at least one member stays` }]);
      case 'no_such_tie':
        return DomainError.badInput([{ field: 'tieIds', message: 'names a tie that is not this household’s (HouseholdTie.id)' }]);
      case 'no_adult':
        return DomainError.badInput([
          {
            field: 'positions',
            message: `${outcome.part === 'leaves' ? 'the members who leave' : 'the members who stay'} would be children alone: each part needs an adult; children alone are not housed through this process`,
          },
        ]);
    }
  }

  /** CONFLICT for a case that left the list: withdrawn, or merged into another case (named). */
  private async leftTheList(householdId: string): Promise<DomainError> {
    const household = await this.households.get(householdId);
    const into = household.mergedIntoId ? await this.households.get(household.mergedIntoId) : null;
    return new DomainError(
      'CONFLICT',
      into
        ? `Case ${household.reference} was merged into case ${into.reference}: change that case instead`
        : `Case ${household.reference} left the list (withdrawn): it cannot be changed; register the household anew if it needs a home again`,
    );
  }

  private async validChange(input: RecordHouseholdChangeInput, now: Date): Promise<CompositionChange> {
    const problems: FieldProblem[] = [];
    if (input.on > dutchDate(now)) problems.push({ field: 'on', message: 'lies in the future' });
    const year = Number(input.on.slice(0, 4));
    if (input.event === 'birth' || input.event === 'arrival') {
      const member = input.member;
      if (input.position != null) problems.push({ field: 'position', message: `is for a departure or a death; a ${input.event} adds a member` });
      if (!member) {
        problems.push({ field: 'member', message: `a ${input.event} needs the new member` });
        throw DomainError.badInput(problems);
      }
      if (input.event === 'birth' && member.role !== 'child') problems.push({ field: 'member.role', message: 'a child born into the household has the role CHILD' });
      if (input.event === 'birth' && member.birthYear !== year) problems.push({ field: 'member.birthYear', message: `a child born on ${input.on} was born in ${year}` });
      if (input.event === 'arrival' && member.role === 'applicant') problems.push({ field: 'member.role', message: 'the household has its applicant; a member who arrives later is a PARTNER, CHILD or RELATIVE' });
      problems.push(...memberProblems(member, 'member', year, `lies after the day of the ${input.event}`));
      problems.push(...(await unknownProfessions(this.isco, [{ field: 'member', professions: member.professions }])));
      if (problems.length) throw DomainError.badInput(problems);
      return { event: input.event, member: toNewMember(member) };
    }
    if (input.member) problems.push({ field: 'member', message: `is for a birth or an arrival; a ${input.event} takes a member away` });
    if (input.position == null) problems.push({ field: 'position', message: `a ${input.event} needs the member who went (HouseholdMember.position)` });
    if (problems.length || input.position == null) throw DomainError.badInput(problems);
    return { event: input.event, position: input.position - 1, year };
  }
}

/** The reason of a split or merge, trimmed, against REASON_LENGTH (the input's own check counts the spaces around it). */
function reasonProblems(trimmed: string): FieldProblem[] {
  return trimmed.length < REASON_LENGTH.min ? [{ field: 'reason', message: `must explain it (at least ${REASON_LENGTH.min} characters besides spaces)` }] : [];
}

/**
 * CONFLICT for a change of a case while it is in the cohort of a round not published yet: the round's frozen model
 * holds the household as it was, so its proposal would be made for the old size without a review.
 */
export function draftRoundError(reference: string, round: DraftRoundRef): DomainError {
  return new DomainError(
    'CONFLICT',
    `Case ${reference} is in round "${round.name}" (${round.period}), which is not published yet: the round holds the household as it was. Record the change after the round is published or deleted`,
  );
}
