/**
 * Queue position under the priority rule.
 *
 * PRIORITY RULE (a total, stable order; documented in README.md):
 *   1. urgency category: medical, then social, then none;
 *   2. permit date, earliest first (the longer someone has waited with a permit, the earlier);
 *   3. case reference, by plain character order (stable, never random);
 *   4. household id (only if two entries share a reference, so the order is total).
 * The rule does NOT look at home size, needs or where a household can live: those decide how fast the queue
 * moves for someone (see `estimateWait`), not who comes first. The matching rounds optimise fit within the
 * capacity, so the position is a priority, not a guarantee of being placed before everyone behind.
 */
import { checkDate, type QueueEntry } from './types.js';
import { HOME_BANDS, URGENCIES, URGENCY_RANK, type HomeBand, type Urgency } from '../vocabulary/index.js';

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The priority rule as a comparator: negative when `a` comes first. */
export function compareQueue(a: QueueEntry, b: QueueEntry): number {
  return URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] || cmp(a.permitDate, b.permitDate) || cmp(a.reference, b.reference) || cmp(a.id, b.id);
}

function validate(entries: readonly QueueEntry[]): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) throw new Error(`queue: duplicate household id ${e.id}`);
    seen.add(e.id);
    checkDate(e.permitDate, `queue entry ${e.id}`);
    if (!(URGENCIES as readonly string[]).includes(e.urgency)) throw new Error(`queue entry ${e.id}: unknown urgency ${String(e.urgency)}`);
  }
}

/** Entries in queue order (a new array; the input is not changed). */
export function queueOrder<E extends QueueEntry>(entries: readonly E[]): E[] {
  validate(entries);
  return [...entries].sort(compareQueue);
}

export interface QueuePosition {
  /** 1-based position in the whole waiting list. */
  readonly position: number;
  readonly ofTotal: number;
  readonly ahead: {
    /** Households ahead in the whole list (= position − 1). */
    readonly total: number;
    /** Households ahead that need a home of the same size band (they compete for the same homes). */
    readonly sameBand: number;
    /** Households ahead because of urgency (a more urgent category than this household's). */
    readonly moreUrgent: number;
  };
}

/** Position of every waiting household under the priority rule. O(n log n). */
export function queuePositions(entries: readonly QueueEntry[]): Map<string, QueuePosition> {
  const order = queueOrder(entries);
  const out = new Map<string, QueuePosition>();
  const byBand = Object.fromEntries(HOME_BANDS.map((b) => [b, 0])) as Record<HomeBand, number>;
  const byUrgency = Object.fromEntries(URGENCIES.map((u) => [u, 0])) as Record<Urgency, number>;
  order.forEach((e, i) => {
    const moreUrgent = URGENCIES.slice(0, URGENCY_RANK[e.urgency]).reduce((s, u) => s + byUrgency[u], 0);
    out.set(e.id, { position: i + 1, ofTotal: order.length, ahead: { total: i, sameBand: byBand[e.homeBand] ?? 0, moreUrgent } });
    byBand[e.homeBand] = (byBand[e.homeBand] ?? 0) + 1;
    byUrgency[e.urgency]++;
  });
  return out;
}

export type PositionChangeCode = 'queue.moved_up' | 'queue.moved_down' | 'queue.unchanged' | 'queue.joined' | 'queue.left';

export type PositionChangeReason =
  /** Households that were ahead were placed in the round. */
  | { readonly code: 'queue.reason.placed_ahead'; readonly params: { readonly count: number } }
  /** Households that were ahead left the list (placed, or left for another reason; not told apart). */
  | { readonly code: 'queue.reason.left_ahead'; readonly params: { readonly count: number } }
  /** New households came in ahead because they are urgent. */
  | { readonly code: 'queue.reason.new_urgent_ahead'; readonly params: { readonly count: number } }
  /** New households came in ahead with an earlier permit date (e.g. a late registration). */
  | { readonly code: 'queue.reason.new_earlier_ahead'; readonly params: { readonly count: number } }
  /** Households already waiting came ahead (their urgency was raised, or this household's was lowered). */
  | { readonly code: 'queue.reason.overtaken'; readonly params: { readonly count: number } }
  /** Households that were ahead are now behind (this household's urgency was raised, or theirs lowered). */
  | { readonly code: 'queue.reason.passed'; readonly params: { readonly count: number } }
  /** This household's own urgency category changed. */
  | { readonly code: 'queue.reason.own_urgency_changed'; readonly params: { readonly from: Urgency; readonly to: Urgency } };

export interface PositionChange {
  readonly code: PositionChangeCode;
  readonly params: {
    readonly previous: number | null;
    readonly current: number | null;
    /** previous − current: positive = moved up (closer to the front). 0 when joined or left. */
    readonly moved: number;
  };
  /** Why, as counts. Their net effect adds up exactly: moved = placed + left + passed − newUrgent − newEarlier − overtaken. */
  readonly reasons: readonly PositionChangeReason[];
}

class Fenwick {
  private readonly t: Int32Array;
  constructor(n: number) { this.t = new Int32Array(n + 1); }
  add(i: number): void { for (i++; i < this.t.length; i += i & -i) this.t[i]++; }
  /** Count of added indices ≤ i. */
  sum(i: number): number { let s = 0; for (i++; i > 0; i -= i & -i) s += this.t[i]; return s; }
}

/**
 * How each household's position changed between two rounds' waiting lists, with the causes as counts.
 * Takes the entries (not only positions) because the causes need to know who was ahead; the output holds
 * counts only, never who. `placed` (ids placed in the round) tells placements from other departures; without
 * it every departure counts as `queue.reason.left_ahead`. O(n log n).
 */
export function positionChange(
  previous: readonly QueueEntry[],
  current: readonly QueueEntry[],
  options: { readonly placed?: ReadonlySet<string> | readonly string[] } = {},
): Map<string, PositionChange> {
  const prev = queueOrder(previous);
  const cur = queueOrder(current);
  const placed = options.placed === undefined ? null : new Set(options.placed);
  const curIds = new Map(cur.map((e, i) => [e.id, i] as const));
  const prevIds = new Map(prev.map((e, i) => [e.id, i] as const));

  // Prefix counts in the previous order: departures ahead (placed / other).
  const placedBefore = new Int32Array(prev.length + 1);
  const leftBefore = new Int32Array(prev.length + 1);
  prev.forEach((e, i) => {
    const gone = !curIds.has(e.id);
    const isPlaced = gone && placed !== null && placed.has(e.id);
    placedBefore[i + 1] = placedBefore[i] + (isPlaced ? 1 : 0);
    leftBefore[i + 1] = leftBefore[i] + (gone && !isPlaced ? 1 : 0);
  });
  // Prefix counts in the current order: arrivals ahead (urgent / earlier permit).
  // A new household ahead in a more urgent category came ahead by urgency; in the same category, by an
  // earlier permit date (a less urgent one cannot be ahead).
  const newBefore = URGENCIES.map(() => new Int32Array(cur.length + 1));
  cur.forEach((e, i) => {
    const isNew = !prevIds.has(e.id);
    newBefore.forEach((arr, u) => { arr[i + 1] = arr[i] + (isNew && URGENCY_RANK[e.urgency] === u ? 1 : 0); });
  });
  const newAhead = (ci: number, urgency: Urgency) => {
    let urgent = 0;
    for (let u = 0; u < URGENCY_RANK[urgency]; u++) urgent += newBefore[u][ci];
    return { urgent, earlier: newBefore[URGENCY_RANK[urgency]][ci] };
  };
  // Households in both lists: rank among them in each order; overtaken = inversions ahead now, behind before.
  const common = cur.filter((e) => prevIds.has(e.id));
  const prevRank = new Map(prev.filter((e) => curIds.has(e.id)).map((e, i) => [e.id, i] as const));
  const fw = new Fenwick(common.length);
  const out = new Map<string, PositionChange>();
  const prevById = new Map(prev.map((e) => [e.id, e] as const));

  common.forEach((e, c) => {
    const p = prevRank.get(e.id)!;
    const overtaken = c - fw.sum(p); // processed (ahead now) with a previous rank above p
    fw.add(p);
    const passed = p - (c - overtaken); // ahead before among common minus those still ahead
    const pi = prevIds.get(e.id)!;
    const ci = curIds.get(e.id)!;
    const reasons: PositionChangeReason[] = [];
    const push = (r: PositionChangeReason) => { if (r.code === 'queue.reason.own_urgency_changed' || (r.params as { count: number }).count > 0) reasons.push(r); };
    push({ code: 'queue.reason.placed_ahead', params: { count: placedBefore[pi] } });
    push({ code: 'queue.reason.left_ahead', params: { count: leftBefore[pi] } });
    push({ code: 'queue.reason.passed', params: { count: passed } });
    const arrived = newAhead(ci, e.urgency);
    push({ code: 'queue.reason.new_urgent_ahead', params: { count: arrived.urgent } });
    push({ code: 'queue.reason.new_earlier_ahead', params: { count: arrived.earlier } });
    push({ code: 'queue.reason.overtaken', params: { count: overtaken } });
    const before = prevById.get(e.id)!;
    if (before.urgency !== e.urgency) push({ code: 'queue.reason.own_urgency_changed', params: { from: before.urgency, to: e.urgency } });
    const moved = pi - ci;
    out.set(e.id, { code: moved > 0 ? 'queue.moved_up' : moved < 0 ? 'queue.moved_down' : 'queue.unchanged', params: { previous: pi + 1, current: ci + 1, moved }, reasons });
  });
  cur.forEach((e, i) => {
    if (!prevIds.has(e.id)) out.set(e.id, { code: 'queue.joined', params: { previous: null, current: i + 1, moved: 0 }, reasons: [] });
  });
  prev.forEach((e, i) => {
    if (!curIds.has(e.id)) {
      out.set(e.id, { code: 'queue.left', params: { previous: i + 1, current: null, moved: 0 }, reasons: [] });
    }
  });
  return out;
}
