import { addsMember, proposalChangeEffect, rolesAfterRemoval } from './household-changes.js';
import { householdChangeNotifications } from './notifications.js';

describe('what a change of the household does to its proposal', () => {
  it('adds a member for a birth or an arrival, takes one away for a departure or a death', () => {
    expect(['birth', 'arrival', 'departure', 'death'].map((e) => addsMember(e as 'birth'))).toEqual([true, true, false, false]);
  });

  it('adjusts a lasting proposal within its home band, asks for review across bands, only tells after the move, and does nothing without one', () => {
    const open = { status: 'open', homeBand: 'homes_3_4' } as const;
    expect(proposalChangeEffect(open, 4)).toBe('adjusted');
    expect(proposalChangeEffect(open, 5)).toBe('review');
    expect(proposalChangeEffect(open, 2)).toBe('review');
    expect(proposalChangeEffect({ status: 'accepted', homeBand: 'homes_3_4' }, 3)).toBe('adjusted');
    expect(proposalChangeEffect({ status: 'contested', homeBand: 'homes_1_2' }, 3)).toBe('review');
    expect(proposalChangeEffect({ status: 'placed', homeBand: 'homes_1_2' }, 3)).toBe('told');
    expect(proposalChangeEffect({ status: 'withdrawn', homeBand: 'homes_1_2' }, 3)).toBe('none');
    expect(proposalChangeEffect(null, 3)).toBe('none');
  });

  it('tells the municipality of every lasting proposal, the officers only when it waits on their review', () => {
    expect(householdChangeNotifications('none', 'birth', 3)).toEqual([]);
    expect(householdChangeNotifications('adjusted', 'birth', 4).map((n) => [n.audience, n.kind, n.params])).toEqual([['municipality', 'household_changed', { change: 'birth', persons: 4, review: false }]]);
    expect(householdChangeNotifications('review', 'death', 2).map((n) => n.audience)).toEqual(['municipality', 'officers']);
  });
});

describe('who is the applicant after a member goes', () => {
  const family = [
    { role: 'applicant', birthYear: 1980 },
    { role: 'partner', birthYear: 1985 },
    { role: 'child', birthYear: 2015 },
    { role: 'relative', birthYear: 1950 },
  ];

  it('keeps the roles when another member goes', () => {
    expect(rolesAfterRemoval(family, 2, 2026)).toEqual(['applicant', 'partner', 'relative']);
  });

  it('makes the partner the applicant when the applicant goes, else the oldest adult', () => {
    expect(rolesAfterRemoval(family, 0, 2026)).toEqual(['applicant', 'child', 'relative']);
    expect(rolesAfterRemoval([family[0], family[2], family[3]], 0, 2026)).toEqual(['child', 'applicant']);
  });

  it('refuses a household of children alone, and a position that is no member’s', () => {
    expect(rolesAfterRemoval([family[0], family[2]], 0, 2026)).toBe('no_adult');
    expect(() => rolesAfterRemoval(family, 4, 2026)).toThrow(RangeError);
  });
});
