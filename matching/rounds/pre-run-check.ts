/**
 * Pre-run check: what an officer should see before running a round, from the model (households, municipalities
 * with the round's capacities) and the round's policy alone, without solving. Pure.
 *
 * It uses the one "fits" predicate (`misfits` in matching/fits.ts) with reach (`tieReach`: the municipalities
 * within reach of every verified hard tie of a unit's households), in the sense "capacity at all": each unit is
 * checked alone against the whole stated capacity, as if no other household took anything. So a conflict listed
 * here is certain (no solve can honour it); a unit not listed may still wait when others take the room first.
 */
import { capacityShortfalls, DEFAULT_TIE_REACH, hardNeedsMet, hardTieReaches, misfits, tieReach, type FitDemand, type FitSupply, type Misfit, type TieReach } from '../fits.js';
import { householdUses, type MatchingModel, type ScoringHousehold } from '../model/types.js';
import { linkedUnits, type MatchingPolicy } from '../scoring/build.js';
import { HOME_BANDS, homeBand, isHardTie, type HardTieKind, type HomeBand, type Resource } from '../vocabulary/index.js';

/** A `Misfit` code, with the resource for capacity (`fit.capacity_short:homes_5_plus`), or `forbidden` (an officer's forbidden pair). */
export type MisfitKey = Exclude<Misfit['code'], 'fit.capacity_short'> | `fit.capacity_short:${Resource}` | 'forbidden';

/** Extra capacity that would let one municipality take the unit: per resource, how much to add (only what is short). */
export interface CapacityToAdd {
  /** CBS code. */
  readonly municipality: string;
  /** Amount to add per resource (home bands count homes, `persons` counts person places); only resources that are short. */
  readonly add: Readonly<Partial<Record<Resource, number>>>;
}

/** (a) A hard tie that the round's capacities cannot honour: no municipality within reach can take its unit. */
export interface UnhonourableTie {
  /** The unit's household ids (linked households placed together), sorted. */
  readonly households: readonly string[];
  /** The household whose tie this is. */
  readonly household: string;
  readonly kind: HardTieKind;
  /** CBS code of the tie's municipality. */
  readonly tiePlace: string;
  /** This tie's reach in km under the policy. */
  readonly reachKm: number;
  /** False when the tie's municipality is not in the model (nothing can be within reach; add it or pin). */
  readonly known: boolean;
  /** Municipalities within reach of every hard tie of the unit (CBS codes, sorted). */
  readonly withinReach: readonly string[];
  /** Within reach: how many municipalities fail for each reason (a municipality can count under several). */
  readonly why: Readonly<Partial<Record<MisfitKey, number>>>;
  /**
   * What capacity would honour it: each municipality within reach that meets every need and is not forbidden, with
   * what to add there; least to add first (homes, then person places), the tie's own municipality first on equal
   * terms, then by CBS code. Empty when no municipality within reach meets the needs (raising capacity cannot help:
   * pin, or review the tie).
   */
  readonly honourWith: readonly CapacityToAdd[];
}

/** (b) A unit that no municipality can take at all, with the reasons counted over all municipalities. */
export interface UnitWithoutFit {
  readonly households: readonly string[];
  /** Over all municipalities: how many fail for each reason. */
  readonly why: Readonly<Partial<Record<MisfitKey, number>>>;
}

/** (c) Demand against capacity for one home band (households of that band, alone, whatever their links). */
export interface BandBalance {
  readonly band: HomeBand;
  /** Households needing a home of this band. */
  readonly households: number;
  /** Their members: the person places they need. */
  readonly persons: number;
  /** Homes of this band in all municipalities. */
  readonly homes: number;
  /** Households minus homes (> 0: that many households of the band cannot be placed, whatever else). */
  readonly shortOfHomes: number;
  /** Of the band's households, how many have a verified hard tie. */
  readonly withHardTie: number;
}

export interface PreRunCheck {
  /** The reach used (the policy's `tieReach`, or `DEFAULT_TIE_REACH`). */
  readonly tieReach: TieReach;
  /** (a) Per hard tie of an unpinned unit that no municipality within reach can take; by unit, then tie. */
  readonly unhonourableTies: readonly UnhonourableTie[];
  /** (b) Unpinned units no municipality can take (with or without hard ties), by their first household id. */
  readonly withoutFit: readonly UnitWithoutFit[];
  /** (c) Per home band, in band order. */
  readonly bands: readonly BandBalance[];
  /** Person places in all municipalities, and the persons of all households (bands share person places). */
  readonly personPlaces: { readonly available: number; readonly needed: number };
  /** Units an officer pinned: exempt from (a) and (b) (a pin overrides filters and reach, noted in the explanation). */
  readonly pinnedUnits: number;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const keyOf = (m: Misfit): MisfitKey => (m.code === 'fit.capacity_short' ? `fit.capacity_short:${m.resource}` : m.code);
/** Resources in the order "least to add" compares them: homes first, then person places. */
const ORDER: readonly Resource[] = [...HOME_BANDS, 'persons'];

/**
 * The pre-run check of a round: (a) hard ties its capacities cannot honour, with what would honour them; (b) units
 * no municipality can take, with the Misfit codes; (c) demand against capacity per home band. Units and reach are
 * the scoring's (`linkedUnits`, `tieReach` with `policy.tieReach`); officer-forbidden pairs count as not fitting.
 */
export function preRunCheck(model: MatchingModel, policy: MatchingPolicy = {}): PreRunCheck {
  const reach = policy.tieReach ?? DEFAULT_TIE_REACH;
  const byId = new Map(model.households.map((h) => [h.id, h]));
  const municipalities = [...model.municipalities].sort((a, b) => cmp(a.id, b.id));
  const supplies: FitSupply[] = municipalities.map((m) => ({ municipality: m.id, meets: hardNeedsMet(m.services), capacity: m.capacity }));
  const forbidden = new Set((policy.forbidden ?? []).map((p) => `${p.household}\u0000${p.municipality}`));
  const pinnedHouseholds = new Set((policy.pins ?? []).map((p) => p.household));

  const units = linkedUnits(model.households, policy).map((ids) => [...ids].sort(cmp)).sort((a, b) => cmp(a[0], b[0]));
  const unhonourableTies: UnhonourableTie[] = [];
  const withoutFit: UnitWithoutFit[] = [];
  let pinnedUnits = 0;
  for (const ids of units) {
    if (ids.some((id) => pinnedHouseholds.has(id))) { pinnedUnits++; continue; }
    const members: ScoringHousehold[] = ids.map((id) => byId.get(id)!);
    const ties = members.flatMap((h) => h.ties);
    const uses: Partial<Record<Resource, number>> = {};
    for (const h of members) for (const [r, v] of Object.entries(householdUses(h)) as [Resource, number][]) uses[r] = (uses[r] ?? 0) + v;
    const hardNeeds = [...new Set(members.flatMap((h) => [...h.careNeeds, ...h.accessibilityNeeds]))].sort();
    const within = tieReach(ties, municipalities, reach);
    const demand: FitDemand = {
      persons: uses.persons ?? 0, hardNeeds, uses, ...(within !== undefined ? { reach: within } : {}),
    };
    const isForbidden = (m: string): boolean => ids.some((id) => forbidden.has(`${id}\u0000${m}`));
    const all: Misfit[][] = supplies.map((s) => misfits(demand, s));
    const fitsSomewhere = all.some((why, i) => why.length === 0 && !isForbidden(supplies[i].municipality));
    if (fitsSomewhere) continue;
    withoutFit.push({ households: ids, why: count(all, supplies, isForbidden) });
    if (within === undefined) continue;
    // (a) per hard tie of the unit: what would honour the unit within reach
    const inReach = new Set(within);
    const reachIdx = supplies.map((s, i) => (inReach.has(s.municipality) ? i : -1)).filter((i) => i >= 0);
    for (const h of members) {
      for (const r of hardTieReaches([...h.ties].sort((a, b) => cmp(a.kind, b.kind) || cmp(a.municipality, b.municipality)), municipalities, reach)) {
        const honourWith: CapacityToAdd[] = reachIdx
          .filter((i) => !isForbidden(supplies[i].municipality) && all[i].every((w) => w.code === 'fit.capacity_short'))
          .map((i) => ({ municipality: supplies[i].municipality, add: Object.fromEntries(capacityShortfalls(uses, supplies[i].capacity).map((s) => [s.resource, s.needed - s.available])) }))
          .sort((a, b) => compareAdd(a.add, b.add) || (a.municipality === r.tie.municipality ? -1 : b.municipality === r.tie.municipality ? 1 : cmp(a.municipality, b.municipality)));
        unhonourableTies.push({
          households: ids, household: h.id, kind: r.tie.kind, tiePlace: r.tie.municipality, reachKm: r.reachKm, known: r.known,
          withinReach: within, why: count(reachIdx.map((i) => all[i]), reachIdx.map((i) => supplies[i]), isForbidden), honourWith,
        });
      }
    }
  }

  const bands: BandBalance[] = HOME_BANDS.map((band) => {
    const of = model.households.filter((h) => homeBand(h.members.length) === band);
    const households = of.length;
    const homes = municipalities.reduce((s, m) => s + (m.capacity[band] ?? 0), 0);
    return {
      band, households, persons: of.reduce((s, h) => s + h.members.length, 0), homes, shortOfHomes: Math.max(0, households - homes),
      withHardTie: of.filter((h) => h.ties.some(isHardTie)).length,
    };
  });
  return {
    tieReach: reach,
    unhonourableTies,
    withoutFit,
    bands,
    personPlaces: { available: municipalities.reduce((s, m) => s + (m.capacity.persons ?? 0), 0), needed: model.households.reduce((s, h) => s + h.members.length, 0) },
    pinnedUnits,
  };
}

/** Counts per MisfitKey over the given municipalities' misfits (each key once per municipality). */
function count(all: readonly Misfit[][], supplies: readonly FitSupply[], isForbidden: (m: string) => boolean): Partial<Record<MisfitKey, number>> {
  const out: Partial<Record<MisfitKey, number>> = {};
  all.forEach((why, i) => {
    const keys = new Set(why.map(keyOf));
    if (isForbidden(supplies[i].municipality)) keys.add('forbidden');
    for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  });
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => cmp(a, b)));
}

/** Less to add first: compares the amounts per resource, homes before person places. */
function compareAdd(a: Readonly<Partial<Record<Resource, number>>>, b: Readonly<Partial<Record<Resource, number>>>): number {
  for (const r of ORDER) {
    const d = (a[r] ?? 0) - (b[r] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
