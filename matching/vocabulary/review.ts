/**
 * How an officer orders a run's assignments for review (issue 11):
 * - `queue`: by position in the round's queue under the priority rule (the queue the round froze when it was
 *   created, `RoundInput.queue`: urgency first, then the earliest residence permit), position 1 first;
 * - `fit`: by the household's fit at its outcome (0–1), highest first; unplaced households last; equal fits in
 *   queue order.
 */
export const ASSIGNMENT_SORTS = ['queue', 'fit'] as const;
export type AssignmentSort = (typeof ASSIGNMENT_SORTS)[number];
