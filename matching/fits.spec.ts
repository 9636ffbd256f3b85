import { buildScoredInstance } from './scoring/build.js';
import { syntheticModel } from './model/synthetic.js';
import { capacityShortfalls, fits, hardNeedsMet, misfits, type FitSupply } from './fits.js';
import { usesOf } from './vocabulary/index.js';

const supply = (over: { meets?: readonly string[]; capacity?: Partial<FitSupply['capacity']> } = {}): FitSupply => ({
  municipality: 'GM0001',
  meets: over.meets ?? [],
  capacity: { persons: 100, homes_1_2: 10, homes_3_4: 10, homes_5_plus: 10, ...over.capacity },
});

describe('fits: whether a municipality can take a household', () => {
  it('needs a home of the band and as many person places as members', () => {
    expect(usesOf(12)).toEqual({ persons: 12, homes_5_plus: 1 });
    expect(fits({ persons: 12, hardNeeds: [] }, supply())).toBe(true);
    expect(misfits({ persons: 12, hardNeeds: [] }, supply({ capacity: { homes_5_plus: 0 } }))).toEqual([{ code: 'fit.capacity_short', resource: 'homes_5_plus', needed: 1, available: 0 }]);
    expect(misfits({ persons: 12, hardNeeds: [] }, supply({ capacity: { persons: 11 } }))).toEqual([{ code: 'fit.capacity_short', resource: 'persons', needed: 12, available: 11 }]);
    expect(fits({ persons: 2, hardNeeds: [] }, supply({ capacity: { homes_5_plus: 0, homes_3_4: 0 } }))).toBe(true);
  });
  it('needs every hard need met and the municipality within reach', () => {
    const services = { hospital: true, mentalHealthCare: false, primarySchools: true, secondarySchools: true, mbo: true, hbo: false, university: false, dutchLanguageCourses: true, accessibleHomes: true };
    expect(hardNeedsMet(services).sort()).toEqual(['chronic_care', 'ground_floor', 'hospital', 'wheelchair']);
    const here = supply({ meets: hardNeedsMet(services) });
    expect(fits({ persons: 1, hardNeeds: ['hospital', 'wheelchair'] }, here)).toBe(true);
    expect(misfits({ persons: 1, hardNeeds: ['mental_health'] }, here)).toEqual([{ code: 'fit.need_unmet', need: 'mental_health' }]);
    expect(misfits({ persons: 1, hardNeeds: [], reach: ['GM0002'] }, here)).toEqual([{ code: 'fit.outside_reach' }]);
  });
  it('counts a missing amount as zero', () => {
    expect(capacityShortfalls({ persons: 1 }, {})).toEqual([{ code: 'fit.capacity_short', resource: 'persons', needed: 1, available: 0 }]);
  });
  it('agrees with the scoring filters for every household and municipality of a synthetic round', () => {
    const model = syntheticModel({ households: 300, municipalities: 60, seed: 7, tightness: 0.3 });
    const single = { ...model, households: model.households.map((h) => ({ ...h, linkGroup: null })) };
    const { details } = buildScoredInstance(single, { keepLinkedTogether: false });
    let compared = 0;
    const misfitCodes = new Set<string>();
    let fitting = 0;
    for (const h of single.households) {
      const unit = details.units.find((u) => u.id === details.unitOf.get(h.id))!;
      const filtered = new Set(unit.filtered.map((f) => f.municipality));
      for (const m of single.municipalities) {
        const why = misfits({ persons: h.members.length, hardNeeds: [...h.careNeeds, ...h.accessibilityNeeds] }, { municipality: m.id, meets: hardNeedsMet(m.services), capacity: m.capacity });
        expect({ household: h.id, municipality: m.id, fits: why.length === 0 }).toEqual({ household: h.id, municipality: m.id, fits: !filtered.has(m.id) });
        for (const w of why) misfitCodes.add(w.code === 'fit.capacity_short' ? `${w.code}:${w.resource}` : w.code);
        if (why.length === 0) fitting++;
        compared++;
      }
    }
    expect(compared).toBe(300 * 60);
    // Not vacuous: both outcomes occur, for hard needs and for capacity.
    expect(fitting).toBeGreaterThan(0);
    expect([...misfitCodes]).toEqual(expect.arrayContaining(['fit.need_unmet', 'fit.capacity_short:homes_5_plus']));
  });
});
