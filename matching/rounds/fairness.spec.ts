import { ageBand, fairnessReport, mainApplicant, type FairnessMember, type FairnessRow } from './fairness.js';
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
    const rows = [row(1, { ageBand: ageBand(5), gender: 'female' }), row(2, { ageBand: ageBand(null) }), row(3, { ageBand: ageBand(30), gender: 'male' })];
    const report = fairnessReport(rows);
    for (const dimension of FAIRNESS_DIMENSIONS) {
      expect(report.groups.filter((g) => g.dimension === dimension).reduce((n, g) => n + g.households, 0)).toBe(rows.length);
    }
    const ages = Object.fromEntries(report.groups.filter((g) => g.dimension === 'ageBand').map((g) => [g.group, g.households]));
    expect(ages).toEqual({ '0-17': 1, '25-34': 1, [NOT_STATED]: 1 });
    expect(ages['18-24']).toBeUndefined();
  });
});
