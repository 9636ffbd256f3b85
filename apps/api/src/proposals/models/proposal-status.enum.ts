import { PROPOSAL_STATUSES } from '#matching/vocabulary/lifecycle.js';
import { graphqlEnum } from '../../common/vocabulary.enums.js';

/** The proposal life cycle of the matching vocabulary as a GraphQL enum (OPEN ↔ 'open'); meanings in lifecycle.ts. */
export const ProposalStatusEnum = graphqlEnum(
  PROPOSAL_STATUSES,
  'ProposalStatus',
  'Where a proposal stands: OPEN (awaiting answers), CONTESTED (awaiting an officer), CONTEST_REJECTED (awaiting the municipality), ' +
    'ACCEPTED (both agreed), PLACED (moved in), or ended: DECLINED, CONTEST_UPHELD, WITHDRAWN, EXPIRED',
);
