/**
 * The last published round as the waiting list needs it: the counts behind "why others went first"
 * (`whyOthersWentFirst`) and the queue as it stood then (for `positionChange`). Plain data in and out; the API
 * layer reads the rows from the database.
 */
import { homeBand, PLACE_TIE_KINDS, type HomeBand, type Urgency } from '../vocabulary/index.js';
import type { LastRoundAggregate } from './others.js';

/** One household proposed in the round, with what the counts need of it (no names, no needs). */
export interface LastRoundPlacement {
  /** Members of the household (its home band follows from it, `homeBand`). */
  readonly persons: number;
  readonly urgency: Urgency;
  /** Date the residence permit was granted, YYYY-MM-DD. */
  readonly permitDate: string;
  /** Kinds of the household's ties that point at the municipality it was proposed to (e.g. 'job_contract', 'family'). */
  readonly tieKindsThere: readonly string[];
}

/** The tie kinds counted in `LastRoundAggregate.placedWithTie`: the hard ties (job contract, study place) and family. */
const COUNTED_TIES = [...PLACE_TIE_KINDS, 'family'] as const;

/**
 * Counts of the round's proposals: per home band and urgency, per home band and permit month ('YYYY-MM'), and how
 * many had a job contract, a study place or family where they were proposed (each 0 when none; a household with
 * ties of two kinds there counts once for each).
 */
export function lastRoundAggregate(roundId: string, placements: readonly LastRoundPlacement[]): LastRoundAggregate {
  const placed: Partial<Record<HomeBand, Partial<Record<Urgency, number>>>> = {};
  const months: Partial<Record<HomeBand, Record<string, number>>> = {};
  const ties: Record<(typeof COUNTED_TIES)[number], number> = { job_contract: 0, study_place: 0, family: 0 };
  for (const p of placements) {
    const band = homeBand(p.persons);
    const byUrgency = (placed[band] ??= {});
    byUrgency[p.urgency] = (byUrgency[p.urgency] ?? 0) + 1;
    const byMonth = (months[band] ??= {});
    const month = p.permitDate.slice(0, 7);
    byMonth[month] = (byMonth[month] ?? 0) + 1;
    for (const kind of COUNTED_TIES) if (p.tieKindsThere.includes(kind)) ties[kind] += 1;
  }
  return { roundId, placed, placedWithTie: ties, placedPermitMonthsByBand: months };
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
