/**
 * The last published round as the waiting list needs it: the counts behind "why others went first"
 * (`whyOthersWentFirst`) and the queue as it stood then (for `positionChange`). Plain data in and out; the API
 * layer reads the rows from the database.
 */
import { homeBand, PLACE_TIE_KINDS, type HomeBand, type Urgency } from '../vocabulary/index.js';
import type { LastRoundAggregate, PlacedGroup } from './others.js';

/** One household proposed in the round, with what the counts need of it (no names, no needs). */
export interface LastRoundPlacement {
  /** Members of the household (its home band follows from it, `homeBand`). */
  readonly persons: number;
  readonly urgency: Urgency;
  /** Date the residence permit was granted, YYYY-MM-DD. */
  readonly permitDate: string;
  /** Kinds of the household's ties that point at the municipality it was proposed to (e.g. 'job_contract', 'family'). */
  readonly tieKindsThere: readonly string[];
  /** Its profession is one the municipality needs (default false: not known). */
  readonly professionNeeded?: boolean;
}

/** The tie kinds counted in `PlacedGroup.tiesThere`: the hard ties (job contract, study place) and family. */
const COUNTED_TIES = [...PLACE_TIE_KINDS, 'family'] as const;

/**
 * Counts of the round's proposals: per home band and urgency (`placed`), and in groups of households with the same
 * band, urgency, permit date, tie kinds there (job contract, study place, family; others are ignored) and whether
 * their profession is needed (`groups`, in first-seen order), so `whyOthersWentFirst` can tell who came before a
 * viewer under the queue rule.
 */
export function lastRoundAggregate(roundId: string, placements: readonly LastRoundPlacement[]): LastRoundAggregate {
  const placed: Partial<Record<HomeBand, Partial<Record<Urgency, number>>>> = {};
  const groups = new Map<string, PlacedGroup>();
  for (const p of placements) {
    const band = homeBand(p.persons);
    const byUrgency = (placed[band] ??= {});
    byUrgency[p.urgency] = (byUrgency[p.urgency] ?? 0) + 1;
    const tiesThere = COUNTED_TIES.filter((k) => p.tieKindsThere.includes(k));
    const professionNeeded = p.professionNeeded ?? false;
    const key = JSON.stringify([band, p.urgency, p.permitDate, tiesThere, professionNeeded]);
    const g = groups.get(key);
    groups.set(key, { band, urgency: p.urgency, permitDate: p.permitDate, tiesThere, professionNeeded, count: (g?.count ?? 0) + 1 });
  }
  return { roundId, placed, groups: [...groups.values()] };
}

/**
 * The queue as it stood at a round: who waits now and had registered by the time the round was published, plus who
 * got a proposal in it. A household proposed then and waiting again now (declined, contest upheld, withdrawn,
 * expired) is in both and counts once: the first row of an id wins (waiting rows first).
 *
 * `registeredAt` and `publishedAt` are ISO 8601 timestamps in UTC (`Date.toISOString()`), compared as text.
 */
export function queueAtRound<T extends { readonly id: string; readonly registeredAt: string }>(
  waitingNow: readonly T[],
  proposedThen: readonly T[],
  publishedAt: string,
): T[] {
  const byId = new Map<string, T>();
  for (const row of [...waitingNow.filter((r) => r.registeredAt <= publishedAt), ...proposedThen]) if (!byId.has(row.id)) byId.set(row.id, row);
  return [...byId.values()];
}
