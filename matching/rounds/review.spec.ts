import { hardTieHouseholds, movedSince, reviewOrder, type ReviewContext, type ReviewRow } from './review.js';

const rows: ReviewRow[] = [
  { household: 'a', municipality: 'GM0363', fit: 0.5 },
  { household: 'b', municipality: null, fit: null },
  { household: 'c', municipality: 'GM0344', fit: 0.9 },
  { household: 'd', municipality: null, fit: null },
  { household: 'e', municipality: 'GM0363', fit: 0.7 },
];
const context: ReviewContext = {
  position: new Map([['a', 3], ['b', 1], ['c', 5], ['d', 2], ['e', 4]]),
  previous: new Map([['a', 'GM0363'], ['b', 'GM0344'], ['c', 'GM0344'], ['d', null]]),
  hardTie: new Set(['c', 'd']),
  override: new Set(['e']),
};
const ids = (r: ReviewRow[]) => r.map((x) => x.household);

describe('reviewOrder: the officer’s filters and sorts over a run’s assignments', () => {
  it('sorts by queue position by default and by fit (unplaced last, then queue order)', () => {
    expect(ids(reviewOrder(rows, {}, context, 'queue'))).toEqual(['b', 'd', 'a', 'e', 'c']);
    expect(ids(reviewOrder(rows, {}, context, 'fit'))).toEqual(['c', 'e', 'a', 'b', 'd']);
  });
  it('each filter keeps what it says and its opposite keeps the rest', () => {
    const cases = [{ placed: true }, { moved: true }, { hardTie: true }, { override: true }, { municipality: 'GM0363' }] as const;
    expect(cases.map((f) => ids(reviewOrder(rows, f, context, 'queue')))).toEqual([['a', 'e', 'c'], ['b', 'e'], ['d', 'c'], ['e'], ['a', 'e']]);
    for (const key of ['placed', 'moved', 'hardTie', 'override'] as const) {
      const yes = reviewOrder(rows, { [key]: true }, context, 'queue').length;
      const no = reviewOrder(rows, { [key]: false }, context, 'queue').length;
      expect(yes + no).toBe(rows.length);
    }
    expect(ids(reviewOrder(rows, { placed: false, hardTie: true }, context, 'queue'))).toEqual(['d']);
  });
  it('moved: a changed outcome or a household the comparison run did not have; refused without a comparison run', () => {
    expect(movedSince(rows[4], context.previous)).toBe(true);
    expect(movedSince(rows[3], context.previous)).toBe(false);
    expect(movedSince(rows[0], null)).toBeNull();
    expect(() => reviewOrder(rows, { moved: true }, { ...context, previous: null }, 'queue')).toThrow('no comparison run');
  });
  it('hard ties by the one definition: verified job or study place, verified first-degree family to live near', () => {
    const tie = (kind: 'job_contract' | 'family' | 'community', status: 'declared' | 'verified', firstDegree = false, liveNear = false) => ({ kind, status, firstDegree, liveNear });
    expect([...hardTieHouseholds([
      { id: 'job', ties: [tie('job_contract', 'verified')] },
      { id: 'declaredJob', ties: [tie('job_contract', 'declared')] },
      { id: 'family', ties: [tie('family', 'verified', true, true)] },
      { id: 'farFamily', ties: [tie('family', 'verified', true, false)] },
      { id: 'community', ties: [tie('community', 'verified')] },
    ])]).toEqual(['job', 'family']);
  });
});
