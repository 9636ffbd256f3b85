/**
 * Being told (issue 16): what the service tells each side of a proposal when something happens to it, in the app's
 * list of messages (every role but admins). One definition for the outbox (persistence writes a notification in the
 * transaction of the event), the API (which lists them) and the web app (one text per kind in each language).
 *
 * Who is told of what (`proposalNotifications`):
 * - a round is published: the household's newcomers (`proposal_received`), each municipality's staff
 *   (`proposals_received`, with how many);
 * - the municipality answers: the newcomers (`municipality_answered`: accepted or declined);
 * - the newcomer answers: the municipality (`newcomer_answered`: accepted or contested); a contest also tells the
 *   officers (`contest_received`), who must review it;
 * - an officer reviews a contest: both sides (`contest_reviewed`: upheld or rejected);
 * - an officer withdraws the proposal or extends its deadline: both sides (`proposal_withdrawn`, `deadline_extended`
 *   with the new date);
 * - the deadline passes without both answers: both sides and the officers (`proposal_expired`).
 * A notification names its proposal; what it says beyond its kind and figures (a reason, the names) the reader finds
 * on the proposal's page, so no personal text is copied into it.
 */
import type { AuditAction } from './audit.js';

export const NOTIFICATION_KINDS = [
  'proposal_received',
  'proposals_received',
  'municipality_answered',
  'newcomer_answered',
  'contest_received',
  'contest_reviewed',
  'proposal_withdrawn',
  'deadline_extended',
  'proposal_expired',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Who a notification goes to: the accounts of the proposal's household, of its municipality, or every officer. */
export const NOTIFICATION_AUDIENCES = ['household', 'municipality', 'officers'] as const;
export type NotificationAudience = (typeof NOTIFICATION_AUDIENCES)[number];

/**
 * What a notification carries besides its kind and proposal: `outcome` of an answer or review (accepted, declined,
 * contested, upheld, rejected), `respondBy` (YYYY-MM-DD) of an extension, `count` of proposals a municipality got.
 */
export interface NotificationParams {
  readonly outcome?: 'accepted' | 'declined' | 'contested' | 'upheld' | 'rejected';
  readonly respondBy?: string;
  readonly count?: number;
}

/** One notification to write: to whom, of what kind, with what. */
export interface NotificationToSend {
  readonly audience: NotificationAudience;
  readonly kind: NotificationKind;
  readonly params: NotificationParams;
}

/**
 * The notifications an audited action on one proposal sends (see the file comment); none for an action nobody is
 * told of (arrangements, the move-in date, exports). `respondBy` is the proposal's deadline after the action.
 */
export function proposalNotifications(action: AuditAction, proposal: { readonly respondBy: string }): NotificationToSend[] {
  const both = (kind: NotificationKind, params: NotificationParams = {}): NotificationToSend[] => [
    { audience: 'household', kind, params },
    { audience: 'municipality', kind, params },
  ];
  switch (action) {
    case 'proposal.municipality_accept':
      return [{ audience: 'household', kind: 'municipality_answered', params: { outcome: 'accepted' } }];
    case 'proposal.municipality_decline':
      return [{ audience: 'household', kind: 'municipality_answered', params: { outcome: 'declined' } }];
    case 'proposal.newcomer_accept':
      return [{ audience: 'municipality', kind: 'newcomer_answered', params: { outcome: 'accepted' } }];
    case 'proposal.newcomer_contest':
      return [
        { audience: 'municipality', kind: 'newcomer_answered', params: { outcome: 'contested' } },
        { audience: 'officers', kind: 'contest_received', params: {} },
      ];
    case 'proposal.contest_upheld':
      return both('contest_reviewed', { outcome: 'upheld' });
    case 'proposal.contest_rejected':
      return both('contest_reviewed', { outcome: 'rejected' });
    case 'proposal.withdraw':
      return both('proposal_withdrawn');
    case 'proposal.deadline_extend':
      return both('deadline_extended', { respondBy: proposal.respondBy });
    case 'proposal.expire':
      return [...both('proposal_expired'), { audience: 'officers', kind: 'proposal_expired', params: {} }];
    default:
      return [];
  }
}
