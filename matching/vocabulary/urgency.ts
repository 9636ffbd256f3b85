/**
 * Urgency categories of a household: the first key of the queue's priority rule (see matching/waiting), the
 * stored value (CHECK constraint), the GraphQL enum `Urgency` and the message labels `label.urgency.*`.
 */

/** Most urgent first; the position is the rank in the priority rule. */
export const URGENCIES = ['medical', 'social', 'none'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Rank in the priority rule: the position in URGENCIES, 0 = most urgent. */
export const URGENCY_RANK = Object.fromEntries(URGENCIES.map((u, rank) => [u, rank])) as Readonly<Record<Urgency, number>>;

/** True for a category that goes before households without urgency. */
export function isUrgent(urgency: Urgency): urgency is Exclude<Urgency, 'none'> {
  return urgency !== 'none';
}
