/**
 * Being told (issue 16): what the service tells each side of a proposal when something happens to it, in the app's
 * list of messages (every role but admins). One definition for the outbox (persistence writes a notification in the
 * transaction of the event), the API (which lists them) and the web app (one text per kind in each language).
 *
 * Who is told of what (`proposalNotifications`):
 * - a round is published: the household's newcomers (`proposal_received`), each municipality's staff
 *   (`proposals_received`, with how many), and the newcomers of every household of the round that got no proposal in
 *   it (`round_published`: it still waits; its place in the queue moved, which its own page shows);
 * - the municipality answers: the newcomers (`municipality_answered`: accepted or declined);
 * - the newcomer answers: the municipality (`newcomer_answered`: accepted or contested); a contest also tells the
 *   officers (`contest_received`), who must review it;
 * - an officer reviews a contest: both sides (`contest_reviewed`: upheld or rejected);
 * - an officer withdraws the proposal or extends its deadline: both sides (`proposal_withdrawn`, `deadline_extended`
 *   with the new date);
 * - the deadline passes without both answers: both sides and the officers (`proposal_expired`);
 * - the deadline is near (`REMINDER_DAYS_BEFORE` days or fewer) and a side has not answered: that side, once per
 *   deadline (`deadline_near`, with the deadline; `deadlineReminders`);
 * - an officer records a change of the household (a birth, a later arrival, a departure, a death) while a proposal
 *   lasts: the municipality (`household_changed`, with what happened and the persons now), and the officers too when
 *   the proposal now waits on their review (`householdChangeNotifications`);
 * - a round is published and a waiting household's place in the queue has changed markedly since it was last told
 *   (`markedPositionChange`): its newcomers (`position_changed`, with the place then and now) — unless the household
 *   was in that round (its `round_published` already sent them to where it stands: its place is recorded, not told).
 * A notification names its proposal; what it says beyond its kind and figures (a reason, the names) the reader finds
 * on the proposal's page, so no personal text is copied into it.
 */
import type { AuditAction } from './audit.js';
import type { HouseholdEvent, ProposalChangeEffect } from './household-changes.js';
import { PROPOSAL_ACTIONS, type MunicipalityResponse, type NewcomerResponse, type ProposalStatus } from './lifecycle.js';

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
  'deadline_near',
  'round_published',
  'household_changed',
  'position_changed',
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
  /** What happened to the household (`household_changed`). */
  readonly change?: HouseholdEvent;
  /** How many persons the household counts after it (`household_changed`). */
  readonly persons?: number;
  /** Whether the proposal now waits on an officer's review (`household_changed`). */
  readonly review?: boolean;
  /** The place in the queue the household was last told of, and its place now (`position_changed`; 1 = first). */
  readonly fromPosition?: number;
  readonly toPosition?: number;
}

/**
 * When a waiting household's place in the queue has changed "markedly" (issue 16, "Being told"), so its newcomers are
 * told: it moved at least `places` places, and at least `share` of the place it was last told of, forward or back.
 * Our own rule, not from a source: `places` keeps the first in line from being told of every small step, `share`
 * keeps a household far back (place 1,500, where a round moves it hundreds of places) from a message every round.
 * Applied when a round is published, against the place last told (`markedPositionChange`).
 */
export const MARKED_POSITION_CHANGE = { places: 5, share: 0.2 } as const;

/**
 * Whether a household's move from the place it was last told of (`told`, null when it was never told) to `now`
 * (both 1-based queue positions) is marked: `forward`, `back`, or null (not marked, or no place told before — the
 * first place is only recorded, not told: the household's own page shows it).
 */
export function markedPositionChange(told: number | null, now: number): 'forward' | 'back' | null {
  if (told === null || told === now) return null;
  const moved = Math.abs(now - told);
  if (moved < MARKED_POSITION_CHANGE.places || moved < MARKED_POSITION_CHANGE.share * told) return null;
  return now < told ? 'forward' : 'back';
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

/**
 * Days before a response deadline on which a side that has not answered is reminded: from the Dutch date two days
 * before the deadline (a proposal answered by Friday is reminded on Wednesday), so there is time to read the proposal
 * and ask the contact person before answering.
 */
export const REMINDER_DAYS_BEFORE = 2;

/** The first Dutch date (YYYY-MM-DD) on which a side is reminded of a deadline on `respondBy`. */
export function reminderDate(respondBy: string): string {
  const day = new Date(`${respondBy}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - REMINDER_DAYS_BEFORE);
  return day.toISOString().slice(0, 10);
}

/** The last deadline (YYYY-MM-DD) whose reminders are due on `today`: `REMINDER_DAYS_BEFORE` days on. */
export function lastDeadlineToRemind(today: string): string {
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + REMINDER_DAYS_BEFORE);
  return day.toISOString().slice(0, 10);
}

/** What a reminder needs of a proposal: its status, deadline, which sides answered, and the deadline it was last reminded of. */
export interface RemindableProposal {
  readonly status: ProposalStatus;
  readonly respondBy: string;
  readonly municipalityResponse: MunicipalityResponse | null;
  readonly newcomerResponse: NewcomerResponse | null;
  /** The deadline its reminders were written for; null when none were. */
  readonly remindedFor: string | null;
}

/**
 * The reminders of a proposal on the Dutch date `today`: one `deadline_near` (with the deadline) to each side whose
 * answer is missing, while the proposal waits for answers (the statuses that can expire, `PROPOSAL_ACTIONS.expiry`),
 * from `reminderDate(respondBy)` to the deadline itself, once per deadline (an extension gives a new one a reminder).
 * Empty when none is due.
 */
export function deadlineReminders(p: RemindableProposal, today: string): NotificationToSend[] {
  const waiting = (PROPOSAL_ACTIONS.expiry as readonly ProposalStatus[]).includes(p.status);
  if (!waiting || p.remindedFor === p.respondBy || today < reminderDate(p.respondBy) || today > p.respondBy) return [];
  const params = { respondBy: p.respondBy };
  return [
    ...(p.newcomerResponse === null ? [{ audience: 'household' as const, kind: 'deadline_near' as const, params }] : []),
    ...(p.municipalityResponse === null ? [{ audience: 'municipality' as const, kind: 'deadline_near' as const, params }] : []),
  ];
}

/**
 * Who is told of a change of the household (`event`, leaving it with `persons`) with the given effect on its proposal
 * (household-changes.ts): the municipality whenever a proposal lasts, the officers too when it now waits on their
 * review; nobody when no proposal lasts (`none`). The newcomers are not told: an officer records what they reported.
 */
export function householdChangeNotifications(effect: ProposalChangeEffect, event: HouseholdEvent, persons: number): NotificationToSend[] {
  if (effect === 'none') return [];
  const params = { change: event, persons, review: effect === 'review' };
  return [
    { audience: 'municipality', kind: 'household_changed', params },
    ...(effect === 'review' ? [{ audience: 'officers' as const, kind: 'household_changed' as const, params }] : []),
  ];
}
