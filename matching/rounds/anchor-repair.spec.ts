import type { Instance, SolveResult } from '../solver/types.js';
import { checkResult } from '../solver/check.js';
import { keepAnchorIfBetter, repairAnchor } from './anchor-repair.js';

const one = { persons: 1, homes_1_2: 1 };
const instance: Instance = {
  resources: ['persons', 'homes_1_2'],
  municipalities: [{ id: 'A', capacity: { persons: 2, homes_1_2: 2 } }, { id: 'B', capacity: { persons: 1, homes_1_2: 1 } }],
  households: [
    { id: 'h1', uses: one, options: [{ municipality: 'A', score: 1.5 }, { municipality: 'B', score: 1.2 }] },
    { id: 'h2', uses: one, options: [{ municipality: 'A', score: 1.3 }, { municipality: 'B', score: 1.4 }] },
    { id: 'h3', uses: one, options: [{ municipality: 'B', score: 1.1 }], pinned: 'B' },
    { id: 'h4', uses: one, options: [{ municipality: 'A', score: 1.2 }] },
  ],
};

describe('repairAnchor', () => {
  it('keeps anchors that are still options, puts pins first, unplaces the lowest score where full, then fills', () => {
    // h2 was at B, now B is h3's pin: h2 leaves B; A keeps h1 (anchor) and takes h4 (fill, higher best score than h2's A)
    const anchor = new Map([['h1', 'A'], ['h2', 'B'], ['h4', 'A']]);
    const placements = repairAnchor(instance, anchor);
    expect(placements).toEqual([{ household: 'h1', municipality: 'A' }, { household: 'h3', municipality: 'B' }, { household: 'h4', municipality: 'A' }]);
  });

  it('an anchor that is no longer an option is dropped, and the household can be placed again by the fill', () => {
    expect(repairAnchor(instance, new Map([['h4', 'B']]))).toEqual([
      { household: 'h1', municipality: 'A' }, { household: 'h3', municipality: 'B' }, { household: 'h2', municipality: 'A' },
    ].sort((a, b) => (a.household < b.household ? -1 : 1)));
  });
});

describe('keepAnchorIfBetter', () => {
  const base: SolveResult = {
    status: 'timed_out', objective: 0, bound: 5.2, prices: {}, placements: [], unplaced: ['h1', 'h2', 'h3', 'h4'], solver: 'x', seconds: 1,
  };
  const worse: SolveResult = { ...base, objective: 1.1, placements: [{ household: 'h3', municipality: 'B' }], unplaced: ['h1', 'h2', 'h4'] };

  it('returns the repaired anchor answer when it scores higher, checked, with the solver prices and bound', () => {
    const { result, kept } = keepAnchorIfBetter(instance, worse, new Map([['h1', 'A'], ['h4', 'A']]));
    expect(kept).toBe('repaired_anchor');
    expect(result.objective).toBeCloseTo(1.5 + 1.1 + 1.2, 9);
    expect(result.bound).toBe(5.2);
    expect(result.status).toBe('timed_out');
    expect(checkResult(instance, result)).toEqual([]);
  });

  it('keeps the solver answer when it is as good or better, and without an anchor', () => {
    const best: SolveResult = { ...base, status: 'optimal', objective: 1.5 + 1.3 + 1.1, placements: [{ household: 'h1', municipality: 'A' }, { household: 'h2', municipality: 'A' }, { household: 'h3', municipality: 'B' }], unplaced: ['h4'] };
    expect(keepAnchorIfBetter(instance, best, new Map([['h1', 'A']])).kept).toBe('solver');
    expect(keepAnchorIfBetter(instance, worse, new Map()).result).toBe(worse);
  });
});
