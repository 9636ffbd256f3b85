/**
 * Officer view: aggregates over the waiting list, the longest waits, and households no municipality can take
 * (with reason codes), so an officer can act. Officer-facing: ids and references appear here.
 */
import { queueOrder } from './queue.js';
import { checkDate, fittingMunicipalities, hardTieReachesApart, municipalitiesMeetingNeeds, type MunicipalityCapacity, type QueueEntry } from './types.js';
import { HOME_BANDS, URGENCIES, type HomeBand, type Urgency } from '../vocabulary/index.js';

export type UnplaceableReason =
  /** No municipality (on the acceptable list, if any) meets every hard need. */
  | { readonly code: 'waiting.no_municipality_meets_needs'; readonly params: { readonly needs: readonly string[] } }
  /** Municipalities meet the needs, but none has a home of the band and enough person places free (in the capacities given: this period's free capacity). */
  | { readonly code: 'waiting.no_free_home_this_period'; readonly params: { readonly band: HomeBand; readonly persons: number; readonly municipalities: number } }
  /** Two or more verified hard ties (`tiePlaces`, CBS codes) whose areas do not overlap: no municipality is near all of them. */
  | { readonly code: 'waiting.hard_tie_reaches_apart'; readonly params: { readonly tiePlaces: readonly string[] } }
  /** The acceptable list names no known municipality. */
  | { readonly code: 'waiting.no_acceptable_municipality'; readonly params: { readonly listed: number } };

export type UnplaceableCode = UnplaceableReason['code'];

export interface WaitingListSummary {
  readonly total: number;
  readonly byBand: Readonly<Record<HomeBand, number>>;
  readonly byUrgency: Readonly<Record<Urgency, number>>;
  /** Households with each hard need (a household with two needs counts under both). */
  readonly byNeed: Readonly<Record<string, number>>;
  readonly byBandAndNeed: Readonly<Record<HomeBand, Readonly<Record<string, number>>>>;
  /** Earliest permit dates first (ties by reference, id); `daysWaiting` when `today` was given. */
  readonly longestWaits: readonly { readonly id: string; readonly reference: string; readonly permitDate: string; readonly daysWaiting: number | null }[];
  /** Households no municipality can take, in queue order. */
  readonly unplaceable: readonly { readonly id: string; readonly reference: string; readonly reasons: readonly UnplaceableReason[] }[];
}

const DAY = 86_400_000;

/**
 * Why no municipality can take this household (`fits`), or [] when some can. `capacities` is what each
 * municipality has free in the current period, so "cannot take" means "not this period".
 */
export function unplaceableReasons(entry: QueueEntry, capacities: readonly MunicipalityCapacity[]): UnplaceableReason[] {
  if (hardTieReachesApart(entry)) return [{ code: 'waiting.hard_tie_reaches_apart', params: { tiePlaces: entry.hardTies!.map((t) => t.tiePlace) } }];
  if (entry.acceptableMunicipalities) {
    const known = new Set(capacities.map((c) => c.municipality));
    if (!entry.acceptableMunicipalities.some((m) => known.has(m))) return [{ code: 'waiting.no_acceptable_municipality', params: { listed: entry.acceptableMunicipalities.length } }];
  }
  const meeting = municipalitiesMeetingNeeds(entry, capacities);
  // Within reach and no hard needs means some municipality meets them, so `needs` here is never empty.
  if (meeting.length === 0) return [{ code: 'waiting.no_municipality_meets_needs', params: { needs: [...entry.hardNeeds] } }];
  if (fittingMunicipalities(entry, meeting).length === 0) {
    return [{ code: 'waiting.no_free_home_this_period', params: { band: entry.homeBand, persons: entry.persons, municipalities: meeting.length } }];
  }
  return [];
}

export function waitingListSummary(
  entries: readonly QueueEntry[],
  capacities: readonly MunicipalityCapacity[],
  options: { readonly today?: string; readonly longest?: number } = {},
): WaitingListSummary {
  if (options.today !== undefined) checkDate(options.today, 'today');
  const order = queueOrder(entries);
  const byBand = Object.fromEntries(HOME_BANDS.map((b) => [b, 0])) as Record<HomeBand, number>;
  const byUrgency = Object.fromEntries(URGENCIES.map((u) => [u, 0])) as Record<Urgency, number>;
  const byNeed: Record<string, number> = {};
  const byBandAndNeed = Object.fromEntries(HOME_BANDS.map((b) => [b, {} as Record<string, number>])) as Record<HomeBand, Record<string, number>>;
  const unplaceable: { id: string; reference: string; reasons: UnplaceableReason[] }[] = [];
  for (const e of order) {
    byBand[e.homeBand]++;
    byUrgency[e.urgency]++;
    for (const n of new Set(e.hardNeeds)) {
      byNeed[n] = (byNeed[n] ?? 0) + 1;
      byBandAndNeed[e.homeBand][n] = (byBandAndNeed[e.homeBand][n] ?? 0) + 1;
    }
    const reasons = unplaceableReasons(e, capacities);
    if (reasons.length) unplaceable.push({ id: e.id, reference: e.reference, reasons });
  }
  const today = options.today === undefined ? null : Date.parse(options.today + 'T00:00:00Z');
  const longestWaits = [...order]
    .sort((a, b) => (a.permitDate < b.permitDate ? -1 : a.permitDate > b.permitDate ? 1 : a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : a.id < b.id ? -1 : 1))
    .slice(0, options.longest ?? 10)
    .map((e) => ({ id: e.id, reference: e.reference, permitDate: e.permitDate, daysWaiting: today === null ? null : Math.round((today - Date.parse(e.permitDate + 'T00:00:00Z')) / DAY) }));
  return { total: order.length, byBand, byUrgency, byNeed, byBandAndNeed, longestWaits, unplaceable };
}
