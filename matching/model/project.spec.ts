import { projectHousehold, projectSnapshotMunicipality, withCapacities, type StoredHousehold } from './project.js';

const ALMERE = { cbsCode: 'GM0034', name: 'Almere', province: 'Flevoland', population: 220_000, urbanisation: 2, lat: 52.37, lon: 5.22, labourMarketRegion: 'Flevoland' };
const ZWOLLE = { ...ALMERE, cbsCode: 'GM0193', name: 'Zwolle' };

const household = (birthYears: readonly number[]): StoredHousehold => ({
  id: 'h1', preferredSetting: 'urban', preferenceWeights: {}, careNeeds: [], accessibilityNeeds: [], linkGroup: null, ties: [],
  members: birthYears.map((birthYear, position) => ({ position, birthYear, educationLevel: null, workExperienceYears: 0, aspirations: [], professions: [], languages: [] })),
});

describe('projection of stored records', () => {
  it('turns birth years into ages in the round’s year and adults from ADULT_AGE', () => {
    const h = projectHousehold(household([1990, 2008, 2009]), 2026);
    expect(h.members.map((m) => [m.age, m.role])).toEqual([[36, 'adult'], [18, 'adult'], [17, 'child']]);
  });

  it('refuses a member without a birth year instead of guessing an age', () => {
    const stored = household([1990, Number.NaN]);
    expect(() => projectHousehold(stored, 2026)).toThrow(/household h1: member at position 1 has no birth year/);
  });

  it('a run’s model: the snapshot with the run’s capacities; municipalities without one take no part', () => {
    const snapshot = { households: [], municipalities: [projectSnapshotMunicipality(ALMERE, null), projectSnapshotMunicipality(ZWOLLE, null)] };
    const model = withCapacities(snapshot, new Map([['GM0193', { persons: 9, homes1to2: 3, homes3to4: 2, homes5plus: 1 }]]));
    expect(model.municipalities.map((m) => [m.id, m.capacity])).toEqual([['GM0193', { persons: 9, homes_1_2: 3, homes_3_4: 2, homes_5_plus: 1 }]]);
    expect(Object.keys(model.municipalities[0].capacity)).toEqual(['persons', 'homes_1_2', 'homes_3_4', 'homes_5_plus']);
  });
});
