/**
 * Fairness audit of a run: outcomes broken down by group. This is the only code that reads protected
 * traits (gender, origin region) and it reads them after the solve, to audit, never to score.
 *
 * Whose traits: every household counts once in each breakdown. Gender and age are those of its main applicant
 * (`mainApplicant`), the size band is the whole household's home band, the origin region is the household's.
 * The report records this (`counted: 'main_applicant'`) so that an officer is told who was counted.
 */
import {
  ADULT_AGE, AGE_BANDS, FAIRNESS_DIMENSIONS, NOT_STATED,
  type AgeBand, type FairnessDimension, type FairnessFlag, type FairnessSubject, type HomeBand,
} from '../vocabulary/index.js';
import { K_ANONYMITY_THRESHOLD } from '../waiting/others.js';

export interface FairnessRow {
  readonly household: string;
  /** Gender of the main applicant; null when not stated or there is no main applicant. */
  readonly gender: string | null;
  /** The household's home band (vocabulary). */
  readonly sizeBand: HomeBand;
  /** Age band of the main applicant (`ageBand`); null when the age is not known. */
  readonly ageBand: AgeBand | null;
  readonly originRegion: string | null;
  readonly placed: boolean;
  readonly fit: number | null;
  /** Placed in the preferred setting (null when no preference or not placed). */
  readonly inPreferredSetting: boolean | null;
}

export interface FairnessGroup {
  readonly dimension: FairnessDimension;
  readonly group: string;
  readonly households: number;
  readonly placementRate: number;
  readonly averageFit: number | null;
  readonly preferredSettingShare: number | null;
  /** Set when the group is clearly worse off than the whole cohort. */
  readonly flagged: boolean;
  readonly flags: readonly FairnessFlag[];
}

export interface FairnessReport {
  readonly overall: Omit<FairnessGroup, 'dimension' | 'group' | 'flagged' | 'flags'>;
  readonly groups: readonly FairnessGroup[];
  /** Rule behind the flags, stated so officers can judge it. */
  readonly rule: { readonly minGroupSize: number; readonly maxShortfall: number };
  /** Whose gender and age were counted (FAIRNESS_SUBJECTS); `first_member` only in reports stored before issue 11. */
  readonly counted: FairnessSubject;
  /**
   * What `suppressSmallGroups` hid (issue 14): the threshold it applied and, per dimension with hidden groups, how
   * many households are in them. Absent only in reports stored before issue 14, which `suppressSmallGroups` still
   * has to be applied to before anyone reads them.
   */
  readonly suppressed?: FairnessSuppression;
}

/** A fairness report as it may be stored and shown: its small groups hidden (`suppressSmallGroups`). */
export type SuppressedFairnessReport = FairnessReport & { readonly suppressed: FairnessSuppression };

/** The groups a fairness report does not show: see `suppressSmallGroups`. */
export interface FairnessSuppression {
  /** The k-anonymity threshold applied, in households (K_ANONYMITY_THRESHOLD). */
  readonly threshold: number;
  /**
   * One entry per dimension in which groups were hidden (FAIRNESS_DIMENSIONS order; none when nothing was hidden):
   * how many households the hidden groups hold together. Never the hidden groups' names or their number.
   */
  readonly byDimension: readonly { readonly dimension: FairnessDimension; readonly households: number }[];
}

/**
 * The officer's texts of a fairness report (catalogues/officer, `<code>.officer`; no newcomer message), with their
 * parameters: `fairness.rule` states the flag rule (`minGroupSize` households, `points` percentage points below the
 * cohort); `fairness.counted.<subject>` says whose gender and age were counted (FAIRNESS_SUBJECTS).
 */
export const FAIRNESS_MESSAGE_PARAMS = {
  'fairness.rule': ['minGroupSize', 'points'],
  'fairness.counted.main_applicant': [],
  'fairness.counted.first_member': [],
  'fairness.group': ['dimension', 'group', 'stated'],
  'fairness.suppressed': ['dimension', 'hiddenHouseholds', 'threshold'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/**
 * The parameters of a fairness group's name in words (`fairness.group`, officer catalogue): the dimension, the group
 * as stored, and whether it is stated (`stated: 'no'` for NOT_STATED, which ICU cannot use as a select key).
 */
export function fairnessGroupParams(dimension: FairnessDimension, group: string): { dimension: FairnessDimension; group: string; stated: 'yes' | 'no' } {
  return { dimension, group, stated: group === NOT_STATED ? 'no' : 'yes' };
}

/** The officer's message code saying whose traits a report with `counted` counted. */
export function fairnessCountedCode(counted: FairnessSubject): keyof typeof FAIRNESS_MESSAGE_PARAMS {
  return `fairness.counted.${counted}`;
}

/**
 * The age band (AGE_BANDS) of an age in whole years: 0-17, 18-24, 25-34, 35-49, 50-64 or 65+; null when the age is
 * not known (null, not a finite number, or negative).
 */
export function ageBand(age: number | null): AgeBand | null {
  if (age === null || !Number.isFinite(age) || age < 0) return null;
  let band: AgeBand | null = null;
  for (const b of AGE_BANDS) if (age >= b.from) band = b.band;
  return band;
}

/** A household member as the fairness audit reads it. */
export interface FairnessMember {
  /** Order in the household (any integers, ascending). */
  readonly position: number;
  /** Role as registered: applicant, partner, child or relative. */
  readonly role: string;
  /** Age in whole years at the round's reference year; null when the birth year is not known. */
  readonly age: number | null;
  readonly gender: string | null;
}

/**
 * The member whose gender and age the fairness report counts: the member registered with role `applicant` (the
 * first by position when there are several); when none is, the first adult (ADULT_AGE or older) by position;
 * null when there is neither (the household then counts as "not stated" for gender and age).
 */
export function mainApplicant<M extends FairnessMember>(members: readonly M[]): M | null {
  const ordered = [...members].sort((a, b) => a.position - b.position);
  return ordered.find((m) => m.role === 'applicant') ?? ordered.find((m) => m.age !== null && m.age >= ADULT_AGE) ?? null;
}

/**
 * A group is flagged when it has at least `minGroupSize` households and its placement rate, average fit or
 * share in the preferred setting is more than `maxShortfall` below the cohort's. Groups a person could be
 * recognised by are not in the report (`suppressSmallGroups`, with K_ANONYMITY_THRESHOLD).
 */
export function fairnessReport(rows: readonly FairnessRow[], minGroupSize = 10, maxShortfall = 0.1): SuppressedFairnessReport {
  return suppressSmallGroups(fullFairnessReport(rows, minGroupSize, maxShortfall));
}

/**
 * Hides every group a person could be recognised by (issue 14; SECURITY.md "Fairness report"), per dimension:
 * 1. every group with fewer than `threshold` households (default K_ANONYMITY_THRESHOLD, 3, the same k as "why
 *    others went first");
 * 2. complementary suppression: the groups of a dimension partition the round (every household is in one group per
 *    dimension) and the round's size is shown (run figures, the other dimensions), so the hidden groups together can
 *    be worked out as the total minus the shown groups. While they hold fewer than `threshold` households together,
 *    the smallest shown group is hidden too (ties: by group name); when none is left, the whole dimension is hidden.
 * What a reader can recompute is then only the hidden groups taken together, which hold at least `threshold`
 * households (or the whole round, when the round itself is smaller). The report records per dimension how many
 * households are hidden (`suppressed.byDimension`: derivable anyway, so it tells nothing new), never which groups.
 * The overall figures are kept: they are about the round, not a group.
 *
 * Idempotent: a report that already has `suppressed` is returned as it is; reports stored before issue 14 (without
 * it) are suppressed when read.
 */
export function suppressSmallGroups(report: FairnessReport, threshold = K_ANONYMITY_THRESHOLD): SuppressedFairnessReport {
  if (report.suppressed) return { ...report, suppressed: report.suppressed };
  const shown: FairnessGroup[] = [];
  const byDimension: { dimension: FairnessDimension; households: number }[] = [];
  for (const dimension of FAIRNESS_DIMENSIONS) {
    // smallest first, then by name: the order in which groups are hidden
    const groups = report.groups.filter((g) => g.dimension === dimension).sort((a, b) => a.households - b.households || (a.group < b.group ? -1 : 1));
    let hidden = groups.filter((g) => g.households < threshold).length;
    const hiddenHouseholds = () => groups.slice(0, hidden).reduce((sum, g) => sum + g.households, 0);
    if (hidden > 0) while (hidden < groups.length && hiddenHouseholds() < threshold) hidden += 1;
    if (hidden > 0) byDimension.push({ dimension, households: hiddenHouseholds() });
    const kept = new Set(groups.slice(hidden));
    shown.push(...report.groups.filter((g) => kept.has(g)));
  }
  return { ...report, groups: shown, suppressed: { threshold, byDimension } };
}

/** The report before `suppressSmallGroups`: every group, however small. Never shown or stored as it is. */
function fullFairnessReport(rows: readonly FairnessRow[], minGroupSize: number, maxShortfall: number): FairnessReport {
  const overall = summarise(rows);
  const groups: FairnessGroup[] = [];
  for (const dimension of FAIRNESS_DIMENSIONS) {
    const byGroup = new Map<string, FairnessRow[]>();
    for (const row of rows) {
      const key = row[dimension] ?? NOT_STATED;
      byGroup.set(key, [...(byGroup.get(key) ?? []), row]);
    }
    for (const [group, members] of [...byGroup].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const s = summarise(members);
      const flags: FairnessFlag[] = [];
      if (members.length >= minGroupSize) {
        if (s.placementRate < overall.placementRate - maxShortfall) flags.push('placement_rate_low');
        if (s.averageFit !== null && overall.averageFit !== null && s.averageFit < overall.averageFit - maxShortfall) flags.push('fit_low');
        if (s.preferredSettingShare !== null && overall.preferredSettingShare !== null && s.preferredSettingShare < overall.preferredSettingShare - maxShortfall) {
          flags.push('preferred_setting_low');
        }
      }
      groups.push({ dimension, group, ...s, flagged: flags.length > 0, flags });
    }
  }
  return { overall, groups, rule: { minGroupSize, maxShortfall }, counted: 'main_applicant' };
}

function summarise(rows: readonly FairnessRow[]) {
  const placed = rows.filter((r) => r.placed);
  const withPreference = placed.filter((r) => r.inPreferredSetting !== null);
  const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    households: rows.length,
    placementRate: rows.length ? round4(placed.length / rows.length) : 0,
    averageFit: placed.length ? round4(placed.reduce((s, r) => s + (r.fit ?? 0), 0) / placed.length) : null,
    preferredSettingShare: withPreference.length ? round4(withPreference.filter((r) => r.inPreferredSetting).length / withPreference.length) : null,
  };
}
