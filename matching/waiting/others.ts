/**
 * "Why did others go first?" — aggregate explanations from the last published round, over ALL municipalities and
 * all households placed in it, counts only (the question between rounds: "who got a home in the last round, and
 * why them before me?"). It is not the run's per-household "why others went first" (matching/explain/others-first.ts,
 * `lastRound.othersFirst`), which counts only households of the same home band placed where this household could
 * also have lived, in the last round it took part in and was not placed.
 *
 * Every category counts only households for which it is the true reason they went first, under the queue rule
 * (`compareQueue`: urgency first, then permit date):
 * - `others.urgency`: a more urgent category (they come before this household whatever their permit);
 * - `others.earlier_permit`: same home band and same urgency, an older permit (strictly earlier date);
 * - `others.hard_tie`, `others.family_tie`, `others.profession_needed`: same home band, but AFTER this household
 *   in the queue (less urgent, or same urgency and a later permit): the queue rule did not put them first, their
 *   tie to the place (or profession) did. Households before it in the queue are never counted here.
 * A household with the same urgency and the same permit date is counted in none of these (the case reference
 * decides between them, which the aggregate does not hold). The aggregate holds groups, not records; counts below `minGroupSize` (default K_ANONYMITY_THRESHOLD, 3) are not shown (one `others.small_groups_hidden`
 * item says so), so a small group cannot point at a person.
 */
import { HOME_BANDS, PLACE_TIE_KINDS, URGENCY_RANK, type HomeBand, type PlaceTieKind, type Urgency } from '../vocabulary/index.js';

/** Households placed in the round that share what the queue rule and the categories read (a count, no one's details). */
export interface PlacedGroup {
  readonly band: HomeBand;
  readonly urgency: Urgency;
  /** Date the residence permit was granted, YYYY-MM-DD. */
  readonly permitDate: string;
  /** Kinds of tie they had where they were placed: a job contract or study place (a hard tie), family. */
  readonly tiesThere: readonly (PlaceTieKind | 'family')[];
  /** Their profession is one the municipality needs (shortage or wanted occupation). */
  readonly professionNeeded: boolean;
  /** Households in the group (≥ 1). */
  readonly count: number;
}

export interface LastRoundAggregate {
  readonly roundId: string;
  /** Households placed, per band and urgency category. */
  readonly placed: Readonly<Partial<Record<HomeBand, Readonly<Partial<Record<Urgency, number>>>>>>;
  /** The same households in groups (`lastRoundAggregate`): what places each before or after a viewer in the queue. */
  readonly groups?: readonly PlacedGroup[];
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
 * The fairness report hides its groups below the same k (matching/rounds/fairness.ts `suppressSmallGroups`).
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

  if (last.groups) {
    const rank = URGENCY_RANK[viewer.urgency];
    const sameBand = last.groups.filter((g) => g.band === viewer.homeBand);
    const count = (gs: readonly PlacedGroup[]) => gs.reduce((s, g) => s + g.count, 0);
    // Same urgency, older permit: before this household under the queue rule, for that reason.
    counted({ code: 'others.earlier_permit', params: { count: count(sameBand.filter((g) => URGENCY_RANK[g.urgency] === rank && g.permitDate < viewer.permitDate)), band: viewer.homeBand } });
    // After this household under the queue rule, yet placed: their tie or profession, not the queue, put them first.
    const after = sameBand.filter((g) => URGENCY_RANK[g.urgency] > rank || (URGENCY_RANK[g.urgency] === rank && g.permitDate > viewer.permitDate));
    counted({ code: 'others.hard_tie', params: { count: count(after.filter((g) => PLACE_TIE_KINDS.some((k) => g.tiesThere.includes(k)))) } });
    counted({ code: 'others.family_tie', params: { count: count(after.filter((g) => g.tiesThere.includes('family'))) } });
    counted({ code: 'others.profession_needed', params: { count: count(after.filter((g) => g.professionNeeded)) } });
  }

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
