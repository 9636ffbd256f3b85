import { adult, household, municipality } from '../fixtures.js';
import { priorities } from './priorities.js';
import { run } from './test-helpers.js';

describe('priorities criterion', () => {
  const nurse = household('h1', { members: [adult({ professions: ['2221'] })] });
  it('a wanted occupation matches exactly', () => {
    const r = run(priorities, nurse, [municipality('GM0001', { priorities: { wantedOccupations: ['2221'] } })], 'GM0001');
    expect(r).toEqual({ score: 1, reasons: [{ code: 'priorities.wanted_exact', params: { member: 1, isco: '2221' } }] });
  });
  it('no stated priority matching scores 0; no professions is not applicable', () => {
    expect(run(priorities, nurse, [municipality('GM0001')], 'GM0001')).toEqual({ score: 0, reasons: [{ code: 'priorities.none_matched', params: {} }] });
    expect(run(priorities, household('h2'), [municipality('GM0001')], 'GM0001').score).toBeNull();
  });
});
