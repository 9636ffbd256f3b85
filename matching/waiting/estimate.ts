/**
 * Wait estimate: a range of rounds (and months), never a promise, with the basis it rests on and the drivers
 * that make it long or short, as codes with parameters.
 *
 * Method (documented in README.md):
 * - "Households like theirs" = households needing a home of the same band, placed in the municipalities that
 *   fit them (meet every hard need, and are on their acceptable list when they have one). When a round's stats
 *   have no per-municipality breakdown, the national count for the band is used (`basis.scope`). When the
 *   household has hard needs and the round counts placements per need, the count is capped by the number of
 *   households with that need placed (a household with a wheelchair need waits for accessible homes).
 * - Net progress of a round r: net_r = similar_r − urgent_r, where urgent_r are urgent households of the band
 *   that joined since the previous round (they go ahead of a non-urgent household; 0 for urgent households).
 * - The household is placed once `ahead + 1` households like theirs have been placed (ahead = households of the
 *   same band ahead in the queue). Optimistic rate = max net_r, pessimistic rate = max(min net_r, mean/2)
 *   (and at most 0.75·mean when fewer than 3 rounds were observed).
 *   rounds.low = max(1, ⌈(ahead+1)/optimistic⌉), rounds.high = max(low, ⌈(ahead+1)/pessimistic⌉).
 * - Months (when the round interval is given): placement in round k falls between (k−1) and k intervals from
 *   now, so months.low = (low−1)·interval rounded down to ½ month, months.high = high·interval rounded up.
 * - "Fitting municipalities" (`fits` in fits.ts, in the sense `at_all`): within reach (`acceptableMunicipalities`,
 *   which `withTieReach` sets to the reach of the household's verified hard ties), meeting every hard need,
 *   with a home of the household's band and as many person places as it has members in `capacities`, the capacity
 *   stated for the current or recent periods (taken or not). `basis.fittingMunicipalities` counts them.
 * - No estimate (rounds null) when: no municipality meets the needs; none that does has a home of the band and
 *   enough places at all; none of the fitting ones has one free now (`options.freeNow`, this period); no rounds
 *   yet; or the net progress per round is not positive.
 */
import { fittingMunicipalities, hardTieReachesApart, municipalitiesMeetingNeeds, type MunicipalityCapacity, type QueueEntry, type RoundStats } from './types.js';
import { HOME_BANDS, isUrgent, type HardTieKind, type HomeBand, type Urgency } from '../vocabulary/index.js';
import type { QueuePosition } from './queue.js';

export type WaitDriver =
  | { readonly code: 'wait.driver.no_history'; readonly params: Record<string, never> }
  /**
   * Municipalities are within reach, but none meets every hard need. `needs` is never empty: without hard needs,
   * every municipality within reach meets them (then `no_municipality_in_reach` or `hard_tie_reaches_apart` says why).
   */
  | { readonly code: 'wait.driver.no_municipality_meets_needs'; readonly params: { readonly needs: readonly string[] } }
  /**
   * The household has two or more verified hard ties (`tiePlaces`, CBS codes, at least two) whose areas do not overlap:
   * no municipality is within reach of all of them (`hardTieReachesApart`).
   */
  | { readonly code: 'wait.driver.hard_tie_reaches_apart'; readonly params: { readonly tiePlaces: readonly string[] } }
  /** No municipality taking part is within the household's reach (its acceptable list, or a tie in a place not taking part). */
  | { readonly code: 'wait.driver.no_municipality_in_reach'; readonly params: Record<string, never> }
  /** Municipalities meet the needs, but none has a home of the band and enough places at all (this or recent periods). */
  | { readonly code: 'wait.driver.no_home_of_band'; readonly params: { readonly band: HomeBand; readonly persons: number; readonly municipalities: number } }
  /** Municipalities fit, but none has a home of the band and enough places free in the current period. */
  | { readonly code: 'wait.driver.no_free_home_now'; readonly params: { readonly band: HomeBand; readonly persons: number; readonly municipalities: number } }
  /** In the rounds observed, no household like this one was placed in the municipalities that fit it. */
  | { readonly code: 'wait.driver.no_recent_placements'; readonly params: { readonly band: HomeBand; readonly rounds: number } }
  /**
   * Households like this one were placed (`perRound`), but at least as many urgent households of the band joined ahead
   * per round (`urgentPerRound`): the queue did not move for this household. Both are whole households per round
   * (`perRoundCount`).
   */
  | { readonly code: 'wait.driver.urgent_take_all'; readonly params: { readonly perRound: number; readonly urgentPerRound: number; readonly rounds: number } }
  /** `perRound`: homes of the band offered per round in the fitting municipalities (whole homes, `perRoundCount`). */
  | { readonly code: 'wait.driver.large_home_scarce'; readonly params: { readonly band: HomeBand; readonly perRound: number } }
  | { readonly code: 'wait.driver.hard_need_limits_places'; readonly params: { readonly need: string; readonly municipalities: number; readonly total: number } }
  | { readonly code: 'wait.driver.few_acceptable_places'; readonly params: { readonly municipalities: number } }
  /**
   * A verified hard tie limits the places: `municipalities` are those within reach of THIS tie (`hardTieReaches`
   * within: its own municipality and those at most `reachKm` km away), needs and capacity aside. One per hard tie.
   */
  | { readonly code: 'wait.driver.hard_tie_reach'; readonly params: { readonly kind: HardTieKind; readonly tiePlace: string; readonly reachKm: number; readonly municipalities: number } }
  /** `perRound`: households like this one placed per round (whole households, `perRoundCount`). */
  | { readonly code: 'wait.driver.many_ahead'; readonly params: { readonly ahead: number; readonly perRound: number } }
  /** `perRound`: urgent households of the band joining per round (whole households, `perRoundCount`). */
  | { readonly code: 'wait.driver.urgent_first'; readonly params: { readonly ahead: number; readonly perRound: number } }
  | { readonly code: 'wait.driver.own_urgency'; readonly params: { readonly urgency: Exclude<Urgency, 'none'> } }
  | { readonly code: 'wait.driver.few_rounds_observed'; readonly params: { readonly rounds: number } };

export type WaitDriverCode = WaitDriver['code'];

export interface Range { readonly low: number; readonly high: number }

export interface WaitEstimate {
  /** Rounds until placement, a range; null when no honest estimate can be made (see drivers). */
  readonly rounds: Range | null;
  /** Months, when `roundIntervalWeeks` was given and rounds is not null. */
  readonly months?: Range;
  readonly basis: {
    /** Households like theirs placed per round: fewest, most, and the mean (one decimal: a statistic, not a count). */
    readonly similarPlacedPerRound: { readonly low: number; readonly high: number; readonly mean: number };
    /** Households like theirs placed in all the rounds observed together (a whole number). */
    readonly similarPlacedTotal: number;
    readonly aheadOfYou: number;
    readonly roundsObserved: number;
    /** Where "like theirs" was counted: in the fitting municipalities, or the band nationally. */
    readonly scope: 'fitting_municipalities' | 'all_municipalities';
    /** Municipalities that could take the household at all (see the method above); not only those with room now. */
    readonly fittingMunicipalities: number;
    /** Urgent households of the band joining per round that go ahead (0 when the household is urgent). */
    readonly urgentArrivalsPerRound: number;
  };
  readonly drivers: readonly WaitDriver[];
}

export interface WaitOptions {
  /** Rounds are held every N weeks; when given, the estimate has months too. */
  readonly roundIntervalWeeks?: number;
  /** How many of the latest rounds to use (default 6). */
  readonly window?: number;
  /** A band with at most this many fitting homes (or placements) per round is "scarce" (default 5). */
  readonly scarcePerRound?: number;
  /**
   * What each municipality has free in the current period (capacity minus what proposals hold). When given, an
   * estimate needs a fitting municipality with a home of the band and enough places free now.
   */
  readonly freeNow?: readonly MunicipalityCapacity[];
}

export const DEFAULT_WAIT_WINDOW = 6;
export const DEFAULT_SCARCE = 5;
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * A mean per round as a newcomer is told it: whole households (or homes). Rounded to the nearest whole number; a
 * mean below ½ (also 0) is 0, which the texts say as "fewer than one per round" — true of every mean below ½. Never
 * a fraction: "about 23.3 households" is not a count a household can be.
 */
export function perRoundCount(mean: number): number {
  return mean < 0.5 ? 0 : Math.round(mean);
}

/**
 * Why there is no estimate, from its first driver (`rounds` null): the value the texts select on
 * (`wait.estimate.basis` {reason}); 'none' when there is an estimate.
 */
export type NoEstimateReason = 'none' | 'hard_tie_reaches_apart' | 'no_municipality_in_reach' | 'no_municipality_meets_needs' | 'no_home_of_band' | 'no_free_home_now' | 'no_history' | 'no_recent_placements' | 'urgent_take_all';

export function noEstimateReason(estimate: Pick<WaitEstimate, 'rounds' | 'drivers'>): NoEstimateReason {
  if (estimate.rounds) return 'none';
  const first = estimate.drivers.find((d) => NO_ESTIMATE_DRIVERS.has(d.code));
  if (!first) throw new Error('estimateWait: an estimate without rounds has no driver saying why');
  return first.code.slice('wait.driver.'.length) as Exclude<NoEstimateReason, 'none'>;
}

const NO_ESTIMATE_DRIVERS: ReadonlySet<WaitDriverCode> = new Set([
  'wait.driver.hard_tie_reaches_apart', 'wait.driver.no_municipality_in_reach', 'wait.driver.no_municipality_meets_needs', 'wait.driver.no_home_of_band', 'wait.driver.no_free_home_now',
  'wait.driver.no_history', 'wait.driver.no_recent_placements', 'wait.driver.urgent_take_all',
]);
const sum = (xs: Iterable<number>) => { let s = 0; for (const x of xs) s += x; return s; };
const mean = (xs: readonly number[]) => (xs.length ? sum(xs) / xs.length : 0);

export function estimateWait(
  entry: QueueEntry,
  position: QueuePosition,
  history: readonly RoundStats[],
  capacities: readonly MunicipalityCapacity[],
  options: WaitOptions = {},
): WaitEstimate {
  const window = options.window ?? DEFAULT_WAIT_WINDOW;
  const scarce = options.scarcePerRound ?? DEFAULT_SCARCE;
  const rounds = [...history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.roundId < b.roundId ? -1 : 1)).slice(-window);
  const band = entry.homeBand;
  const ahead = position.ahead.sameBand;
  const drivers: WaitDriver[] = [];

  if (isUrgent(entry.urgency)) drivers.push({ code: 'wait.driver.own_urgency', params: { urgency: entry.urgency } });

  const fitting = fittingMunicipalities(entry, capacities);
  const fitSet = new Set(fitting.map((c) => c.municipality));
  const acceptable = entry.acceptableMunicipalities ? new Set(entry.acceptableMunicipalities) : null;
  const inScope = capacities.filter((c) => !acceptable || acceptable.has(c.municipality));
  for (const need of entry.hardNeeds) {
    const meeting = inScope.filter((c) => c.meets.includes(need)).length;
    if (meeting < inScope.length) drivers.push({ code: 'wait.driver.hard_need_limits_places', params: { need, municipalities: meeting, total: inScope.length } });
  }
  for (const t of entry.hardTies ?? []) drivers.push({ code: 'wait.driver.hard_tie_reach', params: { kind: t.kind, tiePlace: t.tiePlace, reachKm: t.reachKm, municipalities: t.within.length } });
  if (!entry.hardTies?.length && acceptable) drivers.push({ code: 'wait.driver.few_acceptable_places', params: { municipalities: inScope.length } });

  // Per round: similar households placed, homes offered, urgent arrivals.
  const scope: WaitEstimate['basis']['scope'] = rounds.length > 0 && rounds.every((r) => r.placedByMunicipality) ? 'fitting_municipalities' : 'all_municipalities';
  const similar = rounds.map((r) => {
    let n = scope === 'fitting_municipalities'
      ? sum(Object.entries(r.placedByMunicipality!).filter(([m]) => fitSet.has(m)).map(([, p]) => p[band] ?? 0))
      : r.placedByBand[band] ?? 0;
    if (r.placedByNeed) for (const need of entry.hardNeeds) n = Math.min(n, r.placedByNeed[need] ?? 0);
    return n;
  });
  const urgent = rounds.map((r) => (isUrgent(entry.urgency) ? 0 : r.newUrgentByBand?.[band] ?? 0));
  const homesKnown = rounds.length > 0 && rounds.every((r) => r.homesByMunicipality);
  const homesPerRound = homesKnown
    ? mean(rounds.map((r) => sum(Object.entries(r.homesByMunicipality!).filter(([m]) => fitSet.has(m)).map(([, h]) => h[band] ?? 0))))
    : mean(similar);
  const urgentMean = mean(urgent);
  const basis: WaitEstimate['basis'] = {
    similarPlacedPerRound: { low: similar.length ? Math.min(...similar) : 0, high: similar.length ? Math.max(...similar) : 0, mean: round1(mean(similar)) },
    similarPlacedTotal: sum(similar),
    aheadOfYou: ahead,
    roundsObserved: rounds.length,
    scope,
    fittingMunicipalities: fitting.length,
    urgentArrivalsPerRound: round1(urgentMean),
  };
  const none = (d: WaitDriver): WaitEstimate => ({ rounds: null, basis, drivers: [d, ...drivers] });

  // Why nowhere can take it, named by its cause: ties whose areas do not overlap, nothing taking part within reach,
  // or needs no municipality within reach meets (then there are needs to name: the list is never empty).
  if (hardTieReachesApart(entry)) return none({ code: 'wait.driver.hard_tie_reaches_apart', params: { tiePlaces: entry.hardTies!.map((t) => t.tiePlace) } });
  if (inScope.length === 0) return none({ code: 'wait.driver.no_municipality_in_reach', params: {} });
  const meeting = municipalitiesMeetingNeeds(entry, capacities);
  if (meeting.length === 0) {
    if (entry.hardNeeds.length === 0) throw new Error('estimateWait: municipalities within reach, no hard needs, yet none meets them');
    return none({ code: 'wait.driver.no_municipality_meets_needs', params: { needs: [...entry.hardNeeds] } });
  }
  if (fitting.length === 0) return none({ code: 'wait.driver.no_home_of_band', params: { band, persons: entry.persons, municipalities: meeting.length } });
  if (options.freeNow && fittingMunicipalities(entry, options.freeNow.filter((c) => fitSet.has(c.municipality))).length === 0) {
    return none({ code: 'wait.driver.no_free_home_now', params: { band, persons: entry.persons, municipalities: fitting.length } });
  }
  if (rounds.length === 0) return none({ code: 'wait.driver.no_history', params: {} });

  if (band !== HOME_BANDS[0] && homesPerRound <= scarce) drivers.push({ code: 'wait.driver.large_home_scarce', params: { band, perRound: perRoundCount(homesPerRound) } });
  if (position.ahead.moreUrgent > 0 || urgentMean > 0) drivers.push({ code: 'wait.driver.urgent_first', params: { ahead: position.ahead.moreUrgent, perRound: perRoundCount(urgentMean) } });
  if (rounds.length < 3) drivers.push({ code: 'wait.driver.few_rounds_observed', params: { rounds: rounds.length } });

  const net = similar.map((s, i) => s - urgent[i]);
  const netMean = mean(net);
  if (netMean <= 0) {
    // None placed at all, or urgent arrivals took every place: say which, so the counts in the basis stay true.
    if (sum(similar) === 0) return none({ code: 'wait.driver.no_recent_placements', params: { band, rounds: rounds.length } });
    return none({ code: 'wait.driver.urgent_take_all', params: { perRound: perRoundCount(mean(similar)), urgentPerRound: perRoundCount(urgentMean), rounds: rounds.length } });
  }
  if (ahead >= 2 * mean(similar)) drivers.push({ code: 'wait.driver.many_ahead', params: { ahead, perRound: perRoundCount(mean(similar)) } });

  const optimistic = Math.max(...net);
  let pessimistic = Math.max(Math.min(...net), netMean / 2);
  if (rounds.length < 3) pessimistic = Math.min(pessimistic, netMean * 0.75);
  const need = ahead + 1;
  const low = Math.max(1, Math.ceil(need / optimistic));
  const high = Math.max(low, Math.ceil(need / pessimistic));
  const estimate: WaitEstimate = { rounds: { low, high }, basis, drivers };
  if (options.roundIntervalWeeks === undefined) return estimate;
  const perRoundMonths = (options.roundIntervalWeeks * 12) / 52;
  return { ...estimate, months: { low: Math.floor((low - 1) * perRoundMonths * 2) / 2, high: Math.ceil(high * perRoundMonths * 2) / 2 } };
}
