/**
 * "Fits": whether a municipality can take a household. One predicate, used by the scoring filters (hard needs
 * and capacity), the waiting list (the count of fitting municipalities, the wait estimate, the households no
 * municipality can take) and every text about them.
 *
 * A municipality fits a household when
 * 1. it is within the household's reach (when the household has a reach: a pin, or the municipalities its hard
 *    ties allow), and
 * 2. it meets every hard need (care needs: a hospital for hospital and chronic care, mental-health care for
 *    mental health; accessibility needs: accessible homes), and
 * 3. it has at least one home of the household's band (1–2, 3–4, 5 or more persons), and
 * 4. it has at least as many person places as the household has members.
 * Conditions 3 and 4 depend on which capacity the caller passes, so every caller says which sense it means:
 * - `free_now`: what is still free in the current period (capacity minus what proposals hold);
 * - `at_all`: the capacity stated for the period (or recent periods), whether or not it is taken yet.
 * A text must say which sense its count means.
 */
import { haversineKm } from './model/geo.js';
import { ACCESSIBILITY_NEEDS, CARE_NEEDS, type CareNeed, type ScoringServices } from './model/types.js';
import { isHardTie, RESOURCES, usesOf, type HardTieKind, type Resource, type TieHardness } from './vocabulary/index.js';

/** Which service meets each care need (the scoring filter and the services criterion use this too). */
export const CARE_SERVICE: Readonly<Record<CareNeed, keyof ScoringServices>> = {
  hospital: 'hospital',
  mental_health: 'mentalHealthCare',
  chronic_care: 'hospital',
};

/** The hard needs (care and accessibility) that a municipality with these services meets. */
export function hardNeedsMet(services: ScoringServices): string[] {
  const met: string[] = CARE_NEEDS.filter((n) => services[CARE_SERVICE[n]]);
  if (services.accessibleHomes) met.push(...ACCESSIBILITY_NEEDS);
  return met;
}

/**
 * How far a verified hard tie reaches (a round's policy, stored with the round): a municipality is within reach
 * of a tie when its centroid lies within this many kilometres (haversine) of the centroid of the tie's
 * municipality; the tie's own municipality is always within reach. A household with several hard ties must be
 * within reach of every one of them. Pins override reach (noted in the explanation).
 */
export interface TieReach {
  /** Job contract and study place ties, km (≥ 0). */
  readonly placeKm: number;
  /** First-degree family ties the household asks to live near, km (≥ 0). */
  readonly familyKm: number;
}

/**
 * Default reach: 30 km for a job or a study place (a daily commute of about half an hour by car or train between
 * neighbouring municipalities' centres), 20 km for family the household wants to live near.
 */
export const DEFAULT_TIE_REACH: TieReach = { placeKm: 30, familyKm: 20 };

/** The reach in km of a hard tie of this kind under the policy: `placeKm` for a job or study place, `familyKm` for family. */
export function reachKmOf(kind: HardTieKind, reach: TieReach): number {
  return kind === 'family' ? reach.familyKm : reach.placeKm;
}

/** A tie as the reach predicate reads it: its hardness (`isHardTie`) and the CBS code of its place. */
export type ReachTie = TieHardness & { readonly municipality: string };

/** A municipality's centroid: CBS code and WGS84 degrees (the scoring model's `lat`/`lon`). */
export interface Centroid {
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
}

/** One hard tie and the municipalities within its reach. */
export interface HardTieReach {
  readonly tie: ReachTie & { readonly kind: HardTieKind };
  /** Reach in km (`reachKmOf`). */
  readonly reachKm: number;
  /** False when the tie's municipality is not among the centroids: then nothing is within its reach. */
  readonly known: boolean;
  /** Centroid distance in km from the tie's municipality to each municipality (CBS code → km); empty when unknown. */
  readonly km: ReadonlyMap<string, number>;
  /** CBS codes within reach, sorted: the tie's municipality and those with km ≤ reachKm. */
  readonly within: readonly string[];
}

/**
 * Every hard tie (`isHardTie`) of the given ties with its reach, in the ties' order. A municipality is within reach
 * of a tie when its centroid lies at most `reachKmOf(kind)` km (haversine) from the centroid of the tie's
 * municipality; the tie's own municipality is always within reach. When the tie's municipality is not among
 * `municipalities` (not in the model, e.g. not taking part in the round), no centroid is known, so nothing is
 * within its reach (`known: false`, `within: []`): a verified promise cannot be checked against a place we cannot
 * locate, so the household waits (or an officer pins it) rather than being placed anywhere.
 */
export function hardTieReaches(ties: readonly ReachTie[], municipalities: readonly Centroid[], reach: TieReach = DEFAULT_TIE_REACH): HardTieReach[] {
  const out: HardTieReach[] = [];
  for (const tie of ties) {
    if (!isHardTie(tie)) continue;
    const reachKm = reachKmOf(tie.kind, reach);
    const at = municipalities.find((m) => m.id === tie.municipality);
    if (!at) { out.push({ tie, reachKm, known: false, km: new Map(), within: [] }); continue; }
    const km = new Map<string, number>();
    const within: string[] = [];
    for (const m of municipalities) {
      const d = m.id === at.id ? 0 : haversineKm(at.lat, at.lon, m.lat, m.lon);
      km.set(m.id, d);
      if (m.id === at.id || d <= reachKm) within.push(m.id);
    }
    out.push({ tie, reachKm, known: true, km, within: within.sort() });
  }
  return out;
}

/**
 * The reach of a household (or of linked households placed together: pass all their ties): the CBS codes within
 * reach of EVERY hard tie (the intersection of `hardTieReaches(...).within`), sorted; `undefined` when there is no
 * hard tie (then reach does not restrict). Empty when the ties' reaches do not overlap or a tie's municipality is
 * unknown. Pass the result as `FitDemand.reach`.
 *
 * Rule and source: a verified job contract, study place or first-degree family tie is a hard criterion of the link
 * to a municipality in Dutch practice (see `HARD_TIE_KINDS`), so every such tie must be honoured at once: the
 * intersection. Reach by centroid distance (`TieReach`, default `DEFAULT_TIE_REACH`: 30 km for work or study,
 * 20 km for family) is this project's choice, documented in matching/README.md ("Hard ties").
 */
export function tieReach(ties: readonly ReachTie[], municipalities: readonly Centroid[], reach: TieReach = DEFAULT_TIE_REACH): string[] | undefined {
  const reaches = hardTieReaches(ties, municipalities, reach);
  if (reaches.length === 0) return undefined;
  let acc = new Set(reaches[0].within);
  for (const r of reaches.slice(1)) acc = new Set(r.within.filter((m) => acc.has(m)));
  return [...acc].sort();
}

/** What a household asks of a municipality. */
export interface FitDemand {
  /** Members of the household (≥ 1); one home of `homeBand(persons)` and `persons` person places. */
  readonly persons: number;
  /** Care and accessibility needs, e.g. 'hospital', 'wheelchair'. */
  readonly hardNeeds: readonly string[];
  /** When set, only these municipalities (CBS codes) are within reach (e.g. `tieReach` of its hard ties). */
  readonly reach?: readonly string[];
  /**
   * When set, what it uses instead of `usesOf(persons)`: linked households placed together use the sum of their
   * own uses (each its own home of its band), not one home for all their persons.
   */
  readonly uses?: Readonly<Partial<Record<Resource, number>>>;
}

/** What a municipality offers, in one sense (free now, or at all). */
export interface FitSupply {
  /** CBS code. */
  readonly municipality: string;
  /** Hard needs it meets (`hardNeedsMet`). */
  readonly meets: readonly string[];
  /** Person places and homes per band: free now, or stated at all, as the caller chose. */
  readonly capacity: Readonly<Record<Resource, number>>;
}

/** Why a municipality does not fit, as data (a message catalogue or a filter reason renders it). */
export type Misfit =
  | { readonly code: 'fit.outside_reach' }
  | { readonly code: 'fit.need_unmet'; readonly need: string }
  | { readonly code: 'fit.capacity_short'; readonly resource: Resource; readonly needed: number; readonly available: number };

/**
 * Resources of which `uses` needs more than `capacity` has (a missing amount counts as 0). The scoring filter
 * applies it to a unit's summed uses (linked households), the waiting list to one household's.
 */
export function capacityShortfalls(uses: Readonly<Partial<Record<Resource, number>>>, capacity: Readonly<Partial<Record<Resource, number>>>): Extract<Misfit, { code: 'fit.capacity_short' }>[] {
  const out: Extract<Misfit, { code: 'fit.capacity_short' }>[] = [];
  for (const resource of RESOURCES) {
    const needed = uses[resource] ?? 0;
    const available = capacity[resource] ?? 0;
    if (needed > available) out.push({ code: 'fit.capacity_short', resource, needed, available });
  }
  return out;
}

/** Every reason the municipality does not fit the household; empty when it fits. */
export function misfits(demand: FitDemand, supply: FitSupply): Misfit[] {
  const out: Misfit[] = [];
  if (demand.reach && !demand.reach.includes(supply.municipality)) out.push({ code: 'fit.outside_reach' });
  for (const need of demand.hardNeeds) if (!supply.meets.includes(need)) out.push({ code: 'fit.need_unmet', need });
  out.push(...capacityShortfalls(demand.uses ?? usesOf(demand.persons), supply.capacity));
  return out;
}

export function fits(demand: FitDemand, supply: FitSupply): boolean {
  return misfits(demand, supply).length === 0;
}

/** Whether the municipality is within reach and meets every hard need (capacity aside). */
export function meetsNeeds(demand: FitDemand, supply: FitSupply): boolean {
  return misfits(demand, supply).every((m) => m.code === 'fit.capacity_short');
}
