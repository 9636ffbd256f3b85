import type { RunAssignmentEntity, RunEntity } from '#persistence/entities/index.js';
import { householdView } from '#matching/explain/household-view.js';
import { othersFirstMessages } from '#matching/explain/others-first.js';
import { suppressSmallGroups, type FairnessReport as CoreFairness } from '#matching/rounds/fairness.js';
import type { FillRow } from '#matching/rounds/run-matching.js';
import { runHasAnswer } from '#matching/vocabulary/lifecycle.js';
import type { BandHonour as StoredBandHonour } from '#matching/rounds/queue-honour.js';
import { OTHERS_FIRST_CATEGORIES } from '#matching/explain/others-first.js';
import type { BandHonour, FairnessReport, MunicipalityFill, Run } from './models/run.model.js';

export function toRun(run: RunEntity): Run {
  return {
    id: run.id,
    roundId: run.roundId,
    anchorRunId: run.options.anchorRunId,
    status: run.status,
    hasAnswer: runHasAnswer(run),
    progress: run.progress,
    stage: run.stage,
    solver: run.solver,
    solverVersion: run.solverVersion,
    matchingVersion: run.matchingVersion,
    inputHash: run.inputHash,
    solveStatus: run.solveStatus,
    objective: run.objective,
    bound: run.bound,
    gap: run.gap,
    message: run.message,
    timings: run.timings,
    figures: run.figures,
    statusQuo: run.statusQuo,
    fairness: run.fairness ? toFairness(run.fairness) : null,
    priorityCost: run.priorityCost,
    queueHonour: run.queueHonour ? run.queueHonour.map(toBandHonour) : null,
    stableRerun: run.stableRerun,
    options: run.options,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    fillRows: run.fill,
  };
}

/** A stored fairness report for officers: suppressed again when stored before issue 14 (`suppressSmallGroups`). */
function toFairness(stored: CoreFairness): FairnessReport {
  const report = suppressSmallGroups(stored);
  const { threshold, byDimension } = report.suppressed;
  return {
    overallPlacementRate: report.overall.placementRate,
    overallAverageFit: report.overall.averageFit,
    overallPreferredSettingShare: report.overall.preferredSettingShare,
    groups: report.groups.map((g) => ({ ...g, flags: [...g.flags] })),
    anonymityThreshold: threshold,
    suppressed: byDimension.map((d) => ({ ...d, threshold })),
    minGroupSize: report.rule.minGroupSize,
    maxShortfall: report.rule.maxShortfall,
    counted: report.counted,
  };
}

/** Fill per municipality from the run's rows (one row per municipality and resource). */
export function toFill(fill: readonly FillRow[]): MunicipalityFill[] {
  const byMunicipality = new Map<string, Record<string, { used: number; capacity: number }>>();
  for (const row of fill) {
    const entry = byMunicipality.get(row.municipality) ?? {};
    entry[row.resource] = { used: row.used, capacity: row.capacity };
    byMunicipality.set(row.municipality, entry);
  }
  return [...byMunicipality].map(([code, r]) => ({
    municipalityCode: code,
    persons: r.persons?.used ?? 0,
    personsCapacity: r.persons?.capacity ?? 0,
    homes1to2: r.homes_1_2?.used ?? 0,
    homes1to2Capacity: r.homes_1_2?.capacity ?? 0,
    homes3to4: r.homes_3_4?.used ?? 0,
    homes3to4Capacity: r.homes_3_4?.capacity ?? 0,
    homes5plus: r.homes_5_plus?.used ?? 0,
    homes5plusCapacity: r.homes_5_plus?.capacity ?? 0,
  }));
}

/**
 * One household's row of a run for the review, before names and texts: its municipality and fit (stored with the
 * row), and its view of the unit's stored explanation (`householdView`: its own criterion scores, the alternatives
 * with their fit and placement value, the preferred places, the outcome). Every reason, verdict and the outcome is a
 * `MessageRef` (the stored code and parameters, and the context a text needs); the service renders them for the
 * officer and adds the reference, queue position and names.
 */
export function toAssignment(row: RunAssignmentEntity): AssignmentData {
  const view = householdView(row.explanation, row.householdId);
  const outcome = view.outcome;
  return {
    householdId: row.householdId,
    municipalityCode: row.municipalityCode,
    fit: row.fit,
    linkedHouseholds: view.linked,
    placementValue: outcome.code === 'explain.placed' ? outcome.params.value : null,
    rank: view.rank,
    options: view.options,
    fitting: view.fitting,
    // the outcome's text needs the pin (the solver compared only the pinned place), how many linked households the
    // unit's fit is the mean over, and this household's own fit (`Assignment.fit`) beside it
    outcome: { code: outcome.code, params: outcome.params, context: { pinned: view.pinned, linked: view.linked, ownFit: view.ownFit } },
    criteria: view.criteria.map((c) => ({
      criterion: c.criterion, score: c.score, weight: c.weight,
      reasons: c.reasons.map((r) => ({ code: r.code, params: { ...r.params }, context: row.municipalityCode ? { municipality: row.municipalityCode } : {} })),
    })),
    alternatives: view.alternatives.map((a) => ({
      municipalityCode: a.municipality,
      fit: a.fit,
      placementValue: a.value ?? null,
      rank: a.rank,
      verdict: { code: a.verdict.code, params: a.verdict.params, context: { municipality: a.municipality, linked: view.linked } },
    })),
    preferred: view.preferred.map((p) => ({
      municipalityCode: p.municipality, kind: p.kind,
      verdict: { code: p.verdict.code, params: p.verdict.params, context: { municipality: p.municipality, kind: p.kind, linked: view.linked } },
      filterReasons: p.verdict.code === 'explain.preferred_filtered' ? p.verdict.params.reasons.map((r) => ({ code: r.code, params: { ...r.params }, context: { municipality: p.municipality } })) : [],
    })),
    explanation: view.explanation,
    unplaced: view.unplaced.map((r) => ({ code: r.code, params: { ...r.params } })),
    othersFirst: view.othersFirst ? othersFirstMessages(view.othersFirst, 'officer') : [],
  };
}

/** A band's queue-honour figures, with the passed-over counts per category as a list (every category, in order). */
export function toBandHonour(b: StoredBandHonour): BandHonour {
  return {
    band: b.band,
    households: b.households,
    earlierHalf: b.earlierHalf,
    laterHalf: b.laterHalf,
    ratio: b.ratio,
    passedOver: b.passedOver.households,
    passedOverBy: OTHERS_FIRST_CATEGORIES.map((category) => ({ category, households: b.passedOver.byCategory[category] })),
  };
}

/** A message to render in the viewer's language: a catalogue key and its parameters. */
export interface MessageRef {
  readonly code: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * A stored reason, verdict or outcome to render for the officer: its code and stored parameters (given back as they
 * are), and the context parameters its text needs besides (the municipality it is about, a preferred place's kind).
 */
export interface ReasonRef extends MessageRef {
  readonly context: Readonly<Record<string, unknown>>;
}

/**
 * An `Assignment` before rendering and names: reasons, verdicts and the outcome are `ReasonRef`s, `unplaced` the
 * unplaced reasons (rendered for the officer: `sayAllAs('officer', …)`), `othersFirst` the officer's own message
 * keys (`othersFirstMessages(…, 'officer')`);
 * the service renders them in the viewer's language and adds reference, queue position, names and the comparison.
 */
export interface AssignmentData {
  readonly householdId: string;
  readonly municipalityCode: string | null;
  readonly fit: number | null;
  /** How many households the unit has (`HouseholdView.linked`); the fits of outcome and verdicts are their mean. */
  readonly linkedHouseholds: number;
  readonly placementValue: number | null;
  readonly rank: number | null;
  readonly options: number;
  readonly fitting: number | null;
  readonly outcome: ReasonRef;
  readonly criteria: readonly { readonly criterion: string; readonly score: number | null; readonly weight: number; readonly reasons: readonly ReasonRef[] }[];
  readonly alternatives: readonly { readonly municipalityCode: string; readonly fit: number | null; readonly placementValue: number | null; readonly rank: number; readonly verdict: ReasonRef }[];
  readonly preferred: readonly { readonly municipalityCode: string; readonly kind: string; readonly verdict: ReasonRef; readonly filterReasons: readonly ReasonRef[] }[];
  readonly explanation: object;
  readonly unplaced: readonly MessageRef[];
  readonly othersFirst: readonly MessageRef[];
}
