/**
 * The priority rule in the objective: one versioned rule for the country (what newcomers are told between
 * rounds), of which a round chooses only the trade-off parameter `priorityWeight`. See matching/README.md,
 * "Priority rule in the objective", for the choice and its sources.
 */

/**
 * The rule. A household's value in a round is
 *     placementValue + priorityWeight · p(h) + fit(h, m)        (per member household of a unit, summed)
 * with p(h) ∈ [0, 1] falling linearly with the household's position in the round's queue: 1 for position 1,
 * 0 for the last (a queue of one: 1). The queue is the order of matching/waiting/queue.ts (urgency, then permit
 * date, then reference, then id), frozen when the round was created, so p is exactly the order a newcomer is
 * shown. p does not depend on the municipality: the rule changes who is placed when homes are short; a placed
 * household's municipality changes only as far as making room for others needs. Households not in the queue get
 * p = 0 (last).
 * Bounded: every option score stays within Σ_k (placementValue + priorityWeight + 1 + stabilityBonus), far inside
 * SCORE_LIMIT (solver/types.ts) for the API's limits.
 */
export const PRIORITY_RULE = {
  version: 'queue-rank-linear/1',
  /** What p(h) reads: the 1-based position in the round's queue and the queue's length. */
  reads: 'queue position',
  /** Bounds of p(h). */
  min: 0,
  max: 1,
} as const;

/**
 * p(h) of PRIORITY_RULE: (n − position) / (n − 1) for a 1-based `position` in a queue of `n` households;
 * 1 when n = 1. Rounded to 1e-6 like every score.
 * @throws RangeError when position is not an integer in [1, n].
 */
export function priorityValue(position: number, n: number): number {
  if (!Number.isInteger(position) || !Number.isInteger(n) || position < 1 || position > n) {
    throw new RangeError(`priorityValue: position ${position} is not in 1..${n}`);
  }
  if (n === 1) return 1;
  return Math.round(((n - position) / (n - 1)) * 1e6) / 1e6;
}

/** p(h) for every household of a queue (ids in queue order, first = position 1); duplicates keep their first place. */
export function queuePriorities(queue: readonly string[]): Map<string, number> {
  const unique = [...new Set(queue)];
  return new Map(unique.map((id, i) => [id, priorityValue(i + 1, unique.length)]));
}

/**
 * Default trade-off parameter of the priority rule for a round (`MatchingPolicy.priorityWeight`), on the fit
 * scale (fit ∈ [0, 1] per household). Measured with `npm run build && node dist/matching/bench/priority.js`
 * (matching/bench/priority.ts): a 2,000-household synthetic cohort, 30 municipalities, capacity a third of demand
 * (654 placed), no urgency; 1–2 band, earlier vs later half of the queue placed, and mean fit of the placed:
 *   weight 0     → 33.5 % vs 32.7 % (ratio 1.02), mean fit 0.804
 *   weight 0.05  → 38.1 % vs 28.1 % (ratio 1.35), mean fit 0.805
 *   weight 0.075 → 41.2 % vs 25.0 % (ratio 1.65), mean fit 0.803
 *   weight 0.1   → 42.9 % vs 23.3 % (ratio 1.84), mean fit 0.802  ← default
 *   weight 0.25  → 54.8 % vs 11.4 % (ratio 4.79), mean fit 0.783
 *   weight 0.5   → 63.0 % vs  3.3 % (ratio 19.1), mean fit 0.758
 * 0.1 is the smallest round figure of the sweep that meets issue 10's target (earlier half placed ≥ 1.5× as
 * often as the later half) with a margin, at a fit cost of about 0.3 % (0.802 vs 0.804; households placed equal).
 * A round may choose another weight (≥ 0); the run reports the cost against a fit-only solve (`priorityCost`).
 */
export const DEFAULT_PRIORITY_WEIGHT = 0.1;
