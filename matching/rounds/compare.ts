/**
 * What moved between two runs of a round, and why: pure, from the two runs' placements and what the officer
 * changed between them.
 */
import type { PairRef } from '../scoring/build.js';

/** Where one household is in a run: municipality (null = not placed) and fit there (null when not placed). */
export interface RunPlacement {
  readonly household: string;
  readonly municipality: string | null;
  readonly fit: number | null;
}

/** What changed in the round's policy and capacity from the previous run to the next. */
export interface RunChanges {
  /** Pins that are new in the next run (or pin the household elsewhere than before). */
  readonly pins?: readonly PairRef[];
  /** Forbidden pairs that are new in the next run. */
  readonly forbidden?: readonly PairRef[];
  /** Municipalities whose capacity (any resource) changed. */
  readonly capacity?: readonly string[];
  /** The criterion weights changed. */
  readonly weights?: boolean;
  /** The priority rule's trade-off parameter (priorityWeight) or the queue changed. */
  readonly priorityWeight?: boolean;
}

export const MOVE_CAUSES = ['pin', 'forbid', 'capacity', 'weights', 'priority', 'cascade'] as const;
export type MoveCause = (typeof MOVE_CAUSES)[number];

export interface MovedHousehold {
  readonly household: string;
  readonly from: string | null;
  readonly to: string | null;
  /** next fit − previous fit, rounded to 1e-6; null when it was or is not placed. */
  readonly fitChange: number | null;
  readonly cause: MoveCause;
}

export interface RunComparison {
  /** Households whose municipality differs (placed ↔ unplaced included), by household id. */
  readonly moved: readonly MovedHousehold[];
  /** Households in both runs at the same place (or unplaced in both). */
  readonly unchanged: number;
  /** moved per cause, every cause listed. */
  readonly byCause: Readonly<Record<MoveCause, number>>;
}

/**
 * Compares two runs. Households present in only one run are left out. The cause of a move is the first rule
 * that applies:
 * 1. `pin`: the household has a new pin (whatever its destination);
 * 2. `forbid`: the pair (household, its previous municipality) is newly forbidden;
 * 3. `capacity`: it left or entered a municipality whose capacity changed;
 * 4. a round-wide change, for every other move: `weights` when the criterion weights changed and `priority` when
 *    the priority weight changed; when both changed, a move between two municipalities is `weights` and a move
 *    into or out of "not placed" is `priority` (the rule's value does not depend on the municipality: it changes
 *    who is placed, not where);
 * 5. `cascade`: none of these: it moved to make room for (or into the room left by) a move above.
 */
export function compareRuns(previous: readonly RunPlacement[], next: readonly RunPlacement[], changes: RunChanges = {}): RunComparison {
  const key = (h: string, m: string): string => `${h}\u0000${m}`;
  const pinned = new Set((changes.pins ?? []).map((p) => p.household));
  const forbidden = new Set((changes.forbidden ?? []).map((p) => key(p.household, p.municipality)));
  const capacity = new Set(changes.capacity ?? []);
  const before = new Map(previous.map((p) => [p.household, p]));
  const moved: MovedHousehold[] = [];
  let unchanged = 0;
  for (const n of [...next].sort((a, b) => (a.household < b.household ? -1 : a.household > b.household ? 1 : 0))) {
    const p = before.get(n.household);
    if (!p) continue;
    if (p.municipality === n.municipality) { unchanged++; continue; }
    const cause: MoveCause = pinned.has(n.household) ? 'pin'
      : p.municipality !== null && forbidden.has(key(n.household, p.municipality)) ? 'forbid'
      : (p.municipality !== null && capacity.has(p.municipality)) || (n.municipality !== null && capacity.has(n.municipality)) ? 'capacity'
      : changes.weights && changes.priorityWeight ? (p.municipality === null || n.municipality === null ? 'priority' : 'weights')
      : changes.weights ? 'weights'
      : changes.priorityWeight ? 'priority'
      : 'cascade';
    const fitChange = p.fit !== null && n.fit !== null ? Math.round((n.fit - p.fit) * 1e6) / 1e6 : null;
    moved.push({ household: n.household, from: p.municipality, to: n.municipality, fitChange, cause });
  }
  const byCause = Object.fromEntries(MOVE_CAUSES.map((c) => [c, moved.filter((m) => m.cause === c).length])) as Record<MoveCause, number>;
  return { moved, unchanged, byCause };
}
