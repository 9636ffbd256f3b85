import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError } from '#common/domain-error.js';
import { CurrentViewer, Roles } from '../auth/access.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { ProposalsService } from './proposals.service.js';
import { ProposalExpiryService } from './proposal-expiry.service.js';
import { MunicipalityProposal, NewcomerProposal, Proposal, ProposalReviewPage, ProposalShared, PublishResult } from './models/proposal.model.js';
import { validatedAs } from '../common/validation.pipe.js';
import { batchLoader } from '../common/request-batch.js';
import {
  ContestReviewInput,
  HouseholdChangeReviewInput,
  MunicipalityProposalFilterInput,
  ProposalArrangementsInput,
  ProposalFilterInput,
  ProposalPageArgs,
  ProposalResponseInput,
  RecordHousingInput,
  WithdrawProposalInput,
  ExtendDeadlineInput,
} from './dto/respond.input.js';

/**
 * Proposals, one reader type per role (see `ProposalShared`): officers read `Proposal` (everything), a municipality
 * `MunicipalityProposal`, a newcomer `NewcomerProposal`. No field of any of them is refused to its reader.
 */
@Resolver(() => Proposal)
export class ProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly expiry: ProposalExpiryService,
  ) {}

  @Roles('officer')
  @Mutation(() => PublishResult, { description: 'Sends a run’s proposals to municipalities and newcomers, all or none; each gets its response deadline (respondBy) from the round policy’s responseDays. Officers only.' })
  publishRun(@CurrentViewer() viewer: Viewer, @Args('runId', { type: () => ID, description: 'The run to publish (succeeded, or timed out with its best answer)' }) runId: string): Promise<PublishResult> {
    return this.service.publish(runId, viewer);
  }

  // A page of proposals reads its households' references with one query (request-batch.ts).
  @ResolveField(() => String, { nullable: true, description: 'The household’s case reference (e.g. HH-000123), as officers find it; null when the household no longer exists' })
  async householdReference(@Parent() proposal: Proposal, @Context() context: object): Promise<string | null> {
    return (await batchLoader(context, 'Proposal.householdReference', (ids: readonly string[]) => this.service.householdReferences(ids)).load(proposal.householdId)) ?? null;
  }

  @Roles('officer')
  @Query(() => [Proposal], { description: 'Proposals, oldest first (by publication), filtered and paged. Officers only.' })
  proposals(
    @Args('filter', { type: () => ProposalFilterInput, nullable: true, description: 'Which proposals; all when left out' }, validatedAs(ProposalFilterInput)) filter: ProposalFilterInput | null,
    @Args() page: ProposalPageArgs,
  ): Promise<Proposal[]> {
    return this.service.list(filter ?? {}, { offset: page.offset, limit: page.limit });
  }

  @Roles('officer')
  @Query(() => Int, { description: 'How many proposals `proposals` lists with this filter, all pages together. Officers only.' })
  proposalCount(
    @Args('filter', { type: () => ProposalFilterInput, nullable: true, description: 'Which proposals; all when left out' }, validatedAs(ProposalFilterInput)) filter: ProposalFilterInput | null,
  ): Promise<number> {
    return this.service.count(filter ?? {});
  }

  @Roles('officer')
  @Query(() => ProposalReviewPage, {
    description:
      'What awaits an officer’s review, oldest first: contested proposals (since the contest) and overdue ones (an answer still missing after the response deadline; since the day after it). ' +
      'Paged; total counts every page. Officers only.',
  })
  proposalsAwaitingReview(@Args() page: ProposalPageArgs): Promise<ProposalReviewPage> {
    return this.service.awaitingReview({ offset: page.offset, limit: page.limit });
  }

  @Roles('municipality')
  @Query(() => [MunicipalityProposal], { description: 'Proposals addressed to my municipality, oldest first, paged: what the municipality may see of each. Municipality accounts only.' })
  myMunicipalityProposals(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => MunicipalityProposalFilterInput, nullable: true, description: 'Which of them; all when left out' }, validatedAs(MunicipalityProposalFilterInput)) filter: MunicipalityProposalFilterInput | null,
    @Args() page: ProposalPageArgs,
  ): Promise<MunicipalityProposal[]> {
    if (!viewer.municipalityCode) throw DomainError.forbidden();
    return this.service.forMunicipality(viewer.municipalityCode, filter ?? {}, { offset: page.offset, limit: page.limit });
  }

  @Roles('newcomer')
  @Query(() => [NewcomerProposal], { description: 'Proposals made to my household (every round), oldest first. Newcomer accounts only.' })
  myHouseholdProposals(@CurrentViewer() viewer: Viewer): Promise<NewcomerProposal[]> {
    if (!viewer.householdId) throw DomainError.forbidden();
    return this.service.forHousehold(viewer.householdId);
  }

  @Roles('municipality', 'newcomer')
  @Mutation(() => ProposalShared, {
    description:
      'Answers a proposal addressed to me, once. Municipality: accept or decline (with a reason); it receives its MunicipalityProposal. ' +
      'Newcomer: accept or contest (with a reason; an officer reviews it); they receive their NewcomerProposal.',
  })
  respondToProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('proposalId', { type: () => ID, description: 'The proposal to answer' }) proposalId: string,
    @Args('input', { description: 'The answer' }) input: ProposalResponseInput,
  ): Promise<ProposalShared> {
    return viewer.role === 'municipality'
      ? this.service.respondAsMunicipality(proposalId, input, viewer)
      : this.service.respondAsNewcomer(proposalId, input, viewer);
  }

  @Roles('municipality', 'officer')
  @Mutation(() => ProposalShared, {
    description:
      'Sets what both sides plan around: the municipality’s contact person and/or the expected move-in date (shown to the municipality, the newcomer and officers). ' +
      'A municipality: its own proposals (it receives its MunicipalityProposal); an officer: any (Proposal). Allowed while OPEN, CONTESTED, CONTEST_REJECTED or ACCEPTED; may be set when accepting or later, and changed.',
  })
  setProposalArrangements(
    @CurrentViewer() viewer: Viewer,
    @Args('proposalId', { type: () => ID, description: 'The proposal' }) proposalId: string,
    @Args('input', { description: 'The contact person, the expected move-in date, or both' }) input: ProposalArrangementsInput,
  ): Promise<ProposalShared> {
    return this.service.setArrangements(proposalId, input, viewer);
  }

  @Roles('officer')
  @Mutation(() => Proposal, { description: 'Human review of a contested proposal (GDPR art. 22): uphold (the proposal ends) or reject (it stands). Officers only.' })
  reviewContest(
    @CurrentViewer() viewer: Viewer,
    @Args('proposalId', { type: () => ID, description: 'The contested proposal' }) proposalId: string,
    @Args('input', { description: 'The decision and why' }) input: ContestReviewInput,
  ): Promise<Proposal> {
    return this.service.review(proposalId, input, viewer);
  }

  @Roles('officer')
  @Mutation(() => Proposal, {
    description:
      'Decides on a proposal whose household changed so that the home may no longer fit (ProposalReviewReason HOUSEHOLD_CHANGED): keep it with the household as it is now ' +
      '(persons and home size; the capacity moves with it; CONFLICT when the municipality has no such home free) or withdraw it (the household waits again with its permit date). ' +
      'CONFLICT when it does not wait on such a review. Officers only; audited (proposal.household_change_kept or proposal.withdraw).',
  })
  resolveHouseholdChange(
    @CurrentViewer() viewer: Viewer,
    @Args('proposalId', { type: () => ID, description: 'The proposal' }) proposalId: string,
    @Args('input', { description: 'Keep or withdraw, and why' }) input: HouseholdChangeReviewInput,
  ): Promise<Proposal> {
    return this.service.resolveHouseholdChange(proposalId, input, viewer);
  }

  @Roles('officer')
  @Mutation(() => Proposal, {
    description: 'Gives both sides longer to answer: a later response deadline with a reason, while an answer is missing (open, contested, contest rejected). Officers only; audited (proposal.deadline_extend) with the reason.',
  })
  extendProposalDeadline(
    @CurrentViewer() viewer: Viewer,
    @Args('proposalId', { type: () => ID, description: 'The proposal' }) proposalId: string,
    @Args('input', { description: 'The new deadline and why' }) input: ExtendDeadlineInput,
  ): Promise<Proposal> {
    return this.service.extendDeadline(proposalId, input, viewer);
  }

  @Roles('officer')
  @Mutation(() => Int, {
    description:
      'Ends now every proposal whose response deadline has passed while a side’s answer is missing (open, or contest rejected), as the service does every hour by itself: each becomes EXPIRED, gives its capacity back once and its household waits again; audited (proposal.expire) per proposal. Officers only. Answers how many proposals this pass ended.',
  })
  async expireOverdueProposals(@CurrentViewer() viewer: Viewer): Promise<number> {
    return (await this.expiry.expireOverdue(new Date(), { actorAccountId: viewer.accountId, actorRole: viewer.role })).expired.length;
  }

  @Roles('officer')
  @Mutation(() => Proposal, { description: 'Withdraws a proposal with a reason: its capacity is given back and the household waits again. Officers only.' })
  withdrawProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('proposalId', { type: () => ID, description: 'The proposal to withdraw' }) proposalId: string,
    @Args('input', { description: 'Why' }) input: WithdrawProposalInput,
  ): Promise<Proposal> {
    return this.service.withdraw(proposalId, input, viewer);
  }

  @Roles('officer', 'municipality')
  @Mutation(() => ProposalShared, { description: 'Records that the household of an accepted proposal moved in (a municipality: its own proposals; it receives its MunicipalityProposal).' })
  recordHousing(
    @CurrentViewer() viewer: Viewer,
    @Args('proposalId', { type: () => ID, description: 'The accepted proposal' }) proposalId: string,
    @Args('input', { description: 'The move-in date' }) input: RecordHousingInput,
  ): Promise<ProposalShared> {
    return this.service.recordHousing(proposalId, input, viewer);
  }
}
