import { lastRoundAggregate, queueAtRound, queueEntry, whyOthersWentFirst, type LastRoundPlacement } from './index.js';

const placement = (over: Partial<LastRoundPlacement> = {}): LastRoundPlacement => ({ persons: 1, urgency: 'none', permitDate: '2026-01-15', tieKindsThere: [], ...over });

describe('lastRoundAggregate: counts of the last round’s proposals', () => {
  it('counts per home band and urgency, and per home band and permit month', () => {
    const aggregate = lastRoundAggregate('R1', [
      placement({ persons: 2, urgency: 'medical', permitDate: '2025-11-03' }),
      placement({ persons: 1, urgency: 'none', permitDate: '2025-11-30' }),
      placement({ persons: 4, urgency: 'none', permitDate: '2026-02-01' }),
      placement({ persons: 7, urgency: 'social', permitDate: '2026-02-01' }),
    ]);
    expect(aggregate.roundId).toBe('R1');
    expect(aggregate.placed).toEqual({ homes_1_2: { medical: 1, none: 1 }, homes_3_4: { none: 1 }, homes_5_plus: { social: 1 } });
    expect(aggregate.placedPermitMonthsByBand).toEqual({ homes_1_2: { '2025-11': 2 }, homes_3_4: { '2026-02': 1 }, homes_5_plus: { '2026-02': 1 } });
  });

  it('counts job contracts, study places and family where they were proposed; other ties and ties elsewhere do not count', () => {
    const aggregate = lastRoundAggregate('R1', [
      placement({ tieKindsThere: ['job_contract', 'family'] }),
      placement({ tieKindsThere: ['study_place'] }),
      placement({ tieKindsThere: ['community'] }),
      placement(),
    ]);
    expect(aggregate.placedWithTie).toEqual({ job_contract: 1, study_place: 1, family: 1 });
  });

  it('an empty round: nothing placed, every tie count 0', () => {
    expect(lastRoundAggregate('R0', [])).toEqual({ roundId: 'R0', placed: {}, placedWithTie: { job_contract: 0, study_place: 0, family: 0 }, placedPermitMonthsByBand: {} });
  });

  it('is what "why others went first" reads', () => {
    const urgent = Array.from({ length: 3 }, () => placement({ urgency: 'medical' }));
    expect(whyOthersWentFirst({ homeBand: 'homes_1_2', urgency: 'none', permitDate: '2026-03-01' }, lastRoundAggregate('R1', urgent)))
      .toEqual([{ code: 'others.urgency', params: { count: 3 } }, { code: 'others.earlier_permit', params: { count: 3, band: 'homes_1_2' } }]);
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
