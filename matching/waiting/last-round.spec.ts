import { lastRoundAggregate, queueAtRound, queueEntry, whyOthersWentFirst, type LastRoundPlacement } from './index.js';

const placement = (over: Partial<LastRoundPlacement> = {}): LastRoundPlacement => ({ persons: 1, urgency: 'none', permitDate: '2026-01-15', tieKindsThere: [], ...over });

describe('lastRoundAggregate: counts of the last round’s proposals', () => {
  it('counts per home band and urgency, and groups by band, urgency and permit date', () => {
    const aggregate = lastRoundAggregate('R1', [
      placement({ persons: 2, urgency: 'medical', permitDate: '2025-11-03' }),
      placement({ persons: 1, urgency: 'none', permitDate: '2025-11-30' }),
      placement({ persons: 4, urgency: 'none', permitDate: '2026-02-01' }),
      placement({ persons: 7, urgency: 'social', permitDate: '2026-02-01' }),
    ]);
    expect(aggregate.roundId).toBe('R1');
    expect(aggregate.placed).toEqual({ homes_1_2: { medical: 1, none: 1 }, homes_3_4: { none: 1 }, homes_5_plus: { social: 1 } });
    expect(aggregate.groups?.map((g) => [g.band, g.urgency, g.permitDate, g.count])).toEqual([
      ['homes_1_2', 'medical', '2025-11-03', 1], ['homes_1_2', 'none', '2025-11-30', 1], ['homes_3_4', 'none', '2026-02-01', 1], ['homes_5_plus', 'social', '2026-02-01', 1],
    ]);
  });

  it('counts job contracts, study places and family where they were proposed; other ties and ties elsewhere do not count', () => {
    const aggregate = lastRoundAggregate('R1', [
      placement({ tieKindsThere: ['job_contract', 'family'] }),
      placement({ tieKindsThere: ['study_place'] }),
      placement({ tieKindsThere: ['community'] }),
      placement(),
    ]);
    expect(aggregate.groups).toEqual([
      { band: 'homes_1_2', urgency: 'none', permitDate: '2026-01-15', tiesThere: ['job_contract', 'family'], professionNeeded: false, count: 1 },
      { band: 'homes_1_2', urgency: 'none', permitDate: '2026-01-15', tiesThere: ['study_place'], professionNeeded: false, count: 1 },
      { band: 'homes_1_2', urgency: 'none', permitDate: '2026-01-15', tiesThere: [], professionNeeded: false, count: 2 },
    ]);
  });

  it('an empty round: nothing placed, no groups', () => {
    expect(lastRoundAggregate('R0', [])).toEqual({ roundId: 'R0', placed: {}, groups: [] });
  });

  it('is what "why others went first" reads: more urgent households went first for their urgency, not their permit', () => {
    const urgent = Array.from({ length: 3 }, () => placement({ urgency: 'medical' }));
    expect(whyOthersWentFirst({ homeBand: 'homes_1_2', urgency: 'none', permitDate: '2026-03-01' }, lastRoundAggregate('R1', urgent)))
      .toEqual([{ code: 'others.urgency', params: { count: 3 } }]);
  });

  it('every category counts only households for which it is the reason under the queue rule (urgency, then permit date)', () => {
    // A medically urgent viewer (number 11 in the round's queue): 10 medical households before it; 40 households of its
    // size with an older permit but of lower urgency come after it, whatever their permit.
    const placements = [
      ...Array.from({ length: 4 }, () => placement({ urgency: 'medical', permitDate: '2025-01-10' })),
      ...Array.from({ length: 6 }, () => placement({ urgency: 'medical', permitDate: '2025-02-10', persons: 5 })),
      ...Array.from({ length: 40 }, () => placement({ urgency: 'none', permitDate: '2024-06-01' })),
      ...Array.from({ length: 5 }, () => placement({ urgency: 'social', permitDate: '2024-01-01', tieKindsThere: ['job_contract'] })),
      ...Array.from({ length: 3 }, () => placement({ urgency: 'medical', permitDate: '2025-01-01', tieKindsThere: ['family'] })),
      ...Array.from({ length: 4 }, () => placement({ urgency: 'medical', permitDate: '2025-09-01', tieKindsThere: ['family'], professionNeeded: true })),
    ];
    const medical = { homeBand: 'homes_1_2', urgency: 'medical', permitDate: '2025-03-01' } as const;
    expect(whyOthersWentFirst(medical, lastRoundAggregate('R1', placements))).toEqual([
      // Same size, same urgency, older permit: 4 + 3 (the 40 and the 5 are less urgent; the 6 need a larger home).
      { code: 'others.earlier_permit', params: { count: 7, band: 'homes_1_2' } },
      // After it in the queue, of its size, yet placed: the 5 social households with a job there (less urgent).
      { code: 'others.hard_tie', params: { count: 5 } },
      // The 3 with family there came before it (older permit): not counted; the 4 with a later permit are.
      { code: 'others.family_tie', params: { count: 4 } },
      { code: 'others.profession_needed', params: { count: 4 } },
    ]);
    // A viewer without urgency: the 40 with an older permit did go first for their permit; the urgent ones for urgency.
    const none = { homeBand: 'homes_1_2', urgency: 'none', permitDate: '2025-03-01' } as const;
    expect(whyOthersWentFirst(none, lastRoundAggregate('R1', placements))).toEqual([
      { code: 'others.urgency', params: { count: 22 } },
      { code: 'others.earlier_permit', params: { count: 40, band: 'homes_1_2' } },
    ]);
  });
});

describe('queueAtRound: the queue as it stood at the last round', () => {
  const row = (id: string, registeredAt: string, note = '') => ({ id, registeredAt, note });
  it('keeps who waits now and had registered by then, adds who was proposed then, each once (the waiting row wins)', () => {
    const waitingNow = [row('a', '2026-01-01T00:00:00.000Z'), row('b', '2026-03-01T10:00:00.000Z', 'back in the queue'), row('late', '2026-03-02T00:00:00.000Z')];
    const proposedThen = [row('b', '2026-03-01T10:00:00.000Z', 'as proposed'), row('c', '2025-12-01T00:00:00.000Z')];
    expect(queueAtRound(waitingNow, proposedThen, '2026-03-01T10:00:00.000Z')).toEqual([waitingNow[0], waitingNow[1], proposedThen[1]]);
  });
});

describe('queueEntry: a case as a queue entry', () => {
  it('takes its band from its size and its hard needs from care, then accessibility needs', () => {
    const entry = queueEntry({ id: 'h', reference: 'Z-1', permitDate: '2026-01-01', urgency: 'social', size: 3, careNeeds: ['mental_health'], accessibilityNeeds: ['wheelchair'] });
    expect(entry).toEqual({ id: 'h', reference: 'Z-1', permitDate: '2026-01-01', urgency: 'social', persons: 3, homeBand: 'homes_3_4', hardNeeds: ['mental_health', 'wheelchair'] });
  });
});
