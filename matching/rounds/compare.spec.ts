import { compareRuns, type RunPlacement } from './compare.js';

const at = (household: string, municipality: string | null, fit: number | null = municipality ? 0.5 : null): RunPlacement => ({ household, municipality, fit });

describe('compareRuns', () => {
  const previous = [at('a', 'M1', 0.8), at('b', 'M2', 0.6), at('c', 'M3', 0.7), at('d', null), at('e', 'M4', 0.4), at('f', 'M5', 0.9), at('only-before', 'M1')];
  const next = [at('a', 'M2', 0.7), at('b', 'M3', 0.5), at('c', null), at('d', 'M1', 0.3), at('e', 'M4', 0.4), at('f', 'M6', 0.85), at('only-after', 'M1')];

  it('lists moved households by id with from, to and fit change; leaves out households of one run only', () => {
    const r = compareRuns(previous, next, {});
    expect(r.moved.map((m) => [m.household, m.from, m.to, m.fitChange])).toEqual([
      ['a', 'M1', 'M2', -0.1], ['b', 'M2', 'M3', -0.1], ['c', 'M3', null, null], ['d', null, 'M1', null], ['f', 'M5', 'M6', -0.05],
    ]);
    expect(r.unchanged).toBe(1);
    expect(r.moved.every((m) => m.cause === 'cascade')).toBe(true);
    expect(r.byCause).toEqual({ pin: 0, forbid: 0, capacity: 0, weights: 0, priority: 0, cascade: 5 });
  });

  it('attributes pin, then forbid, then capacity, then cascade', () => {
    const r = compareRuns(previous, next, {
      pins: [{ household: 'a', municipality: 'M2' }],
      forbidden: [{ household: 'b', municipality: 'M2' }, { household: 'a', municipality: 'M1' }],
      capacity: ['M6'],
    });
    expect(Object.fromEntries(r.moved.map((m) => [m.household, m.cause]))).toEqual({ a: 'pin', b: 'forbid', c: 'cascade', d: 'cascade', f: 'capacity' });
  });

  it('gives round-wide changes every move not explained locally; with weights and priority both changed, placed ↔ unplaced is priority', () => {
    const w = compareRuns(previous, next, { weights: true, pins: [{ household: 'a', municipality: 'M2' }] });
    expect(Object.fromEntries(w.moved.map((m) => [m.household, m.cause]))).toEqual({ a: 'pin', b: 'weights', c: 'weights', d: 'weights', f: 'weights' });
    const p = compareRuns(previous, next, { priorityWeight: true });
    expect(p.byCause.priority).toBe(5);
    const both = compareRuns(previous, next, { weights: true, priorityWeight: true });
    expect(Object.fromEntries(both.moved.map((m) => [m.household, m.cause]))).toEqual({ a: 'weights', b: 'weights', c: 'priority', d: 'priority', f: 'weights' });
  });
});
