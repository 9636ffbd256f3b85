/**
 * The new-round form's rules and input (issue 13), the API's own (`CreateRoundInput`, `CohortInput`,
 * `RoundPolicyInput`; ranges from matching/vocabulary): a name of 1–120 characters; a cohort of every waiting
 * household, or those with a permit date in a range, or those at one reception location, optionally only the first N
 * in queue order; and the three policy values the form offers to change (response days, a solve's time limit, the
 * priority rule's weight). Only values that differ from the defaults are sent. Pure; unit-tested.
 */
import { RESPONSE_DAYS_RANGE } from '#matching/vocabulary/lifecycle.js';
import { PRIORITY_WEIGHT_RANGE, RECEPTION_LOCATION_MAX, ROUND_NAME_LENGTH, TIME_LIMIT_SECONDS_RANGE } from '#matching/vocabulary/runs.js';
import type { MessageId } from '../i18n/catalogues';

export type CohortKind = 'all' | 'permitDates' | 'reception';

/** The form as typed: every number as text. */
export interface RoundDraft {
  name: string;
  period: string;
  cohort: CohortKind;
  permitDateFrom: string;
  permitDateTo: string;
  receptionLocation: string;
  /** At most this many, first in queue order; '' for every one. */
  limit: string;
  responseDays: string;
  timeLimitSeconds: string;
  priorityWeight: string;
}

/** The defaults the API gives (`defaultRoundPolicy`) for the values the form offers. */
export interface PolicyDefaults {
  responseDays: number;
  timeLimitSeconds: number;
  priorityWeight: number;
}

export type RoundField = 'name' | 'permitDateFrom' | 'permitDateTo' | 'receptionLocation' | 'limit' | 'responseDays' | 'timeLimitSeconds' | 'priorityWeight';
export const ROUND_FIELDS: readonly RoundField[] = ['name', 'permitDateFrom', 'permitDateTo', 'receptionLocation', 'limit', 'responseDays', 'timeLimitSeconds', 'priorityWeight'];

/** The form's first state: every waiting household, the defaults. */
export function emptyRoundDraft(period: string, defaults: PolicyDefaults): RoundDraft {
  return {
    name: '',
    period,
    cohort: 'all',
    permitDateFrom: '',
    permitDateTo: '',
    receptionLocation: '',
    limit: '',
    responseDays: String(defaults.responseDays),
    timeLimitSeconds: String(defaults.timeLimitSeconds),
    priorityWeight: String(defaults.priorityWeight),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (text: string) => DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
const numberOf = (text: string) => (text.trim() === '' ? NaN : Number(text.trim()));

/** What the form refuses before sending, per field, as message ids of the officer catalogue (none: empty). */
export function roundDraftProblems(d: RoundDraft): Partial<Record<RoundField, MessageId>> {
  const out: Partial<Record<RoundField, MessageId>> = {};
  const name = d.name.trim();
  if (name.length < ROUND_NAME_LENGTH.min || name.length > ROUND_NAME_LENGTH.max) out.name = 'officer.new.problem.name';
  if (d.cohort === 'permitDates') {
    const from = d.permitDateFrom.trim();
    const to = d.permitDateTo.trim();
    if (!from && !to) out.permitDateFrom = 'officer.new.problem.dates';
    if (from && !isDate(from)) out.permitDateFrom = 'officer.new.problem.date';
    if (to && !isDate(to)) out.permitDateTo = 'officer.new.problem.date';
    if (from && to && isDate(from) && isDate(to) && from > to) out.permitDateTo = 'officer.new.problem.dateOrder';
  }
  if (d.cohort === 'reception' && (d.receptionLocation.trim() === '' || d.receptionLocation.trim().length > RECEPTION_LOCATION_MAX)) out.receptionLocation = 'officer.new.problem.reception';
  if (d.limit.trim() !== '') {
    const limit = numberOf(d.limit);
    if (!Number.isInteger(limit) || limit < 1) out.limit = 'officer.new.problem.limit';
  }
  const days = numberOf(d.responseDays);
  if (!Number.isInteger(days) || days < RESPONSE_DAYS_RANGE.min || days > RESPONSE_DAYS_RANGE.max) out.responseDays = 'officer.new.problem.responseDays';
  const seconds = numberOf(d.timeLimitSeconds);
  if (!Number.isFinite(seconds) || seconds < TIME_LIMIT_SECONDS_RANGE.min || seconds > TIME_LIMIT_SECONDS_RANGE.max) out.timeLimitSeconds = 'officer.new.problem.timeLimit';
  const weight = numberOf(d.priorityWeight);
  if (!Number.isFinite(weight) || weight < PRIORITY_WEIGHT_RANGE.min || weight > PRIORITY_WEIGHT_RANGE.max) out.priorityWeight = 'officer.new.problem.priorityWeight';
  return out;
}

/** The input of `createRound` for a draft without problems: the chosen cohort, and only policy values that changed. */
export function createRoundInput(d: RoundDraft, defaults: PolicyDefaults) {
  const cohort: { permitDateFrom?: string; permitDateTo?: string; receptionLocation?: string; limit?: number } = {};
  if (d.cohort === 'permitDates') {
    if (d.permitDateFrom.trim()) cohort.permitDateFrom = d.permitDateFrom.trim();
    if (d.permitDateTo.trim()) cohort.permitDateTo = d.permitDateTo.trim();
  }
  if (d.cohort === 'reception') cohort.receptionLocation = d.receptionLocation.trim();
  if (d.limit.trim() !== '') cohort.limit = numberOf(d.limit);
  const policy: { responseDays?: number; timeLimitSeconds?: number; priorityWeight?: number } = {};
  if (numberOf(d.responseDays) !== defaults.responseDays) policy.responseDays = numberOf(d.responseDays);
  if (numberOf(d.timeLimitSeconds) !== defaults.timeLimitSeconds) policy.timeLimitSeconds = numberOf(d.timeLimitSeconds);
  if (numberOf(d.priorityWeight) !== defaults.priorityWeight) policy.priorityWeight = numberOf(d.priorityWeight);
  return {
    name: d.name.trim(),
    period: d.period,
    ...(Object.keys(cohort).length > 0 ? { cohort } : {}),
    ...(Object.keys(policy).length > 0 ? { policy } : {}),
  };
}

/**
 * The form field a refusal of the API names (`name`, `input.cohort.limit`, `input.policy.responseDays`, …), or null
 * when it names none of them.
 */
export function roundFieldOf(path: string): RoundField | null {
  const last = path.split('.').pop() ?? '';
  return (ROUND_FIELDS as readonly string[]).includes(last) ? (last as RoundField) : null;
}
