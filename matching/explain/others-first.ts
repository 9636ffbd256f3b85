/**
 * "Why others went first", per unplaced household of a run, from the same solve and the same priority rule:
 * counts, per category, of the households of the same home band that were placed in a municipality this
 * household could also take (acceptable for its unit: not filtered) although they come later in the queue — or
 * came later (a later permit date) but stand earlier in the queue because they are more urgent. Counts only,
 * never another household's details; a count from 1 to K_ANONYMITY_THRESHOLD − 1 is hidden ("fewer than k").
 * `verifyExplanation` re-derives every count with its own loops.
 */
import type { MatchingModel } from '../model/types.js';
import type { ScoredDetails } from '../scoring/build.js';
import { HOME_BANDS, URGENCY_RANK, homeBand, isHardTie, type HomeBand, type Urgency } from '../vocabulary/index.js';
import { K_ANONYMITY_THRESHOLD } from '../waiting/others.js';

/**
 * Why a later household went first, one category per household, the first that applies in this order:
 * - `more_urgent`: it came later (later permit date) but is earlier in the queue: a more urgent category;
 * - `officer_pin`: an officer pinned it there;
 * - `their_hard_tie`: it has a hard tie (a verified job contract, study place or first-degree family it wants
 *   to live near; `isHardTie`), so its options are limited to the tie's reach;
 * - `their_needs`: it has a care or accessibility need, met there (it was acceptable for it);
 * - `linked_family`: it is placed together with linked households (one unit);
 * - `priority_trade_off`: none of these: the priority rule's trade-off — its fit gain there outweighed the
 *   difference in queue position (PRIORITY_RULE, matching/scoring/priority.ts).
 */
export const OTHERS_FIRST_CATEGORIES = ['more_urgent', 'officer_pin', 'their_hard_tie', 'their_needs', 'linked_family', 'priority_trade_off'] as const;
export type OthersFirstCategory = (typeof OTHERS_FIRST_CATEGORIES)[number];

export interface OthersFirstCount {
  readonly category: OthersFirstCategory;
  /** How many; null when 1 ≤ count < threshold (shown as "fewer than {threshold}"). Categories with 0 are left out. */
  readonly count: number | null;
}

/** Why others went first, for one unplaced household. */
export interface OthersFirst {
  readonly household: string;
  readonly band: HomeBand;
  /** The k-anonymity threshold applied (K_ANONYMITY_THRESHOLD). */
  readonly threshold: number;
  /** All categories together; null when 1 ≤ total < threshold. */
  readonly total: number | null;
  /** Per category with a count > 0, in OTHERS_FIRST_CATEGORIES order. */
  readonly counts: readonly OthersFirstCount[];
}

/** What the count reads beyond the solve: the round's queue (in queue order) and the scoring model. */
export interface QueueContext {
  /** Households in queue order (position 1 first) with their urgency and permit date (ISO YYYY-MM-DD). */
  readonly queue: readonly { readonly household: string; readonly urgency: Urgency; readonly permitDate: string }[];
  readonly model: MatchingModel;
}

/** The raw (not hidden) counts for one household, per category; exported for the queue-honour figures. */
export type RawOthersFirst = { readonly household: string; readonly band: HomeBand; readonly counts: Readonly<Record<OthersFirstCategory, number>> };

interface Placed {
  readonly household: string;
  readonly position: number;
  readonly urgency: Urgency;
  readonly permitDate: string;
  readonly municipality: string;
  readonly category: Exclude<OthersFirstCategory, 'more_urgent'>;
}

/**
 * Raw counts for every unplaced household of the queue (households placed, or not in the details, get none).
 * `placement`: household id → municipality or null. O(unplaced × placed of the same band).
 */
export function rawOthersFirst(ctx: QueueContext, details: ScoredDetails, placement: ReadonlyMap<string, string | null>): RawOthersFirst[] {
  const byId = new Map(ctx.model.households.map((h) => [h.id, h]));
  const bandOf = (id: string): HomeBand | null => {
    const h = byId.get(id);
    return h ? homeBand(h.members.length) : null;
  };
  const placedByBand = new Map<HomeBand, Placed[]>(HOME_BANDS.map((b) => [b, []]));
  ctx.queue.forEach((slot, i) => {
    const m = placement.get(slot.household) ?? null;
    const band = bandOf(slot.household);
    const unit = details.unit(details.unitOf.get(slot.household) ?? '');
    if (m === null || band === null || !unit) return;
    const h = byId.get(slot.household)!;
    const category: Placed['category'] = unit.pinned !== null ? 'officer_pin'
      : h.ties.some((t) => isHardTie(t)) ? 'their_hard_tie'
      : h.careNeeds.length + h.accessibilityNeeds.length > 0 ? 'their_needs'
      : unit.households.length > 1 ? 'linked_family'
      : 'priority_trade_off';
    placedByBand.get(band)!.push({ household: slot.household, position: i + 1, urgency: slot.urgency, permitDate: slot.permitDate, municipality: m, category });
  });
  const out: RawOthersFirst[] = [];
  ctx.queue.forEach((slot, i) => {
    if ((placement.get(slot.household) ?? null) !== null) return;
    const band = bandOf(slot.household);
    const unit = details.unit(details.unitOf.get(slot.household) ?? '');
    if (band === null || !unit) return;
    const filtered = new Set(unit.filtered.map((f) => f.municipality));
    const counts = Object.fromEntries(OTHERS_FIRST_CATEGORIES.map((c) => [c, 0])) as Record<OthersFirstCategory, number>;
    for (const p of placedByBand.get(band)!) {
      if (filtered.has(p.municipality)) continue;
      if (p.position > i + 1) counts[p.category]++;
      else if (URGENCY_RANK[p.urgency] < URGENCY_RANK[slot.urgency] && p.permitDate > slot.permitDate) counts.more_urgent++;
    }
    out.push({ household: slot.household, band, counts });
  });
  return out;
}

/** A count as shown: null when 1 ≤ n < threshold. */
export const shownCount = (n: number, threshold = K_ANONYMITY_THRESHOLD): number | null => (n > 0 && n < threshold ? null : n);

/**
 * "Why others went first" for every unplaced household of the queue, by household id, counts hidden below k.
 * `raw` is `rawOthersFirst` of the same arguments; pass it when it is already computed (a run needs it twice).
 */
export function othersWentFirst(
  ctx: QueueContext, details: ScoredDetails, placement: ReadonlyMap<string, string | null>, raw: readonly RawOthersFirst[] = rawOthersFirst(ctx, details, placement),
): Map<string, OthersFirst> {
  return new Map(raw.map((r) => {
    const total = OTHERS_FIRST_CATEGORIES.reduce((s, c) => s + r.counts[c], 0);
    return [r.household, {
      household: r.household,
      band: r.band,
      threshold: K_ANONYMITY_THRESHOLD,
      total: shownCount(total),
      counts: OTHERS_FIRST_CATEGORIES.filter((c) => r.counts[c] > 0).map((c) => ({ category: c, count: shownCount(r.counts[c]) })),
    }];
  }));
}

/** Who a message is for: the household itself, or the officer reviewing the run. */
export type OthersFirstAudience = 'newcomer' | 'officer';

/** Message codes (catalogues in matching/messages): `others_first.<category>` for the household, `others_first.officer.<category>`. */
export const OTHERS_FIRST_CODES = OTHERS_FIRST_CATEGORIES.flatMap((c) => [`others_first.${c}`, `others_first.officer.${c}`] as const);
export type OthersFirstCode = (typeof OTHERS_FIRST_CODES)[number];

/**
 * Parameters of every OTHERS_FIRST_CODES message: `count` (0 when hidden), `hidden` ('yes' when the count is
 * below the threshold: the text says "fewer than {threshold}"), `threshold`, `band` (the household's home band).
 */
export const OTHERS_FIRST_PARAMS = ['count', 'hidden', 'threshold', 'band'] as const;

/** The messages (code + parameters) of one household's "why others went first", one per category, in category order. */
export function othersFirstMessages(o: OthersFirst, audience: OthersFirstAudience): { code: OthersFirstCode; params: Record<(typeof OTHERS_FIRST_PARAMS)[number], string | number> }[] {
  return o.counts.map((c) => ({
    code: (audience === 'officer' ? `others_first.officer.${c.category}` : `others_first.${c.category}`) as OthersFirstCode,
    params: { count: c.count ?? 0, hidden: c.count === null ? 'yes' : 'no', threshold: o.threshold, band: o.band },
  }));
}
