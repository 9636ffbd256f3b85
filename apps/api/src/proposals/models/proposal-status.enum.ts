import { MUNICIPALITY_RESPONSES, NEWCOMER_RESPONSES, PROPOSAL_REVIEW_REASONS, PROPOSAL_STATUSES, REVIEW_OUTCOMES } from '#matching/vocabulary/lifecycle.js';
import { graphqlEnum } from '../../common/vocabulary.enums.js';

/** The proposal life cycle of the matching vocabulary as a GraphQL enum (OPEN ↔ 'open'); meanings in lifecycle.ts. */
export const ProposalStatusEnum = graphqlEnum(
  PROPOSAL_STATUSES,
  'ProposalStatus',
  'Where a proposal stands: OPEN (awaiting answers), CONTESTED (the newcomer contested it: awaiting an officer’s review), ' +
    'CONTEST_REJECTED (an officer rejected the contest: awaiting the municipality), ACCEPTED (both agreed), PLACED (moved in), ' +
    'or ended: DECLINED (by the municipality), CONTEST_UPHELD (an officer upheld the contest), WITHDRAWN (by an officer), EXPIRED (its response deadline passed)',
);

/** A municipality's answer (MUNICIPALITY_RESPONSES). */
export const MunicipalityResponseEnum = graphqlEnum(MUNICIPALITY_RESPONSES, 'MunicipalityResponse', 'The municipality’s answer to a proposal: ACCEPTED, or DECLINED (always with a reason)');

/** A newcomer's answer (NEWCOMER_RESPONSES). */
export const NewcomerResponseEnum = graphqlEnum(NEWCOMER_RESPONSES, 'NewcomerResponse', 'The newcomer’s answer to a proposal: ACCEPTED, or CONTESTED (always with a reason; an officer reviews it)');

/** An officer's review of a contest (REVIEW_OUTCOMES). */
export const ReviewOutcomeEnum = graphqlEnum(REVIEW_OUTCOMES, 'ReviewOutcome', 'An officer’s review of a contest: UPHELD (the contest is right; the proposal ends) or REJECTED (the proposal stands)');

/** Why a proposal waits on an officer (PROPOSAL_REVIEW_REASONS, `proposalReviewReason`). */
export const ProposalReviewReasonEnum = graphqlEnum(
  PROPOSAL_REVIEW_REASONS,
  'ProposalReviewReason',
  'Why a proposal waits on an officer: CONTESTED (the newcomer contested it; uphold or reject the contest with reviewContest), ' +
    'HOUSEHOLD_CHANGED (a birth, a later arrival, a departure or a death made the home perhaps no longer fit; keep it or withdraw it with resolveHouseholdChange), ' +
    'OVERDUE (its response deadline passed and an answer is still missing; chase the parties or withdraw it)',
);
