import fc from 'fast-check';
import {
  estimateWait, positionChange, queueOrder, queuePositions, summariseRound, waitingListSummary, whyOthersWentFirst,
  WAITING_CODES, type MunicipalityCapacity, type OthersCode, type PositionChangeCode, type PositionChangeReason, type QueueEntry,
  type RoundStats, type UnplaceableCode, type WaitDriverCode, type WaitingCode,
} from './index.js';

// Every emitted code is listed in WAITING_CATALOGUE (compile-time).
type Sub<A, B> = [A] extends [B] ? true : false;
const _codes: [Sub<WaitDriverCode | OthersCode | UnplaceableCode | PositionChangeCode | PositionChangeReason['code'], WaitingCode>] = [true];
void _codes;

/** The largest household of each band (a fixture's persons follow its band unless given). */
const PERSONS_OF_BAND = { homes_1_2: 2, homes_3_4: 4, homes_5_plus: 6 } as const;
const e = (id: string, over: Partial<QueueEntry> = {}): QueueEntry => {
  const homeBand = over.homeBand ?? 'homes_3_4';
  return { id, reference: `Z-${id}`, permitDate: '2026-01-01', urgency: 'none', persons: PERSONS_OF_BAND[homeBand], homeBand, hardNeeds: [], ...over };
};

const muni = (id: string, homes: MunicipalityCapacity['homes'], meets: string[] = [], persons = 1000): MunicipalityCapacity => ({ municipality: id, persons, homes, meets });

describe('priority rule', () => {
  it('puts an urgent household before one with an earlier permit; medical before social', () => {
    const order = queueOrder([
      e('early', { permitDate: '2025-01-01' }),
      e('social', { permitDate: '2026-06-01', urgency: 'social' }),
      e('medical', { permitDate: '2026-09-01', urgency: 'medical' }),
    ]).map((x) => x.id);
    expect(order).toEqual(['medical', 'social', 'early']);
  });
  it('orders by permit date, then by reference', () => {
    const order = queueOrder([
      e('c', { permitDate: '2026-02-01', reference: 'A-1' }),
      e('b', { permitDate: '2026-01-01', reference: 'B-2' }),
      e('a', { permitDate: '2026-01-01', reference: 'B-1' }),
    ]).map((x) => x.id);
    expect(order).toEqual(['a', 'b', 'c']);
  });
  it('is stable: the input order does not matter', () => {
    const list = [e('a', { reference: 'R1' }), e('b', { reference: 'R1' }), e('c', { reference: 'R0' })];
    expect(queueOrder(list).map((x) => x.id)).toEqual(queueOrder([...list].reverse()).map((x) => x.id));
    expect(queueOrder(list).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
  it('reports position, total, and how many are ahead in the same band and more urgent', () => {
    const pos = queuePositions([
      e('u', { urgency: 'medical', homeBand: 'homes_1_2' }),
      e('x', { permitDate: '2025-05-01' }),
      e('y', { permitDate: '2025-06-01', homeBand: 'homes_5_plus' }),
      e('z'),
    ]);
    expect(pos.get('z')).toEqual({ position: 4, ofTotal: 4, ahead: { total: 3, sameBand: 1, moreUrgent: 1 } });
    expect(pos.get('u')).toEqual({ position: 1, ofTotal: 4, ahead: { total: 0, sameBand: 0, moreUrgent: 0 } });
  });
  it('rejects duplicate ids and bad dates', () => {
    expect(() => queuePositions([e('a'), e('a')])).toThrow(/duplicate/);
    expect(() => queuePositions([e('a', { permitDate: '2026-13-45' })])).toThrow(/date/);
  });
});

describe('position change', () => {
  it('moved up because households ahead were placed; new urgent households came ahead', () => {
    const prev = [e('a', { permitDate: '2025-01-01' }), e('b', { permitDate: '2025-02-01' }), e('c', { permitDate: '2025-03-01' }), e('me', { permitDate: '2025-04-01' })];
    const cur = [e('c', { permitDate: '2025-03-01' }), e('me', { permitDate: '2025-04-01' }), e('u', { urgency: 'medical', permitDate: '2026-05-01' })];
    const ch = positionChange(prev, cur, { placed: ['a', 'b'] });
    expect(ch.get('me')).toEqual({
      code: 'queue.moved_up', params: { previous: 4, current: 3, moved: 1 },
      reasons: [{ code: 'queue.reason.placed_ahead', params: { count: 2 } }, { code: 'queue.reason.new_urgent_ahead', params: { count: 1 } }],
    });
    expect(ch.get('u')?.code).toBe('queue.joined');
    expect(ch.get('a')?.code).toBe('queue.left');
  });
  it('explains overtaking by a raised urgency', () => {
    const prev = [e('me', { permitDate: '2025-01-01' }), e('o', { permitDate: '2025-02-01' })];
    const cur = [e('me', { permitDate: '2025-01-01' }), e('o', { permitDate: '2025-02-01', urgency: 'social' })];
    const ch = positionChange(prev, cur);
    expect(ch.get('me')).toEqual({ code: 'queue.moved_down', params: { previous: 1, current: 2, moved: -1 }, reasons: [{ code: 'queue.reason.overtaken', params: { count: 1 } }] });
    expect(ch.get('o')?.reasons).toEqual([{ code: 'queue.reason.passed', params: { count: 1 } }, { code: 'queue.reason.own_urgency_changed', params: { from: 'none', to: 'social' } }]);
  });
});

describe('wait estimate', () => {
  const rounds = (n: number, perRound: number, over: Partial<RoundStats> = {}): RoundStats[] =>
    Array.from({ length: n }, (_, i) => ({ roundId: `r${i}`, date: `2026-0${i + 1}-01`, placedByBand: { homes_5_plus: perRound, homes_1_2: 20 }, ...over }));
  const caps = [muni('GM1', { homes_5_plus: 2, homes_1_2: 10 }, ['hospital']), muni('GM2', { homes_5_plus: 2, homes_1_2: 10 })];
  const family = e('fam', { homeBand: 'homes_5_plus' });
  const pos = (sameBand: number, moreUrgent = 0) => ({ position: sameBand + 1, ofTotal: 100, ahead: { total: sameBand, sameBand, moreUrgent } });

  it('large family, 4 homes per round, 10 ahead: about 3 rounds', () => {
    const est = estimateWait(family, pos(10), rounds(6, 4), caps, { roundIntervalWeeks: 4 });
    expect(est.rounds).toEqual({ low: 3, high: 3 });
    expect(est.months).toEqual({ low: 1.5, high: 3 });
    expect(est.basis).toMatchObject({ similarPlacedPerRound: { low: 4, high: 4, mean: 4 }, aheadOfYou: 10, roundsObserved: 6, scope: 'all_municipalities' });
    expect(est.drivers).toContainEqual({ code: 'wait.driver.large_home_scarce', params: { band: 'homes_5_plus', perRound: 4 } });
    expect(est.drivers).toContainEqual({ code: 'wait.driver.many_ahead', params: { ahead: 10, perRound: 4 } });
  });
  it('varying rounds give a range', () => {
    const h = [3, 5, 4, 4].map((n, i) => ({ roundId: `r${i}`, date: `2026-0${i + 1}-01`, placedByBand: { homes_5_plus: n } }));
    expect(estimateWait(family, pos(10), h, caps).rounds).toEqual({ low: 3, high: 4 });
  });
  it('counts only fitting municipalities when rounds have a per-municipality breakdown', () => {
    const sick = e('s', { homeBand: 'homes_5_plus', hardNeeds: ['hospital'] });
    const h = rounds(3, 4).map((r) => ({ ...r, placedByMunicipality: { GM1: { homes_5_plus: 1 }, GM2: { homes_5_plus: 3 } } }));
    const est = estimateWait(sick, pos(2), h, caps);
    expect(est.basis.scope).toBe('fitting_municipalities');
    expect(est.basis.similarPlacedPerRound.mean).toBe(1);
    expect(est.rounds).toEqual({ low: 3, high: 3 });
    expect(est.drivers).toContainEqual({ code: 'wait.driver.hard_need_limits_places', params: { need: 'hospital', municipalities: 1, total: 2 } });
  });
  it('urgent arrivals slow a non-urgent household down', () => {
    const h = rounds(4, 4, { newUrgentByBand: { homes_5_plus: 2 } });
    const est = estimateWait(family, pos(10), h, caps);
    expect(est.rounds).toEqual({ low: 6, high: 6 });
    expect(est.drivers).toContainEqual({ code: 'wait.driver.urgent_first', params: { ahead: 0, perRound: 2 } });
  });
  it('no history: no estimate, and says so', () => {
    const est = estimateWait(family, pos(10), [], caps);
    expect(est.rounds).toBeNull();
    expect(est.drivers[0]).toEqual({ code: 'wait.driver.no_history', params: {} });
  });
  it('no home of the band at all: no estimate, an officer must act', () => {
    const est = estimateWait(family, pos(0), rounds(6, 4), [muni('GM1', { homes_1_2: 5, homes_5_plus: 0 })]);
    expect(est.rounds).toBeNull();
    expect(est.basis.fittingMunicipalities).toBe(0);
    expect(est.drivers[0]).toEqual({ code: 'wait.driver.no_home_of_band', params: { band: 'homes_5_plus', persons: 6, municipalities: 1 } });
  });
  it('homes of the band exist, but none is free this period: says so, and still counts the fitting municipalities', () => {
    const atAll = [muni('GM1', { homes_5_plus: 2 }), muni('GM2', { homes_5_plus: 1 }), muni('GM3', { homes_1_2: 9 })];
    const freeNow = [muni('GM1', { homes_5_plus: 0 }), muni('GM2', { homes_5_plus: 1 }, [], 3), muni('GM3', { homes_1_2: 9 })];
    const est = estimateWait(family, pos(0), rounds(6, 4), atAll, { freeNow });
    expect(est.basis.fittingMunicipalities).toBe(2);
    expect(est.rounds).toBeNull();
    expect(est.drivers[0]).toEqual({ code: 'wait.driver.no_free_home_now', params: { band: 'homes_5_plus', persons: 6, municipalities: 2 } });
    const roomInGM2 = estimateWait(family, pos(0), rounds(6, 4), atAll, { freeNow: [muni('GM2', { homes_5_plus: 1 }, [], 6)] });
    expect(roomInGM2.rounds).not.toBeNull();
  });
  it('counts as fitting only municipalities with a home of the band and enough person places (a household of 12)', () => {
    const twelve = e('twelve', { homeBand: 'homes_5_plus', persons: 12 });
    const caps = [
      muni('GM1', { homes_1_2: 40, homes_3_4: 10, homes_5_plus: 0 }), // no home for 5 or more
      muni('GM2', { homes_5_plus: 1 }, [], 11), // a home, but 11 person places
      muni('GM3', { homes_5_plus: 1 }, [], 12),
      muni('GM4', { homes_5_plus: 3 }, ['hospital'], 300),
    ];
    expect(estimateWait(twelve, pos(0), rounds(6, 4), caps).basis.fittingMunicipalities).toBe(2);
    expect(estimateWait({ ...twelve, hardNeeds: ['hospital'] }, pos(0), rounds(6, 4), caps).basis.fittingMunicipalities).toBe(1);
    expect(estimateWait({ ...twelve, acceptableMunicipalities: ['GM3'] }, pos(0), rounds(6, 4), caps).basis.fittingMunicipalities).toBe(1);
  });
  it('no municipality meets the needs', () => {
    const est = estimateWait(e('w', { hardNeeds: ['wheelchair'] }), pos(0), rounds(6, 4), caps);
    expect(est.drivers[0]).toEqual({ code: 'wait.driver.no_municipality_meets_needs', params: { needs: ['wheelchair'] } });
  });
  it('no recent placements like theirs: no estimate', () => {
    const est = estimateWait(family, pos(0), rounds(3, 0), caps);
    expect(est.rounds).toBeNull();
    expect(est.drivers[0]).toEqual({ code: 'wait.driver.no_recent_placements', params: { band: 'homes_5_plus', rounds: 3 } });
  });
  it('summariseRound builds stats from placements', () => {
    const s = summariseRound({ roundId: 'r', date: '2026-01-01', placements: [{ municipality: 'GM1', band: 'homes_5_plus', hardNeeds: ['hospital'] }, { municipality: 'GM1', band: 'homes_1_2', hardNeeds: [] }], joined: [{ band: 'homes_5_plus', urgency: 'medical' }, { band: 'homes_5_plus', urgency: 'none' }] });
    expect(s).toEqual({ roundId: 'r', date: '2026-01-01', placedByBand: { homes_5_plus: 1, homes_1_2: 1 }, placedByMunicipality: { GM1: { homes_5_plus: 1, homes_1_2: 1 } }, placedByNeed: { hospital: 1 }, newUrgentByBand: { homes_5_plus: 1 } });
  });
});

describe('why others went first', () => {
  it('gives aggregate reasons and hides small groups', () => {
    const out = whyOthersWentFirst({ homeBand: 'homes_5_plus', urgency: 'none', permitDate: '2026-03-10' }, {
      roundId: 'r9',
      placed: { homes_1_2: { none: 30, medical: 4 }, homes_3_4: { none: 10 }, homes_5_plus: { none: 2, social: 1 } },
      groups: [
        { band: 'homes_5_plus', urgency: 'none', permitDate: '2025-12-01', tiesThere: [], professionNeeded: false, count: 2 },
        { band: 'homes_5_plus', urgency: 'none', permitDate: '2026-03-20', tiesThere: ['job_contract'], professionNeeded: false, count: 5 },
        { band: 'homes_5_plus', urgency: 'none', permitDate: '2026-03-25', tiesThere: ['study_place', 'family'], professionNeeded: false, count: 1 },
        { band: 'homes_5_plus', urgency: 'none', permitDate: '2026-03-10', tiesThere: ['family'], professionNeeded: false, count: 1 },
      ],
    });
    expect(out).toEqual([
      { code: 'others.urgency', params: { count: 5 } },
      { code: 'others.hard_tie', params: { count: 6 } },
      { code: 'others.smaller_homes_more_available', params: { band: 'homes_1_2', placedShare: 0.72 } },
      { code: 'others.small_groups_hidden', params: {} },
    ]);
  });
});

describe('officer summary', () => {
  it('counts, longest waits and unplaceable households with reasons', () => {
    const caps = [muni('GM1', { homes_1_2: 3, homes_3_4: 2, homes_5_plus: 0 }, ['hospital']), muni('GM2', { homes_1_2: 1, homes_3_4: 0, homes_5_plus: 0 }, ['wheelchair', 'ground_floor'])];
    const s = waitingListSummary([
      e('a', { homeBand: 'homes_5_plus', permitDate: '2025-01-01' }),
      e('b', { hardNeeds: ['hospital', 'wheelchair'] }),
      e('c', { homeBand: 'homes_1_2', hardNeeds: ['wheelchair'], permitDate: '2025-06-01' }),
      e('d', { acceptableMunicipalities: ['GM9'] }),
    ], caps, { today: '2026-01-01', longest: 2 });
    expect(s.total).toBe(4);
    expect(s.byBand).toEqual({ homes_1_2: 1, homes_3_4: 2, homes_5_plus: 1 });
    expect(s.byNeed).toEqual({ hospital: 1, wheelchair: 2 });
    expect(s.byBandAndNeed['homes_1_2']).toEqual({ wheelchair: 1 });
    expect(s.longestWaits).toEqual([{ id: 'a', reference: 'Z-a', permitDate: '2025-01-01', daysWaiting: 365 }, { id: 'c', reference: 'Z-c', permitDate: '2025-06-01', daysWaiting: 214 }]);
    expect(s.unplaceable).toEqual([
      { id: 'a', reference: 'Z-a', reasons: [{ code: 'waiting.no_free_home_this_period', params: { band: 'homes_5_plus', persons: 6, municipalities: 2 } }] },
      { id: 'b', reference: 'Z-b', reasons: [{ code: 'waiting.no_municipality_meets_needs', params: { needs: ['hospital', 'wheelchair'] } }] },
      { id: 'd', reference: 'Z-d', reasons: [{ code: 'waiting.no_acceptable_municipality', params: { listed: 1 } }] },
    ]);
  });
});

// ---------- properties ----------
const entryArb = (id: number) => fc.record({
  id: fc.constant(`h${id}`),
  reference: fc.constantFrom('A', 'B', 'C', 'D'),
  permitDate: fc.constantFrom('2025-01-01', '2025-03-01', '2025-06-15', '2026-01-01'),
  urgency: fc.constantFrom('medical' as const, 'social' as const, 'none' as const),
  homeBand: fc.constantFrom('homes_1_2' as const, 'homes_3_4' as const, 'homes_5_plus' as const),
  hardNeeds: fc.subarray(['hospital', 'wheelchair']),
}).map((entry) => ({ ...entry, persons: PERSONS_OF_BAND[entry.homeBand] }));
const listArb = fc.integer({ min: 0, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => entryArb(i))));

describe('properties', () => {
  it('positions are a permutation of 1..n', () => {
    fc.assert(fc.property(listArb, (list) => {
      const pos = queuePositions(list);
      const ps = [...pos.values()].map((p) => p.position).sort((a, b) => a - b);
      expect(ps).toEqual(list.map((_, i) => i + 1));
      for (const p of pos.values()) { expect(p.ofTotal).toBe(list.length); expect(p.ahead.sameBand).toBeLessThanOrEqual(p.ahead.total); }
    }));
  });
  it('removing a household ahead never worsens anyone’s position', () => {
    fc.assert(fc.property(listArb, fc.nat(), (list, k) => {
      fc.pre(list.length > 0);
      const removed = list[k % list.length];
      const before = queuePositions(list);
      const after = queuePositions(list.filter((x) => x !== removed));
      for (const [id, p] of after) expect(p.position).toBeLessThanOrEqual(before.get(id)!.position);
    }));
  });
  it('position change causes add up to the move', () => {
    fc.assert(fc.property(listArb, listArb, fc.nat(), (a, b, seed) => {
      const prev = a;
      const cur = b.map((x, i) => (i % 3 === seed % 3 && i < a.length ? { ...a[i], urgency: x.urgency } : x));
      const seen = new Set<string>(); const curU = cur.filter((x) => !seen.has(x.id) && seen.add(x.id));
      const placed = new Set(prev.filter((_, i) => i % 2 === 0).map((x) => x.id));
      for (const c of positionChange(prev, curU, { placed }).values()) {
        const n = (code: string) => c.reasons.filter((r) => r.code === code).reduce((s, r) => s + (r.params as { count: number }).count, 0);
        if (c.params.previous !== null && c.params.current !== null) {
          expect(c.params.moved).toBe(n('queue.reason.placed_ahead') + n('queue.reason.left_ahead') + n('queue.reason.passed') - n('queue.reason.new_urgent_ahead') - n('queue.reason.new_earlier_ahead') - n('queue.reason.overtaken'));
        }
      }
    }));
  });
  it('estimate: low ≤ high, low ≥ 1, and more ahead never shortens the wait', () => {
    const roundArb = fc.record({ roundId: fc.string(), date: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01'), placedByBand: fc.record({ homes_1_2: fc.nat(20), homes_3_4: fc.nat(20), homes_5_plus: fc.nat(20) }), newUrgentByBand: fc.record({ homes_5_plus: fc.nat(3) }) });
    fc.assert(fc.property(fc.array(roundArb, { maxLength: 8 }), fc.nat(60), fc.nat(10), fc.integer({ min: 1, max: 8 }), (h, ahead, extra, weeks) => {
      const caps = [muni('GM1', { homes_1_2: 1, homes_3_4: 1, homes_5_plus: 1 })];
      const p = (n: number) => ({ position: n + 1, ofTotal: 100, ahead: { total: n, sameBand: n, moreUrgent: 0 } });
      const a = estimateWait(e('x', { homeBand: 'homes_5_plus' }), p(ahead), h, caps, { roundIntervalWeeks: weeks });
      const b = estimateWait(e('x', { homeBand: 'homes_5_plus' }), p(ahead + extra), h, caps, { roundIntervalWeeks: weeks });
      if (a.rounds) {
        expect(a.rounds.low).toBeGreaterThanOrEqual(1);
        expect(a.rounds.low).toBeLessThanOrEqual(a.rounds.high);
        expect(a.months!.low).toBeLessThanOrEqual(a.months!.high);
        expect(b.rounds!.low).toBeGreaterThanOrEqual(a.rounds.low);
        expect(b.rounds!.high).toBeGreaterThanOrEqual(a.rounds.high);
      } else {
        expect(b.rounds).toBeNull();
        // Without an estimate, the first driver says why (an estimate may come with no special driver).
        expect(a.drivers.length).toBeGreaterThan(0);
      }
    }));
  });
});

it('waiting codes are namespaced', () => {
  for (const c of WAITING_CODES) expect(c).toMatch(/^(queue|wait|others|waiting)\.[a-z_.]+$/);
});
