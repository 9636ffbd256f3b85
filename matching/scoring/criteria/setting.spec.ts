import { household, municipality } from '../fixtures.js';
import { setting } from './setting.js';
import { run } from './test-helpers.js';

describe('setting criterion', () => {
  it('rural preference fits urbanisation class 5 fully and class 1 not at all', () => {
    const h = household('h1', { preferredSetting: 'rural' });
    const munis = [municipality('GM0001', { urbanisation: 5 }), municipality('GM0002', { urbanisation: 1 })];
    expect(run(setting, h, munis, 'GM0001')).toEqual({ score: 1, reasons: [{ code: 'setting.fit', params: { preferred: 'rural', urbanisation: 5 } }] });
    expect(run(setting, h, munis, 'GM0002').score).toBe(0);
  });
  it('suburban peaks at class 3; no preference is not applicable', () => {
    const munis = [municipality('GM0001', { urbanisation: 3 })];
    expect(run(setting, household('h', { preferredSetting: 'suburban' }), munis, 'GM0001').score).toBe(1);
    expect(run(setting, household('h'), munis, 'GM0001')).toEqual({ score: null, reasons: [] });
  });
});
