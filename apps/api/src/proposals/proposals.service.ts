import { Injectable } from '@nestjs/common';
import { DomainError } from '#common/domain-error.js';
import { ProposalRepository, type ResponseOutcome } from '#persistence/repositories/proposal.repository.js';
import { RoundRepository } from '#persistence/repositories/round.repository.js';
import { RunRepository } from '#persistence/repositories/run.repository.js';
import type { ProposalEntity } from '#persistence/entities/index.js';
import type { Viewer } from '../auth/viewer.js';
import { auditEntry } from '../common/audit-entry.js';
import { isUuid } from '../common/uuid.js';
import type { Page } from '../common/page.args.js';
import type { Proposal, PublishResult } from './models/proposal.model.js';
import { toProposal } from './proposal.mapper.js';
import type { ContestReviewInput, ProposalFilterInput, ProposalResponseInput, RecordHousingInput, WithdrawProposalInput } from './dto/respond.input.js';

@Injectable()
export class ProposalsService {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly runs: RunRepository,
    private readonly rounds: RoundRepository,
  ) {}

  /** Publishes a succeeded run: all proposals or none; publishing the same run again changes nothing. */
  async publish(runId: string, viewer: Viewer): Promise<PublishResult> {
    const run = isUuid(runId) ? await this.runs.findById(runId) : null;
    if (!run) throw DomainError.notFound(`run ${runId}`);
    const snapshot = await this.rounds.snapshot(run.roundId);
    if (!snapshot) throw DomainError.notFound(`round ${run.roundId}`);
    const persons = new Map(snapshot.households.map((h) => [h.id, h.members.length]));
    const outcome = await this.proposals.publish(run.roundId, runId, persons, auditEntry(viewer, 'round.publish', 'round', run.roundId, null, null));
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

  async respondAsMunicipality(id: string, input: ProposalResponseInput, viewer: Viewer): Promise<Proposal> {
    const outcome = await this.proposals.respondAsMunicipality(
      id, viewer.municipalityCode ?? '', input.accept, input.reason ?? null,
      auditEntry(viewer, input.accept ? 'proposal.municipality_accept' : 'proposal.municipality_decline', 'proposal', id, null, null),
    );
    return this.result(outcome);
  }

  async respondAsNewcomer(id: string, input: ProposalResponseInput, viewer: Viewer): Promise<Proposal> {
    const outcome = await this.proposals.respondAsNewcomer(
      id, viewer.householdId ?? '', input.accept, input.reason ?? null,
      auditEntry(viewer, input.accept ? 'proposal.newcomer_accept' : 'proposal.newcomer_contest', 'proposal', id, null, null),
    );
    return this.result(outcome);
  }

  async review(id: string, input: ContestReviewInput, viewer: Viewer): Promise<Proposal> {
    if (!isUuid(id)) throw DomainError.notFound(`proposal ${id}`);
    const outcome = await this.proposals.review(id, input.uphold, input.note, auditEntry(viewer, input.uphold ? 'proposal.contest_upheld' : 'proposal.contest_rejected', 'proposal', id, null, null));
    return this.result(outcome);
  }

  /** An officer withdraws a proposal with a reason; capacity goes back and the household waits again. */
  async withdraw(id: string, input: WithdrawProposalInput, viewer: Viewer): Promise<Proposal> {
    if (!isUuid(id)) throw DomainError.notFound(`proposal ${id}`);
    const outcome = await this.proposals.withdraw(id, input.reason, auditEntry(viewer, 'proposal.withdraw', 'proposal', id, null, null));
    if (outcome.kind === 'not_found') throw DomainError.notFound(`proposal ${id}`);
    return this.result(outcome);
  }

  /** The municipality (its own proposals) or an officer records the move-in date of an accepted proposal. */
  async recordHousing(id: string, input: RecordHousingInput, viewer: Viewer): Promise<Proposal> {
    if (!isUuid(id)) throw DomainError.notFound(`proposal ${id}`);
    const municipality = viewer.role === 'municipality' ? viewer.municipalityCode ?? '' : null;
    const outcome = await this.proposals.recordHousing(id, input.housedOn, municipality, auditEntry(viewer, 'proposal.housed', 'proposal', id, null, null));
    if (outcome.kind === 'not_found' && viewer.role === 'officer') throw DomainError.notFound(`proposal ${id}`);
    return this.result(outcome);
  }

  async list(filter: ProposalFilterInput, page: Page): Promise<Proposal[]> {
    return (await this.proposals.find(filter, page)).map(toProposal);
  }

  async forMunicipality(code: string): Promise<Proposal[]> {
    return (await this.proposals.find({ municipalityCode: code })).map(toProposal);
  }

  async forHousehold(householdId: string): Promise<Proposal[]> {
    return (await this.proposals.find({ householdId })).map(toProposal);
  }

  /** Someone else's proposal and a proposal that does not exist answer alike, so ids leak nothing. */
  private result(outcome: ResponseOutcome): Proposal {
    switch (outcome.kind) {
      case 'ok':
        return toProposal(outcome.proposal);
      case 'not_found':
      case 'not_yours':
        throw DomainError.forbidden('You may only respond to proposals addressed to you');
      case 'already_responded':
        throw new DomainError('CONFLICT', 'This proposal has been answered already');
      case 'not_contested':
        throw new DomainError('CONFLICT', 'Only a contested proposal that has not been reviewed can be reviewed');
      case 'not_allowed':
        throw new DomainError('CONFLICT', `This cannot be done to a proposal that is ${outcome.status}`);
    }
  }
}
