import { addsMember, mergedFields, mergedRoles, mergedTies, proposalChangeEffect, rolesAfterRemoval, splitRoles } from './household-changes.js';
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
    expect(rolesAfterRemoval([family[0]], 0, 2026)).toBe('no_adult');
    expect(() => rolesAfterRemoval(family, 4, 2026)).toThrow(RangeError);
  });
});

describe('splitting a household in two', () => {
  const family = [
    { role: 'applicant', birthYear: 1980 },
    { role: 'partner', birthYear: 1985 },
    { role: 'child', birthYear: 2015 },
    { role: 'relative', birthYear: 1950 },
  ] as const;

  it('lets several members go at once, and the part without the applicant gets its partner, else its oldest adult, as applicant', () => {
    expect(rolesAfterRemoval(family, [1, 2], 2026)).toEqual(['applicant', 'relative']);
    expect(splitRoles(family, [1, 2], 2026)).toEqual({ stays: ['applicant', 'relative'], leaves: ['applicant', 'child'] });
    expect(splitRoles(family, [0, 2], 2026)).toEqual({ stays: ['applicant', 'relative'], leaves: ['applicant', 'child'] });
    expect(splitRoles(family, [3], 2026)).toEqual({ stays: ['applicant', 'partner', 'child'], leaves: ['applicant'] });
    // an adult child who leaves on their own holds their own case
    expect(splitRoles([family[0], { role: 'child', birthYear: 2000 }], [1], 2026)).toEqual({ stays: ['applicant'], leaves: ['applicant'] });
  });

  it('names the part that would be children alone', () => {
    expect(splitRoles(family, [2], 2026)).toEqual({ noAdult: 'leaves' });
    expect(splitRoles([family[0], family[2]], [0], 2026)).toEqual({ noAdult: 'stays' });
  });

  it('refuses a split where nobody leaves, everybody leaves, or a position is no member’s', () => {
    expect(() => splitRoles(family, [], 2026)).toThrow(RangeError);
    expect(() => splitRoles(family, [0, 1, 2, 3], 2026)).toThrow(RangeError);
    expect(() => splitRoles(family, [4], 2026)).toThrow(RangeError);
    expect(() => splitRoles(family, [1.5], 2026)).toThrow(RangeError);
  });
});

describe('merging two households into one', () => {
  it('makes the merged applicant the partner when the kept household has none, and keeps one partner only', () => {
    expect(mergedRoles([{ role: 'applicant' }], [{ role: 'applicant' }, { role: 'child' }])).toEqual(['partner', 'child']);
    expect(mergedRoles([{ role: 'applicant' }], [{ role: 'applicant' }, { role: 'partner' }])).toEqual(['partner', 'relative']);
    expect(mergedRoles([{ role: 'applicant' }, { role: 'partner' }], [{ role: 'applicant' }, { role: 'relative' }])).toEqual(['relative', 'relative']);
  });
});

describe('what a merge keeps of the two households', () => {
  const kept = { permitDate: '2026-03-01', urgency: 'none', careNeeds: ['hospital'], accessibilityNeeds: [], medicalNotes: 'Needs a check-up' } as const;
  const merged = { permitDate: '2026-01-15', urgency: 'social', careNeeds: ['mental_health', 'hospital'], accessibilityNeeds: ['wheelchair'], medicalNotes: '  ' } as const;

  it('keeps the queue rights of both: the earlier permit date and the more urgent urgency; every need of either; both notes', () => {
    expect(mergedFields(kept, merged)).toEqual({ permitDate: '2026-01-15', urgency: 'social', careNeeds: ['hospital', 'mental_health'], accessibilityNeeds: ['wheelchair'], medicalNotes: 'Needs a check-up' });
    expect(mergedFields(merged, kept).permitDate).toBe('2026-01-15');
    expect(mergedFields({ ...kept, urgency: 'medical' }, merged).urgency).toBe('medical');
    expect(mergedFields(kept, { ...merged, medicalNotes: 'Asthma' }).medicalNotes).toBe('Needs a check-up\n\nAsthma');
    expect(mergedFields({ ...kept, medicalNotes: null }, { ...merged, medicalNotes: null }).medicalNotes).toBeNull();
  });

  it('moves the merged household’s ties, one per kind and municipality, the verified one when only one is', () => {
    const tie = (id: string, kind: 'family' | 'job_contract', municipalityCode: string, status: 'declared' | 'verified') => ({ id, kind, municipalityCode, status });
    const keptTies = [tie('k1', 'family', 'GM0363', 'declared'), tie('k2', 'job_contract', 'GM0344', 'verified')];
    const mergedTiesIn = [tie('m1', 'family', 'GM0363', 'verified'), tie('m2', 'job_contract', 'GM0344', 'verified'), tie('m3', 'family', 'GM0344', 'declared')];
    expect(mergedTies(keptTies, mergedTiesIn)).toEqual({ move: ['m1', 'm3'], drop: ['k1', 'm2'] });
    expect(mergedTies([], mergedTiesIn)).toEqual({ move: ['m1', 'm2', 'm3'], drop: [] });
  });
});
