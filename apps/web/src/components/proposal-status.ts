import type { ProposalStatus } from '../gql/graphql';
import type { MessageId } from '../i18n/catalogues';

/**
 * A proposal's status (matching/vocabulary/lifecycle.ts, one definition) in words, for the municipality's and the
 * officer's pages. The newcomer's pages say what a status means for them instead.
 */
export const PROPOSAL_STATUS_LABEL: Record<ProposalStatus, MessageId> = {
  OPEN: 'proposalStatus.open',
  CONTESTED: 'proposalStatus.contested',
  CONTEST_REJECTED: 'proposalStatus.contestRejected',
  CONTEST_UPHELD: 'proposalStatus.contestUpheld',
  ACCEPTED: 'proposalStatus.accepted',
  PLACED: 'proposalStatus.placed',
  DECLINED: 'proposalStatus.declined',
  WITHDRAWN: 'proposalStatus.withdrawn',
  EXPIRED: 'proposalStatus.expired',
};
