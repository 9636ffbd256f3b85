import { haversineKm } from '../../model/geo.js';
import { household, municipality, tie } from '../fixtures.js';
import { ties, tieCredit } from './ties.js';
import { run } from './test-helpers.js';

// Utrecht (job), a municipality ~5 km away and one ~150 km away (Groningen area).
const job = municipality('GM0344', { lat: 52.0907, lon: 5.1214 });
const near = municipality('GM0355', { lat: 52.1, lon: 5.19 });
const far = municipality('GM0014', { lat: 53.2194, lon: 6.5665 });
const worker = household('h1', { ties: [tie('job_contract', 'GM0344')] });

describe('ties criterion', () => {
  it('haversine distance is right (Utrecht–Groningen ≈ 161 km)', () => {
    expect(haversineKm(52.0907, 5.1214, 53.2194, 6.5665)).toBeGreaterThan(155);
    expect(haversineKm(52.0907, 5.1214, 53.2194, 6.5665)).toBeLessThan(167);
  });
  it('a job contract 5 km away keeps full credit; 150+ km away gets none', () => {
    const n = run(ties, worker, [job, near, far], 'GM0355');
    expect(n.score).toBe(1);
    expect(n.reasons).toHaveLength(1);
    expect(n.reasons[0]).toMatchObject({ code: 'ties.distance', params: { kind: 'job_contract', municipality: 'GM0344', status: 'declared' } });
    expect((n.reasons[0].params as { km: number }).km).toBeLessThan(6);
    const f = run(ties, worker, [job, near, far], 'GM0014');
    expect(f.score).toBe(0);
    expect((f.reasons[0].params as { km: number }).km).toBeGreaterThan(150);
  });
  it('credit falls linearly between 15 and 90 km', () => {
    expect(tieCredit(15)).toBe(1);
    expect(tieCredit(52.5)).toBeCloseTo(0.5);
    expect(tieCredit(90)).toBe(0);
  });
  it('no job or study tie: not applicable; unknown location scores 0 with a reason', () => {
    expect(run(ties, household('h2'), [job], 'GM0344').score).toBeNull();
    const r = run(ties, household('h3', { ties: [tie('study_place', 'GM9999')] }), [job], 'GM0344');
    expect(r).toEqual({ score: 0, reasons: [{ code: 'ties.unknown_location', params: { kind: 'study_place', municipality: 'GM9999', status: 'declared' } }] });
    const v = run(ties, household('h4', { ties: [tie('study_place', 'GM9999', { status: 'verified' })] }), [job], 'GM0344');
    expect(v.reasons).toEqual([{ code: 'ties.unknown_location', params: { kind: 'study_place', municipality: 'GM9999', status: 'verified' } }]);
  });
});
