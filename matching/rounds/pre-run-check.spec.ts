import { adult, child, household, municipality, tie } from '../scoring/fixtures.js';
import { preRunCheck } from './pre-run-check.js';

// Utrecht (job), Zeist 7.5 km, Groningen 161 km.
const utrecht = (capacity = {}) => municipality('GM0344', { lat: 52.0907, lon: 5.1214, capacity: { persons: 2, homes_1_2: 0, homes_3_4: 0, homes_5_plus: 0, ...capacity } });
const zeist = (capacity = {}) => municipality('GM0355', { lat: 52.0894, lon: 5.2316, capacity: { persons: 3, homes_1_2: 0, homes_3_4: 0, homes_5_plus: 0, ...capacity } });
const groningen = municipality('GM0014', { lat: 53.2194, lon: 6.5665, capacity: { persons: 20, homes_1_2: 4, homes_3_4: 2, homes_5_plus: 1 } });
const verifiedJob = [tie('job_contract', 'GM0344', { status: 'verified' })];

describe('preRunCheck', () => {
  it('lists a verified job tie no municipality within reach can take, with what would honour it, though Groningen has room', () => {
    const check = preRunCheck({ households: [household('dev', { ties: verifiedJob })], municipalities: [utrecht(), zeist(), groningen] });
    expect(check.unhonourableTies).toEqual([{
      households: ['dev'], household: 'dev', kind: 'job_contract', tiePlace: 'GM0344', reachKm: 30, known: true,
      withinReach: ['GM0344', 'GM0355'],
      why: { 'fit.capacity_short:homes_1_2': 2 },
      // +1 home for 1–2 persons in Utrecht (the tie's own place first on equal terms), or the same in Zeist
      honourWith: [{ municipality: 'GM0344', add: { homes_1_2: 1 } }, { municipality: 'GM0355', add: { homes_1_2: 1 } }],
    }]);
    expect(check.withoutFit).toEqual([{ households: ['dev'], why: { 'fit.capacity_short:homes_1_2': 2, 'fit.outside_reach': 1 } }]);
  });
  it('orders what would honour a tie by least to add: homes, then person places', () => {
    const family = household('fam', { members: [adult(), adult({ position: 2 }), child(5, 3)], ties: verifiedJob });
    const check = preRunCheck({ households: [family], municipalities: [utrecht({ homes_3_4: 1 }), zeist(), groningen] });
    expect(check.unhonourableTies[0].honourWith).toEqual([
      { municipality: 'GM0344', add: { persons: 1 } },
      { municipality: 'GM0355', add: { homes_3_4: 1 } },
    ]);
  });
  it('says nothing when a municipality within reach can take the unit; a declared tie is not checked', () => {
    expect(preRunCheck({ households: [household('dev', { ties: verifiedJob })], municipalities: [utrecht(), zeist({ homes_1_2: 1 }), groningen] }).unhonourableTies).toEqual([]);
    const declared = preRunCheck({ households: [household('dev', { ties: [tie('job_contract', 'GM0344')] })], municipalities: [utrecht(), zeist(), groningen] });
    expect(declared.unhonourableTies).toEqual([]);
    expect(declared.withoutFit).toEqual([]);
  });
  it('no capacity can honour a tie when no municipality within reach meets the needs, or the tie place is unknown', () => {
    const sick = household('sick', { careNeeds: ['hospital'], ties: verifiedJob });
    const check = preRunCheck({ households: [sick, household('far', { ties: [tie('study_place', 'GM9999', { status: 'verified' })] })], municipalities: [utrecht(), zeist(), groningen] });
    expect(check.unhonourableTies.map((t) => ({ household: t.household, known: t.known, honourWith: t.honourWith, why: t.why }))).toEqual([
      { household: 'far', known: false, honourWith: [], why: {} },
      { household: 'sick', known: true, honourWith: [], why: { 'fit.capacity_short:homes_1_2': 2, 'fit.need_unmet': 2 } },
    ]);
  });
  it('linked households: the unit needs both homes within reach of the tie of either', () => {
    const a = household('a', { linkGroup: 'L', ties: verifiedJob });
    const b = household('b', { linkGroup: 'L' });
    const check = preRunCheck({ households: [a, b], municipalities: [utrecht({ homes_1_2: 1 }), zeist(), groningen] });
    expect(check.unhonourableTies).toEqual([expect.objectContaining({ households: ['a', 'b'], household: 'a', honourWith: [{ municipality: 'GM0344', add: { homes_1_2: 1 } }, { municipality: 'GM0355', add: { homes_1_2: 2 } }] })]);
  });
  it('a pinned unit is exempt (the pin overrides reach) and counted; forbidden pairs do not fit', () => {
    const model = { households: [household('dev', { ties: verifiedJob }), household('x')], municipalities: [utrecht({ homes_1_2: 1 }), zeist(), groningen] };
    const check = preRunCheck(model, { pins: [{ household: 'dev', municipality: 'GM0014' }], forbidden: [{ household: 'x', municipality: 'GM0344' }, { household: 'x', municipality: 'GM0014' }] });
    expect(check.pinnedUnits).toBe(1);
    expect(check.unhonourableTies).toEqual([]);
    expect(check.withoutFit).toEqual([{ households: ['x'], why: { 'fit.capacity_short:homes_1_2': 1, forbidden: 2 } }]);
  });
  it('balances demand and capacity per home band', () => {
    const hh = [household('s1'), household('s2', { ties: verifiedJob }), household('f', { members: [adult(), adult({ position: 2 }), child(3, 3), child(5, 4), child(7, 5)] })];
    const check = preRunCheck({ households: hh, municipalities: [utrecht({ homes_1_2: 1 }), zeist(), groningen] });
    expect(check.bands).toEqual([
      { band: 'homes_1_2', households: 2, persons: 2, homes: 5, shortOfHomes: 0, withHardTie: 1 },
      { band: 'homes_3_4', households: 0, persons: 0, homes: 2, shortOfHomes: 0, withHardTie: 0 },
      { band: 'homes_5_plus', households: 1, persons: 5, homes: 1, shortOfHomes: 0, withHardTie: 0 },
    ]);
    expect(check.personPlaces).toEqual({ available: 25, needed: 7 });
    expect(check.tieReach).toEqual({ placeKm: 30, familyKm: 20 });
  });
});
