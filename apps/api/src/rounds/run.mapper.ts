import type { RunAssignmentEntity, RunEntity } from '#persistence/entities/index.js';
import { householdView } from '#matching/explain/household-view.js';
import { othersFirstMessages } from '#matching/explain/others-first.js';
import { officerMessageCode } from '#matching/explain/types.js';
import type { FairnessReport as CoreFairness } from '#matching/rounds/fairness.js';
import type { FillRow } from '#matching/rounds/run-matching.js';
import { runHasAnswer } from '#matching/vocabulary/lifecycle.js';
import type { BandHonour as StoredBandHonour } from '#matching/rounds/queue-honour.js';
import { OTHERS_FIRST_CATEGORIES } from '#matching/explain/others-first.js';
import type { Assignment, BandHonour, FairnessReport, MunicipalityFill, Run } from './models/run.model.js';

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
  };
}

function toFairness(report: CoreFairness): FairnessReport {
  return {
    overallPlacementRate: report.overall.placementRate,
    overallAverageFit: report.overall.averageFit,
    groups: report.groups.map((g) => ({ ...g, flags: [...g.flags] })),
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
 * One household's row of a run for the review: its municipality and fit (stored with the row), and its view of
 * the unit's stored explanation (`householdView`: its own criterion scores, the alternatives with their fit on the
 * household scale, the preferred places).
 */
export function toAssignment(row: RunAssignmentEntity): AssignmentData {
  const view = householdView(row.explanation, row.householdId);
  return {
    householdId: row.householdId,
    municipalityCode: row.municipalityCode,
    fit: row.fit,
    rank: view.rank,
    options: view.options,
    criteria: view.criteria.map((c) => ({ criterion: c.criterion, score: c.score, weight: c.weight, reasons: c.reasons.map((r) => ({ code: r.code, params: { ...r.params } })) })),
    alternatives: view.alternatives.map((a) => ({
      municipalityCode: a.municipality,
      fit: a.fit,
      rank: a.rank,
      verdict: { code: a.verdict.code, params: a.verdict.params },
    })),
    preferred: view.preferred.map((p) => ({ municipalityCode: p.municipality, kind: p.kind, verdict: { code: p.verdict.code, params: p.verdict.params } })),
    explanation: view.explanation,
    unplaced: view.unplaced.map((r) => ({ code: officerMessageCode(r.code), params: { ...r.params } })),
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
 * An `Assignment` before rendering: `unplaced` and `othersFirst` are the officer's message keys with parameters
 * (`officerMessageCode`, `othersFirstMessages(…, 'officer')`); the service renders them in the viewer's language.
 */
export type AssignmentData = Omit<Assignment, 'unplaced' | 'othersFirst'> & { readonly unplaced: readonly MessageRef[]; readonly othersFirst: readonly MessageRef[] };
