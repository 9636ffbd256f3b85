import { adult, household, municipality, tie } from '../fixtures.js';
import { network } from './network.js';
import { run } from './test-helpers.js';

describe('network criterion', () => {
  it('family there gives full credit', () => {
    const h = household('h1', { ties: [tie('family', 'GM0001')] });
    const r = run(network, h, [municipality('GM0001'), municipality('GM0002')], 'GM0001');
    expect(r).toEqual({ score: 1, reasons: [{ code: 'network.family_here', params: { household: 'h1', status: 'declared' } }] });
    const verified = household('h1', { ties: [tie('family', 'GM0001'), tie('family', 'GM0001', { status: 'verified', firstDegree: true })] });
    expect(run(network, verified, [municipality('GM0001')], 'GM0001').reasons).toEqual([{ code: 'network.family_here', params: { household: 'h1', status: 'verified' } }]);
    expect(run(network, h, [municipality('GM0001'), municipality('GM0002')], 'GM0002')).toEqual({ score: 0, reasons: [{ code: 'network.none', params: {} }] });
  });
  it('a community speaking a household language plus self-organisations and buddy schemes', () => {
    const h = household('h1', { members: [adult({ languages: [{ language: 'ti', cefr: 'C2' }, { language: 'nl', cefr: 'A2' }] })] });
    const m = municipality('GM0001', { networks: { communityLanguages: ['nl', 'ti'], selfOrganisations: 2, buddySchemes: 0 } });
    const r = run(network, h, [m], 'GM0001');
    expect(r.score).toBeCloseTo(0.8);
    expect(r.reasons).toEqual([
      { code: 'network.community_language', params: { language: 'ti' } },
      { code: 'network.self_organisations', params: { count: 2 } },
    ]);
  });
});
