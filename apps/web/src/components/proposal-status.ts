import type { ProposalStatus } from '../gql/graphql';
import type { MessageId } from '../i18n/catalogues';

/**
 * A proposal's status (matching/vocabulary/lifecycle.ts, one definition) in words, for the municipality's and the
 * officer's pages. The newcomer's pages say what a status means for them instead.
 */
export const PROPOSAL_STATUS_LABEL: Record<ProposalStatus, MessageId> = {
  OPEN: 'municipality.status.open',
  CONTESTED: 'municipality.status.contested',
  CONTEST_REJECTED: 'municipality.status.contestRejected',
  CONTEST_UPHELD: 'municipality.status.contestUpheld',
  ACCEPTED: 'municipality.status.accepted',
  PLACED: 'municipality.status.placed',
  DECLINED: 'municipality.status.declined',
  WITHDRAWN: 'municipality.status.withdrawn',
  EXPIRED: 'municipality.status.expired',
};
