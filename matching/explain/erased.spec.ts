import { erasedExplanation } from './erased.js';
import type { HouseholdExplanation } from './types.js';

describe('what a run keeps of an erased household’s explanation', () => {
  const full = {
    unit: 'u1',
    households: ['h1'],
    status: 'optimal',
    pinned: null,
    outcome: { code: 'explain.placed', params: { municipality: 'GM0363', fit: 0.8, value: 1.8, rank: 1, options: 20, fitting: 12, fits: true, isOption: true } },
    breakdown: { criteria: [{ criterion: 'labour', reasons: [{ code: 'labour.isco_match', params: { isco: '2142' } }] }] },
    alternatives: [{ municipality: 'GM0344', value: 1.5, fit: 0.7, rank: 2, verdict: { code: 'explain.alt_not_higher', params: { fit: 0.7, outcomeFit: 0.8, value: 1.5, outcomeValue: 1.8 } } }],
    higher: { count: 0, byVerdict: {}, bindingByResource: {} },
    filtered: { count: 3, byCode: { 'needs.no_hospital': 3 } },
    preferred: [{ municipality: 'GM0344', kind: 'family', household: 'h1', status: 'verified', hard: true, value: 1.5, verdict: { code: 'explain.preferred_chosen', params: {} } }],
    othersFirst: [],
    unplaced: [],
  } as unknown as HouseholdExplanation;

  it('keeps the outcome, the unit and the solve, and drops everything said about the household', () => {
    expect(erasedExplanation(full)).toEqual({
      unit: 'u1',
      households: ['h1'],
      status: 'optimal',
      pinned: null,
      outcome: full.outcome,
      breakdown: null,
      alternatives: [],
      higher: full.higher,
      filtered: null,
      preferred: [],
      unplaced: [],
    });
    expect(JSON.stringify(erasedExplanation(full))).not.toMatch(/2142|needs\.|family/);
  });
});
