import { describe, expect, it } from 'vitest';
import { filterVariables, isFiltered, NO_FILTERS, publishSummary } from './review-filters';

describe('the review table’s filters as the API takes them', () => {
  it('sends no filter for "any", true for "yes", false for "no"', () => {
    expect(filterVariables(NO_FILTERS, true)).toEqual({ placed: null, moved: null, hardTie: null, override: null, municipalityCode: null });
    expect(filterVariables({ ...NO_FILTERS, placed: 'no', hardTie: 'yes', override: 'no', municipalityCode: 'GM0363' }, true)).toEqual({
      placed: false,
      moved: null,
      hardTie: true,
      override: false,
      municipalityCode: 'GM0363',
    });
  });

  it('leaves out "moved" when the run has nothing to compare with (the API refuses it there)', () => {
    expect(filterVariables({ ...NO_FILTERS, moved: 'yes' }, true).moved).toBe(true);
    expect(filterVariables({ ...NO_FILTERS, moved: 'yes' }, false).moved).toBeNull();
  });

  it('counts the order as no filter', () => {
    expect(isFiltered({ ...NO_FILTERS, sort: 'FIT' })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, municipalityCode: 'GM0344' })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, moved: 'no' })).toBe(true);
  });
});

describe('what publishing sends', () => {
  it('one proposal per placed household, to each municipality with a placed household; the rest keep waiting', () => {
    expect(publishSummary(12, 9, [{ persons: 4 }, { persons: 0 }, { persons: 11 }])).toEqual({ proposals: 9, municipalities: 2, waiting: 3 });
    expect(publishSummary(3, 0, [{ persons: 0 }])).toEqual({ proposals: 0, municipalities: 0, waiting: 3 });
  });
});
