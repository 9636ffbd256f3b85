import { buildScoredInstance } from './scoring/build.js';
import { syntheticModel } from './model/synthetic.js';
import { capacityShortfalls, DEFAULT_TIE_REACH, fits, hardNeedsMet, hardTieReaches, misfits, tieReach, type FitSupply } from './fits.js';
import { tie } from './scoring/fixtures.js';
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

describe('tieReach: the municipalities within reach of every hard tie', () => {
  // Utrecht, Zeist 7.5 km, Amersfoort (placed 21.6 km away), Groningen 161 km.
  const centroids = [
    { id: 'GM0344', lat: 52.0907, lon: 5.1214 },
    { id: 'GM0355', lat: 52.0894, lon: 5.2316 },
    { id: 'GM0307', lat: 52.1561, lon: 5.42 },
    { id: 'GM0014', lat: 53.2194, lon: 6.5665 },
  ];
  it('is undefined without a hard tie: declared ties, community ties, family not first-degree or not to live near', () => {
    expect(tieReach([], centroids)).toBeUndefined();
    expect(tieReach([tie('job_contract', 'GM0344'), tie('community', 'GM0344', { status: 'verified' })], centroids)).toBeUndefined();
    expect(tieReach([tie('family', 'GM0344', { status: 'verified', liveNear: true }), tie('family', 'GM0344', { status: 'verified', firstDegree: true })], centroids)).toBeUndefined();
  });
  it('uses 30 km for work and study, 20 km for family, by default; the policy can change both', () => {
    expect(DEFAULT_TIE_REACH).toEqual({ placeKm: 30, familyKm: 20 });
    expect(tieReach([tie('study_place', 'GM0344', { status: 'verified' })], centroids)).toEqual(['GM0307', 'GM0344', 'GM0355']);
    expect(tieReach([tie('family', 'GM0344', { status: 'verified', firstDegree: true, liveNear: true })], centroids)).toEqual(['GM0344', 'GM0355']);
    expect(tieReach([tie('job_contract', 'GM0344', { status: 'verified' })], centroids, { placeKm: 5, familyKm: 20 })).toEqual(['GM0344']);
  });
  it("always keeps the tie's own municipality, even with reach 0", () => {
    expect(tieReach([tie('job_contract', 'GM0014', { status: 'verified' })], centroids, { placeKm: 0, familyKm: 0 })).toEqual(['GM0014']);
  });
  it('intersects the reaches of several hard ties (all must be honoured)', () => {
    const job = tie('job_contract', 'GM0307', { status: 'verified' });
    const family = tie('family', 'GM0344', { status: 'verified', firstDegree: true, liveNear: true });
    expect(tieReach([job, family], centroids)).toEqual(['GM0344', 'GM0355']);
    expect(tieReach([job, tie('study_place', 'GM0014', { status: 'verified' })], centroids)).toEqual([]);
  });
  it('a tie in a municipality not in the model reaches nothing', () => {
    const unknown = tie('job_contract', 'GM9999', { status: 'verified' });
    expect(tieReach([unknown], centroids)).toEqual([]);
    expect(hardTieReaches([unknown], centroids)).toEqual([{ tie: unknown, reachKm: 30, known: false, km: new Map(), within: [] }]);
  });
  it('agrees with the scoring filter when job ties are verified (synthetic round)', () => {
    const model = syntheticModel({ households: 200, municipalities: 60, seed: 11, tightness: 0.3 });
    const households = model.households.map((h) => ({ ...h, linkGroup: null, ties: h.ties.map((t) => (t.kind === 'job_contract' ? { ...t, status: 'verified' as const } : t)) }));
    const { details } = buildScoredInstance({ ...model, households }, { keepLinkedTogether: false });
    let limited = 0;
    for (const h of households) {
      const reach = tieReach(h.ties, model.municipalities);
      if (reach) limited++;
      const unit = details.units.find((u) => u.id === h.id)!;
      const filtered = new Set(unit.filtered.map((f) => f.municipality));
      for (const m of model.municipalities) {
        const why = misfits({ persons: h.members.length, hardNeeds: [...h.careNeeds, ...h.accessibilityNeeds], ...(reach ? { reach } : {}) }, { municipality: m.id, meets: hardNeedsMet(m.services), capacity: m.capacity });
        expect({ household: h.id, municipality: m.id, fits: why.length === 0 }).toEqual({ household: h.id, municipality: m.id, fits: !filtered.has(m.id) });
      }
    }
    expect(limited).toBeGreaterThan(0);
  });
});
