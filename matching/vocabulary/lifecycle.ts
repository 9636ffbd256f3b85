/**
 * Life cycles of a proposal and of a household: one enum each, with the rule that derives a proposal's status
 * from the facts recorded about it. Persistence (CHECK constraints, the one-active-proposal index), the API's
 * filters, the read models and the tests all import these lists; nothing else spells a status.
 *
 * A proposal's facts are the answers and events recorded on it (who answered what, an officer's review, an
 * officer's withdrawal, an expired deadline, the move-in date). Its status is a function of those facts
 * (`proposalStatus`), so a stored status can always be re-derived and checked.
 */

/**
 * Every status a proposal can have.
 * - `open`: published, waiting for answers (neither side has answered, or one side accepted and the other has not
 *   answered yet).
 * - `contested`: the newcomer contested it; an officer must review the contest (the municipality may still answer).
 * - `contest_rejected`: an officer rejected the contest, so the proposal stands; the municipality's answer is awaited.
 * - `accepted`: both sides agreed (the municipality accepted; the newcomer accepted or the contest was rejected).
 *   The household will live there; the home is not yet taken.
 * - `placed`: the household moved in (the municipality or an officer recorded the date).
 * - `declined`: the municipality declined (with a reason).
 * - `contest_upheld`: an officer upheld the newcomer's contest.
 * - `withdrawn`: an officer withdrew it (with a reason).
 * - `expired`: its response deadline passed without both answers.
 * Re-proposal in a later round is a new proposal; an ended proposal never comes back.
 */
export const PROPOSAL_STATUSES = ['open', 'contested', 'contest_rejected', 'accepted', 'placed', 'declined', 'contest_upheld', 'withdrawn', 'expired'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Statuses in which a proposal holds its capacity and keeps its household out of the queue (at most one per household). */
export const ACTIVE_PROPOSAL_STATUSES = ['open', 'contested', 'contest_rejected', 'accepted', 'placed'] as const satisfies readonly ProposalStatus[];

export function isActiveProposal(status: ProposalStatus): boolean {
  return (ACTIVE_PROPOSAL_STATUSES as readonly ProposalStatus[]).includes(status);
}

/** A municipality's answer to a proposal: `accepted`, or `declined` (always with a reason). */
export const MUNICIPALITY_RESPONSES = ['accepted', 'declined'] as const;
export type MunicipalityResponse = (typeof MUNICIPALITY_RESPONSES)[number];

/** A newcomer's answer to a proposal: `accepted`, or `contested` (always with a reason; an officer reviews it). */
export const NEWCOMER_RESPONSES = ['accepted', 'contested'] as const;
export type NewcomerResponse = (typeof NEWCOMER_RESPONSES)[number];

/**
 * Length, in characters, of the reason a person gives on a proposal: a municipality's decline, a newcomer's contest,
 * an officer's review note and withdrawal reason. Shown to the other side, so it must say something (at least 3) and
 * stay readable (at most 1000). The API validates with it and the web app's forms check it before sending.
 */
export const REASON_LENGTH = { min: 3, max: 1000 } as const;

/**
 * Length, in characters after trimming, of an officer's note on the evidence seen when verifying a tie ("signed
 * contract seen, valid to 2027-06"): not blank, at most 1000. The API validates with it (`EvidenceNote`); the
 * officer's household page checks it before sending.
 */
export const EVIDENCE_NOTE_LENGTH = { min: 1, max: 1000 } as const;

/** An officer's review of a contest: `upheld` (the proposal ends) or `rejected` (the proposal stands). */
export const REVIEW_OUTCOMES = ['upheld', 'rejected'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** What is recorded on a proposal; its status follows from these alone (see `proposalStatus`). */
export interface ProposalFacts {
  readonly municipalityResponse: MunicipalityResponse | null;
  readonly newcomerResponse: NewcomerResponse | null;
  readonly reviewOutcome: ReviewOutcome | null;
  /** When an officer withdrew it; null when not withdrawn. */
  readonly withdrawnAt: Date | string | null;
  /** When its response deadline passed without both answers; null when not expired. */
  readonly expiredAt: Date | string | null;
  /** Move-in date (YYYY-MM-DD); null until the household has moved in. */
  readonly housedOn: string | null;
}

/**
 * The status that the facts give, first rule that holds:
 * moved in → placed; withdrawn → withdrawn; expired → expired; municipality declined → declined;
 * contest upheld → contest_upheld; contested and not reviewed → contested; municipality accepted and the newcomer
 * agreed (accepted, or contest rejected) → accepted; contest rejected → contest_rejected; otherwise open.
 */
export function proposalStatus(f: ProposalFacts): ProposalStatus {
  if (f.housedOn !== null) return 'placed';
  if (f.withdrawnAt !== null) return 'withdrawn';
  if (f.expiredAt !== null) return 'expired';
  if (f.municipalityResponse === 'declined') return 'declined';
  if (f.reviewOutcome === 'upheld') return 'contest_upheld';
  if (f.newcomerResponse === 'contested' && f.reviewOutcome === null) return 'contested';
  const newcomerAgrees = f.newcomerResponse === 'accepted' || f.reviewOutcome === 'rejected';
  if (f.municipalityResponse === 'accepted' && newcomerAgrees) return 'accepted';
  if (f.reviewOutcome === 'rejected') return 'contest_rejected';
  return 'open';
}

/** Who may do what to a proposal in which status. Each action is refused (CONFLICT) in every other status. */
export const PROPOSAL_ACTIONS = {
  /** The municipality accepts or declines, once. */
  municipalityResponse: ['open', 'contested', 'contest_rejected'],
  /** The newcomer accepts or contests, once. */
  newcomerResponse: ['open'],
  /** An officer upholds or rejects a contest, once. */
  contestReview: ['contested'],
  /** An officer withdraws it with a reason (not after the household moved in). */
  withdrawal: ['open', 'contested', 'contest_rejected', 'accepted'],
  /** The municipality or an officer records the move-in date. */
  housing: ['accepted'],
  /** The municipality or an officer sets the arrangements both sides plan around: contact person, expected move-in. */
  arrangements: ['open', 'contested', 'contest_rejected', 'accepted'],
  /** An officer gives both sides longer to answer (a later response deadline, with a reason), while an answer is missing. */
  deadlineExtension: ['open', 'contested', 'contest_rejected'],
  /**
   * The service ends it when its response deadline has passed (`deadlinePassed`) while a side's answer is missing.
   * Not a contested proposal: then an officer's review is awaited, and an officer's slowness must not end it.
   */
  expiry: ['open', 'contest_rejected'],
  /**
   * An officer decides on a proposal whose household changed so that the home may no longer fit (household-changes.ts):
   * keep it with the new size, or withdraw it. Until the household has moved in.
   */
  householdChangeReview: ['open', 'contested', 'contest_rejected', 'accepted'],
} as const satisfies Readonly<Record<string, readonly ProposalStatus[]>>;
export type ProposalAction = keyof typeof PROPOSAL_ACTIONS;

export function proposalAllows(action: ProposalAction, status: ProposalStatus): boolean {
  return (PROPOSAL_ACTIONS[action] as readonly ProposalStatus[]).includes(status);
}

/**
 * What a municipality may see of the household a proposal of its own is about (issue 14; SECURITY.md "A
 * municipality and the households proposed to it"), first rule that holds:
 * - `none`: the proposal ended without the household coming (`declined` by the municipality itself,
 *   `contest_upheld`, `withdrawn`, `expired`: not in ACTIVE_PROPOSAL_STATUSES): the municipality has no case any
 *   more, so it keeps only the proposal's own facts (status, answers, dates, its contact person, the persons and home
 *   band its capacity held) and the case reference, to tell which case ended; nothing about the people.
 * - `names`: the municipality accepted and the proposal lasts (open, contested, contest_rejected, accepted, placed):
 *   what it needs to prepare and the members' names.
 * - `case`: otherwise, while the proposal lasts: what it needs to prepare (household composition by age, kinds of
 *   care and accessibility needed, professions, languages, why it was proposed), not the names.
 * Never nationality, origin or medical detail. A re-proposal is a new proposal with its own access.
 */
export type MunicipalityHouseholdAccess = 'none' | 'case' | 'names';

export function municipalityHouseholdAccess(p: { readonly status: ProposalStatus; readonly municipalityResponse: MunicipalityResponse | null }): MunicipalityHouseholdAccess {
  if (!isActiveProposal(p.status)) return 'none';
  return p.municipalityResponse === 'accepted' ? 'names' : 'case';
}

/** Statuses in which a proposal still waits for an answer (of the municipality, the newcomer or an officer). */
export const AWAITING_ANSWER_STATUSES = ['open', 'contested', 'contest_rejected'] as const satisfies readonly ProposalStatus[];

/**
 * Why a proposal waits on an officer (the officer's review list, oldest first):
 * - `contested`: the newcomer contested it; an officer must uphold or reject the contest (`reviewContest`). Waiting
 *   since the contest.
 * - `overdue`: it still waits for an answer (`AWAITING_ANSWER_STATUSES`, not contested) and its response deadline
 *   (`respondBy`) has passed; an officer may chase the parties or withdraw it. Waiting since the day after the
 *   deadline, until the expiry job ends it (`expiresOn`: at most an hour later by default; a contest rejected by an
 *   officer expires too, an open contest does not).
 * - `household_changed`: the household changed (a birth, a later arrival, a departure or a death) so that the home may
 *   no longer fit (household-changes.ts, `review`); an officer keeps it with the new size or withdraws it. Waiting
 *   since the change was recorded.
 * An expired, declined or upheld proposal waits on nobody: its household is in the queue again.
 */
export const PROPOSAL_REVIEW_REASONS = ['contested', 'household_changed', 'overdue'] as const;
export type ProposalReviewReason = (typeof PROPOSAL_REVIEW_REASONS)[number];

/**
 * Why the proposal waits on an officer on `today` (YYYY-MM-DD, Dutch date), or null when it does not, first rule that
 * holds in the order of PROPOSAL_REVIEW_REASONS. `respondBy` is the last day to answer (YYYY-MM-DD), null for none;
 * `changeReviewSince` when the household changed so that the home may no longer fit, null (or absent) otherwise.
 */
export function proposalReviewReason(
  p: { readonly status: ProposalStatus; readonly respondBy: string | null; readonly changeReviewSince?: Date | string | null },
  today: string,
): ProposalReviewReason | null {
  if (p.status === 'contested') return 'contested';
  if (p.changeReviewSince && proposalAllows('householdChangeReview', p.status)) return 'household_changed';
  if ((AWAITING_ANSWER_STATUSES as readonly ProposalStatus[]).includes(p.status) && deadlinePassed(p.respondBy, today)) return 'overdue';
  return null;
}

/**
 * Whether a response deadline has passed on `today` (both YYYY-MM-DD, Dutch dates): `respondBy` is the last day to
 * answer, so it has passed from the next day on. False without a deadline.
 */
export function deadlinePassed(respondBy: string | null, today: string): boolean {
  return respondBy !== null && respondBy < today;
}

/** Whether the service ends the proposal on `today` (`expiry`): its deadline passed while a side's answer is missing. */
export function expiresOn(p: { readonly status: ProposalStatus; readonly respondBy: string | null }, today: string): boolean {
  return proposalAllows('expiry', p.status) && deadlinePassed(p.respondBy, today);
}

/** Days both sides have to answer a proposal, counted from the day it is published, when a round sets none. */
export const DEFAULT_RESPONSE_DAYS = 14;
/** Least and most days a round may give for answers (`responseDays` of the round policy). */
export const RESPONSE_DAYS_RANGE = { min: 1, max: 90 } as const;

/** The calendar date (YYYY-MM-DD) in the Netherlands (Europe/Amsterdam) at the moment `at`. */
export function dutchDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The moment a Dutch calendar day (YYYY-MM-DD) begins: 00:00 in Europe/Amsterdam (23:00 or 22:00 UTC the day before). */
export function dutchMidnight(day: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  // Amsterdam is 1 or 2 hours ahead of UTC; clocks change at 01:00 UTC, so the offset at UTC midnight is that of the day.
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(utcMidnight));
  return new Date(utcMidnight.getTime() - hour * 3_600_000);
}

/** The day after `day` (both YYYY-MM-DD). */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The response deadline of a proposal published at `publishedAt` under a round policy's `responseDays`: the last day
 * (YYYY-MM-DD, Dutch date, inclusive) on which the municipality and the newcomer answer, `responseDays` calendar
 * days after the day of publication. E.g. published on 2026-12-01 (any hour, Dutch time) with 14 days → 2026-12-15.
 */
export function responseDeadline(publishedAt: Date, responseDays: number): string {
  const day = new Date(`${dutchDate(publishedAt)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + responseDays);
  return day.toISOString().slice(0, 10);
}

/**
 * Every status a household can have.
 * - `waiting`: in the queue (also after a proposal ended without a placement);
 * - `proposed`: has an open, contested or contest-rejected proposal;
 * - `accepted`: both sides accepted its proposal; it has not moved in yet;
 * - `placed`: it moved in;
 * - `withdrawn`: it left the list (it no longer needs a home through this process).
 */
export const HOUSEHOLD_STATUSES = ['waiting', 'proposed', 'accepted', 'placed', 'withdrawn'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

/** The household status that its latest proposal's status implies. */
export function householdStatusFor(proposal: ProposalStatus): HouseholdStatus {
  switch (proposal) {
    case 'open':
    case 'contested':
    case 'contest_rejected':
      return 'proposed';
    case 'accepted':
      return 'accepted';
    case 'placed':
      return 'placed';
    case 'declined':
    case 'contest_upheld':
    case 'withdrawn':
    case 'expired':
      return 'waiting';
  }
}

/**
 * Every status a matching run can have.
 * - `queued`, `running`: not finished;
 * - `succeeded`: the solver finished within its time limit; the answer is checked and stored;
 * - `timed_out`: the run hit its time limit. With a checked answer (the solver's best when the limit came) it is
 *   stored and can be published like a succeeded run (`runHasAnswer`); a run stopped by the watchdog (time limit
 *   plus grace) has no answer;
 * - `failed`: an error, an infeasible instance, or the service restarted during the run;
 * - `cancelled`: an officer cancelled it before it finished.
 */
export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'timed_out', 'failed', 'cancelled'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
/** Statuses of a run that has not finished yet (it can be cancelled). */
export const UNFINISHED_RUN_STATUSES = ['queued', 'running'] as const satisfies readonly RunStatus[];

/** Whether a run has a stored, checked answer that can be reviewed, compared and published. */
export function runHasAnswer(run: { readonly status: RunStatus; readonly solveStatus: string | null }): boolean {
  return run.status === 'succeeded' || (run.status === 'timed_out' && run.solveStatus !== null);
}
