/**
 * Independent checker: re-derives every claim of an explanation from the instance and the result (and the
 * scoring details when given) with its own plain loops. Returns the list of violated claims (empty = faithful).
 */
import type { ScoredDetails } from '../scoring/build.js';
import type { Instance, InstanceHousehold, SolveResult } from '../solver/types.js';
import type { HouseholdExplanation, PreferredVerdict, ResourceBinding, UnplacedReason } from './types.js';
import type { QueueContext } from './others-first.js';
import { homeBand, isHardTie, URGENCY_RANK } from '../vocabulary/index.js';
import { K_ANONYMITY_THRESHOLD } from '../waiting/others.js';

const EPS = 1e-9;
const near = (a: number, b: number): boolean => Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * `queue`: the run's queue and model; needed to check "why others went first" (`othersFirst`), which an
 * explanation may only carry when it is given.
 */
export function verifyExplanation(
  instance: Instance, result: SolveResult, e: HouseholdExplanation, details?: ScoredDetails, queue?: QueueContext,
): string[] {
  const bad: string[] = [];
  const fail = (msg: string): void => void bad.push(`${e.unit}: ${msg}`);
  const h: InstanceHousehold | undefined = instance.households.find((x) => x.id === e.unit);
  if (!h) return [`${e.unit}: not a household of the instance`];
  if (e.status !== result.status) fail('status differs from the result');
  if ((h.pinned ?? null) !== e.pinned) fail('pin differs from the instance');

  // used per municipality and resource, from the placements
  const used = new Map<string, Map<string, number>>();
  let at: string | undefined;
  for (const p of result.placements) {
    if (p.household === h.id) at = p.municipality;
    const ph = instance.households.find((x) => x.id === p.household);
    if (!ph) continue;
    const u = used.get(p.municipality) ?? new Map<string, number>();
    for (const r of instance.resources) u.set(r, (u.get(r) ?? 0) + (ph.uses[r] ?? 0));
    used.set(p.municipality, u);
  }
  const cap = (m: string, r: string): number => instance.municipalities.find((x) => x.id === m)?.capacity[r] ?? 0;
  const score = (m: string): number | null => h.options.find((o) => o.municipality === m)?.score ?? null;
  const rank = (s: number): number => 1 + h.options.filter((o) => o.score > s).length;
  const net = (m: string, s: number): number => {
    let c = 0;
    for (const r of instance.resources) c += (result.prices[m]?.[r] ?? 0) * (h.uses[r] ?? 0);
    return s - c;
  };
  const outcomeScore = at !== undefined ? (score(at) ?? 0) : 0;
  const netOutcome = at !== undefined ? net(at, outcomeScore) : 0;

  // fit of the unit at m on the 0–1 scale: the mean of its member households' own scores there (no placement value)
  const fitAt = (m: string): number | null => {
    const members = details?.breakdown(e.unit, m)?.households;
    if (!members || members.length === 0) return null;
    let sum = 0;
    for (const x of members) sum += x.score;
    return Math.round((sum / members.length) * 1e6) / 1e6;
  };
  const sameFit = (claimed: number | null, real: number | null): boolean => (real === null ? claimed === null : claimed !== null && near(claimed, real));
  const outcomeFit = at !== undefined ? fitAt(at) : null;
  // the municipalities that fit the unit this round: every municipality whose filter lets the unit through
  const fitting: string[] = [];
  if (details) for (const m of instance.municipalities) if ((details.breakdown(e.unit, m.id)?.filtered ?? []).length === 0) fitting.push(m.id);

  // outcome
  if (e.outcome.code === 'explain.placed') {
    const o = e.outcome.params;
    if (at !== o.municipality) fail(`claims placed at ${o.municipality}, result says ${at ?? 'unplaced'}`);
    if (!near(o.value, outcomeScore)) fail('outcome value is not the option score');
    if (!sameFit(o.fit, outcomeFit)) fail('outcome fit wrong');
    if (o.fit !== null && (o.fit < 0 || o.fit > 1)) fail('outcome fit outside 0–1');
    if (o.options !== h.options.length) fail('option count wrong');
    if (o.isOption !== (score(o.municipality) !== null)) fail('isOption wrong');
    if (details) {
      let real = 1;
      for (const m of fitting) if (m !== at && (details.breakdown(e.unit, m)?.score ?? 0) > outcomeScore) real++;
      if (o.rank !== real) fail(`rank ${o.rank} is not the real rank ${real} among the fitting municipalities`);
      if (o.fitting !== fitting.length) fail(`fitting count ${o.fitting} is not ${fitting.length}`);
      if (o.fits !== (at !== undefined && fitting.includes(at))) fail('fits wrong');
    } else {
      if (o.rank !== rank(outcomeScore)) fail(`rank ${o.rank} is not the real rank ${rank(outcomeScore)}`);
      if (o.fitting !== null) fail('claims a fitting count without scoring details');
    }
  } else {
    if (at !== undefined) fail('claims unplaced but the result places it');
    if (e.outcome.params.options !== h.options.length) fail('option count wrong');
    if (e.outcome.params.fitting !== (details ? fitting.length : null)) fail(`fitting count ${e.outcome.params.fitting} is not ${details ? fitting.length : null}`);
  }

  // a verdict's fits: null, or the real fit there and at the outcome, each in [0, 1]
  const checkFits = (m: string, p: { readonly fit: number | null; readonly outcomeFit: number | null }, what: string): void => {
    if (p.fit !== null && !sameFit(p.fit, fitAt(m))) fail(`${what}: fit there is wrong`);
    if (p.outcomeFit !== null && !sameFit(p.outcomeFit, outcomeFit)) fail(`${what}: fit at the outcome is wrong`);
    if (details && (!sameFit(p.fit, fitAt(m)) || !sameFit(p.outcomeFit, outcomeFit))) fail(`${what}: fits left out though known`);
    for (const f of [p.fit, p.outcomeFit]) if (f !== null && (f < 0 || f > 1)) fail(`${what}: a fit outside 0–1`);
  };

  // Stability bonus the unit earns at m (Σ over its member households; 0 without scoring details).
  const stabilityAt = (m: string): number => (details?.breakdown(e.unit, m)?.households ?? []).reduce((sum, x) => sum + x.stability, 0);
  // A place with a higher fit but a placement value no higher than the outcome's: the only term of the placement value
  // that differs between places besides the fit is the stability bonus (placement value and priority are the same
  // everywhere for a household), so the outcome must have earned more of it. The texts tell the reader that keeping an
  // earlier placement counted more (`fitHigher`, render.ts), never that the place "did not fit you better".
  const checkHigherFit = (m: string, p: { readonly fit: number | null; readonly outcomeFit: number | null }, what: string): void => {
    // fits and placement values are each rounded to 1e-6: a fit higher by less than 1e-5 may round to the same value
    if (p.fit === null || p.outcomeFit === null || !(p.fit - p.outcomeFit > 1e-5)) return;
    if (details && !(stabilityAt(at!) > stabilityAt(m))) fail(`${what}: a higher fit with no higher placement value, but the outcome earned no more stability bonus`);
  };

  // a verdict about option m with placement value s
  const checkVerdict = (m: string, s: number, v: PreferredVerdict, what: string): void => {
    switch (v.code) {
      case 'explain.alt_pinned_elsewhere':
        if (h.pinned === undefined || h.pinned === m || v.params.pinned !== h.pinned) fail(`${what}: not pinned elsewhere`);
        return;
      case 'explain.alt_not_higher':
        if (at === undefined || !(s <= outcomeScore) || !near(v.params.value, s) || !near(v.params.outcomeValue, outcomeScore)) fail(`${what}: does not score lower or equal`);
        checkFits(m, v.params, what);
        if (at !== undefined) checkHigherFit(m, v.params, what);
        return;
      case 'explain.alt_capacity':
      case 'explain.alt_room_available': {
        if (h.pinned !== undefined && h.pinned !== m) fail(`${what}: pinned elsewhere, not a capacity matter`);
        if (at !== undefined && !(s > outcomeScore)) fail(`${what}: does not score higher than the outcome`);
        if (!near(v.params.netValueThere, net(m, s))) fail(`${what}: net gain there is wrong`);
        if (!near(v.params.netValueOutcome, netOutcome)) fail(`${what}: net gain of the outcome is wrong`);
        checkFits(m, v.params, what);
        const real: ResourceBinding[] = [];
        for (const r of instance.resources) {
          const needed = h.uses[r] ?? 0;
          const u = used.get(m)?.get(r) ?? 0;
          if (needed > 0 && u + needed > cap(m, r)) real.push({ resource: r, used: u, capacity: cap(m, r), needed });
        }
        if (v.code === 'explain.alt_room_available') {
          if (real.length > 0) fail(`${what}: claims room but ${real.map((b) => b.resource).join(',')} cannot take it`);
        } else {
          if (v.params.binding.length === 0) fail(`${what}: capacity claim without a resource`);
          for (const b of v.params.binding) {
            const rb = real.find((x) => x.resource === b.resource);
            if (!rb || rb.used !== b.used || rb.capacity !== b.capacity || rb.needed !== b.needed) fail(`${what}: ${b.resource} is not full for this unit as claimed`);
          }
          if (real.length !== v.params.binding.length) fail(`${what}: binding resources incomplete`);
          if (v.params.priceExceedsGain !== (net(m, s) <= netOutcome)) fail(`${what}: price comparison wrong`);
        }
        return;
      }
      case 'explain.preferred_chosen':
        if (at !== m) fail(`${what}: not chosen`);
        return;
      case 'explain.preferred_filtered': {
        const f = details?.unit(e.unit)?.filtered.find((x) => x.municipality === m);
        const re = details?.breakdown(e.unit, m)?.filtered;
        if (!f || !re || JSON.stringify(f.reasons) !== JSON.stringify(v.params.reasons) || JSON.stringify(re) !== JSON.stringify(v.params.reasons)) fail(`${what}: filter reasons do not match the filter`);
        if (score(m) !== null && h.pinned !== m) fail(`${what}: filtered but an option`);
        return;
      }
      case 'explain.preferred_not_option':
        if (score(m) !== null || !instance.municipalities.some((x) => x.id === m)) fail(`${what}: is an option or unknown`);
        if (details?.unit(e.unit)?.filtered.some((x) => x.municipality === m)) fail(`${what}: was filtered, not cut`);
        return;
      case 'explain.preferred_unknown_municipality':
        if (instance.municipalities.some((x) => x.id === m)) fail(`${what}: municipality is known`);
        return;
      case 'explain.preferred_within_reach': {
        if (at === undefined || at === m || !(s <= outcomeScore) || !near(v.params.value, s) || !near(v.params.outcomeValue, outcomeScore)) fail(`${what}: does not score lower or equal`);
        checkFits(m, v.params, what);
        if (at !== undefined && at !== m) checkHigherFit(m, v.params, what);
        // the outcome is within the tie's reach: its filter has no reach reason, and the reach is the tie's
        const tieAt = details?.unit(e.unit)?.hardTies.find((t) => t.tiePlace === m && t.kind === v.params.kind);
        if (!tieAt || tieAt.reachKm !== v.params.reachKm) fail(`${what}: not a hard tie with this reach`);
        const outOfReach = at !== undefined && (details?.breakdown(e.unit, at)?.filtered ?? []).some((r) => r.code === 'filter.outside_tie_reach' && r.params.tiePlace === m);
        if (outOfReach) fail(`${what}: the outcome is outside the tie's reach`);
        return;
      }
    }
  };

  // m is the place of a hard tie of the unit, and the outcome is within its reach (the filter at the outcome has no
  // reach reason for a tie in m)
  const keptPromise = (m: string): boolean => at !== undefined && details !== undefined
    && (details.unit(e.unit)?.hardTies ?? []).some((t) => t.tiePlace === m)
    && !(details.breakdown(e.unit, at)?.filtered ?? []).some((r) => (r.code === 'filter.outside_tie_reach' || r.code === 'filter.tie_place_unknown') && r.params.tiePlace === m);

  // alternatives: the real top options other than the outcome, in order
  const others = h.options.filter((o) => o.municipality !== at);
  let prev: { score: number; municipality: string } | null = null;
  for (const a of e.alternatives) {
    const s = score(a.municipality);
    if (s === null || a.municipality === at) { fail(`alternative ${a.municipality} is not another option`); continue; }
    if (!near(a.value, s)) fail(`alternative ${a.municipality} value wrong`);
    if (a.rank !== rank(s)) fail(`alternative ${a.municipality} rank wrong`);
    const fit = fitAt(a.municipality);
    if (fit === null ? a.fit !== null : a.fit === null || !near(a.fit, fit)) fail(`alternative ${a.municipality} fit wrong`);
    if (prev && (prev.score < s || (prev.score === s && prev.municipality > a.municipality))) fail('alternatives out of order');
    prev = { score: s, municipality: a.municipality };
    checkVerdict(a.municipality, s, a.verdict, `alternative ${a.municipality}`);
    if (a.verdict.code === 'explain.alt_not_higher' && keptPromise(a.municipality)) fail(`alternative ${a.municipality}: a hard tie kept within reach is told it did not fit better`);
  }
  if (prev && others.some((o) => !e.alternatives.some((a) => a.municipality === o.municipality) && (o.score > prev!.score || (o.score === prev!.score && o.municipality < prev!.municipality)))) {
    fail('a better option is missing from the alternatives');
  }

  // summary over all higher-scoring options
  const higher = others.filter((o) => at === undefined || o.score > outcomeScore);
  if (e.higher.count !== higher.length) fail(`higher count ${e.higher.count} is not ${higher.length}`);
  const total = Object.values(e.higher.byVerdict).reduce((x, y) => x + (y ?? 0), 0);
  if (total !== higher.length) fail('higher verdict counts do not add up');
  let pinnedN = 0;
  let roomN = 0;
  const bind: Record<string, number> = {};
  for (const o of higher) {
    if (h.pinned !== undefined && h.pinned !== o.municipality) { pinnedN++; continue; }
    let any = false;
    for (const r of instance.resources) {
      const needed = h.uses[r] ?? 0;
      if (needed > 0 && (used.get(o.municipality)?.get(r) ?? 0) + needed > cap(o.municipality, r)) { any = true; bind[r] = (bind[r] ?? 0) + 1; }
    }
    if (!any) roomN++;
  }
  if ((e.higher.byVerdict['explain.alt_pinned_elsewhere'] ?? 0) !== pinnedN) fail('pinned count wrong');
  if ((e.higher.byVerdict['explain.alt_room_available'] ?? 0) !== roomN) fail('room-available count wrong');
  if (JSON.stringify(Object.entries(e.higher.bindingByResource).sort()) !== JSON.stringify(Object.entries(bind).sort())) fail('binding-by-resource counts wrong');

  // scoring details
  if (details) {
    const d = details.unit(e.unit);
    if (!d) fail('unit missing from details');
    else {
      if (JSON.stringify(d.households) !== JSON.stringify(e.households)) fail('member households wrong');
      if (!e.filtered || e.filtered.count !== d.filtered.length) fail('filtered count wrong');
      const byCode: Record<string, number> = {};
      for (const f of d.filtered) {
        for (const c of new Set(f.reasons.map((r) => r.code))) byCode[c] = (byCode[c] ?? 0) + 1;
        // the stored filter reasons are what the filter says now
        if (JSON.stringify(details.breakdown(e.unit, f.municipality)?.filtered) !== JSON.stringify(f.reasons)) fail(`stored filter reasons for ${f.municipality} do not match the filter`);
      }
      if (e.filtered && JSON.stringify(Object.entries(e.filtered.byCode).sort()) !== JSON.stringify(Object.entries(byCode).sort())) fail('filtered-by-code counts wrong');
      if (at !== undefined) {
        const b = e.breakdown;
        if (!b || b.municipality !== at) fail('breakdown missing or for another municipality');
        else {
          if (score(at) !== null && !near(b.score, outcomeScore)) fail('breakdown score is not the option score');
          const again = details.breakdown(e.unit, at);
          if (JSON.stringify(again) !== JSON.stringify(b)) fail('breakdown does not re-derive');
        }
      }
    }
  } else if (e.filtered !== null || e.breakdown !== null) fail('claims scoring details that were not given');

  // preferred places
  for (const p of e.preferred) {
    const what = `preferred ${p.kind} ${p.municipality}`;
    if (p.kind === 'best_score') {
      const best = [...h.options].sort((a, b) => b.score - a.score || (a.municipality < b.municipality ? -1 : 1))[0];
      if (!best || best.municipality !== p.municipality) fail(`${what}: not the best option`);
      if (p.status !== null || p.hard) fail(`${what}: the best option is not a tie`);
    } else if (details) {
      const d = details.unit(e.unit);
      if (!d?.preferred.some((x) => x.municipality === p.municipality && x.kind === p.kind && x.household === p.household && x.status === p.status && x.hard === p.hard)) fail(`${what}: not a tie of the unit (with this status and hardness)`);
    }
    // a hard tie's place never gets "did not fit you better" while the outcome is within its reach
    if (p.hard && p.verdict.code === 'explain.alt_not_higher' && keptPromise(p.municipality)) fail(`${what}: a hard tie kept within reach is told it did not fit better`);
    if (p.value !== score(p.municipality)) fail(`${what}: value wrong`);
    checkVerdict(p.municipality, p.value ?? 0, p.verdict, what);
  }

  // why a unit with hard ties waits: re-derived from the filter (which municipalities are within reach and meet the
  // needs) and the placements (what is free), with plain loops
  const expected = details && at === undefined && h.pinned === undefined ? rederiveUnplaced(instance, h, used, details, e.unit) : [];
  if (JSON.stringify(e.unplaced ?? []) !== JSON.stringify(expected)) fail(`unplaced reasons ${JSON.stringify(e.unplaced)} are not ${JSON.stringify(expected)}`);
  // why others went first: re-counted from the queue, the placements and the unit filters
  if (e.othersFirst !== undefined) {
    if (!queue || !details) fail('claims why others went first without the queue and scoring details');
    else if (at !== undefined) fail('why others went first is for unplaced households only');
    else {
      const expected = othersFirstAgain(result, e, details, queue);
      if (JSON.stringify(expected) !== JSON.stringify(e.othersFirst)) fail('why-others-went-first counts do not re-derive');
    }
  } else if (queue && details && at === undefined && othersFirstAgain(result, e, details, queue).length > 0) {
    fail('why others went first is missing');
  }
  return bad;
}

/** The verifier's own count of "why others went first" for an unplaced unit's member households. */
function othersFirstAgain(result: SolveResult, e: HouseholdExplanation, details: ScoredDetails, q: QueueContext): unknown[] {
  const unitAt = new Map<string, string>();
  for (const p of result.placements) unitAt.set(p.household, p.municipality);
  const byId = new Map(q.model.households.map((x) => [x.id, x]));
  // The checker re-counts on its own, but the vocabulary (home bands, urgency order) has one definition.
  const band = (id: string): string | null => {
    const h = byId.get(id);
    return h ? homeBand(h.members.length) : null;
  };
  const shown = (n: number): number | null => (n > 0 && n < K_ANONYMITY_THRESHOLD ? null : n);
  const out: unknown[] = [];
  for (const hid of e.households) {
    const pos = q.queue.findIndex((s) => s.household === hid);
    const b = band(hid);
    if (pos < 0 || b === null) continue;
    const me = q.queue[pos];
    const filtered = details.unit(e.unit)?.filtered.map((f) => f.municipality) ?? [];
    const c: Record<string, number> = { more_urgent: 0, officer_pin: 0, their_hard_tie: 0, their_needs: 0, linked_family: 0, priority_trade_off: 0 };
    for (let j = 0; j < q.queue.length; j++) {
      const other = q.queue[j];
      const unitId = details.unitOf.get(other.household);
      const m = unitId !== undefined ? unitAt.get(unitId) : undefined;
      if (m === undefined || band(other.household) !== b || filtered.includes(m)) continue;
      const unit = details.unit(unitId!)!;
      const h = byId.get(other.household)!;
      if (j > pos) {
        if (unit.pinned !== null) c.officer_pin++;
        else if (h.ties.some((t) => isHardTie(t))) c.their_hard_tie++;
        else if (h.careNeeds.length > 0 || h.accessibilityNeeds.length > 0) c.their_needs++;
        else if (unit.households.length > 1) c.linked_family++;
        else c.priority_trade_off++;
      } else if (j < pos && URGENCY_RANK[other.urgency] < URGENCY_RANK[me.urgency] && other.permitDate > me.permitDate) {
        c.more_urgent++;
      }
    }
    const total = Object.values(c).reduce((x, y) => x + y, 0);
    out.push({
      household: hid, band: b, threshold: K_ANONYMITY_THRESHOLD, total: shown(total),
      counts: Object.entries(c).filter(([, n]) => n > 0).map(([category, n]) => ({ category, count: shown(n) })),
    });
  }
  return out;
}

/** The verifier's own derivation of `HouseholdExplanation.unplaced` (see `UnplacedReason`). */
function rederiveUnplaced(
  instance: Instance, h: InstanceHousehold, used: ReadonlyMap<string, ReadonlyMap<string, number>>, details: ScoredDetails, unit: string,
): UnplacedReason[] {
  const d = details.unit(unit);
  if (!d || d.hardTies.length === 0) return [];
  let named = d.hardTies[0];
  for (const t of d.hardTies) if (!t.known) { named = t; break; }
  const ref = { household: named.household, kind: named.kind, tiePlace: named.tiePlace };
  if (!named.known) return [{ code: 'unplaced.tie_place_unknown', params: ref }];
  const inReach: string[] = [];
  const candidates: string[] = [];
  for (const m of instance.municipalities) {
    const reasons = details.breakdown(unit, m.id)?.filtered ?? [];
    let reach = true;
    let needs = true;
    for (const r of reasons) {
      if (r.code === 'filter.outside_tie_reach' || r.code === 'filter.tie_place_unknown') reach = false;
      else if (r.code !== 'filter.capacity_insufficient') needs = false;
    }
    if (reach) inReach.push(m.id);
    if (reach && needs) candidates.push(m.id);
  }
  candidates.sort();
  if (candidates.length === 0) return [{ code: 'unplaced.tie_needs_unmet', params: { ...ref, reachKm: named.reachKm } }];
  const free = (m: string, r: string): number => (instance.municipalities.find((x) => x.id === m)?.capacity[r] ?? 0) - (used.get(m)?.get(r) ?? 0);
  for (const m of candidates) {
    let room = true;
    for (const r of instance.resources) if ((h.uses[r] ?? 0) > 0 && free(m, r) < (h.uses[r] ?? 0)) room = false;
    if (room) return [];
  }
  for (const r of ['homes_1_2', 'homes_3_4', 'homes_5_plus', 'persons'] as const) {
    const needed = h.uses[r] ?? 0;
    if (needed <= 0) continue;
    let most = 0;
    let short = true;
    for (const m of candidates) { most = Math.max(most, free(m, r)); if (free(m, r) >= needed) short = false; }
    if (short) return [{ code: 'unplaced.tie_no_room', params: { ...ref, reachKm: named.reachKm, resource: r, needed, freeInReach: most, municipalities: candidates.length } }];
  }
  return [{ code: 'unplaced.tie_no_room_combined', params: { ...ref, reachKm: named.reachKm, municipalities: candidates.length } }];
}
