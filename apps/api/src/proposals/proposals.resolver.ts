import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DomainError } from '#common/domain-error.js';
import { CurrentViewer, Roles } from '../auth/access.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { ProposalsService } from './proposals.service.js';
import { Proposal, PublishResult } from './models/proposal.model.js';
import { ContestReviewInput, ProposalFilterInput, ProposalPageArgs, ProposalResponseInput, RecordHousingInput, WithdrawProposalInput } from './dto/respond.input.js';

@Resolver(() => Proposal)
export class ProposalsResolver {
  constructor(private readonly service: ProposalsService) {}

  @Roles('officer')
  @Mutation(() => PublishResult, { description: 'Sends a run’s proposals to municipalities and newcomers; one transaction.' })
  publishRun(@CurrentViewer() viewer: Viewer, @Args('runId', { type: () => ID }) runId: string): Promise<PublishResult> {
    return this.service.publish(runId, viewer);
  }

  @Roles('officer')
  @Query(() => [Proposal])
  proposals(
    @Args('filter', { type: () => ProposalFilterInput, nullable: true }) filter: ProposalFilterInput | null,
    @Args() page: ProposalPageArgs,
  ): Promise<Proposal[]> {
    return this.service.list(filter ?? {}, { offset: page.offset, limit: page.limit });
  }

  @Roles('municipality', 'newcomer')
  @Query(() => [Proposal], { description: 'Proposals addressed to me: my municipality’s, or my household’s.' })
  myProposals(@CurrentViewer() viewer: Viewer): Promise<Proposal[]> {
    if (viewer.role === 'municipality' && viewer.municipalityCode) return this.service.forMunicipality(viewer.municipalityCode);
    if (viewer.role === 'newcomer' && viewer.householdId) return this.service.forHousehold(viewer.householdId);
    throw DomainError.forbidden();
  }

  @Roles('municipality', 'newcomer')
  @Mutation(() => Proposal, { description: 'Municipality: accept or decline (with a reason). Newcomer: accept or contest (with a reason).' })
  respondToProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('input') input: ProposalResponseInput,
  ): Promise<Proposal> {
    return viewer.role === 'municipality'
      ? this.service.respondAsMunicipality(proposalId, input, viewer)
      : this.service.respondAsNewcomer(proposalId, input, viewer);
  }

  @Roles('officer')
  @Mutation(() => Proposal, { description: 'Human review of a contested proposal (GDPR art. 22).' })
  reviewContest(
    @CurrentViewer() viewer: Viewer,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('input') input: ContestReviewInput,
  ): Promise<Proposal> {
    return this.service.review(proposalId, input, viewer);
  }

  @Roles('officer')
  @Mutation(() => Proposal, { description: 'Withdraws a proposal with a reason: its capacity is given back and the household waits again.' })
  withdrawProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('input') input: WithdrawProposalInput,
  ): Promise<Proposal> {
    return this.service.withdraw(proposalId, input, viewer);
  }

  @Roles('officer', 'municipality')
  @Mutation(() => Proposal, { description: 'Records that the household of an accepted proposal moved in (municipality: its own proposals).' })
  recordHousing(
    @CurrentViewer() viewer: Viewer,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('input') input: RecordHousingInput,
  ): Promise<Proposal> {
    return this.service.recordHousing(proposalId, input, viewer);
  }
}
