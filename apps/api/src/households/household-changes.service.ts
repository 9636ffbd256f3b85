import { Injectable } from '@nestjs/common';
import { DomainError, type FieldProblem } from '#common/domain-error.js';
import { HouseholdChangeRepository, type CompositionChange } from '#persistence/repositories/household-change.repository.js';
import { IscoRepository } from '#persistence/repositories/isco.repository.js';
import { dutchDate } from '#matching/vocabulary/lifecycle.js';
import { auditEntry } from '../common/audit-entry.js';
import { isUuid } from '../common/uuid.js';
import { erasedCaseError } from '../erasure/erased-case.js';
import type { Viewer } from '../auth/viewer.js';
import type { RecordHouseholdChangeInput } from './dto/household-change.input.js';
import type { HouseholdChangeResult } from './models/household.model.js';
import { toNewMember } from './household.mapper.js';
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
   * for an unknown household; CONFLICT for an erased case. Audited as `household.composition_change` with what
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
      case 'no_such_member':
        throw DomainError.badInput([{ field: 'position', message: `no member of the household has position ${input.position}` }]);
      case 'no_adult':
        throw DomainError.badInput([{ field: 'position', message: 'no adult would remain in the household: children alone are not housed through this process; ask the youth care services' }]);
    }
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
      if (member.birthYear > year) problems.push({ field: 'member.birthYear', message: `lies after the day of the ${input.event}` });
      const languages = member.languages.map((l) => l.language);
      if (new Set(languages).size !== languages.length) problems.push({ field: 'member.languages', message: 'lists a language twice' });
      if (new Set(member.professions).size !== member.professions.length) problems.push({ field: 'member.professions', message: 'lists a profession twice' });
      const unknown = new Set(await this.isco.unknownCodes(member.professions));
      member.professions.forEach((code, i) => unknown.has(code) && problems.push({ field: `member.professions[${i}]`, message: `unknown ISCO-08 code "${code}"` }));
      if (problems.length) throw DomainError.badInput(problems);
      return { event: input.event, member: toNewMember(member) };
    }
    if (input.member) problems.push({ field: 'member', message: `is for a birth or an arrival; a ${input.event} takes a member away` });
    if (input.position == null) problems.push({ field: 'position', message: `a ${input.event} needs the member who went (HouseholdMember.position)` });
    if (problems.length || input.position == null) throw DomainError.badInput(problems);
    return { event: input.event, position: input.position - 1, year };
  }
}
