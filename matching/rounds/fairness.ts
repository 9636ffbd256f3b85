/**
 * Fairness audit of a run: outcomes broken down by group. This is the only code that reads protected
 * traits (gender, origin region) and it reads them after the solve, to audit, never to score.
 */
import type { HomeBand } from '../vocabulary/index.js';

export interface FairnessRow {
  readonly household: string;
  /** Gender of the main applicant, if given. */
  readonly gender: string | null;
  /** The household's home band (vocabulary). */
  readonly sizeBand: HomeBand;
  /** Age band of the main applicant. */
  readonly ageBand: string;
  readonly originRegion: string | null;
  readonly placed: boolean;
  readonly fit: number | null;
  /** Placed in the preferred setting (null when no preference or not placed). */
  readonly inPreferredSetting: boolean | null;
}

export type FairnessDimension = 'gender' | 'sizeBand' | 'ageBand' | 'originRegion';

export interface FairnessGroup {
  readonly dimension: FairnessDimension;
  readonly group: string;
  readonly households: number;
  readonly placementRate: number;
  readonly averageFit: number | null;
  readonly preferredSettingShare: number | null;
  /** Set when the group is clearly worse off than the whole cohort. */
  readonly flagged: boolean;
  readonly flags: readonly ('placement_rate_low' | 'fit_low' | 'preferred_setting_low')[];
}

export interface FairnessReport {
  readonly overall: Omit<FairnessGroup, 'dimension' | 'group' | 'flagged' | 'flags'>;
  readonly groups: readonly FairnessGroup[];
  /** Rule behind the flags, stated so officers can judge it. */
  readonly rule: { readonly minGroupSize: number; readonly maxShortfall: number };
}

const DIMENSIONS: readonly FairnessDimension[] = ['gender', 'sizeBand', 'ageBand', 'originRegion'];

export function ageBand(age: number): string {
  if (age < 25) return '18-24';
  if (age < 35) return '25-34';
  if (age < 50) return '35-49';
  return age < 65 ? '50-64' : '65+';
}

/**
 * A group is flagged when it has at least `minGroupSize` households and its placement rate, average fit or
 * share in the preferred setting is more than `maxShortfall` below the cohort's.
 */
export function fairnessReport(rows: readonly FairnessRow[], minGroupSize = 10, maxShortfall = 0.1): FairnessReport {
  const overall = summarise(rows);
  const groups: FairnessGroup[] = [];
  for (const dimension of DIMENSIONS) {
    const byGroup = new Map<string, FairnessRow[]>();
    for (const row of rows) {
      const key = row[dimension] ?? 'not stated';
      byGroup.set(key, [...(byGroup.get(key) ?? []), row]);
    }
    for (const [group, members] of [...byGroup].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const s = summarise(members);
      const flags: FairnessGroup['flags'][number][] = [];
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
  return { overall, groups, rule: { minGroupSize, maxShortfall } };
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
