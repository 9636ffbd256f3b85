import { describe, expect, it } from 'vitest';
import { MAX_CAPACITY } from '#matching/vocabulary/capacity-check.js';
import { capacityFieldOf, capacityNumbers, capacityProblems } from './capacity-input';

const none = { persons: 0, homes1to2: 0, homes3to4: 0, homes5plus: 0 };

describe('capacity form rules', () => {
  it('takes ordinary figures', () => {
    expect(capacityProblems({ persons: 20, homes1to2: 4, homes3to4: 2, homes5plus: 1 }, none)).toEqual({});
  });

  it('refuses blank, negative, broken and too large figures at their own field', () => {
    const typed = capacityNumbers({ persons: ' ', homes1to2: '-1', homes3to4: '2.5', homes5plus: String(MAX_CAPACITY + 1) });
    expect(capacityProblems(typed, none)).toEqual({
      persons: { kind: 'range', max: MAX_CAPACITY },
      homes1to2: { kind: 'range', max: MAX_CAPACITY },
      homes3to4: { kind: 'range', max: MAX_CAPACITY },
      homes5plus: { kind: 'range', max: MAX_CAPACITY },
    });
    expect(capacityNumbers({ persons: ' 12 ', homes1to2: '0', homes3to4: '0', homes5plus: '0' }).persons).toBe(12);
  });

  it('refuses fewer person places than the homes need, with the least they need (1, 3 and 5 per home)', () => {
    // 2 homes for 1–2 (at least 1 each), 2 for 3–4 (3 each), 1 for 5 or more (5): 2 + 6 + 5 = 13
    expect(capacityProblems({ persons: 12, homes1to2: 2, homes3to4: 2, homes5plus: 1 }, none)).toEqual({ persons: { kind: 'tooFew', least: 13 } });
    expect(capacityProblems({ persons: 13, homes1to2: 2, homes3to4: 2, homes5plus: 1 }, none)).toEqual({});
  });

  it('refuses a figure below what is held, per field, before the homes check', () => {
    const held = { persons: 6, homes1to2: 1, homes3to4: 1, homes5plus: 0 };
    expect(capacityProblems({ persons: 5, homes1to2: 0, homes3to4: 1, homes5plus: 0 }, held)).toEqual({
      persons: { kind: 'belowHeld', held: 6 },
      homes1to2: { kind: 'belowHeld', held: 1 },
    });
    expect(capacityProblems({ persons: 6, homes1to2: 1, homes3to4: 1, homes5plus: 0 }, held)).toEqual({});
  });

  it('names the larger least value when person places break both rules, so the number it asks for is enough', () => {
    const held = { persons: 3, homes1to2: 0, homes3to4: 0, homes5plus: 0 };
    // 0 places: 3 are held, but 20 homes for 1–2 need 20: "20 or more"
    expect(capacityProblems({ persons: 0, homes1to2: 20, homes3to4: 0, homes5plus: 0 }, held)).toEqual({ persons: { kind: 'tooFew', least: 20 } });
    // 0 places: 3 are held, 2 homes need 2: "3 or more"
    expect(capacityProblems({ persons: 0, homes1to2: 2, homes3to4: 0, homes5plus: 0 }, held)).toEqual({ persons: { kind: 'belowHeld', held: 3 } });
  });

  it('reads the field the API names', () => {
    expect(capacityFieldOf('persons')).toBe('persons');
    expect(capacityFieldOf('input.homes3to4')).toBe('homes3to4');
    expect(capacityFieldOf('period')).toBeNull();
  });
});
