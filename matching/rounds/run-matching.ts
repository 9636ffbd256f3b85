import { createHash } from 'node:crypto';
import type { MatchingModel } from '../model/types.js';
import { buildScoredInstance, type MatchingPolicy, type ScoredDetails } from '../scoring/build.js';
import { explainResult } from '../explain/explain.js';
import type { HouseholdExplanation } from '../explain/types.js';
import { pickSolver, solve } from '../solver/solve.js';
import { relativeGap } from '../solver/bound.js';
import type { Instance, SolveResult, SolveStatus } from '../solver/types.js';
import type { RunStage, StableRerunKept } from '../vocabulary/runs.js';
import { householdFits, roundFigures, type HouseholdFit, type RoundFigures } from './figures.js';
import { statusQuoAllocation } from './status-quo.js';
import type { Urgency } from '../vocabulary/index.js';
import { PRIORITY_RULE } from '../scoring/priority.js';
import { othersWentFirst, rawOthersFirst, type QueueContext } from '../explain/others-first.js';
import { queueHonour, type BandHonour } from './queue-honour.js';
import { anchorOfUnits, keepAnchorIfBetter } from './anchor-repair.js';

/** Bumped when anything that changes results for the same input changes (scoring, solver, this file). */
// 1.1.0: one vocabulary — languages in one normal form (Dutch is 'nl', was 'nld'), home bands homes_1_2 ….
// 1.2.0: the priority rule (queue-rank-linear/1) and the stability bonus enter option scores; anchor places stay options.
export const MATCHING_VERSION = '1.2.0';

export interface RoundInput {
  /** The round's snapshot: scoring-safe households and municipalities with the round's capacities. */
  readonly model: MatchingModel;
  readonly policy: MatchingPolicy;
  /**
   * Value of placing one household at all, added to each of its option scores, so the optimiser places as
   * many households as capacity allows before it improves fit (fit alone can be 0 for some households).
   */
  readonly placementValue: number;
  readonly solver: string;
  readonly timeLimitSeconds: number;
  readonly seed: number;
  /**
   * The round's households in queue order under the priority rule (position 1 first), with what the rule
   * reads, as frozen when the round was created. The priority rule in the objective, the status-quo comparison
   * and the queue-honour figures all use it.
   */
  readonly queue: readonly QueueSlot[];
  /**
   * The run whose placements `policy.anchor` holds (stable re-runs), or null. Part of the input hash, so a re-run
   * anchored on a different run never claims to reproduce this one.
   */
  readonly anchorRunId: string | null;
  readonly alternatives: number;
}

/** A household's place in a round's queue: what the priority rule reads (matching/waiting/queue.ts). */
export interface QueueSlot {
  readonly household: string;
  readonly urgency: Urgency;
  /** ISO date YYYY-MM-DD. */
  readonly permitDate: string;
}

export interface Assignment {
  readonly household: string;
  readonly unit: string;
  readonly municipality: string | null;
  /** Fit without the placement value, in [0, 1]. */
  readonly fit: number | null;
  readonly explanation: HouseholdExplanation;
}

export interface FillRow {
  readonly municipality: string;
  readonly resource: string;
  readonly used: number;
  readonly capacity: number;
}

/** Households placed and their fit (placed households only; fit without placement value or priority). */
export interface FitSummary {
  readonly householdsPlaced: number;
  /** Mean fit of the placed households, rounded to 1e-4; null when nobody was placed. */
  readonly averageFit: number | null;
  /** Sum of the placed households' fit, rounded to 1e-4. */
  readonly totalFit: number;
}

/**
 * The price of the priority rule in fit: this run against a fit-only solve of the same round (same model,
 * pins, forbidden pairs, capacities, weights and placement value; priorityWeight 0 and no anchor), each with the
 * round's time limit.
 */
export interface PriorityCost {
  /** PRIORITY_RULE.version. */
  readonly rule: string;
  readonly priorityWeight: number;
  readonly withRule: FitSummary;
  readonly fitOnly: FitSummary & { readonly status: SolveStatus; readonly gap: number | null };
}

export interface RoundOutput {
  readonly inputHash: string;
  readonly matchingVersion: string;
  readonly solver: string;
  readonly solverVersion: string;
  readonly status: SolveStatus;
  readonly message: string | null;
  readonly objective: number;
  readonly bound: number;
  readonly gap: number | null;
  readonly prices: SolveResult['prices'];
  readonly assignments: readonly Assignment[];
  readonly figures: RoundFigures;
  readonly statusQuo: RoundFigures;
  readonly statusQuoFits: readonly HouseholdFit[];
  readonly fits: readonly HouseholdFit[];
  readonly fill: readonly FillRow[];
  /** The price of the priority rule; null when the round's priorityWeight is 0 (then no second solve is made). */
  readonly priorityCost: PriorityCost | null;
  /** Queue-honour figures per home band (HOME_BANDS order), by the round's queue order. */
  readonly queueHonour: readonly BandHonour[];
  /**
   * Anchored runs only (`policy.anchor` given): how many units had an anchor placement, and which answer was
   * kept — the solver's, or the anchor answer repaired for this instance because it scored higher
   * (rounds/anchor-repair.ts). Null without an anchor.
   */
  readonly stableRerun: { readonly anchoredUnits: number; readonly kept: StableRerunKept } | null;
  readonly timings: { readonly buildMs: number; readonly solveMs: number; readonly explainMs: number; readonly totalMs: number };
}

export type ProgressListener = (fraction: number, stage: RunStage) => void;

/**
 * One matching run, start to end, as a pure function of its input: score, solve, check, explain, measure.
 * Solver adapters return a status; the checker inside `solve` vets every result before it comes back.
 * The queue of the priority rule is `policy.queue` when set, else `input.queue` in its order. With
 * `policy.priorityWeight` > 0 a second, fit-only solve measures the rule's price (`priorityCost`): the run then
 * takes up to twice `timeLimitSeconds` of solving.
 */
export async function runMatching(input: RoundInput, onProgress: ProgressListener = () => undefined): Promise<RoundOutput> {
  const started = performance.now();
  onProgress(0.05, 'scoring');
  const queue = input.policy.queue ?? input.queue.map((q) => q.household);
  const policy: MatchingPolicy = { ...input.policy, queue, placementValue: input.placementValue };
  const { instance, details } = buildScoredInstance(input.model, policy);
  const built = performance.now();
  const solver = pickSolver(instance, input.solver);
  const inputHash = hashInput(instance, input);
  onProgress(0.15, 'solving');
  const solved0 = await solve(instance, { solver: input.solver, timeLimitSeconds: input.timeLimitSeconds, seed: input.seed });
  const anchorUnits = anchorOfUnits(details, input.policy.anchor ?? []);
  const { result, kept } = keepAnchorIfBetter(instance, solved0, anchorUnits);
  const allocation = allocationOf(details, result);
  const priorityWeight = input.policy.priorityWeight ?? 0;
  let priorityCost: PriorityCost | null = null;
  if (priorityWeight > 0) {
    onProgress(0.5, 'solving');
    const fitOnly = buildScoredInstance(input.model, { ...policy, priorityWeight: 0, anchor: undefined });
    const r0 = await solve(fitOnly.instance, { solver: input.solver, timeLimitSeconds: input.timeLimitSeconds, seed: input.seed });
    priorityCost = {
      rule: PRIORITY_RULE.version,
      priorityWeight,
      withRule: fitSummary(householdFits(input.model, details, allocation)),
      fitOnly: {
        ...fitSummary(householdFits(input.model, fitOnly.details, allocationOf(fitOnly.details, r0))),
        status: r0.status,
        gap: r0.status === 'error' || r0.status === 'infeasible' ? null : relativeGap(r0.objective, r0.bound),
      },
    };
  }
  const solved = performance.now();
  onProgress(0.85, 'explaining');
  const queueContext: QueueContext = { queue: orderedQueue(input.queue, queue), model: input.model };
  const passedOver = rawOthersFirst(queueContext, details, allocation); // once: the explanations and queueHonour read it
  const others = othersWentFirst(queueContext, details, allocation, passedOver);
  const explanations = explainResult(instance, result, details, { alternatives: input.alternatives }).map((e) => {
    if (e.outcome.code !== 'explain.unplaced') return e;
    const of = e.households.flatMap((h) => (others.has(h) ? [others.get(h)!] : []));
    return of.length > 0 ? { ...e, othersFirst: of } : e;
  });
  const fits = householdFits(input.model, details, allocation);
  const fitById = new Map(fits.map((f) => [f.household, f.fit]));
  const assignments: Assignment[] = [];
  explanations.forEach((explanation) => {
    for (const household of explanation.households) {
      assignments.push({ household, unit: explanation.unit, municipality: allocation.get(household) ?? null, fit: fitById.get(household) ?? null, explanation });
    }
  });
  assignments.sort((a, b) => (a.household < b.household ? -1 : 1));
  const statusQuoFits = householdFits(input.model, details, statusQuoAllocation(instance, details, input.queue.map((q) => q.household), input.seed));
  const explained = performance.now();
  onProgress(1, 'done');
  return {
    inputHash,
    matchingVersion: MATCHING_VERSION,
    solver: result.solver,
    solverVersion: solver.version,
    status: result.status,
    message: result.message ?? null,
    objective: result.objective,
    bound: result.bound,
    gap: result.status === 'error' || result.status === 'infeasible' ? null : relativeGap(result.objective, result.bound),
    prices: result.prices,
    assignments,
    fits,
    figures: roundFigures(input.model, fits),
    statusQuo: roundFigures(input.model, statusQuoFits),
    statusQuoFits,
    fill: fillRows(instance, result),
    priorityCost,
    queueHonour: queueHonour(queueContext, details, allocation, passedOver),
    stableRerun: input.policy.anchor ? { anchoredUnits: anchorUnits.size, kept } : null,
    timings: {
      buildMs: Math.round(built - started),
      solveMs: Math.round(solved - built),
      explainMs: Math.round(explained - solved),
      totalMs: Math.round(explained - started),
    },
  };
}

/** Household id → municipality (null = not placed) of a result, for every member household of every unit. */
function allocationOf(details: ScoredDetails, result: SolveResult): Map<string, string | null> {
  const placedAt = new Map(result.placements.map((p) => [p.household, p.municipality]));
  const allocation = new Map<string, string | null>();
  for (const unit of details.units) for (const h of unit.households) allocation.set(h, placedAt.get(unit.id) ?? null);
  return allocation;
}

function fitSummary(fits: readonly HouseholdFit[]): FitSummary {
  const placed = fits.filter((f) => f.municipality !== null);
  const total = placed.reduce((s, f) => s + (f.fit ?? 0), 0);
  const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
  return { householdsPlaced: placed.length, averageFit: placed.length ? round4(total / placed.length) : null, totalFit: round4(total) };
}

/**
 * The queue slots in the order of `order` (the ids the objective used); slots not in `order` follow in their
 * own order, and ids without a slot are left out (the queue-honour figures and "why others went first" need
 * urgency and permit date).
 */
function orderedQueue(slots: readonly QueueSlot[], order: readonly string[]): QueueSlot[] {
  const byId = new Map(slots.map((s) => [s.household, s]));
  const seen = new Set<string>();
  const out: QueueSlot[] = [];
  for (const id of [...order, ...slots.map((s) => s.household)]) {
    const s = byId.get(id);
    if (s && !seen.has(id)) { seen.add(id); out.push(s); }
  }
  return out;
}

/** Same instance and options → same hash; stored with every run so a re-run can be shown identical. */
export function hashInput(instance: Instance, input: Pick<RoundInput, 'solver' | 'timeLimitSeconds' | 'seed' | 'anchorRunId'>): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: MATCHING_VERSION, solver: input.solver, timeLimitSeconds: input.timeLimitSeconds, seed: input.seed, anchorRunId: input.anchorRunId }));
  hash.update(JSON.stringify(instance));
  return hash.digest('hex');
}

function fillRows(instance: Instance, result: SolveResult): FillRow[] {
  const used = new Map<string, Record<string, number>>();
  const uses = new Map(instance.households.map((h) => [h.id, h.uses]));
  for (const p of result.placements) {
    const row = used.get(p.municipality) ?? {};
    for (const [r, n] of Object.entries(uses.get(p.household) ?? {})) row[r] = (row[r] ?? 0) + n;
    used.set(p.municipality, row);
  }
  return instance.municipalities.flatMap((m) =>
    instance.resources.map((resource) => ({ municipality: m.id, resource, used: used.get(m.id)?.[resource] ?? 0, capacity: m.capacity[resource] ?? 0 })),
  );
}
