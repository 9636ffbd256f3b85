import { Field, ID, Int, InterfaceType, ObjectType } from '@nestjs/graphql';
import type { MunicipalityResponse, NewcomerResponse, ProposalReviewReason, ProposalStatus, ReviewOutcome } from '#matching/vocabulary/lifecycle.js';
import { HomeBandEnum } from '../../common/vocabulary.enums.js';
import { MunicipalityResponseEnum, NewcomerResponseEnum, ProposalReviewReasonEnum, ProposalStatusEnum, ReviewOutcomeEnum } from './proposal-status.enum.js';

/** The three readers of a proposal; each gets its own GraphQL type (see `ProposalShared`). */
export type ProposalReader = 'officer' | 'municipality' | 'newcomer';

@ObjectType({ description: 'The municipality’s contact person for a proposed household: a name with an e-mail address and/or a phone number. Set by the municipality; shown to the municipality, the newcomer and officers.' })
export class ContactPerson {
  @Field({ description: 'Full name of the contact person (1–120 characters)' }) name: string;
  @Field(() => String, { nullable: true, description: 'E-mail address; null when only a phone number is given' }) email: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number as the municipality wrote it (digits, spaces, +, -, parentheses); null when only an e-mail address is given' }) phone: string | null;
}

/**
 * What every reader of a proposal may see. Three types implement it, one per reader, each with only what that
 * reader may see, so that any query a reader may send is answered without an error:
 * - `Proposal` (officers): everything, incl. the newcomer's reason, the review note and the run and round;
 * - `MunicipalityProposal` (the municipality it is addressed to): these fields only; never the newcomer's reason
 *   or the officer's review note;
 * - `NewcomerProposal` (the household it is addressed to): these fields, its own reason and the review note of
 *   its contest.
 * Operations that several roles may call (`respondToProposal`, `recordHousing`, `setProposalArrangements`) return
 * this interface: the caller receives its own type (select reader-only fields with `... on NewcomerProposal`).
 */
@InterfaceType('ProposalShared', {
  description:
    'What every reader of a proposal may see (officer, municipality, newcomer). Implemented by Proposal (officers), MunicipalityProposal and NewcomerProposal; ' +
    'an operation returning this interface gives each caller its own type.',
  resolveType: (value: { reader: ProposalReader }) => ({ officer: 'Proposal', municipality: 'MunicipalityProposal', newcomer: 'NewcomerProposal' })[value.reader],
})
export abstract class ProposalShared {
  /** Which reader's type this value is (not a GraphQL field). */
  reader: ProposalReader;
  @Field(() => ID, { description: 'The proposal’s id' }) id: string;
  @Field({ description: 'CBS code of the municipality it proposes, e.g. GM0363' }) municipalityCode: string;
  @Field({ description: 'The half-year period whose capacity it holds, e.g. 2026-H2' }) period: string;
  @Field(() => Int, { description: 'Persons in the household (1 or more)' }) persons: number;
  @Field(() => HomeBandEnum, { description: 'The home size band the proposal holds' }) homeBand: string;
  @Field(() => ProposalStatusEnum, { description: 'Where the proposal stands in its life cycle' }) status: ProposalStatus;
  @Field(() => MunicipalityResponseEnum, { nullable: true, description: 'The municipality’s answer; null until it answered' }) municipalityResponse: MunicipalityResponse | null;
  @Field(() => String, { nullable: true, description: 'The municipality’s reason when it declined (up to 1000 characters); null otherwise' }) municipalityReason: string | null;
  @Field(() => Date, { nullable: true, description: 'When the municipality answered; null until it did' }) municipalityRespondedAt: Date | null;
  @Field(() => NewcomerResponseEnum, { nullable: true, description: 'The newcomer’s answer; null until they answered. Their reason is shown to the newcomer and officers only' }) newcomerResponse: NewcomerResponse | null;
  @Field(() => Date, { nullable: true, description: 'When the newcomer answered; null until they did' }) newcomerRespondedAt: Date | null;
  @Field(() => ReviewOutcomeEnum, { nullable: true, description: 'An officer’s review of a contest; null when not contested or not reviewed yet' }) reviewOutcome: ReviewOutcome | null;
  @Field(() => Date, { nullable: true, description: 'When an officer withdrew it; null when not withdrawn' }) withdrawnAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why an officer withdrew it (shown to both sides); null when not withdrawn' }) withdrawnReason: string | null;
  @Field(() => Date, { nullable: true, description: 'When its response deadline passed without both answers; null when not expired' }) expiredAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The date the household moved in (YYYY-MM-DD); null until recorded' }) housedOn: string | null;
  @Field({ description: 'Response deadline: the last day (YYYY-MM-DD, Dutch date, inclusive) on which the municipality and the newcomer answer. Set at publication: the round policy’s responseDays (default 14) after the day of publication. Shown to both sides; nothing expires the proposal automatically yet' })
  respondBy: string;
  @Field(() => ContactPerson, { nullable: true, description: 'The municipality’s contact person for this household; null until the municipality sets one (setProposalArrangements)' }) contact: ContactPerson | null;
  @Field(() => String, { nullable: true, description: 'The date (YYYY-MM-DD) the municipality expects the household to move in; null until it sets one (setProposalArrangements). The actual date is housedOn' }) expectedMoveIn: string | null;
  @Field({ description: 'When it was published' }) createdAt: Date;
  @Field({ description: 'When anything on it last changed' }) updatedAt: Date;
}

@ObjectType({ implements: () => [ProposalShared], description: 'A published placement proposal as officers see it: every fact, incl. the newcomer’s reason and the review note. Officers only.' })
export class Proposal extends ProposalShared {
  @Field(() => ID, { description: 'The round that published it' }) roundId: string;
  @Field(() => ID, { description: 'The run whose answer it comes from' }) runId: string;
  @Field(() => ID, { description: 'The household it proposes' }) householdId: string;
  @Field(() => String, { nullable: true, description: 'The newcomer’s reason when they contested (up to 1000 characters); null otherwise' }) newcomerReason: string | null;
  @Field(() => String, { nullable: true, description: 'The officer’s note on the review of a contest; null until reviewed' }) reviewNote: string | null;
  @Field(() => Date, { nullable: true, description: 'Since when it waits on an officer’s review because its household changed so that the home may no longer fit (resolveHouseholdChange); null when it does not' }) changeReviewSince: Date | null;
}

@ObjectType({
  implements: () => [ProposalShared],
  description: 'A proposal as the municipality it is addressed to sees it: the shared facts only. Never the newcomer’s reason nor the officer’s review note; who the household is: see myMunicipalityView.',
})
export class MunicipalityProposal extends ProposalShared {}

@ObjectType({ implements: () => [ProposalShared], description: 'A proposal as the household it is addressed to sees it: the shared facts, its own reason and the officer’s note on its contest.' })
export class NewcomerProposal extends ProposalShared {
  @Field(() => ID, { description: 'My household' }) householdId: string;
  @Field(() => String, { nullable: true, description: 'My reason when I contested (up to 1000 characters); null otherwise' }) newcomerReason: string | null;
  @Field(() => String, { nullable: true, description: 'The officer’s note on the review of my contest; null until reviewed' }) reviewNote: string | null;
}

@ObjectType({ description: 'One proposal that waits on an officer, with why and since when.' })
export class ProposalReviewItem {
  @Field(() => Proposal, { description: 'The proposal' }) proposal: Proposal;
  @Field(() => ProposalReviewReasonEnum, { description: 'Why it waits on an officer' }) reason: ProposalReviewReason;
  @Field({ description: 'Since when it waits: the moment of the contest (CONTESTED), or the start of the day after its response deadline, Dutch time (OVERDUE)' }) since: Date;
}

@ObjectType({ description: 'A page of what awaits an officer’s review, oldest first (by `since`, then by publication).' })
export class ProposalReviewPage {
  @Field(() => Int, { description: 'How many proposals wait on an officer in all (every page)' }) total: number;
  @Field(() => [ProposalReviewItem], { description: 'This page, oldest first' }) items: ProposalReviewItem[];
}

@ObjectType({ description: 'What publishing a run did.' })
export class PublishResult {
  @Field(() => ID, { description: 'The round published' }) roundId: string;
  @Field(() => ID, { description: 'The run published' }) runId: string;
  @Field(() => Int, { description: 'Proposals the run made (one per placed household)' }) proposals: number;
  @Field({ description: 'False when the run had been published already (publishing is idempotent)' }) newlyPublished: boolean;
}
