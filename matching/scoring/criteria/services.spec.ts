import { adult, child, household, municipality } from '../fixtures.js';
import { services } from './services.js';
import { run } from './test-helpers.js';

describe('services criterion', () => {
  it('scores the share of needs met: hospital care, primary school, Dutch courses', () => {
    const h = household('h1', { careNeeds: ['hospital'], members: [adult(), child(7, 2)] });
    const m = municipality('GM0001', { services: { hospital: false, primarySchools: true, dutchLanguageCourses: true } });
    const r = run(services, h, [m], 'GM0001');
    expect(r.score).toBeCloseTo(2 / 3);
    expect(r.reasons).toEqual([
      { code: 'services.care_unavailable', params: { need: 'hospital' } },
      { code: 'services.primary_school', params: { children: 1 } },
      { code: 'services.language_courses', params: { adults: 1 } },
    ]);
  });
  it('an adult at B1 Dutch without children or needs: not applicable', () => {
    const h = household('h2', { members: [adult({ languages: [{ language: 'nl', cefr: 'B1' }] })] });
    expect(run(services, h, [municipality('GM0001')], 'GM0001')).toEqual({ score: null, reasons: [] });
  });
});
