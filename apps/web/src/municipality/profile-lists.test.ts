import { describe, expect, it } from 'vitest';
import { LIST_ROWS_SHOWN, listRows } from './profile-lists';

describe('listRows', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `Employer ${i + 1}`);

  it('shows a short list whole and offers no fold', () => {
    expect(listRows(names(LIST_ROWS_SHOWN), false)).toEqual({ shown: names(LIST_ROWS_SHOWN), folds: false });
    expect(listRows([], false)).toEqual({ shown: [], folds: false });
  });

  it('folds a longer list after the first rows, in order, and unfolds to every row', () => {
    const long = names(25);
    const folded = listRows(long, false);
    expect(folded.folds).toBe(true);
    expect(folded.shown).toEqual(long.slice(0, LIST_ROWS_SHOWN));
    expect(listRows(long, true)).toEqual({ shown: long, folds: true });
  });
});
