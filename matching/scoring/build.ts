/**
 * buildScoredInstance: from the scoring model and a round's policy to the solver's Instance, plus compact
 * details (criterion scores per option, filter reasons per household) from which every number can be explained.
 */
import {
  CRITERIA, householdUses, type Criterion, type CriterionWeights, type MatchingModel, type ScoringHousehold,
} from '../model/types.js';
import { isHardTie, RESOURCES, type HardTieKind, type Resource, type TieKind, type TieStatus } from '../vocabulary/index.js';
import type { Instance, InstanceHousehold, InstanceMunicipality, InstanceOption } from '../solver/types.js';
import { effectiveWeights, roundScore, scorePair, scorePairWithReasons, type CriterionScore } from './combine.js';
import { capacityShortfalls, DEFAULT_TIE_REACH, hardTieReaches, type TieReach } from '../fits.js';
import { PreparedModel, type PreparedHousehold, type PreparedMunicipality } from './prepare.js';
import { reason, type Reason } from './reasons.js';
import { queuePriorities } from './priority.js';

export interface PairRef {
  readonly household: string;
  readonly municipality: string;
}

export interface MatchingPolicy {
  /** Policy weight per criterion; missing criteria use DEFAULT_POLICY_WEIGHTS. */
  readonly weights?: CriterionWeights;
  /** Officer pins: the household must be placed in that municipality (overrides hard filters, noted). */
  readonly pins?: readonly PairRef[];
  /** Officer-forbidden pairs (hard filter). */
  readonly forbidden?: readonly PairRef[];
  /** Keep at most this many options per unit, best by score (default DEFAULT_MAX_OPTIONS, 65). Preferred places are kept on top. */
  readonly maxOptions?: number;
  /** Merge households that share a `linkGroup` into one unit (default true). */
  readonly keepLinkedTogether?: boolean;
  /** Extra groups of household ids to keep together (merged with link groups). */
  readonly linkedGroups?: readonly (readonly string[])[];
  /** Keep a unit's tie municipalities (family, community, job, study) as options even beyond maxOptions (default true). */
  readonly keepPreferredPlaces?: boolean;
  /**
   * Value of placing a household at all, added per household to every option score (default 0). With it the
   * optimiser places as many households as capacity allows before improving fit, even where fit is 0.
   */
  readonly placementValue?: number;
  /** How far verified hard ties reach (default DEFAULT_TIE_REACH, matching/fits.ts). */
  readonly tieReach?: TieReach;
  /**
   * The queue under the priority rule (household ids, first = position 1; matching/waiting/queue.ts). With
   * `priorityWeight` > 0 it enters the objective (see PRIORITY_RULE). Households not listed count as last.
   */
  readonly queue?: readonly string[];
  /** The round's trade-off parameter of the priority rule (≥ 0; 0 = fit only). Default 0 here; rounds set their own. */
  readonly priorityWeight?: number;
  /**
   * Stable re-runs: the placements of the run this one is anchored on (usually the round's previous run).
   * Keeping a household where it was earns `stabilityBonus` per household, so a re-run moves a household only
   * when that gains more than the bonus. Default: no anchor.
   */
  readonly anchor?: readonly PairRef[];
  /** Score per household kept at its anchor placement (≥ 0; default DEFAULT_STABILITY_BONUS). */
  readonly stabilityBonus?: number;
}

/**
 * Default of `MatchingPolicy.maxOptions`: how many options (acceptable municipalities, best by score) a unit keeps
 * for the solver, out of at most 342 municipalities; tie places are kept on top. Also the default of a new round's
 * policy in the API. The figure was set when scoring was written (no measurement behind it is recorded); the
 * solver benchmarks and the README's round figures are measured with it. Changing it changes the options, and so
 * the input hash, of every run that does not set its own.
 */
export const DEFAULT_MAX_OPTIONS = 65;

/**
 * Default of `MatchingPolicy.stabilityBonus`: the fit a re-run must gain per household moved before it moves a
 * household away from its anchor placement. Small against the fit scale 0–1 per household (a fit difference of 1 %
 * of the scale is below what the criteria can tell apart), large against the solver's per-option rounding (1e-6),
 * so equal-fit reshuffles lose. Measured (matching/bench/priority.ts, 2,000 synthetic households, 30
 * municipalities, capacity a third of demand, priority weight 0.1): one pin moved 3 households with the anchor at
 * 0.01, 21 without; mean fit 0.8015 vs 0.8017 (issue 10's target: ≤ 20). Kept at 0.01: no need to raise it. When the
 * solver's gap exceeds the bonus (10,000 households, tight), the repaired anchor answer keeps re-runs stable
 * (rounds/anchor-repair.ts): 5 moved instead of 3,101.
 */
export const DEFAULT_STABILITY_BONUS = 0.01;

export interface FilteredMunicipality {
  readonly municipality: string;
  readonly reasons: readonly Reason[];
}

export interface PreferredPlace {
  readonly municipality: string;
  readonly kind: TieKind;
  readonly household: string;
  /** The tie's status (declared by the newcomer, or verified by an officer). */
  readonly status: TieStatus;
  /** A hard tie (`isHardTie`): it limits the unit's options to the municipalities within its reach. */
  readonly hard: boolean;
}

/**
 * A hard tie of a member household (`isHardTie`) and its reach under the policy's `tieReach` (`hardTieReaches`,
 * matching/fits.ts). The unit's options are limited to the municipalities within reach of every hard tie of every
 * member household (the intersection); outside it the filter says `filter.outside_tie_reach` (or
 * `filter.tie_place_unknown` when the tie's municipality is not in the model).
 */
export interface HardTieDetail {
  readonly household: string;
  readonly kind: HardTieKind;
  /** CBS code of the tie's municipality. */
  readonly tiePlace: string;
  /** Reach in km (`TieReach.placeKm` or `familyKm`). */
  readonly reachKm: number;
  /** False when the tie's municipality is not in the model (nothing is within reach). */
  readonly known: boolean;
  /** CBS codes within reach of this tie, sorted. */
  readonly within: readonly string[];
}

export interface UnitDetail {
  /** The instance household id: a household id, or `link:<ids joined by +>` for merged linked households. */
  readonly id: string;
  /** Member household ids, sorted. */
  readonly households: readonly string[];
  readonly uses: Readonly<Record<string, number>>;
  readonly pinned: string | null;
  /** Effective weights (policy × household) per member household, same order as `households`. */
  readonly weights: readonly Readonly<Record<Criterion, number>>[];
  /**
   * Criterion scores, laid out [option][member household][criterion in CRITERIA order], options in the order of
   * the instance household's options; NaN = criterion not applicable.
   */
  readonly criteria: Float64Array;
  /** Municipalities removed by hard constraints, with reasons; sorted by municipality. */
  readonly filtered: readonly FilteredMunicipality[];
  /** Acceptable municipalities not kept as options (maxOptions or pin); all scored at most `cutBelow`. */
  readonly cut: number;
  readonly cutBelow: number | null;
  /** Tie municipalities of the member households (family, community, job contract, study place). */
  readonly preferred: readonly PreferredPlace[];
  /** Hard ties of the member households, by household, then kind, then place; empty when none. */
  readonly hardTies: readonly HardTieDetail[];
  readonly notes: readonly Reason[];
}

export interface HouseholdBreakdown {
  readonly household: string;
  /** Fit: the combined criterion score in [0, 1], without placement value, priority or stability bonus. */
  readonly score: number;
  /** The priority rule's value for this household: priorityWeight · p(h) (PRIORITY_RULE, priority.ts); 0 without a queue. */
  readonly priority: number;
  /** The stability bonus earned here: `stabilityBonus` when this is the household's anchor placement, else 0. */
  readonly stability: number;
  readonly criteria: readonly CriterionScore[];
  readonly notes: readonly Reason[];
}

export interface UnitBreakdown {
  readonly unit: string;
  readonly municipality: string;
  /**
   * The option score: Σ over member households of (placementValue + priority + stability + score), rounded to
   * 1e-6 (`roundScore`).
   */
  readonly score: number;
  /** Placement value included in `score`, per household. */
  readonly placementValue: number;
  readonly households: readonly HouseholdBreakdown[];
  /** Hard-constraint reasons for this pair (empty when acceptable). */
  readonly filtered: readonly Reason[];
  readonly isOption: boolean;
}

export interface ScoredDetails {
  readonly criteria: readonly Criterion[];
  /** Same order as instance.households. */
  readonly units: readonly UnitDetail[];
  /** Household id → unit id. */
  readonly unitOf: ReadonlyMap<string, string>;
  unit(id: string): UnitDetail | undefined;
  /** Re-derives the full breakdown with reasons for any (unit, municipality) pair, with the same functions. */
  breakdown(unitId: string, municipality: string): UnitBreakdown | null;
}

export interface ScoredInstance {
  readonly instance: Instance;
  readonly details: ScoredDetails;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const pairKey = (h: string, m: string): string => `${h}\u0000${m}`;

interface Unit {
  readonly id: string;
  readonly members: readonly PreparedHousehold[];
  readonly weights: readonly Readonly<Record<Criterion, number>>[];
  readonly uses: Readonly<Record<string, number>>;
  readonly pinned: string | null;
  readonly notes: Reason[];
  /** Hard ties of the members with their reach, and per tie the km to each municipality (for the filter reason). */
  readonly hardTies: readonly UnitHardTie[];
}

interface UnitHardTie {
  readonly detail: HardTieDetail;
  readonly within: ReadonlySet<string>;
  readonly km: ReadonlyMap<string, number>;
}

function groupUnits(households: readonly ScoringHousehold[], policy: MatchingPolicy): { groups: string[][]; labels: Map<string, string> } {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r)! !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const h of households) parent.set(h.id, h.id);
  const union = (a: string, b: string): void => {
    if (!parent.has(a) || !parent.has(b)) return;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const labels = new Map<string, Set<string>>();
  const label = (id: string, l: string): void => {
    const s = labels.get(id) ?? new Set<string>();
    s.add(l);
    labels.set(id, s);
  };
  if (policy.keepLinkedTogether ?? true) {
    const byGroup = new Map<string, string[]>();
    for (const h of households) if (h.linkGroup) byGroup.set(h.linkGroup, [...(byGroup.get(h.linkGroup) ?? []), h.id]);
    for (const [g, ids] of byGroup) {
      if (ids.length < 2) continue;
      for (const id of ids) { union(ids[0], id); label(id, g); }
    }
  }
  for (const ids of policy.linkedGroups ?? []) {
    const known = ids.filter((id) => parent.has(id));
    for (const id of known) { union(known[0], id); label(id, 'policy'); }
  }
  const comps = new Map<string, string[]>();
  for (const h of households) {
    const r = find(h.id);
    comps.set(r, [...(comps.get(r) ?? []), h.id]);
  }
  const groups = [...comps.values()].map((g) => g.sort(cmp));
  const out = new Map<string, string>();
  for (const g of groups) {
    if (g.length < 2) continue;
    out.set(g[0], [...new Set(g.flatMap((id) => [...(labels.get(id) ?? [])]))].sort().join(','));
  }
  return { groups, labels: out };
}

/**
 * The units a round places, as household ids: households sharing a `linkGroup` (when `keepLinkedTogether`, default
 * true) or a policy `linkedGroups` entry are one unit; every other household is a unit of its own. Each unit sorted,
 * units in no particular order. The pre-run check uses it to see the units the scoring sees.
 */
export function linkedUnits(households: readonly ScoringHousehold[], policy: MatchingPolicy = {}): string[][] {
  return groupUnits(households, policy).groups;
}

/** Hard-constraint reasons for a unit at a municipality (empty = acceptable). */
function filterReasons(u: Unit, pm: PreparedMunicipality, forbidden: ReadonlySet<string>): Reason[] {
  let reasons: Reason[] | null = null;
  for (const ph of u.members) {
    const h = ph.h;
    for (const need of h.careNeeds) {
      if (!pm.meets.has(need)) (reasons ??= []).push(reason('filter.care_unavailable', { household: h.id, need }));
    }
    for (const need of h.accessibilityNeeds) {
      if (!pm.meets.has(need)) (reasons ??= []).push(reason('filter.accessibility_unavailable', { household: h.id, need }));
    }
    if (forbidden.size > 0 && forbidden.has(pairKey(h.id, pm.m.id))) (reasons ??= []).push(reason('filter.forbidden_pair', { household: h.id }));
  }
  for (const t of u.hardTies) {
    if (t.within.has(pm.m.id)) continue;
    const { household, kind, tiePlace, reachKm } = t.detail;
    if (!t.detail.known) (reasons ??= []).push(reason('filter.tie_place_unknown', { household, kind, tiePlace }));
    else (reasons ??= []).push(reason('filter.outside_tie_reach', { household, kind, tiePlace, km: Math.round(t.km.get(pm.m.id)! * 10) / 10, reachKm }));
  }
  for (const short of capacityShortfalls(u.uses, pm.m.capacity)) {
    (reasons ??= []).push(reason('filter.capacity_insufficient', { resource: short.resource, needed: short.needed, capacity: short.available }));
  }
  return reasons ?? [];
}

/** The policy's numeric options with their defaults applied (see MatchingPolicy). */
interface Settings {
  readonly maxOptions: number;
  readonly keepPreferred: boolean;
  readonly placementValue: number;
  /** priorityWeight · p(h) per household id (only households with a value > 0). */
  readonly priority: ReadonlyMap<string, number>;
  /** Anchor municipality per household id. */
  readonly anchor: ReadonlyMap<string, string>;
  readonly stabilityBonus: number;
}

const nonNegative = (x: number | undefined, fallback: number): number => (x !== undefined && Number.isFinite(x) && x >= 0 ? x : fallback);

/** Value terms of household `h` at municipality `m` beyond its fit: placement value, priority, stability bonus. */
function valueTerms(settings: Settings, h: string, m: string): { priority: number; stability: number } {
  return { priority: settings.priority.get(h) ?? 0, stability: settings.anchor.get(h) === m ? settings.stabilityBonus : 0 };
}

function settingsOf(policy: MatchingPolicy): Settings {
  return {
    maxOptions: Math.max(1, Math.floor(policy.maxOptions ?? DEFAULT_MAX_OPTIONS)),
    keepPreferred: policy.keepPreferredPlaces ?? true,
    placementValue: Number.isFinite(policy.placementValue) && policy.placementValue! > 0 ? policy.placementValue! : 0,
    priority: priorityTerms(policy),
    anchor: anchorOf(policy),
    stabilityBonus: nonNegative(policy.stabilityBonus, DEFAULT_STABILITY_BONUS),
  };
}

/** priorityWeight · p(h) per household of the policy's queue (empty when the weight is 0 or there is no queue). */
function priorityTerms(policy: MatchingPolicy): Map<string, number> {
  const weight = nonNegative(policy.priorityWeight, 0);
  const out = new Map<string, number>();
  if (weight === 0 || !policy.queue) return out;
  for (const [h, p] of queuePriorities(policy.queue)) if (p > 0) out.set(h, roundScore(weight * p));
  return out;
}

/** The anchor placement per household (the first by municipality when a household is listed twice). */
function anchorOf(policy: MatchingPolicy): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of [...(policy.anchor ?? [])].sort((a, b) => cmp(a.household, b.household) || cmp(a.municipality, b.municipality))) {
    if (!out.has(p.household)) out.set(p.household, p.municipality);
  }
  return out;
}

/** Officer pins (the first municipality per household, by household then municipality) and forbidden pairs. */
function officerConstraints(policy: MatchingPolicy): { pins: Map<string, string>; forbidden: Set<string> } {
  const pins = new Map<string, string>();
  for (const p of [...(policy.pins ?? [])].sort((a, b) => cmp(a.household, b.household) || cmp(a.municipality, b.municipality))) {
    if (!pins.has(p.household)) pins.set(p.household, p.municipality);
  }
  return { pins, forbidden: new Set((policy.forbidden ?? []).map((p) => pairKey(p.household, p.municipality))) };
}

/** The units to place (a household, or linked households merged), sorted by id, with their uses, pin and notes. */
function buildUnits(model: MatchingModel, policy: MatchingPolicy, prepared: PreparedModel, pins: ReadonlyMap<string, string>): Unit[] {
  const centroids = prepared.municipalities.map((pm) => pm.m);
  const reach = policy.tieReach ?? DEFAULT_TIE_REACH;
  const byId = new Map<string, ScoringHousehold>();
  for (const h of model.households) {
    if (byId.has(h.id)) throw new Error(`duplicate household id ${h.id}`);
    byId.set(h.id, h);
  }
  const { groups, labels } = groupUnits(model.households, policy);
  const units: Unit[] = groups.map((ids) => {
    const members = ids.map((id) => prepared.prepareHousehold(byId.get(id)!));
    const uses: Record<string, number> = {};
    for (const ph of members) for (const [r, v] of Object.entries(householdUses(ph.h))) uses[r] = (uses[r] ?? 0) + v;
    const notes: Reason[] = [];
    const id = ids.length === 1 ? ids[0] : `link:${ids.join('+')}`;
    if (ids.length > 1) notes.push(reason('unit.linked_merged', { households: ids, group: labels.get(ids[0]) ?? '' }));
    const memberPins = ids.filter((h) => pins.has(h));
    let pinned: string | null = null;
    if (memberPins.length > 0) {
      pinned = pins.get(memberPins[0])!;
      notes.push(reason('unit.pinned', { household: memberPins[0], municipality: pinned }));
      const distinct = [...new Set(memberPins.map((h) => pins.get(h)!))].sort(cmp);
      if (distinct.length > 1) notes.push(reason('unit.pin_conflict', { households: memberPins, municipalities: distinct }));
      if (!prepared.byId.has(pinned)) notes.push(reason('unit.pin_unknown_municipality', { municipality: pinned }));
    }
    const hardTies: UnitHardTie[] = members.flatMap((ph) => hardTieReaches(sortedTies(ph.h), centroids, reach).map((r) => ({
      detail: { household: ph.h.id, kind: r.tie.kind, tiePlace: r.tie.municipality, reachKm: r.reachKm, known: r.known, within: r.within },
      within: new Set(r.within),
      km: r.km,
    })));
    return { id, members, uses, pinned, notes, hardTies, weights: members.map((ph) => effectiveWeights(policy.weights, ph.h.preferenceWeights)) };
  });
  return units.sort((a, b) => cmp(a.id, b.id));
}

/** Buffers reused across units: criterion scores per municipality and member, option scores, acceptable indices. */
interface Scratch {
  readonly maxMembers: number;
  readonly criteria: Float64Array;
  readonly scores: Float64Array;
  readonly acceptable: Int32Array;
}

/**
 * Scores a unit at every municipality: filter reasons (a pinned municipality is scored despite them, noted),
 * the option score of every municipality scored (placement value, priority value and stability bonus per
 * household included, rounded), and the
 * indices of the acceptable ones. Criterion scores land in `scratch.criteria`.
 */
function scoreEverywhere(
  u: Unit, prepared: PreparedModel, forbidden: ReadonlySet<string>, settings: Settings, pinIdx: number, scratch: Scratch,
): { filtered: FilteredMunicipality[]; acceptable: number[] } {
  const C = CRITERIA.length;
  const K = u.members.length;
  const filtered: FilteredMunicipality[] = [];
  let nAcc = 0;
  prepared.municipalities.forEach((pm, mi) => {
    const reasons = filterReasons(u, pm, forbidden);
    if (reasons.length > 0) {
      filtered.push({ municipality: pm.m.id, reasons });
      if (mi !== pinIdx) return;
      for (const r of reasons) u.notes.push(reason('unit.pin_overrides_filter', { municipality: pm.m.id, code: r.code }));
    }
    let total = settings.placementValue * K;
    for (let k = 0; k < K; k++) {
      // same order of additions as `breakdown`, so both round to the same score
      const v = valueTerms(settings, u.members[k].h.id, pm.m.id);
      const fit = scorePair(u.members[k], pm, prepared, u.weights[k], scratch.criteria, (mi * scratch.maxMembers + k) * C);
      total = total + v.priority + v.stability + fit;
    }
    scratch.scores[mi] = roundScore(total);
    if (reasons.length === 0) scratch.acceptable[nAcc++] = mi;
  });
  return { filtered, acceptable: Array.from(scratch.acceptable.subarray(0, nAcc)) };
}

/**
 * The municipalities kept as options: the pin alone for a pinned unit; else the best `maxOptions` by score
 * (ties: lower municipality index), plus the unit's tie municipalities when `keepPreferred`, plus its members'
 * anchor municipalities (stable re-runs). `cut` counts the
 * acceptable ones left out and `cutBelow` is the best score among them.
 */
function chooseOptions(
  u: Unit, acceptable: readonly number[], scores: Float64Array, pinIdx: number, prepared: PreparedModel, settings: Settings,
): { chosen: number[]; cut: number; cutBelow: number | null } {
  let chosen: number[];
  let cut = 0;
  let cutBelow: number | null = null;
  const leaveOut = (mi: number): void => {
    cut++;
    cutBelow = cutBelow === null ? scores[mi] : Math.max(cutBelow, scores[mi]);
  };
  if (u.pinned !== null) {
    chosen = pinIdx >= 0 ? [pinIdx] : [];
    for (const mi of acceptable) if (mi !== pinIdx) leaveOut(mi);
  } else {
    // sort by score desc, then municipality index asc, via one numeric key (scores are multiples of 1e-6)
    const keys = new Float64Array(acceptable.length);
    for (let i = 0; i < acceptable.length; i++) keys[i] = Math.round(scores[acceptable[i]] * 1e6) * 65536 + (65535 - acceptable[i]);
    keys.sort();
    const ranked: number[] = [];
    for (let i = keys.length - 1; i >= 0; i--) ranked.push(65535 - (keys[i] % 65536));
    const keep = new Set(ranked.slice(0, settings.maxOptions));
    const acceptableSet = settings.keepPreferred || settings.anchor.size > 0 ? new Set(acceptable) : null;
    if (acceptableSet && settings.keepPreferred) {
      for (const ph of u.members) for (const t of ph.h.ties) {
        const pm = prepared.byId.get(t.municipality);
        if (pm && acceptableSet.has(pm.index)) keep.add(pm.index);
      }
    }
    // an anchor placement stays an option while acceptable, so a re-run can keep the household there
    if (acceptableSet && settings.anchor.size > 0) for (const ph of u.members) {
      const pm = settings.anchor.has(ph.h.id) ? prepared.byId.get(settings.anchor.get(ph.h.id)!) : undefined;
      if (pm && acceptableSet.has(pm.index)) keep.add(pm.index);
    }
    for (const mi of acceptable) if (!keep.has(mi)) leaveOut(mi);
    chosen = [...keep].sort((a, b) => a - b);
  }
  return { chosen, cut, cutBelow };
}

/** A household's ties sorted by kind, then municipality, then status (so reasons do not depend on input order). */
function sortedTies(h: ScoringHousehold): ScoringHousehold['ties'] {
  return [...h.ties].sort((a, b) => cmp(a.kind, b.kind) || cmp(a.municipality, b.municipality) || cmp(a.status, b.status));
}

/**
 * The unit's tie municipalities (family, community, job, study) per member household, sorted, without repeats
 * (a place named twice with both statuses is reported once, as verified: `sortedTies` puts 'verified' last and
 * the hard one wins).
 */
function preferredPlaces(u: Unit): PreferredPlace[] {
  const byKey = new Map<string, PreferredPlace>();
  for (const ph of u.members) for (const t of sortedTies(ph.h)) {
    const key = `${t.municipality}\u0000${t.kind}\u0000${ph.h.id}`;
    const place: PreferredPlace = { municipality: t.municipality, kind: t.kind, household: ph.h.id, status: t.status, hard: isHardTie(t) };
    const had = byKey.get(key);
    if (!had || (place.hard && !had.hard) || (place.hard === had.hard && place.status === 'verified')) byKey.set(key, place);
  }
  return [...byKey.values()]
    .sort((a, b) => cmp(a.municipality, b.municipality) || cmp(a.kind, b.kind) || cmp(a.household, b.household));
}

/** One unit's instance household (its options with scores) and its details (criterion scores, filters, cut). */
function scoreUnit(u: Unit, prepared: PreparedModel, forbidden: ReadonlySet<string>, settings: Settings, scratch: Scratch): { household: InstanceHousehold; detail: UnitDetail } {
  const C = CRITERIA.length;
  const K = u.members.length;
  const pinIdx = u.pinned !== null ? (prepared.byId.get(u.pinned)?.index ?? -1) : -1;
  const { filtered, acceptable } = scoreEverywhere(u, prepared, forbidden, settings, pinIdx, scratch);
  const { chosen, cut, cutBelow } = chooseOptions(u, acceptable, scratch.scores, pinIdx, prepared, settings);
  const criteria = new Float64Array(chosen.length * K * C);
  const options: InstanceOption[] = chosen.map((mi, o) => {
    criteria.set(scratch.criteria.subarray(mi * scratch.maxMembers * C, mi * scratch.maxMembers * C + K * C), o * K * C);
    return { municipality: prepared.municipalities[mi].m.id, score: scratch.scores[mi] };
  });
  if (u.pinned !== null && pinIdx < 0) options.push({ municipality: u.pinned, score: 0 });
  return {
    household: { id: u.id, uses: u.uses, options, ...(u.pinned !== null ? { pinned: u.pinned } : {}) },
    detail: {
      id: u.id, households: u.members.map((ph) => ph.h.id), uses: u.uses, pinned: u.pinned, weights: u.weights,
      criteria, filtered, cut, cutBelow, preferred: preferredPlaces(u), hardTies: u.hardTies.map((t) => t.detail), notes: u.notes,
    },
  };
}

/** The details of a scored instance, with `breakdown` re-deriving any pair's scores and reasons on demand. */
function scoredDetails(
  units: readonly Unit[], unitDetails: readonly UnitDetail[], instHouseholds: readonly InstanceHousehold[],
  prepared: PreparedModel, forbidden: ReadonlySet<string>, settings: Settings,
): ScoredDetails {
  const placementValue = settings.placementValue;
  const unitById = new Map(unitDetails.map((d) => [d.id, d]));
  const unitInternal = new Map(units.map((u) => [u.id, u]));
  const unitOf = new Map<string, string>();
  for (const d of unitDetails) for (const h of d.households) unitOf.set(h, d.id);
  const optionIndex = new Map(instHouseholds.map((h) => [h.id, new Map(h.options.map((o, i) => [o.municipality, i]))]));
  return {
    criteria: CRITERIA,
    units: unitDetails,
    unitOf,
    unit: (id) => unitById.get(id),
    breakdown(unitId, municipality) {
      const u = unitInternal.get(unitId);
      const pm = prepared.byId.get(municipality);
      if (!u || !pm) return null;
      const households = u.members.map((ph, k) => {
        const p = scorePairWithReasons(ph, pm, prepared, u.weights[k]);
        return { household: ph.h.id, score: p.score, ...valueTerms(settings, ph.h.id, municipality), criteria: p.criteria, notes: p.notes };
      });
      return {
        unit: unitId,
        municipality,
        score: roundScore(households.reduce((s, h) => s + h.priority + h.stability + h.score, placementValue * households.length)),
        placementValue,
        households,
        filtered: filterReasons(u, pm, forbidden),
        isOption: optionIndex.get(unitId)?.has(municipality) ?? false,
      };
    },
  };
}

/**
 * The solver's instance for a model and a round's policy, with the details every number is explained from.
 * Steps: apply the policy's defaults; merge linked households into units and apply pins; score each unit at
 * every municipality and keep its options; list the municipalities' capacities.
 * @throws Error on a duplicate household id, or 65,536 municipalities or more (the option ranking packs indices in 16 bits).
 */
export function buildScoredInstance(model: MatchingModel, policy: MatchingPolicy = {}): ScoredInstance {
  const prepared = new PreparedModel(model.municipalities);
  const M = prepared.municipalities.length;
  if (M >= 65536) throw new Error('too many municipalities');
  const settings = settingsOf(policy);
  const { pins, forbidden } = officerConstraints(policy);
  const units = buildUnits(model, policy, prepared, pins);

  const maxMembers = Math.max(1, ...units.map((u) => u.members.length));
  const scratch: Scratch = { maxMembers, criteria: new Float64Array(M * maxMembers * CRITERIA.length), scores: new Float64Array(M), acceptable: new Int32Array(M) };
  const instHouseholds: InstanceHousehold[] = [];
  const unitDetails: UnitDetail[] = [];
  for (const u of units) {
    const { household, detail } = scoreUnit(u, prepared, forbidden, settings, scratch);
    instHouseholds.push(household);
    unitDetails.push(detail);
  }

  const instMuns: InstanceMunicipality[] = prepared.municipalities.map((pm) => ({ id: pm.m.id, capacity: { ...pm.m.capacity } }));
  const instance: Instance = { resources: [...RESOURCES], municipalities: instMuns, households: instHouseholds };
  return { instance, details: scoredDetails(units, unitDetails, instHouseholds, prepared, forbidden, settings) };
}
