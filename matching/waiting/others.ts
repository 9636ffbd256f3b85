/**
 * "Why did others go first?" — aggregate explanations from the last round, counts only. The input holds no
 * individual records; counts below `minGroupSize` (default K_ANONYMITY_THRESHOLD, 3) are not shown (one `others.small_groups_hidden`
 * item says so), so a small group cannot point at a person.
 */
import { HOME_BANDS, PLACE_TIE_KINDS, URGENCY_RANK, type HomeBand, type PlaceTieKind, type Urgency } from '../vocabulary/index.js';

export interface LastRoundAggregate {
  readonly roundId: string;
  /** Households placed, per band and urgency category. */
  readonly placed: Readonly<Partial<Record<HomeBand, Readonly<Partial<Record<Urgency, number>>>>>>;
  /** Placed households with a job contract or study place near the municipality (a hard tie), and with family there. */
  readonly placedWithTie?: Readonly<Partial<Record<PlaceTieKind | 'family', number>>>;
  /** Placed households per band by permit month ('YYYY-MM'): lets a viewer see how many had an earlier permit. */
  readonly placedPermitMonthsByBand?: Readonly<Partial<Record<HomeBand, Readonly<Record<string, number>>>>>;
  /** Placed households whose profession the municipality needs (shortage or wanted occupation). */
  readonly placedWithProfessionNeeded?: number;
}

export interface Viewer {
  readonly homeBand: HomeBand;
  readonly urgency: Urgency;
  /** YYYY-MM-DD. */
  readonly permitDate: string;
}

export type OthersExplanation =
  | { readonly code: 'others.urgency'; readonly params: { readonly count: number } }
  | { readonly code: 'others.hard_tie'; readonly params: { readonly count: number } }
  | { readonly code: 'others.family_tie'; readonly params: { readonly count: number } }
  | { readonly code: 'others.earlier_permit'; readonly params: { readonly count: number; readonly band: HomeBand } }
  | { readonly code: 'others.smaller_homes_more_available'; readonly params: { readonly band: HomeBand; readonly placedShare: number } }
  | { readonly code: 'others.profession_needed'; readonly params: { readonly count: number } }
  | { readonly code: 'others.none_placed_in_band'; readonly params: { readonly band: HomeBand } }
  | { readonly code: 'others.small_groups_hidden'; readonly params: Record<string, never> };

export type OthersCode = OthersExplanation['code'];

/**
 * The k-anonymity threshold of counts about other households shown to a newcomer: a count from 1 to k − 1 is not
 * shown (here, and in the per-household "why others went first" of a run, matching/explain/others-first.ts).
 * (The fairness report's `minGroupSize`, 10, is a different rule: the smallest group it flags.)
 */
export const K_ANONYMITY_THRESHOLD = 3;

export function whyOthersWentFirst(viewer: Viewer, last: LastRoundAggregate, options: { readonly minGroupSize?: number } = {}): OthersExplanation[] {
  const min = options.minGroupSize ?? K_ANONYMITY_THRESHOLD;
  const out: OthersExplanation[] = [];
  let hidden = false;
  const counted = (e: OthersExplanation & { params: { count: number } }) => {
    if (e.params.count <= 0) return;
    if (e.params.count < min) { hidden = true; return; }
    out.push(e);
  };
  const byBand = (b: HomeBand) => Object.values(last.placed[b] ?? {}).reduce((s, n) => s + (n ?? 0), 0);
  const total = HOME_BANDS.reduce((s, b) => s + byBand(b), 0);

  let moreUrgent = 0;
  for (const b of HOME_BANDS) for (const [u, n] of Object.entries(last.placed[b] ?? {})) if (URGENCY_RANK[u as Urgency] < URGENCY_RANK[viewer.urgency]) moreUrgent += n ?? 0;
  counted({ code: 'others.urgency', params: { count: moreUrgent } });

  const month = viewer.permitDate.slice(0, 7);
  const months = last.placedPermitMonthsByBand?.[viewer.homeBand];
  if (months) counted({ code: 'others.earlier_permit', params: { count: Object.entries(months).filter(([m]) => m < month).reduce((s, [, n]) => s + n, 0), band: viewer.homeBand } });

  const ties = last.placedWithTie ?? {};
  counted({ code: 'others.hard_tie', params: { count: PLACE_TIE_KINDS.reduce((s, k) => s + (ties[k] ?? 0), 0) } });
  counted({ code: 'others.family_tie', params: { count: ties.family ?? 0 } });
  counted({ code: 'others.profession_needed', params: { count: last.placedWithProfessionNeeded ?? 0 } });

  const smaller = HOME_BANDS.slice(0, HOME_BANDS.indexOf(viewer.homeBand));
  if (total > 0 && smaller.length > 0) {
    const best = smaller.reduce((a, b) => (byBand(b) > byBand(a) ? b : a));
    const share = Math.round((byBand(best) / total) * 100) / 100;
    if (byBand(best) > byBand(viewer.homeBand) && byBand(best) >= min) out.push({ code: 'others.smaller_homes_more_available', params: { band: best, placedShare: share } });
  }
  if (total > 0 && byBand(viewer.homeBand) === 0) out.push({ code: 'others.none_placed_in_band', params: { band: viewer.homeBand } });
  if (hidden) out.push({ code: 'others.small_groups_hidden', params: {} });
  return out;
}
