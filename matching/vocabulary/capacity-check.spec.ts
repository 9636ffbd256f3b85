import { checkCapacity, HOME_BAND_PERSONS, leastPersonsForHomes, mostPersonsForHomes } from './capacity-check.js';
import { HOME_BANDS, homeBand } from './home-bands.js';

const f = (persons: number, homes1to2: number, homes3to4 = 0, homes5plus = 0) => ({ persons, homes1to2, homes3to4, homes5plus });

describe('capacity that is possible', () => {
  it('takes the persons per home from the home bands (homeBand)', () => {
    for (const band of HOME_BANDS) {
      const { min, max } = HOME_BAND_PERSONS[band];
      expect(homeBand(min)).toBe(band);
      if (min > 1) expect(homeBand(min - 1)).not.toBe(band);
      if (max !== null) { expect(homeBand(max)).toBe(band); expect(homeBand(max + 1)).not.toBe(band); }
      else expect(homeBand(1000)).toBe(band);
    }
  });

  it('refuses fewer person places than the homes need (3 places with 10 homes)', () => {
    expect(checkCapacity(f(3, 10)).problems).toEqual([{ code: 'too_few_persons', field: 'persons', persons: 3, limit: 10 }]);
    expect(leastPersonsForHomes(f(0, 2, 3, 1))).toBe(2 + 9 + 5);
    expect(checkCapacity(f(15, 2, 3, 1)).problems.map((p) => p.code)).toEqual(['too_few_persons']);
    expect(checkCapacity(f(16, 2, 3, 1))).toEqual({ problems: [], warnings: [] });
    expect(checkCapacity(f(0, 0, 0, 1)).problems).toHaveLength(1);
  });

  it('accepts nothing at all, and ordinary figures, without a warning', () => {
    expect(checkCapacity(f(0, 0))).toEqual({ problems: [], warnings: [] });
    expect(checkCapacity(f(120, 50, 10, 2))).toEqual({ problems: [], warnings: [] });
  });

  it('accepts unusual but possible figures with a warning', () => {
    expect(checkCapacity(f(5, 0))).toEqual({ problems: [], warnings: [{ code: 'persons_without_homes', field: 'persons', persons: 5, limit: 0 }] });
    expect(mostPersonsForHomes(f(0, 2, 1))).toBe(8);
    expect(checkCapacity(f(9, 2, 1)).warnings).toEqual([{ code: 'persons_beyond_homes', field: 'persons', persons: 9, limit: 8 }]);
    expect(checkCapacity(f(8, 2, 1)).warnings).toEqual([]);
    // homes for 5 or more have no upper bound: many places with them are not beyond the homes
    expect(mostPersonsForHomes(f(0, 2, 1, 1))).toBeNull();
    expect(checkCapacity(f(500, 2, 1, 1))).toEqual({ problems: [], warnings: [] });
  });
});
