import { adult, household, municipality } from '../fixtures.js';
import { labour } from './labour.js';
import { run } from './test-helpers.js';

const architect = household('h1', { members: [adult({ professions: ['2161'], aspirations: ['work_in_profession'] })] });

describe('labour criterion', () => {
  it('architect (ISCO 2161) where 2161 is a shortage occupation: exact, full credit', () => {
    const r = run(labour, architect, [municipality('GM0001', { labour: { shortageOccupations: ['2161'] } })], 'GM0001');
    expect(r.score).toBe(1);
    expect(r.reasons).toEqual([{ code: 'labour.shortage_exact', params: { member: 1, isco: '2161' } }]);
  });

  it('architect where only 2162 (same minor group 216) is listed: partial credit 0.6', () => {
    const r = run(labour, architect, [municipality('GM0002', { labour: { shortageOccupations: ['2162'] } })], 'GM0002');
    expect(r.score).toBeCloseTo(0.6);
    expect(r.reasons).toEqual([{ code: 'labour.shortage_minor_group', params: { member: 1, isco: '2161', listed: '2162', group: '216' } }]);
  });

  it('same sub-major group (21) gives 0.3; a listed wider group (21) counts in full', () => {
    const sub = run(labour, architect, [municipality('GM0003', { labour: { shortageOccupations: ['2141'] } })], 'GM0003');
    expect(sub.score).toBeCloseTo(0.3);
    expect(sub.reasons[0].code).toBe('labour.shortage_sub_major_group');
    const wide = run(labour, architect, [municipality('GM0004', { labour: { shortageOccupations: ['21'] } })], 'GM0004');
    expect(wide.score).toBe(1);
    expect(wide.reasons).toEqual([{ code: 'labour.shortage_group', params: { member: 1, isco: '2161', listed: '21' } }]);
  });

  it('no match at all is 0 with a reason; an adult without profession or aspiration makes it not applicable', () => {
    const r = run(labour, architect, [municipality('GM0005', { labour: { shortageOccupations: ['5120'] } })], 'GM0005');
    expect(r.score).toBe(0);
    expect(r.reasons).toEqual([{ code: 'labour.no_match', params: { member: 1 } }]);
    expect(run(labour, household('h2'), [municipality('GM0005')], 'GM0005').score).toBeNull();
  });

  it('study aspiration is matched by an institution of the right level', () => {
    const student = household('h3', { members: [adult({ aspirations: ['study'], educationLevel: 3 })] });
    const uni = run(labour, student, [municipality('GM0006', { services: { university: true, mbo: true } })], 'GM0006');
    expect(uni.score).toBe(1);
    expect(uni.reasons).toEqual([{ code: 'labour.study_institution', params: { member: 1, institution: 'university', educationLevel: 3 } }]);
    const mboOnly = run(labour, student, [municipality('GM0007', { services: { mbo: true } })], 'GM0007');
    expect(mboOnly.score).toBe(0.5);
  });

  it('averages over relevant adults', () => {
    const two = household('h4', {
      members: [adult({ professions: ['2161'] }), adult({ position: 2, professions: ['9112'] })],
    });
    const r = run(labour, two, [municipality('GM0008', { labour: { shortageOccupations: ['2161'] } })], 'GM0008');
    expect(r.score).toBe(0.5);
  });
});
