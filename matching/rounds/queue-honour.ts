/**
 * Queue-honour figures of a run, per home band: is the queue that newcomers are shown the queue that is used?
 */
import type { ScoredDetails } from '../scoring/build.js';
import { HOME_BANDS, homeBand, type HomeBand } from '../vocabulary/index.js';
import { OTHERS_FIRST_CATEGORIES, rawOthersFirst, type OthersFirstCategory, type QueueContext, type RawOthersFirst } from '../explain/others-first.js';

export interface QueueHalf {
  readonly households: number;
  readonly placed: number;
  /** placed / households, rounded to 1e-4; null for an empty half. */
  readonly share: number | null;
}

export interface BandHonour {
  readonly band: HomeBand;
  /** Households of the band in the round's queue. */
  readonly households: number;
  /** The first ⌊n/2⌋ of the band's households in queue order (positions within the band). */
  readonly earlierHalf: QueueHalf;
  /** The other ⌈n/2⌉. */
  readonly laterHalf: QueueHalf;
  /** earlierHalf.share / laterHalf.share, rounded to 1e-4; null when either share is null or the later share is 0. */
  readonly ratio: number | null;
  /**
   * Unplaced households of the band passed over: at least one household of the band that comes later in the
   * queue (or came later but is more urgent) was placed in a municipality this one could also take
   * (`rawOthersFirst`). `byCategory`: of those, how many had at least one such household in each category.
   */
  readonly passedOver: { readonly households: number; readonly byCategory: Readonly<Record<OthersFirstCategory, number>> };
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

function half(ids: readonly string[], placement: ReadonlyMap<string, string | null>): QueueHalf {
  const placed = ids.filter((id) => (placement.get(id) ?? null) !== null).length;
  return { households: ids.length, placed, share: ids.length ? round4(placed / ids.length) : null };
}

/**
 * Queue-honour figures per home band (HOME_BANDS order), from the round's queue and the run's placements. `raw` is
 * `rawOthersFirst` of the same arguments; pass it when it is already computed (a run needs it twice).
 */
export function queueHonour(
  ctx: QueueContext, details: ScoredDetails, placement: ReadonlyMap<string, string | null>, raw: readonly RawOthersFirst[] = rawOthersFirst(ctx, details, placement),
): BandHonour[] {
  const sizeOf = new Map(ctx.model.households.map((h) => [h.id, h.members.length]));
  return HOME_BANDS.map((band) => {
    const ids = ctx.queue.map((q) => q.household).filter((id) => sizeOf.has(id) && homeBand(sizeOf.get(id)!) === band);
    const cut = Math.floor(ids.length / 2);
    const earlierHalf = half(ids.slice(0, cut), placement);
    const laterHalf = half(ids.slice(cut), placement);
    const byCategory = Object.fromEntries(OTHERS_FIRST_CATEGORIES.map((c) => [c, 0])) as Record<OthersFirstCategory, number>;
    let households = 0;
    for (const r of raw) {
      if (r.band !== band || OTHERS_FIRST_CATEGORIES.every((c) => r.counts[c] === 0)) continue;
      households++;
      for (const c of OTHERS_FIRST_CATEGORIES) if (r.counts[c] > 0) byCategory[c]++;
    }
    const ratio = earlierHalf.share !== null && laterHalf.share !== null && laterHalf.share > 0 ? round4(earlierHalf.share / laterHalf.share) : null;
    return { band, households: ids.length, earlierHalf, laterHalf, ratio, passedOver: { households, byCategory } };
  });
}
