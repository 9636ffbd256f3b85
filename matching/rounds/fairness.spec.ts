import fc from 'fast-check';
import { ageBand, fairnessReport, mainApplicant, suppressSmallGroups, type FairnessMember, type FairnessReport, type FairnessRow } from './fairness.js';
import { K_ANONYMITY_THRESHOLD } from '../waiting/others.js';
import { AGE_BANDS, FAIRNESS_DIMENSIONS, NOT_STATED } from '../vocabulary/index.js';

describe('ageBand', () => {
  it.each([
    [0, '0-17'],
    [5, '0-17'],
    [17, '0-17'],
    [18, '18-24'],
    [24, '18-24'],
    [25, '25-34'],
    [34, '25-34'],
    [35, '35-49'],
    [49, '35-49'],
    [50, '50-64'],
    [64, '50-64'],
    [65, '65+'],
    [101, '65+'],
  ])('age %d is in band %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });

  it.each([[null], [Number.NaN], [-1]])('an unknown age (%p) has no band', (age) => {
    expect(ageBand(age)).toBeNull();
  });

  it('the bands cover every age from 0 without a gap, youngest first', () => {
    expect(AGE_BANDS[0].from).toBe(0);
    for (let i = 1; i < AGE_BANDS.length; i++) expect(AGE_BANDS[i].from).toBeGreaterThan(AGE_BANDS[i - 1].from);
    const seen = new Set(Array.from({ length: 120 }, (_, age) => ageBand(age)));
    expect([...seen]).toEqual(AGE_BANDS.map((b) => b.band));
  });
});

describe('mainApplicant', () => {
  const member = (position: number, role: string, age: number | null, gender: string | null = null): FairnessMember => ({ position, role, age, gender });

  it('is the member registered as applicant, not the first member', () => {
    const child = member(0, 'child', 5, 'male');
    const applicant = member(1, 'applicant', 40, 'female');
    expect(mainApplicant([child, applicant, member(2, 'partner', 41, 'male')])).toBe(applicant);
  });

  it('of several applicants, the first by position, whatever the input order', () => {
    const first = member(1, 'applicant', 30);
    expect(mainApplicant([member(3, 'applicant', 50), first])).toBe(first);
  });

  it('without an applicant, the first adult by position (a child is never taken for one)', () => {
    const adult = member(2, 'relative', 19);
    expect(mainApplicant([member(0, 'child', 5), member(1, 'child', 17), adult, member(3, 'partner', 45)])).toBe(adult);
  });

  it('is null when there is neither (the household then counts as not stated)', () => {
    expect(mainApplicant([member(0, 'child', 5), member(1, 'relative', null)])).toBeNull();
    expect(mainApplicant([])).toBeNull();
  });
});

describe('fairnessReport', () => {
  const row = (i: number, over: Partial<FairnessRow>): FairnessRow => ({
    household: `h${i}`, gender: null, sizeBand: 'homes_3_4', ageBand: null, originRegion: null, placed: true, fit: 0.5, inPreferredSetting: null, ...over,
  });

  it('says whose gender and age it counted: the main applicant', () => {
    expect(fairnessReport([row(1, {})]).counted).toBe('main_applicant');
  });

  it('counts each household once per dimension; an unknown age or gender is its own group, not 18-24', () => {
    // three of each, so that no group is below the k-anonymity threshold and hidden
    const rows = [0, 1, 2].flatMap((k) => [
      row(3 * k + 1, { ageBand: ageBand(5), gender: 'female' }), row(3 * k + 2, { ageBand: ageBand(null) }), row(3 * k + 3, { ageBand: ageBand(30), gender: 'male' }),
    ]);
    const report = fairnessReport(rows);
    expect(report.suppressed).toEqual({ threshold: K_ANONYMITY_THRESHOLD, byDimension: [] });
    for (const dimension of FAIRNESS_DIMENSIONS) {
      expect(report.groups.filter((g) => g.dimension === dimension).reduce((n, g) => n + g.households, 0)).toBe(rows.length);
    }
    const ages = Object.fromEntries(report.groups.filter((g) => g.dimension === 'ageBand').map((g) => [g.group, g.households]));
    expect(ages).toEqual({ '0-17': 3, '25-34': 3, [NOT_STATED]: 3 });
    expect(ages['18-24']).toBeUndefined();
  });
});

describe('suppressSmallGroups (issue 14: no group a person could be recognised by)', () => {
  const row = (i: number, over: Partial<FairnessRow>): FairnessRow => ({
    household: `h${i}`, gender: 'female', sizeBand: 'homes_3_4', ageBand: '35-49', originRegion: 'Region A', placed: true, fit: 0.5, inPreferredSetting: null, ...over,
  });
  const groupsOf = (report: FairnessReport, dimension: string) =>
    Object.fromEntries(report.groups.filter((g) => g.dimension === dimension).map((g) => [g.group, g.households]));

  it('shows no group of a one-household round, and says how many households each dimension hides', () => {
    const report = fairnessReport([row(1, { gender: 'male', ageBand: '18-24', originRegion: 'Horn of Africa' })]);
    expect(report.groups).toEqual([]);
    expect(report.suppressed).toEqual({
      threshold: 3,
      byDimension: FAIRNESS_DIMENSIONS.map((dimension) => ({ dimension, households: 1 })),
    });
    expect(JSON.stringify(report)).not.toMatch(/Horn of Africa|male|18-24/);
    // the round's own figures stay: they describe the round, not a group
    expect(report.overall.households).toBe(1);
  });

  it('hides the next smallest group too when the total minus the shown groups would give a hidden one', () => {
    // origin: A 10, B 4, C 1 — hiding only C leaves 15 − 10 − 4 = 1: C's size (and its placement by subtraction)
    const rows = [
      ...Array.from({ length: 10 }, (_, i) => row(i, { originRegion: 'A' })),
      ...Array.from({ length: 4 }, (_, i) => row(10 + i, { originRegion: 'B', placed: false })),
      row(14, { originRegion: 'C', placed: false }),
    ];
    const report = fairnessReport(rows);
    expect(groupsOf(report, 'originRegion')).toEqual({ A: 10 });
    expect(report.suppressed?.byDimension).toEqual([{ dimension: 'originRegion', households: 5 }]);
    // one group below k, but two hidden ones together reach k: nothing more is hidden
    const two = fairnessReport([...rows.slice(0, 14), row(14, { originRegion: 'C' }), row(15, { originRegion: 'D' }), row(16, { originRegion: 'D' })]);
    expect(groupsOf(two, 'originRegion')).toEqual({ A: 10, B: 4 });
    expect(two.suppressed?.byDimension).toEqual([{ dimension: 'originRegion', households: 3 }]);
  });

  it('hides a whole dimension when the groups together stay below k (a round of two)', () => {
    const report = fairnessReport([row(1, {}), row(2, { gender: 'male' })]);
    expect(report.groups).toEqual([]);
  });

  it('suppresses a report stored before issue 14 when read, and leaves a suppressed report as it is', () => {
    const full: FairnessReport = {
      overall: { households: 4, placementRate: 1, averageFit: 0.5, preferredSettingShare: null },
      groups: [
        { dimension: 'gender', group: 'female', households: 3, placementRate: 1, averageFit: 0.5, preferredSettingShare: null, flagged: false, flags: [] },
        { dimension: 'gender', group: 'male', households: 1, placementRate: 1, averageFit: 0.5, preferredSettingShare: null, flagged: false, flags: [] },
      ],
      rule: { minGroupSize: 10, maxShortfall: 0.1 },
      counted: 'main_applicant',
    };
    const once = suppressSmallGroups(full);
    expect(once.groups).toEqual([]);
    expect(once.suppressed?.byDimension).toEqual([{ dimension: 'gender', households: 4 }]);
    expect(suppressSmallGroups(once)).toEqual(once);
  });

  it('property: every shown group holds at least k households, and what the shown groups leave of the round is 0 or at least k (or the whole round)', () => {
    const rowArb = fc.record({
      gender: fc.constantFrom('female', 'male', 'x', null),
      sizeBand: fc.constantFrom('homes_1_2', 'homes_3_4', 'homes_5_plus'),
      ageBand: fc.constantFrom('18-24', '25-34', '35-49', '65+', null),
      originRegion: fc.constantFrom('A', 'B', 'C', 'D', 'E', null),
      placed: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(rowArb, { minLength: 1, maxLength: 60 }), (arbRows) => {
      const rows = arbRows.map((r, i) => row(i, { ...r, fit: r.placed ? 0.5 : null }));
      const report = fairnessReport(rows);
      for (const dimension of FAIRNESS_DIMENSIONS) {
        const shown = report.groups.filter((g) => g.dimension === dimension);
        for (const g of shown) expect(g.households).toBeGreaterThanOrEqual(K_ANONYMITY_THRESHOLD);
        const rest = rows.length - shown.reduce((n, g) => n + g.households, 0);
        expect(rest === 0 || rest >= K_ANONYMITY_THRESHOLD || rest === rows.length).toBe(true);
        expect(report.suppressed?.byDimension.find((d) => d.dimension === dimension)?.households ?? 0).toBe(rest);
      }
    }), { seed: 14, numRuns: 300 });
  });
});
