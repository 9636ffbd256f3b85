import { Injectable } from '@nestjs/common';
import { DomainError } from '#common/domain-error.js';
import { HouseholdRepository } from '#persistence/repositories/household.repository.js';
import { HouseholdChangeRepository } from '#persistence/repositories/household-change.repository.js';
import { ProposalRepository, type ResponseOutcome } from '#persistence/repositories/proposal.repository.js';
import { RoundRepository } from '#persistence/repositories/round.repository.js';
import { RunRepository } from '#persistence/repositories/run.repository.js';
import type { ProposalEntity } from '#persistence/entities/index.js';
import type { Viewer } from '../auth/viewer.js';
import { auditEntry } from '../common/audit-entry.js';
import { isUuid } from '../common/uuid.js';
import type { Page } from '../common/page.args.js';
import { dutchDate, dutchMidnight, nextDay, proposalAllows, proposalReviewReason } from '#matching/vocabulary/lifecycle.js';
import type { MunicipalityProposal, NewcomerProposal, Proposal, ProposalReader, ProposalReviewPage, ProposalShared, PublishResult } from './models/proposal.model.js';
import { toMunicipalityProposal, toNewcomerProposal, toProposal, toReaderProposal } from './proposal.mapper.js';
import type {
  ContestReviewInput,
  HouseholdChangeReviewInput,
  MunicipalityProposalFilterInput,
  ProposalArrangementsInput,
  ProposalFilterInput,
  ProposalResponseInput,
  RecordHousingInput,
  WithdrawProposalInput,
  ExtendDeadlineInput,
} from './dto/respond.input.js';

/** The reader type a viewer gets of a proposal (officers the full Proposal). */
function readerOf(viewer: Viewer): ProposalReader {
  return viewer.role === 'municipality' ? 'municipality' : viewer.role === 'newcomer' ? 'newcomer' : 'officer';
}

/** How far ahead an officer may move a response deadline, in days from today. */
export const MAX_DEADLINE_EXTENSION_DAYS = 90;

@Injectable()
export class ProposalsService {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly runs: RunRepository,
    private readonly rounds: RoundRepository,
    private readonly households: HouseholdRepository,
    private readonly householdChanges: HouseholdChangeRepository,
  ) {}

  /**
   * An officer decides on a proposal that waits on review because its household changed (`household_changed`,
   * matching/vocabulary/household-changes.ts): keep it — it then counts the household's persons and home band as they
   * are now, the capacity moved with it, audited `proposal.household_change_kept` with the size before and after
   * and the note — or withdraw it with the note as the reason (`withdraw`: the household waits again with its permit
   * date). CONFLICT when it does not wait on such a review, or (keep) when the municipality has no such home or
   * person places free in the period; NOT_FOUND.
   */
  async resolveHouseholdChange(id: string, input: HouseholdChangeReviewInput, viewer: Viewer): Promise<Proposal> {
    const found = isUuid(id) ? await this.proposals.findById(id) : null;
    if (!found) throw DomainError.notFound(`proposal ${id}`);
    const notWaiting = () => new DomainError('CONFLICT', 'This proposal does not wait on a review of a change of its household (it was decided, ended, or the household moved in)');
    if (!found.changeReviewSince || !proposalAllows('householdChangeReview', found.status)) throw notWaiting();
    if (!input.keep) return this.withdraw(id, { reason: input.note }, viewer);
    const outcome = await this.householdChanges.keep(id, (before, after) => auditEntry(viewer, 'proposal.household_change_kept', id, before, { ...after, note: input.note }));
    switch (outcome.kind) {
      case 'kept':
        return toProposal(outcome.proposal);
      case 'not_found':
        throw DomainError.notFound(`proposal ${id}`);
      case 'not_waiting':
        throw notWaiting();
      case 'no_room':
        throw new DomainError('CONFLICT', `${found.municipalityCode} has no free home of the household's new size (or too few person places) in ${found.period}: withdraw the proposal instead`);
    }
  }

  /** The case references of these households, by id (for the officer's lists of proposals). */
  householdReferences(ids: readonly string[]): Promise<Map<string, string>> {
    return this.households.referencesOf(ids);
  }

  /** Publishes a succeeded run: all proposals or none; publishing the same run again changes nothing. */
  async publish(runId: string, viewer: Viewer): Promise<PublishResult> {
    const run = isUuid(runId) ? await this.runs.findById(runId) : null;
    if (!run) throw DomainError.notFound(`run ${runId}`);
    const snapshot = await this.rounds.snapshot(run.roundId);
    if (!snapshot) throw DomainError.notFound(`round ${run.roundId}`);
    const persons = new Map(snapshot.households.map((h) => [h.id, h.members.length]));
    const outcome = await this.proposals.publish(run.roundId, runId, persons, auditEntry(viewer, 'round.publish', run.roundId, null, null));
    switch (outcome.kind) {
      case 'published':
        return { roundId: run.roundId, runId, proposals: outcome.proposals, newlyPublished: true };
      case 'already_published':
        return { roundId: run.roundId, runId, proposals: outcome.proposals, newlyPublished: false };
      case 'run_not_succeeded':
        throw DomainError.badInput([{ field: 'runId', message: `only a run with an answer (succeeded, or timed out with its best answer) can be published; this run is ${outcome.status}` }]);
      case 'other_run_published':
        throw new DomainError('CONFLICT', `Another run of this round (${outcome.runId}) is published already`);
      case 'capacity_exceeded':
        throw new DomainError('CONFLICT', 'Capacity was taken since this round was created; create a new round with the current capacity');
      case 'household_not_waiting':
        throw new DomainError('CONFLICT', 'Some households of this run have a proposal or placement already; create a new round');
      case 'no_capacity_row':
        throw new DomainError('CONFLICT', `${outcome.municipalityCode} has no capacity for the round's period any more`);
      default:
        throw DomainError.notFound(`run ${runId}`);
    }
  }

  /** The municipality accepts or declines its own proposal; it receives its MunicipalityProposal. */
  async respondAsMunicipality(id: string, input: ProposalResponseInput, viewer: Viewer): Promise<ProposalShared> {
    const outcome = await this.proposals.respondAsMunicipality(
      id, viewer.municipalityCode ?? '', input.accept, input.reason ?? null,
      auditEntry(viewer, input.accept ? 'proposal.municipality_accept' : 'proposal.municipality_decline', id, null, null),
    );
    return this.result(outcome, 'municipality');
  }

  /** The newcomer accepts or contests their household's proposal; they receive their NewcomerProposal. */
  async respondAsNewcomer(id: string, input: ProposalResponseInput, viewer: Viewer): Promise<ProposalShared> {
    const outcome = await this.proposals.respondAsNewcomer(
      id, viewer.householdId ?? '', input.accept, input.reason ?? null,
      auditEntry(viewer, input.accept ? 'proposal.newcomer_accept' : 'proposal.newcomer_contest', id, null, null),
    );
    return this.result(outcome, 'newcomer');
  }

  async review(id: string, input: ContestReviewInput, viewer: Viewer): Promise<Proposal> {
    if (!isUuid(id)) throw DomainError.notFound(`proposal ${id}`);
    const outcome = await this.proposals.review(id, input.uphold, input.note, auditEntry(viewer, input.uphold ? 'proposal.contest_upheld' : 'proposal.contest_rejected', id, null, null));
    return toProposal(this.ok(outcome));
  }

  /** An officer withdraws a proposal with a reason; capacity goes back and the household waits again. */
  async withdraw(id: string, input: WithdrawProposalInput, viewer: Viewer): Promise<Proposal> {
    if (!isUuid(id)) throw DomainError.notFound(`proposal ${id}`);
    const outcome = await this.proposals.withdraw(id, input.reason, auditEntry(viewer, 'proposal.withdraw', id, null, null));
    if (outcome.kind === 'not_found') throw DomainError.notFound(`proposal ${id}`);
    return toProposal(this.ok(outcome));
  }

  /**
   * An officer gives both sides longer to answer (issue 16): a later response deadline (YYYY-MM-DD, later than the
   * current one, today or later, at most MAX_DEADLINE_EXTENSION_DAYS from today, Dutch calendar) with a reason, while
   * an answer is missing (open, contested, contest rejected). Audited as `proposal.deadline_extend` with the deadline
   * before and after and the reason. BAD_USER_INPUT names `respondBy`; CONFLICT in another status; NOT_FOUND.
   */
  async extendDeadline(id: string, input: ExtendDeadlineInput, viewer: Viewer, now = new Date()): Promise<Proposal> {
    if (!isUuid(id)) throw DomainError.notFound(`proposal ${id}`);
    const today = dutchDate(now);
    const latest = dutchDate(new Date(now.getTime() + MAX_DEADLINE_EXTENSION_DAYS * 86_400_000));
    if (input.respondBy < today) throw DomainError.badInput([{ field: 'respondBy', message: `lies in the past (today is ${today})` }]);
    if (input.respondBy > latest) throw DomainError.badInput([{ field: 'respondBy', message: `is more than ${MAX_DEADLINE_EXTENSION_DAYS} days away (at most ${latest})` }]);
    const outcome = await this.proposals.extendDeadline(id, input.respondBy, auditEntry(viewer, 'proposal.deadline_extend', id, null, { reason: input.reason }));
    if (outcome.kind === 'not_found') throw DomainError.notFound(`proposal ${id}`);
    return toProposal(this.ok(outcome));
  }

  /** The municipality (its own proposals) or an officer records the move-in date of an accepted proposal. */
  async recordHousing(id: string, input: RecordHousingInput, viewer: Viewer): Promise<ProposalShared> {
    if (!isUuid(id)) throw DomainError.notFound(`proposal ${id}`);
    const municipality = viewer.role === 'municipality' ? viewer.municipalityCode ?? '' : null;
    const outcome = await this.proposals.recordHousing(id, input.housedOn, municipality, auditEntry(viewer, 'proposal.housed', id, null, null));
    if (outcome.kind === 'not_found' && viewer.role === 'officer') throw DomainError.notFound(`proposal ${id}`);
    return this.result(outcome, readerOf(viewer));
  }

  /**
   * The municipality (its own proposals) or an officer sets the contact person and/or the expected move-in date.
   * BAD_USER_INPUT when neither is given, or when the expected move-in lies before the day of publication.
   */
  async setArrangements(id: string, input: ProposalArrangementsInput, viewer: Viewer): Promise<ProposalShared> {
    if (!input.contact && !input.expectedMoveIn) {
      throw DomainError.badInput([{ field: 'input', message: 'give a contact person, an expected move-in date, or both' }]);
    }
    if (!isUuid(id)) {
      if (viewer.role === 'officer') throw DomainError.notFound(`proposal ${id}`);
      throw DomainError.forbidden('You may only respond to proposals addressed to you');
    }
    const municipality = viewer.role === 'municipality' ? viewer.municipalityCode ?? '' : null;
    const existing = await this.proposals.findById(id);
    if (existing && (municipality === null || existing.municipalityCode === municipality) && input.expectedMoveIn && input.expectedMoveIn < dutchDate(existing.createdAt)) {
      throw DomainError.badInput([{ field: 'expectedMoveIn', message: `must not be before the day the proposal was published (${dutchDate(existing.createdAt)})` }]);
    }
    const contact = input.contact ? { name: input.contact.name.trim(), email: input.contact.email ?? null, phone: input.contact.phone ?? null } : undefined;
    const outcome = await this.proposals.setArrangements(
      id,
      { ...(contact ? { contact } : {}), ...(input.expectedMoveIn ? { expectedMoveIn: input.expectedMoveIn } : {}) },
      municipality,
      auditEntry(viewer, 'proposal.arrangements', id, null, null),
    );
    if (outcome.kind === 'not_found' && viewer.role === 'officer') throw DomainError.notFound(`proposal ${id}`);
    return this.result(outcome, readerOf(viewer));
  }

  async list(filter: ProposalFilterInput, page: Page): Promise<Proposal[]> {
    return (await this.proposals.find(filter, page)).map(toProposal);
  }

  /** How many proposals `list` gives with this filter, all pages together. */
  count(filter: ProposalFilterInput): Promise<number> {
    return this.proposals.count(filter);
  }

  /**
   * What waits on an officer now (`proposalReviewReason`: contested, household changed, or overdue), oldest first, one
   * page. `since`: the contest (contested), the recorded change (household changed), or the Dutch midnight after the
   * response deadline (overdue).
   */
  async awaitingReview(page: Page, now = new Date()): Promise<ProposalReviewPage> {
    const today = dutchDate(now);
    const { total, items } = await this.proposals.awaitingReview(today, page);
    return {
      total,
      items: items.map((p) => {
        const reason = proposalReviewReason(p, today);
        if (reason === null) throw new Error(`proposal ${p.id} was listed for review but waits on no officer`);
        const since =
          reason === 'contested' ? p.newcomerRespondedAt ?? p.createdAt : reason === 'household_changed' && p.changeReviewSince ? p.changeReviewSince : dutchMidnight(nextDay(p.respondBy));
        return { proposal: toProposal(p), reason, since };
      }),
    };
  }

  /** The municipality's own proposals, oldest first, one page. */
  async forMunicipality(code: string, filter: MunicipalityProposalFilterInput, page: Page): Promise<MunicipalityProposal[]> {
    return (await this.proposals.find({ municipalityCode: code, ...(filter.status ? { status: filter.status } : {}) }, page)).map(toMunicipalityProposal);
  }

  /** The household's proposals (all rounds), oldest first. */
  async forHousehold(householdId: string): Promise<NewcomerProposal[]> {
    return (await this.proposals.find({ householdId })).map(toNewcomerProposal);
  }

  /** The proposal of an outcome that is `ok`; otherwise the error it stands for. */
  private ok(outcome: ResponseOutcome): ProposalEntity {
    if (outcome.kind === 'ok') return outcome.proposal;
    throw this.refusal(outcome);
  }

  /** The proposal as `reader` sees it, or the error the outcome stands for. */
  private result(outcome: ResponseOutcome, reader: ProposalReader): ProposalShared {
    return toReaderProposal(this.ok(outcome), reader);
  }

  /** Someone else's proposal and a proposal that does not exist answer alike, so ids leak nothing. */
  private refusal(outcome: Exclude<ResponseOutcome, { kind: 'ok' }>): DomainError {
    switch (outcome.kind) {
      case 'not_found':
      case 'not_yours':
        return DomainError.forbidden('You may only respond to proposals addressed to you');
      case 'already_responded':
        return new DomainError('CONFLICT', 'This proposal has been answered already');
      case 'not_contested':
        return new DomainError('CONFLICT', 'Only a contested proposal that has not been reviewed can be reviewed');
      case 'not_allowed':
        return new DomainError('CONFLICT', `This cannot be done to a proposal that is ${outcome.status}`);
      case 'not_later':
        return DomainError.badInput([{ field: 'respondBy', message: `must be later than the current deadline ${outcome.respondBy}` }]);
    }
  }
}
