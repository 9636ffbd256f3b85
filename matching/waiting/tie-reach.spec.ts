import { haversineKm } from '../model/geo.js';
import { tie } from '../scoring/fixtures.js';
import { estimateWait, fittingMunicipalities, queuePositions, unplaceableReasons, withTieReach, type MunicipalityCapacity, type QueueEntry } from './index.js';

// Utrecht (the job), Zeist ~9 km east, Amersfoort (placed ~21.6 km away), Groningen ~161 km.
const centroids = [
  { id: 'GM0344', lat: 52.0907, lon: 5.1214 },
  { id: 'GM0355', lat: 52.0894, lon: 5.2316 },
  { id: 'GM0307', lat: 52.1561, lon: 5.42 },
  { id: 'GM0014', lat: 53.2194, lon: 6.5665 },
];
const caps: MunicipalityCapacity[] = centroids.map((c) => ({ municipality: c.id, persons: 50, homes: { homes_1_2: 5, homes_3_4: 5, homes_5_plus: 1 }, meets: [] }));
const single: QueueEntry = { id: 'dev', reference: 'Z-1', permitDate: '2026-01-01', urgency: 'none', persons: 1, homeBand: 'homes_1_2', hardNeeds: [] };

describe('the waiting list applies the hard ties\' reach (the predicate of the scoring filter)', () => {
  it('a verified job tie counts only the municipalities within 30 km as fitting, and the texts name it', () => {
    expect(haversineKm(52.0907, 5.1214, 52.1561, 5.42)).toBeGreaterThan(20);
    expect(haversineKm(52.0907, 5.1214, 52.1561, 5.42)).toBeLessThan(30);
    expect(fittingMunicipalities(single, caps)).toHaveLength(4);
    const entry = withTieReach(single, [tie('job_contract', 'GM0344', { status: 'verified' })], centroids);
    expect(entry.acceptableMunicipalities).toEqual(['GM0307', 'GM0344', 'GM0355']);
    expect(fittingMunicipalities(entry, caps).map((c) => c.municipality).sort()).toEqual(['GM0307', 'GM0344', 'GM0355']);
    const estimate = estimateWait(entry, queuePositions([entry]).get('dev')!, [], caps);
    expect(estimate.basis.fittingMunicipalities).toBe(3);
    expect(estimate.drivers).toContainEqual({ code: 'wait.driver.hard_tie_reach', params: { kind: 'job_contract', tiePlace: 'GM0344', reachKm: 30, municipalities: 3 } });
    expect(estimate.drivers.some((d) => d.code === 'wait.driver.few_acceptable_places')).toBe(false);
  });
  it('a declared tie does not limit anything', () => {
    expect(withTieReach(single, [tie('job_contract', 'GM0344')], centroids)).toBe(single);
  });
  it('a verified first-degree family tie the household wants to live near reaches 20 km; the policy can change it', () => {
    const family = [tie('family', 'GM0344', { status: 'verified', firstDegree: true, liveNear: true })];
    expect(withTieReach(single, family, centroids).acceptableMunicipalities).toEqual(['GM0344', 'GM0355']);
    expect(withTieReach(single, family, centroids, { placeKm: 30, familyKm: 25 }).acceptableMunicipalities).toEqual(['GM0307', 'GM0344', 'GM0355']);
    expect(withTieReach(single, [tie('family', 'GM0344', { status: 'verified', firstDegree: true })], centroids)).toBe(single);
  });
  it('no room within reach: no free home now, though a far municipality has room', () => {
    const entry = withTieReach(single, [tie('job_contract', 'GM0344', { status: 'verified' })], centroids);
    const freeNow = caps.map((c) => (c.municipality === 'GM0014' ? c : { ...c, homes: { ...c.homes, homes_1_2: 0 } }));
    const estimate = estimateWait(entry, queuePositions([entry]).get('dev')!, [], caps, { freeNow });
    expect(estimate.rounds).toBeNull();
    expect(estimate.drivers[0]).toEqual({ code: 'wait.driver.no_free_home_now', params: { band: 'homes_1_2', persons: 1, municipalities: 3 } });
    expect(unplaceableReasons(entry, freeNow)).toEqual([{ code: 'waiting.no_free_home_this_period', params: { band: 'homes_1_2', persons: 1, municipalities: 3 } }]);
  });
});

describe('hard ties whose areas do not overlap (issue 11, HA)', () => {
  // Family in Utrechtse Heuvelrug (reach 20 km) and a study place in Deventer (reach 30 km), about 63 km apart.
  const places = [
    { id: 'GM1581', lat: 52.0347, lon: 5.3883 },
    { id: 'GM0150', lat: 52.2683, lon: 6.2359 },
    { id: 'GM0344', lat: 52.0907, lon: 5.1214 },
    { id: 'GM0355', lat: 52.0894, lon: 5.2316 },
  ];
  const capsApart: MunicipalityCapacity[] = places.map((c) => ({ municipality: c.id, persons: 50, homes: { homes_1_2: 5, homes_3_4: 5, homes_5_plus: 1 }, meets: [] }));
  const ties = [
    tie('family', 'GM1581', { status: 'verified', firstDegree: true, liveNear: true }),
    tie('study_place', 'GM0150', { status: 'verified' }),
  ];

  it('names the cause (the areas do not overlap), never an empty list of needs, and counts each tie\'s own area', () => {
    expect(haversineKm(52.0347, 5.3883, 52.2683, 6.2359)).toBeGreaterThan(50);
    const entry = withTieReach(single, ties, places);
    expect(entry.acceptableMunicipalities).toEqual([]);
    const estimate = estimateWait(entry, queuePositions([entry]).get('dev')!, [], capsApart);
    expect(estimate.rounds).toBeNull();
    expect(estimate.drivers[0]).toEqual({ code: 'wait.driver.hard_tie_reaches_apart', params: { tiePlaces: ['GM1581', 'GM0150'] } });
    expect(estimate.drivers.some((d) => d.code === 'wait.driver.no_municipality_meets_needs')).toBe(false);
    // Utrechtse Heuvelrug reaches Zeist (~12 km) and Utrecht (~19 km); Deventer reaches only itself here.
    expect(estimate.drivers).toContainEqual({ code: 'wait.driver.hard_tie_reach', params: { kind: 'family', tiePlace: 'GM1581', reachKm: 20, municipalities: 3 } });
    expect(estimate.drivers).toContainEqual({ code: 'wait.driver.hard_tie_reach', params: { kind: 'study_place', tiePlace: 'GM0150', reachKm: 30, municipalities: 1 } });
    expect(unplaceableReasons(entry, capsApart)).toEqual([{ code: 'waiting.hard_tie_reaches_apart', params: { tiePlaces: ['GM1581', 'GM0150'] } }]);
  });

  it('a list parameter of the waiting codes is never empty: without hard needs, nothing in reach is said as such', () => {
    const pinned: QueueEntry = { ...single, acceptableMunicipalities: ['GM9999'] };
    const estimate = estimateWait(pinned, queuePositions([pinned]).get('dev')!, [], capsApart);
    expect(estimate.drivers[0]).toEqual({ code: 'wait.driver.no_municipality_in_reach', params: {} });
    const needy: QueueEntry = { ...single, hardNeeds: ['wheelchair'] };
    expect(estimateWait(needy, queuePositions([needy]).get('dev')!, [], capsApart).drivers[0]).toEqual({ code: 'wait.driver.no_municipality_meets_needs', params: { needs: ['wheelchair'] } });
  });
});
