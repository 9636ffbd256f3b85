import type { ProposalStatus } from '../gql/graphql';
import type { MessageId } from '../i18n/catalogues';

/**
 * A proposal's status (matching/vocabulary/lifecycle.ts, one definition) in words addressed to the municipality it
 * was made to ("waiting for your answer"). The officer reads the same statuses in the officer's words
 * (officer/ProposalsPage.tsx OFFICER_PROPOSAL_STATUS); the newcomer's pages say what a status means for them.
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
