import type { AssignmentSort } from '../gql/graphql';

/**
 * A three-way choice of the review table's filters: `any` (no filter), `yes` (only households where it holds) or
 * `no` (only where it does not). The API takes `true`, `false` or nothing (`Run.assignments`' Boolean arguments).
 */
export type Choice = 'any' | 'yes' | 'no';
export const CHOICES: readonly Choice[] = ['any', 'yes', 'no'];

/**
 * What the officer narrowed the review table to (issue 13): placed or not, moved since the comparison run, with a
 * hard tie, with an officer's override (pin or forbidden pair), proposed to one municipality (CBS code; '' = any),
 * and the order (QUEUE: position in the round's queue, FIT: fit at the outcome, highest first).
 */
export interface ReviewFilters {
  readonly placed: Choice;
  readonly moved: Choice;
  readonly hardTie: Choice;
  readonly override: Choice;
  readonly municipalityCode: string;
  readonly sort: AssignmentSort;
}

/** The orders of `Run.assignments` (AssignmentSort), as the sort menu offers them. */
export const SORTS: readonly AssignmentSort[] = ['QUEUE', 'FIT'];

/** The table as it opens: every household, in queue order. */
export const NO_FILTERS: ReviewFilters = { placed: 'any', moved: 'any', hardTie: 'any', override: 'any', municipalityCode: '', sort: 'QUEUE' };

/** Rows of the review table per page (the API gives up to 500). */
export const REVIEW_PAGE = 50;

const flag = (choice: Choice): boolean | null => (choice === 'any' ? null : choice === 'yes');

/**
 * The filter arguments of `Run.assignments` and `Run.assignmentCount` for these filters: `null` where the officer
 * chose "any". `moved` is left out when the run has nothing to compare with (the API refuses it there).
 */
export function filterVariables(filters: ReviewFilters, canCompare: boolean) {
  return {
    placed: flag(filters.placed),
    moved: canCompare ? flag(filters.moved) : null,
    hardTie: flag(filters.hardTie),
    override: flag(filters.override),
    municipalityCode: filters.municipalityCode === '' ? null : filters.municipalityCode,
  };
}

/** Whether any filter narrows the table (the order is not a filter). */
export const isFiltered = (filters: ReviewFilters): boolean =>
  filters.placed !== 'any' || filters.moved !== 'any' || filters.hardTie !== 'any' || filters.override !== 'any' || filters.municipalityCode !== '';

/**
 * What publishing a run sends, for the confirmation (issue 13: "say what will be sent to whom"): one proposal per
 * placed household (ProposalRepository.publish), each municipality with at least one placed household gets its
 * proposals, households not placed keep waiting. `fill` is the run's fill per municipality (persons placed).
 */
export function publishSummary(households: number, placed: number, fill: readonly { readonly persons: number }[]) {
  return { proposals: placed, municipalities: fill.filter((f) => f.persons > 0).length, waiting: households - placed };
}
