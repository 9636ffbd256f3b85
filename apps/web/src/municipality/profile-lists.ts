/**
 * Folding of the profile's long lists of names (sectors, employers, self-organisations, buddy schemes). A municipality
 * may name up to 200 employers; 25 rows of fields (the seeded Utrecht) made the profile page seven screens long in
 * Arabic. Pure, shared by the page and its browser test.
 */

/** Rows a list shows before the rest is folded away. */
export const LIST_ROWS_SHOWN = 8;

/**
 * The rows to show: every row when the list is short or unfolded, else the first `LIST_ROWS_SHOWN`. `folds` says
 * whether the list has rows to fold at all (then the page offers the button). The folded rows stay in the draft and
 * are published as they are.
 */
export function listRows<T>(items: readonly T[], unfolded: boolean): { shown: readonly T[]; folds: boolean } {
  const folds = items.length > LIST_ROWS_SHOWN;
  return { shown: folds && !unfolded ? items.slice(0, LIST_ROWS_SHOWN) : items, folds };
}
