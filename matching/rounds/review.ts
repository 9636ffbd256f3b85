/**
 * The officer's review of a run (issue 11): which of a run's assignments a filter keeps, in which order. Pure: the
 * API loads the run's rows (household, municipality, fit, without explanations), the round's queue positions, the
 * comparison run's placements, the households with a hard tie and those with an officer's override, and asks this
 * module for the ordered list; it then loads the explanations of one page only.
 */
import { isHardTie, type AssignmentSort, type TieHardness } from '../vocabulary/index.js';

/** One household's row of a run: its municipality (CBS code, null = not placed) and its own fit (0–1, null when not placed). */
export interface ReviewRow {
  readonly household: string;
  readonly municipality: string | null;
  readonly fit: number | null;
}

/** Filters; each one given narrows the list, an absent (undefined or null) one does not. */
export interface ReviewFilter {
  /** true: placed households only; false: unplaced only. */
  readonly placed?: boolean | null;
  /** true: households whose outcome differs from the comparison run's (`ReviewContext.previous`); false: the others. */
  readonly moved?: boolean | null;
  /** true: households with a hard tie (`isHardTie`: a verified job contract, study place or first-degree family to live near); false: without. */
  readonly hardTie?: boolean | null;
  /** true: households with an officer's override in this run (pinned, or with a forbidden pair); false: without. */
  readonly override?: boolean | null;
  /** Only households placed in this municipality (CBS code). */
  readonly municipality?: string | null;
  /** Only this household. */
  readonly household?: string | null;
}

export interface ReviewContext {
  /** Queue position (1 = first) of each household of the round; a household not in it sorts last. */
  readonly position: ReadonlyMap<string, number>;
  /**
   * The comparison run's outcome per household (CBS code or null); null when there is no comparison run. A household
   * missing from it counts as moved.
   */
  readonly previous: ReadonlyMap<string, string | null> | null;
  /** Households with a hard tie (see `hardTieHouseholds`). */
  readonly hardTie: ReadonlySet<string>;
  /** Households pinned or with a forbidden pair in the run's options. */
  readonly override: ReadonlySet<string>;
}

/** The households of a round's snapshot that have a hard tie, by the one definition (`isHardTie`). */
export function hardTieHouseholds(households: readonly { readonly id: string; readonly ties: readonly TieHardness[] }[]): Set<string> {
  return new Set(households.filter((h) => h.ties.some((t) => isHardTie(t))).map((h) => h.id));
}

/** Whether the household's outcome differs from the comparison run's (see `ReviewContext.previous`); null without one. */
export function movedSince(row: ReviewRow, previous: ReadonlyMap<string, string | null> | null): boolean | null {
  if (!previous) return null;
  return !previous.has(row.household) || previous.get(row.household) !== row.municipality;
}

/**
 * The rows the filter keeps, in the sort's order (`ASSIGNMENT_SORTS`); ties broken by household id, so pages are
 * stable. Throws when `filter.moved` is given without a comparison run (the caller reports it as bad input).
 */
export function reviewOrder(rows: readonly ReviewRow[], filter: ReviewFilter, context: ReviewContext, sort: AssignmentSort): ReviewRow[] {
  if (filter.moved != null && !context.previous) throw new Error('no comparison run for "moved"');
  const keep = (r: ReviewRow): boolean =>
    (filter.placed == null || (r.municipality !== null) === filter.placed)
    && (filter.moved == null || movedSince(r, context.previous) === filter.moved)
    && (filter.hardTie == null || context.hardTie.has(r.household) === filter.hardTie)
    && (filter.override == null || context.override.has(r.household) === filter.override)
    && (filter.municipality == null || r.municipality === filter.municipality)
    && (filter.household == null || r.household === filter.household);
  const position = (r: ReviewRow): number => context.position.get(r.household) ?? Number.MAX_SAFE_INTEGER;
  const byQueue = (a: ReviewRow, b: ReviewRow): number => position(a) - position(b) || (a.household < b.household ? -1 : a.household > b.household ? 1 : 0);
  const byFit = (a: ReviewRow, b: ReviewRow): number => (b.fit ?? -1) - (a.fit ?? -1) || byQueue(a, b);
  return rows.filter(keep).sort(sort === 'fit' ? byFit : byQueue);
}
