import { defaultCapacities, largestRemainder } from './default-capacity.js';
import { loadMunicipalities } from './reference-data.js';

describe('default capacity', () => {
  it('shares a total in proportion and exactly', () => {
    expect(largestRemainder([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(largestRemainder([0, 0], 5)).toEqual([0, 0]);
    expect(largestRemainder([3, 1], 4)).toEqual([3, 1]);
  });

  it('gives every municipality its population share of the national quota', () => {
    const municipalities = loadMunicipalities();
    const capacities = defaultCapacities(municipalities, 10_000);
    const total = [...capacities.values()].reduce((sum, c) => sum + c.persons, 0);
    expect(total).toBe(10_000);
    const amsterdam = capacities.get('GM0363')!;
    const population = municipalities.reduce((sum, m) => sum + m.population, 0);
    expect(Math.abs(amsterdam.persons - (10_000 * 931_298) / population)).toBeLessThan(1.01);
    expect(amsterdam.homes1to2).toBeGreaterThan(amsterdam.homes3to4);
    expect(amsterdam.homes3to4).toBeGreaterThan(amsterdam.homes5plus);
  });
});
