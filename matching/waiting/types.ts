/**
 * Waiting-list types. Everything here is data: codes plus parameters, never sentences (the message catalogues
 * in `matching/messages` render them). Nothing here identifies another household to a newcomer: the
 * newcomer-facing outputs (position, change, estimate, "why others went first") carry counts only.
 */
import { ACCESSIBILITY_NEEDS, CARE_NEEDS, type ScoringMunicipality } from '../model/types.js';
import { HOME_BANDS, homeBand, type HardTieKind, type HomeBand, type Resource, type Urgency } from '../vocabulary/index.js';
import { DEFAULT_TIE_REACH, fits, hardNeedsMet, hardTieReaches, meetsNeeds, tieReach, type Centroid, type FitDemand, type FitSupply, type ReachTie, type TieReach } from '../fits.js';

/** Hard needs that restrict where a household can live: care needs and accessibility needs of the model. */
export const HARD_NEEDS = [...CARE_NEEDS, ...ACCESSIBILITY_NEEDS] as const;
export type HardNeed = (typeof HARD_NEEDS)[number];

export interface QueueEntry {
  readonly id: string;
  /** Case reference: the stable, last tie-breaker of the priority rule. */
  readonly reference: string;
  /** Date the residence permit was granted, YYYY-MM-DD. */
  readonly permitDate: string;
  readonly urgency: Urgency;
  /** Members of the household: it needs this many person places and one home of `homeBand`. */
  readonly persons: number;
  readonly homeBand: HomeBand;
  /** e.g. 'hospital', 'wheelchair' (see HARD_NEEDS; other strings are allowed and matched literally). */
  readonly hardNeeds: readonly string[];
  /** When set, the household can only go to these municipalities (CBS codes), e.g. a pin or a tie. */
  readonly acceptableMunicipalities?: readonly string[];
  /**
   * Its hard ties (`withTieReach`), when they limit `acceptableMunicipalities`: what the texts name. `within` are the
   * CBS codes within reach of that tie alone (`hardTieReaches(...).within`: the tie's own municipality and those at
   * most `reachKm` km away; empty when its municipality is not among the centroids).
   */
  readonly hardTies?: readonly HardTieOfEntry[];
}

/** One hard tie of a queue entry, with its own reach (see `QueueEntry.hardTies`). */
export interface HardTieOfEntry {
  readonly kind: HardTieKind;
  /** CBS code of the tie's municipality. */
  readonly tiePlace: string;
  /** Reach in km (`reachKmOf`). */
  readonly reachKm: number;
  /** CBS codes within reach of this tie, sorted. */
  readonly within: readonly string[];
}

/**
 * True when the entry has two or more hard ties, each in a known municipality, and no municipality is within reach
 * of all of them (their areas do not overlap): then nowhere can honour every tie at once.
 */
export function hardTieReachesApart(entry: Pick<QueueEntry, 'hardTies'>): boolean {
  const ties = entry.hardTies ?? [];
  if (ties.length < 2 || ties.some((t) => t.within.length === 0)) return false;
  return !ties[0].within.some((m) => ties.every((t) => t.within.includes(m)));
}

/**
 * The entry with the reach of its hard ties applied (`tieReach` in fits.ts, the predicate the scoring filter uses):
 * `acceptableMunicipalities` becomes the municipalities within reach of every hard tie (intersected with a list it
 * already had), and `hardTies` lists every hard tie with its own reach. Unchanged when no tie is hard. `municipalities` are the
 * centroids of the municipalities that could take part (the scoring model's); `reach` is the round policy's, by
 * default `DEFAULT_TIE_REACH` (the waiting list, between rounds, uses the default).
 */
export function withTieReach(entry: QueueEntry, ties: readonly ReachTie[], municipalities: readonly Centroid[], reach: TieReach = DEFAULT_TIE_REACH): QueueEntry {
  const within = tieReach(ties, municipalities, reach);
  if (within === undefined) return entry;
  const listed = entry.acceptableMunicipalities ? new Set(entry.acceptableMunicipalities) : null;
  return {
    ...entry,
    acceptableMunicipalities: listed ? within.filter((m) => listed.has(m)) : within,
    hardTies: hardTieReaches(ties, municipalities, reach).map((r) => ({ kind: r.tie.kind, tiePlace: r.tie.municipality, reachKm: r.reachKm, within: r.within })),
  };
}

/**
 * What one municipality offers: person places, homes per band and the hard needs it can meet. Which capacity
 * (free now, or stated at all) is the caller's choice; see the two senses in fits.ts.
 */
export interface MunicipalityCapacity {
  /** CBS code. */
  readonly municipality: string;
  /** Person places. */
  readonly persons: number;
  readonly homes: Readonly<Partial<Record<HomeBand, number>>>;
  /** Hard needs it can meet (a hospital, mental-health care, accessible homes…). */
  readonly meets: readonly string[];
}

/** Statistics of one past round, counts only (the API layer builds it from stored rounds; see `summariseRound`). */
export interface RoundStats {
  readonly roundId: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** Households placed per band (all municipalities). */
  readonly placedByBand: Readonly<Partial<Record<HomeBand, number>>>;
  /** Households placed per band in each municipality. When given, estimates count placements only in the
   * municipalities that fit the household (a sharper basis than the national band count). */
  readonly placedByMunicipality?: Readonly<Record<string, Readonly<Partial<Record<HomeBand, number>>>>>;
  /** Households placed that had each hard need (all bands). */
  readonly placedByNeed?: Readonly<Partial<Record<string, number>>>;
  /** Homes offered in the round per band in each municipality. */
  readonly homesByMunicipality?: Readonly<Record<string, Readonly<Partial<Record<HomeBand, number>>>>>;
  /** Urgent households (medical or social) that joined the list since the previous round, per band. */
  readonly newUrgentByBand?: Readonly<Partial<Record<HomeBand, number>>>;
}

/** A structured fact: a code with parameters; rendered by `matching/messages`. */
export interface Coded<C extends string = string, P = Readonly<Record<string, unknown>>> {
  readonly code: C;
  readonly params: P;
}

/**
 * A household's case data as the queue reads it (the API reads it from the database): the entry's id, reference,
 * permit date and urgency, its number of members (`size`) and its care and accessibility needs.
 */
export type QueueCase = Pick<QueueEntry, 'id' | 'reference' | 'permitDate' | 'urgency'> & {
  readonly size: number;
  readonly careNeeds: readonly string[];
  readonly accessibilityNeeds: readonly string[];
};

/** The queue entry of a case: its home band from its size (`homeBand`), its hard needs (care needs, then accessibility needs). */
export function queueEntry(c: QueueCase): QueueEntry {
  return {
    id: c.id,
    reference: c.reference,
    permitDate: c.permitDate,
    urgency: c.urgency,
    persons: c.size,
    homeBand: homeBand(c.size),
    hardNeeds: [...c.careNeeds, ...c.accessibilityNeeds],
  };
}

/** Capacity and met needs of a scoring municipality, with the same rules as the scoring filters (`hardNeedsMet`). */
export function capacityOf(m: ScoringMunicipality): MunicipalityCapacity {
  return {
    municipality: m.id,
    persons: m.capacity.persons,
    homes: Object.fromEntries(HOME_BANDS.map((b) => [b, m.capacity[b]])),
    meets: hardNeedsMet(m.services),
  };
}

/** The household side of the fit predicate. */
function demandOf(entry: Pick<QueueEntry, 'persons' | 'hardNeeds' | 'acceptableMunicipalities'>): FitDemand {
  return entry.acceptableMunicipalities ? { persons: entry.persons, hardNeeds: entry.hardNeeds, reach: entry.acceptableMunicipalities } : { persons: entry.persons, hardNeeds: entry.hardNeeds };
}

/** Supplies already built, so a loop over households builds each municipality's once (capacities are read-only). */
const supplies = new WeakMap<MunicipalityCapacity, FitSupply>();

/** The municipality side of the fit predicate. */
function supplyOf(c: MunicipalityCapacity): FitSupply {
  let supply = supplies.get(c);
  if (!supply) {
    supply = {
      municipality: c.municipality,
      meets: c.meets,
      capacity: { persons: c.persons, ...Object.fromEntries(HOME_BANDS.map((b) => [b, c.homes[b] ?? 0])) } as Record<Resource, number>,
    };
    supplies.set(c, supply);
  }
  return supply;
}

/**
 * Municipalities that fit the entry (`fits`): within reach, meeting every hard need, with a home of its band and
 * enough person places in the capacities given (their sense is the caller's: free now, or at all).
 */
export function fittingMunicipalities(entry: Pick<QueueEntry, 'persons' | 'hardNeeds' | 'acceptableMunicipalities'>, capacities: readonly MunicipalityCapacity[]): MunicipalityCapacity[] {
  const demand = demandOf(entry);
  return capacities.filter((c) => fits(demand, supplyOf(c)));
}

/** Municipalities within the entry's reach that meet every hard need, whatever their capacity. */
export function municipalitiesMeetingNeeds(entry: Pick<QueueEntry, 'persons' | 'hardNeeds' | 'acceptableMunicipalities'>, capacities: readonly MunicipalityCapacity[]): MunicipalityCapacity[] {
  const demand = demandOf(entry);
  return capacities.filter((c) => meetsNeeds(demand, supplyOf(c)));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export function checkDate(date: string, what: string): void {
  if (!DATE.test(date) || Number.isNaN(Date.parse(date + 'T00:00:00Z'))) throw new Error(`${what}: expected a date YYYY-MM-DD, got ${JSON.stringify(date)}`);
}
