/**
 * Explanations faithful to the solve: built only from the instance, the result (placements, prices) and the
 * scoring details, so every claim can be checked by `verifyExplanation`.
 */
import type { ScoredDetails, UnitBreakdown, UnitDetail } from '../scoring/build.js';
import { roundScore } from '../scoring/combine.js';
import type { ReasonCode } from '../scoring/reasons.js';
import type { Instance, InstanceHousehold, SolveResult } from '../solver/types.js';
import { ResultFacts } from './context.js';
import { HOME_BANDS, type Resource } from '../vocabulary/index.js';
import type {
  AlternativeExplanation, HigherSummary, HouseholdExplanation, Outcome, PreferredExplanation, PreferredVerdict, TieKeptVerdict, UnplacedReason, Verdict, VerdictCode,
} from './types.js';

export interface ExplainOptions {
  /** How many alternatives to list (default 5). */
  readonly alternatives?: number;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Options ordered best first: placement value (option score) desc, then municipality id. */
export function rankedOptions(h: InstanceHousehold): { municipality: string; score: number }[] {
  return [...h.options].sort((a, b) => b.score - a.score || cmp(a.municipality, b.municipality));
}

/**
 * Fit of a unit at a municipality on the household scale: the mean of its member households' combined criterion
 * scores (each in [0, 1], no placement value), rounded to 1e-6; null without a breakdown. See
 * `AlternativeExplanation.fit`.
 */
export function unitFit(breakdown: UnitBreakdown | null): number | null {
  if (!breakdown || breakdown.households.length === 0) return null;
  return roundScore(breakdown.households.reduce((sum, h) => sum + h.score, 0) / breakdown.households.length);
}

/** The fit at a place and at the outcome, for a verdict's figures (null when not known). */
export interface VerdictFits {
  readonly fit: number | null;
  readonly outcomeFit: number | null;
}

const UNKNOWN_FITS: VerdictFits = { fit: null, outcomeFit: null };

/** Why the unit is not at m (an option with placement value `value`), given its outcome. */
export function verdictFor(facts: ResultFacts, h: InstanceHousehold, m: string, value: number, fits: VerdictFits = UNKNOWN_FITS): Verdict {
  if (h.pinned !== undefined && h.pinned !== m) return { code: 'explain.alt_pinned_elsewhere', params: { pinned: h.pinned } };
  const at = facts.placedAt.get(h.id);
  const outcomeValue = at !== undefined ? (facts.scoreOf(h, at) ?? 0) : 0;
  const { fit, outcomeFit } = fits;
  if (at !== undefined && value <= outcomeValue) return { code: 'explain.alt_not_higher', params: { fit, outcomeFit, value, outcomeValue } };
  const netValueThere = facts.net(h, m, value);
  const netValueOutcome = at !== undefined ? facts.net(h, at, outcomeValue) : 0;
  const binding = facts.binding(h, m);
  if (binding.length > 0) {
    return { code: 'explain.alt_capacity', params: { binding, fit, outcomeFit, netValueThere, netValueOutcome, priceExceedsGain: netValueThere <= netValueOutcome } };
  }
  return { code: 'explain.alt_room_available', params: { fit, outcomeFit, netValueThere, netValueOutcome } };
}

/**
 * The municipalities that fit the unit in this round (see `Outcome`): those its filter let through (the instance's
 * municipalities minus the filtered ones), and the outcome's rank among them by placement value. Options are scored
 * in the instance; fitting municipalities left out of the options (`cut`, all valued at most `cutBelow`) are valued
 * again through `details.breakdown` only when one of them could be higher than the outcome.
 */
function fittingAndRank(facts: ResultFacts, h: InstanceHousehold, detail: UnitDetail, details: ScoredDetails, at: string, value: number): { fitting: number; rank: number; fits: boolean } {
  const filtered = new Set(detail.filtered.map((f) => f.municipality));
  const fitting = [...facts.capacity.keys()].filter((m) => !filtered.has(m));
  let rank = 1;
  const optionValue = new Map(h.options.map((o) => [o.municipality, o.score]));
  for (const m of fitting) {
    if (m === at) continue;
    const v = optionValue.get(m);
    if (v !== undefined) { if (v > value) rank++; continue; }
    if (detail.cutBelow === null || detail.cutBelow <= value) continue; // every cut one is valued at most cutBelow
    const b = details.breakdown(h.id, m);
    if (b && b.score > value) rank++;
  }
  return { fitting: fitting.length, rank, fits: !filtered.has(at) };
}

export function explainHousehold(
  facts: ResultFacts, unit: string, details?: ScoredDetails, options: ExplainOptions = {},
): HouseholdExplanation {
  const h = facts.households.get(unit);
  if (!h) throw new Error(`unknown unit ${unit}`);
  const nAlt = options.alternatives ?? 5;
  const detail = details?.unit(unit);
  const at = facts.placedAt.get(unit);
  const outcomeValue = at !== undefined ? (facts.scoreOf(h, at) ?? 0) : 0;
  const outcomeBreakdown = detail && at !== undefined ? details!.breakdown(unit, at) : null;
  const outcomeFit = unitFit(outcomeBreakdown);
  const fitAt = (m: string): VerdictFits => ({ fit: details ? unitFit(details.breakdown(unit, m)) : null, outcomeFit });
  let outcome: Outcome;
  if (at !== undefined) {
    const counted = detail ? fittingAndRank(facts, h, detail, details!, at, outcomeValue) : null;
    outcome = {
      code: 'explain.placed',
      params: {
        municipality: at, fit: outcomeFit, value: outcomeValue, rank: counted?.rank ?? facts.rank(h, outcomeValue), options: h.options.length,
        fitting: counted?.fitting ?? null, fits: counted?.fits ?? facts.scoreOf(h, at) !== null, isOption: facts.scoreOf(h, at) !== null,
      },
    };
  } else {
    outcome = { code: 'explain.unplaced', params: { options: h.options.length, fitting: detail ? facts.capacity.size - detail.filtered.length : null } };
  }

  const ranked = rankedOptions(h).filter((o) => o.municipality !== at);
  const alternatives: AlternativeExplanation[] = ranked.slice(0, nAlt).map((o) => {
    const fits = fitAt(o.municipality);
    return {
      municipality: o.municipality,
      value: o.score,
      fit: fits.fit,
      rank: facts.rank(h, o.score),
      verdict: keptWithinReach(verdictFor(facts, h, o.municipality, o.score, fits), detail, o.municipality, at),
    };
  });

  const byVerdict: Partial<Record<VerdictCode, number>> = {};
  const bindingByResource: Record<string, number> = {};
  let count = 0;
  for (const o of ranked) {
    if (at !== undefined && o.score <= outcomeValue) continue;
    count++;
    const v = verdictFor(facts, h, o.municipality, o.score);
    byVerdict[v.code] = (byVerdict[v.code] ?? 0) + 1;
    if (v.code === 'explain.alt_capacity') for (const b of v.params.binding) bindingByResource[b.resource] = (bindingByResource[b.resource] ?? 0) + 1;
  }
  const higher: HigherSummary = { count, byVerdict, bindingByResource };

  let filtered: HouseholdExplanation['filtered'] = null;
  if (detail) {
    const byCode: Partial<Record<ReasonCode, number>> = {};
    for (const f of detail.filtered) for (const code of new Set(f.reasons.map((r) => r.code))) byCode[code] = (byCode[code] ?? 0) + 1;
    filtered = { count: detail.filtered.length, byCode };
  }

  const preferred: PreferredExplanation[] = [];
  const best = rankedOptions(h)[0];
  if (best && best.municipality !== at) {
    preferred.push({ municipality: best.municipality, kind: 'best_score', household: null, status: null, hard: false, value: best.score, verdict: verdictFor(facts, h, best.municipality, best.score, fitAt(best.municipality)) });
  }
  for (const p of detail?.preferred ?? []) {
    const value = facts.scoreOf(h, p.municipality);
    const base = { municipality: p.municipality, kind: p.kind, household: p.household, status: p.status, hard: p.hard, value };
    if (p.municipality === at) { preferred.push({ ...base, verdict: { code: 'explain.preferred_chosen', params: {} } }); continue; }
    if (value !== null) {
      const v = verdictFor(facts, h, p.municipality, value, fitAt(p.municipality));
      preferred.push({ ...base, verdict: p.hard ? keptWithinReach(v, detail, p.municipality, at) : v });
      continue;
    }
    const f = detail!.filtered.find((x) => x.municipality === p.municipality);
    if (f) { preferred.push({ ...base, verdict: { code: 'explain.preferred_filtered', params: { reasons: f.reasons } } }); continue; }
    if (!facts.capacity.has(p.municipality)) { preferred.push({ ...base, verdict: { code: 'explain.preferred_unknown_municipality', params: {} } }); continue; }
    preferred.push({ ...base, verdict: { code: 'explain.preferred_not_option', params: { pinned: h.pinned ?? null } } });
  }

  return {
    unit, households: detail?.households ?? [unit], status: facts.result.status, pinned: h.pinned ?? null, outcome,
    breakdown: outcomeBreakdown,
    alternatives, higher, filtered, preferred,
    unplaced: detail && at === undefined && h.pinned === undefined ? unplacedReasons(facts, h, detail) : [],
  };
}

/**
 * `explain.preferred_within_reach` instead of `explain.alt_not_higher` when m is the place of a hard tie of the unit
 * and the outcome lies within that tie's reach (the first such tie by household, kind); else the verdict unchanged.
 */
function keptWithinReach(verdict: Verdict, detail: UnitDetail | undefined, m: string, at: string | undefined): Verdict | TieKeptVerdict {
  if (verdict.code !== 'explain.alt_not_higher' || !detail || at === undefined) return verdict;
  const t = detail.hardTies.find((x) => x.tiePlace === m && x.within.includes(at));
  if (!t) return verdict;
  return { code: 'explain.preferred_within_reach', params: { kind: t.kind, reachKm: t.reachKm, ...verdict.params } };
}

/** Resources in the order an unplaced reason names them: the home bands first, then person places. */
const NAMING_ORDER: readonly Resource[] = [...HOME_BANDS, 'persons'];

/**
 * Why an unplaced, unpinned unit with hard ties waits (see `UnplacedReason`): [] without hard ties, or when some
 * municipality within reach that meets the needs still had room for it in the result.
 */
function unplacedReasons(facts: ResultFacts, h: InstanceHousehold, detail: UnitDetail): UnplacedReason[] {
  if (detail.hardTies.length === 0) return [];
  const unknown = detail.hardTies.find((t) => !t.known);
  const named = unknown ?? detail.hardTies[0];
  const ref = { household: named.household, kind: named.kind, tiePlace: named.tiePlace };
  if (unknown) return [{ code: 'unplaced.tie_place_unknown', params: ref }];
  const filteredAt = new Map(detail.filtered.map((f) => [f.municipality, f.reasons]));
  const inReach = [...facts.capacity.keys()].filter((m) => detail.hardTies.every((t) => t.within.includes(m))).sort();
  const candidates = inReach.filter((m) => (filteredAt.get(m) ?? []).every((r) => r.code === 'filter.capacity_insufficient'));
  if (candidates.length === 0) return [{ code: 'unplaced.tie_needs_unmet', params: { ...ref, reachKm: named.reachKm } }];
  const free = (m: string, r: string): number => facts.capacityAt(m, r) - facts.usedAt(m, r);
  const needed = (r: string): number => h.uses[r] ?? 0;
  if (candidates.some((m) => facts.binding(h, m).length === 0)) return [];
  const everywhere = NAMING_ORDER.find((r) => needed(r) > 0 && candidates.every((m) => free(m, r) < needed(r)));
  if (everywhere === undefined) return [{ code: 'unplaced.tie_no_room_combined', params: { ...ref, reachKm: named.reachKm, municipalities: candidates.length } }];
  const freeInReach = Math.max(0, ...candidates.map((m) => free(m, everywhere)));
  return [{ code: 'unplaced.tie_no_room', params: { ...ref, reachKm: named.reachKm, resource: everywhere, needed: needed(everywhere), freeInReach, municipalities: candidates.length } }];
}

/** Explanations for every unit of the instance, in instance order. */
export function explainResult(instance: Instance, result: SolveResult, details?: ScoredDetails, options?: ExplainOptions): HouseholdExplanation[] {
  const facts = new ResultFacts(instance, result);
  return instance.households.map((h) => explainHousehold(facts, h.id, details, options));
}
