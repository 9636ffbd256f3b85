/**
 * The fairness audit's code sets (matching/rounds/fairness.ts): its dimensions, flags, age bands and whose traits
 * it counts. Stored in `run.fairness`, GraphQL enums `FairnessDimension`, `FairnessFlag` and `FairnessSubject`.
 */

/** What a run's outcomes are broken down by: the main applicant's gender and age band, the home band, the origin region. */
export const FAIRNESS_DIMENSIONS = ['gender', 'sizeBand', 'ageBand', 'originRegion'] as const;
export type FairnessDimension = (typeof FAIRNESS_DIMENSIONS)[number];

/** Why a group is flagged: it is more than the rule's shortfall below the cohort on that figure. */
export const FAIRNESS_FLAGS = ['placement_rate_low', 'fit_low', 'preferred_setting_low'] as const;
export type FairnessFlag = (typeof FAIRNESS_FLAGS)[number];

/**
 * Whose gender and age a fairness report counts.
 * - `main_applicant`: the household's main applicant — its member registered with role `applicant` (the first by
 *   position when there are several); when none is, its first adult member by position. One person per household.
 * - `first_member`: reports stored before issue 11: the member registered first, whatever their role or age (and
 *   every age under 25, children included, was put in 18-24).
 */
export const FAIRNESS_SUBJECTS = ['main_applicant', 'first_member'] as const;
export type FairnessSubject = (typeof FAIRNESS_SUBJECTS)[number];

/**
 * Age bands of the fairness report, youngest first, each from its `from` age (whole years) up to the next band's;
 * the last is open. 0-17 exists because a main applicant can be a minor.
 */
export const AGE_BANDS = [
  { band: '0-17', from: 0 },
  { band: '18-24', from: 18 },
  { band: '25-34', from: 25 },
  { band: '35-49', from: 35 },
  { band: '50-64', from: 50 },
  { band: '65+', from: 65 },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['band'];

/** The group of a trait that is not known (not stated, or no member to take it from). */
export const NOT_STATED = 'not stated';
