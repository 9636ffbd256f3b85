import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DomainError } from '#common/domain-error.js';
import { HouseholdRepository } from '#persistence/repositories/household.repository.js';
import { MunicipalityRepository } from '#persistence/repositories/municipality.repository.js';
import { MunicipalityProfileRepository } from '#persistence/repositories/municipality-profile.repository.js';
import { MAX_FORBIDDEN_PAIRS_PER_ROUND, MAX_PINS_PER_ROUND, RoundRepository } from '#persistence/repositories/round.repository.js';
import { RunRepository } from '#persistence/repositories/run.repository.js';
import type { MunicipalityCapacityFigures, RoundEntity, RoundPolicy as StoredPolicy, RunEntity, RunOptions } from '#persistence/entities/index.js';
import { projectHousehold, projectSnapshotMunicipality, type MatchingSnapshot } from '#matching/model/index.js';
import { DEFAULT_POLICY_WEIGHTS } from '#matching/scoring/combine.js';
import { DEFAULT_MAX_OPTIONS, DEFAULT_STABILITY_BONUS } from '#matching/scoring/build.js';
import { DEFAULT_PRIORITY_WEIGHT } from '#matching/scoring/priority.js';
import { DEFAULT_TIE_REACH } from '#matching/fits.js';
import { render } from '#matching/messages/index.js';
import { CAPACITY_FIELD, homeBand } from '#matching/vocabulary/index.js';
import { DEFAULT_RESPONSE_DAYS, runHasAnswer } from '#matching/vocabulary/lifecycle.js';
import { compareRuns, MOVE_CAUSES, type RunChanges } from '#matching/rounds/compare.js';
import type { Viewer } from '../auth/viewer.js';
import { auditEntry } from '../common/audit-entry.js';
import { isUuid } from '../common/uuid.js';
import { DEFAULT_TIME_LIMIT_SECONDS } from '#matching/solver/solver.js';
import { toRoundInput } from './run-executor.service.js';
import { RunJobs } from '../jobs/run-jobs.js';
import { toAssignment, toRun, type ReasonRef } from './run.mapper.js';
import { preRunCheck as checkRound, type MisfitKey } from '#matching/rounds/pre-run-check.js';
import type { Locale } from '#matching/messages/index.js';
import { StatementsService } from '../waiting-list/statements.service.js';
import type { MisfitCount, MunicipalityRef, PreRunCheck } from './models/pre-run-check.model.js';
import type { Page } from '../common/page.args.js';
import { retiredMunicipality } from '../common/retired-municipality.js';
import type { Round, RoundCapacity, RoundPin, RoundPolicy } from './models/round.model.js';
import type { Assignment, Reason, Run, RunComparison } from './models/run.model.js';
import { hardTieHouseholds, movedSince, reviewOrder, type ReviewContext, type ReviewFilter, type ReviewRow } from '#matching/rounds/review.js';
import type { AssignmentSort } from '#matching/vocabulary/index.js';
import type { CreateRoundInput, RoundCapacityInput, RoundPolicyInput } from './dto/round.input.js';
import { capacityWarnings, requirePossibleCapacity } from '../municipalities/capacity-findings.js';
import { groupBy } from '../common/request-batch.js';
import { AuditRepository } from '#persistence/repositories/audit.repository.js';
import { toCsv } from '#common/csv.js';
import { CSV_CONTENT_TYPE, type CsvFile } from '../common/csv-file.model.js';

export const DEFAULT_ROUND_POLICY: StoredPolicy = {
  weights: { ...DEFAULT_POLICY_WEIGHTS },
  maxOptions: DEFAULT_MAX_OPTIONS,
  placementValue: 1,
  keepLinkedTogether: true,
  alternatives: 5,
  solver: 'auto',
  timeLimitSeconds: DEFAULT_TIME_LIMIT_SECONDS,
  seed: 42,
  priorityWeight: DEFAULT_PRIORITY_WEIGHT,
  tieReach: { ...DEFAULT_TIE_REACH },
  stabilityBonus: DEFAULT_STABILITY_BONUS,
  responseDays: DEFAULT_RESPONSE_DAYS,
};

/**
 * What a run's review reads besides its page (`RoundsService.review`): every row of the run, the round's queue
 * positions, the comparison run's placements, the households with an override, and (read on first use) those with
 * a hard tie.
 */
interface ReviewData {
  readonly rows: readonly ReviewRow[];
  readonly position: ReadonlyMap<string, number>;
  readonly previous: ReadonlyMap<string, string | null> | null;
  readonly override: ReadonlySet<string>;
  readonly hardTie: () => Promise<ReadonlySet<string>>;
}

/**
 * Runs whose review data one process keeps (least recently used first out): per run one row, one queue position and
 * at most one comparison entry per household; an officer reviews one or two runs at a time and compares a pair.
 */
export const REVIEW_CACHE_RUNS = 6;

/** The columns of a run's placements CSV (`exportPlacements`), for programs: stable names, snake_case. */
export const PLACEMENT_COLUMNS = [
  'case_reference', 'queue_position', 'placed', 'municipality_code', 'municipality_name', 'fit', 'hard_tie', 'officer_override', 'moved_since_previous_run',
] as const;

@Injectable()
export class RoundsService {
  /** Review data of runs with an answer, by run and comparison run (`reviewDataOf`). */
  private readonly reviewData = new LRUCache<string, Promise<ReviewData>>({ max: REVIEW_CACHE_RUNS });
  /** Whether reviews keep their data (default); `npm run bench:review` switches it off to measure the baseline. */
  reviewCacheEnabled = true;

  constructor(
    private readonly rounds: RoundRepository,
    private readonly runs: RunRepository,
    private readonly households: HouseholdRepository,
    private readonly municipalities: MunicipalityRepository,
    private readonly profiles: MunicipalityProfileRepository,
    private readonly jobs: RunJobs,
    private readonly statements: StatementsService,
    private readonly audit: AuditRepository,
  ) {}

  /** Creates a round and freezes what it uses: cohort, profile versions and free capacity. */
  async create(input: CreateRoundInput, viewer: Viewer, now = new Date()): Promise<Round> {
    const cohort = input.cohort ?? {};
    let householdIds = await this.households.waitingInQueueOrder({
      permitDateFrom: cohort.permitDateFrom,
      permitDateTo: cohort.permitDateTo,
      receptionLocation: cohort.receptionLocation,
      ...(cohort.householdIds ? { ids: cohort.householdIds } : {}),
    });
    if (cohort.householdIds) {
      const waiting = new Set(householdIds);
      const notWaiting = cohort.householdIds.filter((id) => !waiting.has(id));
      if (notWaiting.length) {
        throw DomainError.badInput([{ field: 'cohort.householdIds', message: `${notWaiting.length} of them are not waiting households (e.g. ${notWaiting[0]})` }]);
      }
    }
    if (cohort.limit) householdIds = householdIds.slice(0, cohort.limit);
    if (householdIds.length === 0) throw DomainError.badInput([{ field: 'cohort', message: 'selects no waiting households' }]);

    const requested = input.municipalityCodes ? [...new Set(input.municipalityCodes)].sort() : null;
    if (requested) {
      const unknown = await this.municipalities.unknownCodes(requested);
      if (unknown.length) throw DomainError.badInput([{ field: 'municipalityCodes', message: `unknown municipality "${unknown[0]}"` }]);
      const retired = (await this.municipalities.findByCodes(requested)).find((m) => m.retiredOn !== null);
      if (retired) throw DomainError.badInput([{ field: 'municipalityCodes', message: `${retiredMunicipality(retired)}; it takes part in no new round` }]);
    }
    // Without a list: the current municipalities (find() leaves retired ones out).
    const allCodes = requested ?? (await this.municipalities.find()).map((m) => m.cbsCode);
    const capacities = await this.rounds.freeCapacity(input.period, allCodes);
    if (!capacities.some((c) => c.persons > 0)) {
      throw DomainError.badInput([{ field: 'period', message: `no participating municipality has free capacity for ${input.period}` }]);
    }
    const codes = capacities.map((c) => c.municipalityCode).sort();
    const [municipalities, profiles, households] = await Promise.all([
      this.municipalities.findByCodes(codes),
      this.profiles.latestOf(codes),
      this.households.findByIds(householdIds),
    ]);
    const profileByCode = new Map(profiles.map((p) => [p.municipalityCode, p]));
    const householdById = new Map(households.map((h) => [h.id, h]));
    const year = now.getUTCFullYear();
    // The projection whitelists scoring fields: names, gender, nationality and medical notes never enter. The
    // snapshot holds no capacity: the round's capacity rows (below) are its one source; each run records the
    // rows it used in its options.
    const model: MatchingSnapshot = {
      households: households.map((h) => projectHousehold(h, year)),
      municipalities: municipalities.map((m) => projectSnapshotMunicipality(m, profileByCode.get(m.cbsCode) ?? null)),
    };
    const policy = mergePolicy(DEFAULT_ROUND_POLICY, input.policy);
    const round = await this.rounds.create(
      {
        name: input.name,
        period: input.period,
        policy,
        cohortSelection: { ...cohort },
        profileVersions: Object.fromEntries(profiles.map((p) => [p.municipalityCode, p.version])),
        createdBy: viewer.accountId,
        model,
        households: householdIds.map((id) => {
          const h = householdById.get(id)!;
          return { householdId: id, urgency: h.urgency, permitDate: h.permitDate };
        }),
        capacities,
      },
      (roundId) => auditEntry(viewer, 'round.create', roundId, null, { name: input.name, period: input.period, households: householdIds.length, municipalities: codes.length }),
    );
    return toRoundModel(round, (await this.rounds.sizes([round.id])).get(round.id)!);
  }

  /** A page of the rounds, newest first; their sizes in two queries for the whole page. */
  async list(page: Page): Promise<Round[]> {
    const rounds = await this.rounds.list(page);
    const sizes = await this.rounds.sizes(rounds.map((r) => r.id));
    return rounds.map((r) => toRoundModel(r, sizes.get(r.id)!));
  }

  async get(id: string): Promise<Round> {
    const round = await this.requireRound(id);
    return toRoundModel(round, (await this.rounds.sizes([id])).get(id)!);
  }

  async setPolicy(id: string, input: RoundPolicyInput, viewer: Viewer): Promise<Round> {
    const round = await this.requireRound(id);
    const policy = mergePolicy(round.policy, input);
    await this.requireDraft(id, this.rounds.setPolicy(id, policy, auditEntry(viewer, 'round.policy', id, round.policy, policy)));
    return this.get(id);
  }

  async setCapacity(id: string, code: string, input: RoundCapacityInput, viewer: Viewer): Promise<RoundCapacity> {
    await this.requireRound(id);
    const before = (await this.rounds.capacities(id)).find((c) => c.municipalityCode === code);
    if (!before) throw DomainError.badInput([{ field: 'municipalityCode', message: `${code} does not take part in this round` }]);
    requirePossibleCapacity(input);
    const beforeFigures = { persons: before.persons, homes1to2: before.homes1to2, homes3to4: before.homes3to4, homes5plus: before.homes5plus };
    await this.requireDraft(id, this.rounds.setCapacity(id, code, input, auditEntry(viewer, 'round.capacity', id, { municipalityCode: code, ...beforeFigures }, { municipalityCode: code, ...input })));
    return { municipalityCode: code, ...input, warnings: capacityWarnings(input) };
  }

  async capacities(id: string): Promise<RoundCapacity[]> {
    return (await this.capacitiesOf([id])).get(id)!;
  }

  /** The capacities of several rounds in one query, by round id (every id has a list, maybe empty). */
  async capacitiesOf(ids: readonly string[]): Promise<Map<string, RoundCapacity[]>> {
    return groupBy(ids, await this.rounds.capacitiesOf(ids), (c) => c.roundId, (c) => ({
      municipalityCode: c.municipalityCode, persons: c.persons, homes1to2: c.homes1to2, homes3to4: c.homes3to4, homes5plus: c.homes5plus,
      warnings: capacityWarnings(c),
    }));
  }

  /** Pins a household to a municipality; refused when the municipality has no fitting home in this round. */
  async pin(id: string, householdId: string, code: string, viewer: Viewer): Promise<RoundPin[]> {
    await this.requireCohortMember(id, householdId);
    const capacity = (await this.rounds.capacities(id)).find((c) => c.municipalityCode === code);
    if (!capacity) throw DomainError.badInput([{ field: 'municipalityCode', message: `${code} does not take part in this round` }]);
    const model = await this.rounds.snapshot(id);
    const size = model?.households.find((h) => h.id === householdId)?.members.length ?? 1;
    const band = homeBand(size);
    if (capacity[CAPACITY_FIELD[band]] < 1 || capacity.persons < size) {
      const homes = render(`label.resource.${band}`, {}, 'en').text;
      throw DomainError.badInput([{ field: 'municipalityCode', message: `${code} has no free ${homes} (or too few places) in this round` }]);
    }
    const outcome = await this.rounds.pin(id, householdId, code, auditEntry(viewer, 'round.pin', id, null, { householdId, municipalityCode: code }));
    if (outcome === 'pair_forbidden') throw await this.pairConflict(householdId, code, 'forbidden');
    if (outcome === 'too_many_pins') throw new DomainError('CONFLICT', `This round already holds ${MAX_PINS_PER_ROUND} pins, the most a round may hold; unpin one first, or change the round's policy or capacity instead`);
    await this.requireDraft(id, Promise.resolve(outcome));
    return this.pins(id);
  }

  async unpin(id: string, householdId: string, viewer: Viewer): Promise<RoundPin[]> {
    await this.requireDraft(id, this.rounds.unpin(id, householdId, auditEntry(viewer, 'round.unpin', id, { householdId }, null)));
    return this.pins(id);
  }

  async forbid(id: string, householdId: string, code: string, viewer: Viewer): Promise<RoundPin[]> {
    await this.requireCohortMember(id, householdId);
    if (!(await this.municipalities.findByCode(code))) throw DomainError.badInput([{ field: 'municipalityCode', message: `unknown municipality "${code}"` }]);
    const outcome = await this.rounds.forbid(id, householdId, code, auditEntry(viewer, 'round.forbid', id, null, { householdId, municipalityCode: code }));
    if (outcome === 'pair_pinned') throw await this.pairConflict(householdId, code, 'pinned');
    if (outcome === 'too_many_forbidden_pairs') throw new DomainError('CONFLICT', `This round already holds ${MAX_FORBIDDEN_PAIRS_PER_ROUND} forbidden pairs, the most a round may hold; allow one first`);
    await this.requireDraft(id, Promise.resolve(outcome));
    return this.forbiddenPairs(id);
  }

  async allow(id: string, householdId: string, code: string, viewer: Viewer): Promise<RoundPin[]> {
    await this.requireDraft(id, this.rounds.allow(id, householdId, code, auditEntry(viewer, 'round.allow', id, { householdId, municipalityCode: code }, null)));
    return this.forbiddenPairs(id);
  }

  async pins(id: string): Promise<RoundPin[]> {
    return (await this.pinsOf([id])).get(id)!;
  }

  /** The pins of several rounds in one query, by round id. */
  async pinsOf(ids: readonly string[]): Promise<Map<string, RoundPin[]>> {
    return groupBy(ids, await this.rounds.pinsOf(ids), (p) => p.roundId, (p) => ({ householdId: p.householdId, municipalityCode: p.municipalityCode }));
  }

  async forbiddenPairs(id: string): Promise<RoundPin[]> {
    return (await this.forbiddenPairsOf([id])).get(id)!;
  }

  /** The forbidden pairs of several rounds in one query, by round id. */
  async forbiddenPairsOf(ids: readonly string[]): Promise<Map<string, RoundPin[]>> {
    return groupBy(ids, await this.rounds.forbiddenOf(ids), (p) => p.roundId, (p) => ({ householdId: p.householdId, municipalityCode: p.municipalityCode }));
  }

  /**
   * The pre-run check of a round (`preRunCheck`, matching/rounds/pre-run-check.ts) on the model the next run would
   * use: the round's snapshot with its current capacity rows, and its policy, pins and forbidden pairs. With
   * municipality names and household references. BAD_USER_INPUT (roundId) for a malformed id, NOT_FOUND for an
   * unknown round.
   */
  async preRunCheck(id: string): Promise<PreRunCheck> {
    if (!isUuid(id)) throw DomainError.badInput([{ field: 'roundId', message: 'must be a round id (a UUID)' }]);
    const round = await this.requireRound(id);
    const [snapshot, options] = await Promise.all([this.rounds.snapshot(id), this.nextRunOptions(round, null)]);
    if (!snapshot) throw DomainError.notFound(`round ${id}`);
    const input = toRoundInput(snapshot, options, [], null);
    const check = checkRound(input.model, input.policy);
    const ids = [...new Set([...check.unhonourableTies.flatMap((t) => t.households), ...check.withoutFit.flatMap((u) => u.households)])];
    const [households, municipalities] = await Promise.all([
      ids.length ? this.households.findByIds(ids) : Promise.resolve([]),
      this.municipalities.find({ includeRetired: true }),
    ]);
    const references = new Map(households.map((h) => [h.id, h.reference]));
    const names = new Map(municipalities.map((m) => [m.cbsCode, m.name]));
    const household = (hid: string) => ({ id: hid, reference: references.get(hid) ?? hid });
    const municipality = (code: string): MunicipalityRef => ({ code, name: names.get(code) ?? code });
    const why = (counts: Readonly<Partial<Record<MisfitKey, number>>>): MisfitCount[] =>
      Object.entries(counts).map(([key, n]) => ({ key, municipalities: n ?? 0 }));
    return {
      roundId: id,
      placeReachKm: check.tieReach.placeKm,
      familyReachKm: check.tieReach.familyKm,
      unhonourableTies: check.unhonourableTies.map((t) => ({
        household: household(t.household),
        unit: t.households.map(household),
        kind: t.kind,
        tiePlace: municipality(t.tiePlace),
        reachKm: t.reachKm,
        known: t.known,
        withinReach: t.withinReach.map(municipality),
        why: why(t.why),
        honourWith: t.honourWith.map((c) => ({
          municipality: municipality(c.municipality),
          persons: c.add.persons ?? 0, homes1to2: c.add.homes_1_2 ?? 0, homes3to4: c.add.homes_3_4 ?? 0, homes5plus: c.add.homes_5_plus ?? 0,
        })),
      })),
      withoutFit: check.withoutFit.map((u) => ({ unit: u.households.map(household), why: why(u.why) })),
      bands: check.bands.map((b) => ({ ...b })),
      personPlacesAvailable: check.personPlaces.available,
      personPlacesNeeded: check.personPlaces.needed,
      pinnedUnits: check.pinnedUnits,
    };
  }

  /** The options a run started now would record: the round's policy, pins, forbidden pairs and capacity rows. */
  private async nextRunOptions(round: RoundEntity, anchorRunId: string | null): Promise<RunOptions> {
    const [capacities, pins, forbidden] = await Promise.all([this.rounds.capacities(round.id), this.rounds.pins(round.id), this.rounds.forbidden(round.id)]);
    // responseDays is read at publication, not by a run: it stays out of the run's options.
    const { responseDays: _publicationOnly, ...policy } = round.policy;
    return {
      policy,
      anchorRunId,
      pins: pins.map((p) => ({ householdId: p.householdId, municipalityCode: p.municipalityCode })),
      forbidden: forbidden.map((p) => ({ householdId: p.householdId, municipalityCode: p.municipalityCode })),
      capacities: capacities.map((c) => ({ municipalityCode: c.municipalityCode, persons: c.persons, homes1to2: c.homes1to2, homes3to4: c.homes3to4, homes5plus: c.homes5plus })),
    };
  }

  /**
   * Queues a run of the round as it stands now; returns at once. A run is anchored on the round's latest run
   * with an answer (stable re-runs: households stay where that run placed them unless moving gains more than the
   * policy's stability bonus), or on `anchorRunId` (a run of this round with an answer), or on none when `fresh`.
   */
  async run(id: string, viewer: Viewer, anchor: { anchorRunId?: string | null; fresh?: boolean | null } = {}): Promise<Run> {
    const round = await this.requireRound(id);
    if (round.status !== 'draft') throw new DomainError('CONFLICT', 'This round is published; create a new round to match again');
    const households = await this.rounds.countHouseholds(id);
    if (households === 0) throw DomainError.badInput([{ field: 'roundId', message: 'the round has no households' }]);
    // The run records the round's capacity rows as they are now: it scores with them, and a re-run reuses them.
    const current = await this.nextRunOptions(round, null);
    if (!current.capacities.some((c) => c.persons > 0)) throw DomainError.badInput([{ field: 'roundId', message: 'the round has no capacity' }]);
    const options: RunOptions = { ...current, anchorRunId: await this.anchorOf(id, anchor) };
    const run = await this.runs.createQueued(id, options, viewer.accountId, (runId) => auditEntry(viewer, 'run.start', runId, null, { roundId: id }));
    await this.jobs.enqueue(run.id);
    return toRun(run);
  }

  /** The run a new run is anchored on (see `run`). */
  private async anchorOf(roundId: string, anchor: { anchorRunId?: string | null; fresh?: boolean | null }): Promise<string | null> {
    if (anchor.fresh) {
      if (anchor.anchorRunId) throw DomainError.badInput([{ field: 'anchorRunId', message: 'cannot be given with fresh: true' }]);
      return null;
    }
    if (anchor.anchorRunId) {
      const run = isUuid(anchor.anchorRunId) ? await this.runs.findById(anchor.anchorRunId) : null;
      if (!run || run.roundId !== roundId) throw DomainError.badInput([{ field: 'anchorRunId', message: 'is not a run of this round' }]);
      if (!runHasAnswer(run)) throw DomainError.badInput([{ field: 'anchorRunId', message: `has no answer (${run.status})` }]);
      return run.id;
    }
    return (await this.runs.forRound(roundId)).filter(runHasAnswer).at(-1)?.id ?? null; // the latest (created last)
  }

  async rerun(runId: string, viewer: Viewer): Promise<Run> {
    const previous = await this.requireRun(runId);
    const round = await this.requireRound(previous.roundId);
    if (round.status !== 'draft') throw new DomainError('CONFLICT', 'This round is published; create a new round to match again');
    const run = await this.runs.createQueued(previous.roundId, previous.options, viewer.accountId, (id) => auditEntry(viewer, 'run.rerun', id, null, { roundId: previous.roundId, rerunOf: runId }));
    await this.jobs.enqueue(run.id);
    return toRun(run);
  }

  /** Cancels a queued or running run; CONFLICT when it has finished already. */
  async cancelRun(runId: string, viewer: Viewer): Promise<Run> {
    const run = await this.requireRun(runId);
    const cancelled = await this.jobs.cancel(run.id, auditEntry(viewer, 'run.cancel', run.id, { status: run.status }, { status: 'cancelled' }));
    if (!cancelled) {
      const now = await this.requireRun(runId);
      throw new DomainError('CONFLICT', `This run has finished already (${now.status}); only a queued or running run can be cancelled`);
    }
    return toRun(await this.requireRun(runId));
  }

  async getRun(id: string): Promise<Run> {
    return toRun(await this.requireRun(id));
  }

  async runsOf(roundId: string): Promise<Run[]> {
    return (await this.runsOfRounds([roundId])).get(roundId)!;
  }

  /** The policy of a round created without one (`DEFAULT_ROUND_POLICY`), as the API gives a round's policy. */
  defaultPolicy(): RoundPolicy {
    return toPolicyModel(DEFAULT_ROUND_POLICY);
  }

  /** The runs of several rounds in one query, oldest first, by round id. */
  async runsOfRounds(roundIds: readonly string[]): Promise<Map<string, Run[]>> {
    return groupBy(roundIds, await this.runs.forRounds(roundIds), (r) => r.roundId, toRun);
  }

  /** How many households each run has assignments for (0 for a run without an answer), by run id, in one query. */
  /** The case references of these households, by id (for the officer's list of moved households). */
  householdReferences(ids: readonly string[]): Promise<Map<string, string>> {
    return this.households.referencesOf(ids);
  }

  assignmentTotals(runIds: readonly string[]): Promise<Map<string, number>> {
    return this.runs.assignmentCounts(runIds);
  }

  /**
   * One page of a run's assignments for the officer's review, filtered and sorted (matching/rounds/review.ts): the
   * run's rows are read without their explanations, filtered and ordered, and only the page's explanations are read
   * and rendered. Each row carries the household's case reference, its queue position (the round's frozen queue),
   * the municipalities' names, and every reason, verdict and the outcome with the officer's text in `locale`.
   * BAD_USER_INPUT (moved) when `filter.moved` is given and the run has no comparison run (`comparedWith`).
   */
  async assignments(runId: string, filter: ReviewFilter, sort: AssignmentSort, page: Page, locale: Locale): Promise<Assignment[]> {
    const run = await this.requireRun(runId);
    const review = await this.review(run, filter);
    const ids = reviewOrder(review.rows, filter, review.context, sort).slice(page.offset, page.offset + page.limit).map((r) => r.household);
    if (ids.length === 0) return [];
    const [rows, households] = await Promise.all([
      this.runs.assignments(runId, { householdIds: ids }, { offset: 0, limit: ids.length }),
      this.households.findByIds(ids),
    ]);
    const byId = new Map(rows.map((r) => [r.householdId, r]));
    const references = new Map(households.map((h) => [h.id, h.reference]));
    const nameOf = (code: string): Promise<string> => this.statements.municipalityName(code);
    const say = async (ref: ReasonRef): Promise<Reason> => {
      const s = await this.statements.sayAs('officer', ref.code, { ...ref.params, ...ref.context }, locale);
      return { code: ref.code, params: ref.params, text: s.text, locale: s.locale };
    };
    return Promise.all(ids.map(async (id) => {
      const row = byId.get(id);
      if (!row) throw DomainError.notFound(`the assignment of household ${id} in run ${runId}`);
      const data = toAssignment(row);
      const previous = review.context.previous;
      return {
        ...data,
        reference: references.get(id) ?? id,
        position: review.context.position.get(id) ?? null,
        municipalityName: data.municipalityCode ? await nameOf(data.municipalityCode) : null,
        outcome: await say(data.outcome),
        previousMunicipalityCode: previous?.get(id) ?? null,
        moved: movedSince({ household: id, municipality: data.municipalityCode, fit: data.fit }, previous),
        criteria: await Promise.all(data.criteria.map(async (c) => ({ ...c, reasons: await Promise.all(c.reasons.map(say)) }))),
        alternatives: await Promise.all(data.alternatives.map(async (a) => ({ ...a, municipalityName: await nameOf(a.municipalityCode), verdict: await say(a.verdict) }))),
        preferred: await Promise.all(data.preferred.map(async (p) => ({
          ...p, municipalityName: await nameOf(p.municipalityCode), verdict: await say(p.verdict), filterReasons: await Promise.all(p.filterReasons.map(say)),
        }))),
        explanation: data.explanation,
        unplaced: await this.statements.sayAllAs('officer', data.unplaced, locale),
        othersFirst: await this.statements.sayAll(data.othersFirst, locale),
      };
    }));
  }

  /**
   * A run's placements as CSV, what an officer hands to a case system (issue 13): one row per household of the round,
   * in queue order, with its case reference, queue position, whether and where it is placed (CBS code and name), its
   * fit there (0–1, three decimals), whether it has a hard tie, whether an officer pinned it or forbade a pair for it,
   * and whether it moved since the comparison run (empty when there is none). Only the case reference identifies a
   * household: no names. Audited as `run.export` with the number of rows. NOT_FOUND for an unknown run;
   * BAD_USER_INPUT (runId) for a run without an answer.
   */
  async exportPlacements(runId: string, viewer: Viewer): Promise<CsvFile> {
    const run = await this.requireRun(runId);
    if (!runHasAnswer(run)) throw DomainError.badInput([{ field: 'runId', message: 'this run has no answer to export' }]);
    const compared = await this.comparedWith(run);
    const data = await this.reviewDataOf(run, compared);
    const context: ReviewContext = { position: data.position, previous: data.previous, override: data.override, hardTie: await data.hardTie() };
    const rows = reviewOrder(data.rows, {}, context, 'queue');
    const references = await this.households.referencesOf(rows.map((r) => r.household));
    const body = await Promise.all(rows.map(async (r) => [
      references.get(r.household) ?? r.household,
      context.position.get(r.household) ?? null,
      r.municipality !== null,
      r.municipality,
      r.municipality === null ? null : await this.statements.municipalityName(r.municipality),
      r.fit === null ? null : Math.round(r.fit * 1000) / 1000,
      context.hardTie.has(r.household),
      context.override.has(r.household),
      movedSince(r, context.previous),
    ]));
    const content = toCsv(PLACEMENT_COLUMNS, body);
    await this.audit.append(auditEntry(viewer, 'run.export', run.id, null, { roundId: run.roundId, rows: body.length }));
    return { filename: `placements-run-${run.id.slice(0, 8)}.csv`, contentType: CSV_CONTENT_TYPE, rows: body.length, content };
  }

  /** How many of a run's assignments the filter keeps (the total the pages of `assignments` add up to). */
  async assignmentCount(runId: string, filter: ReviewFilter): Promise<number> {
    const run = await this.requireRun(runId);
    const review = await this.review(run, filter);
    return reviewOrder(review.rows, filter, review.context, 'queue').length;
  }

  /**
   * The run the review's "moved" compares with: the run this one is anchored on, else the latest run of the same
   * round with an answer created before this one; null when there is none.
   */
  async comparedWith(run: RunEntity): Promise<string | null> {
    if (run.options.anchorRunId) return run.options.anchorRunId;
    const earlier = (await this.runs.forRound(run.roundId)).filter((r) => r.id !== run.id && r.createdAt <= run.createdAt && runHasAnswer(r));
    return earlier.at(-1)?.id ?? null;
  }

  /** Public form of `comparedWith` for the `Run.comparedWithRunId` field. */
  async comparedWithRunId(runId: string): Promise<string | null> {
    return this.comparedWith(await this.requireRun(runId));
  }

  /**
   * The run's rows (no explanations) and what the filters and sorts read (review.ts `ReviewContext`). A run with an
   * answer never changes (its assignments are written once, the round's queue and snapshot are frozen at creation,
   * its options with it), so what a review reads of it is kept for the next page (`reviewData`), per comparison run:
   * the comparison can change while an earlier run of the round is still unfinished.
   */
  private async review(run: RunEntity, filter: ReviewFilter): Promise<{ rows: readonly ReviewRow[]; context: ReviewContext }> {
    const compared = await this.comparedWith(run);
    if (filter.moved != null && !compared) throw DomainError.badInput([{ field: 'moved', message: 'this run has no earlier run of its round to compare with (no anchor, no earlier run with an answer)' }]);
    const data = await this.reviewDataOf(run, compared);
    return {
      rows: data.rows,
      context: { position: data.position, previous: data.previous, override: data.override, hardTie: filter.hardTie != null ? await data.hardTie() : new Set() },
    };
  }

  /** `ReviewData` of a run against comparison run `compared`: from the cache when the run has an answer, else read. */
  private reviewDataOf(run: RunEntity, compared: string | null): Promise<ReviewData> {
    if (!runHasAnswer(run) || !this.reviewCacheEnabled) return this.loadReviewData(run, compared);
    const key = `${run.id} ${compared ?? '-'}`;
    const cached = this.reviewData.get(key);
    if (cached) return cached;
    // the promise is kept, so concurrent pages share one read; a failed read is not kept
    const loading = this.loadReviewData(run, compared);
    this.reviewData.set(key, loading);
    loading.catch(() => this.reviewData.delete(key));
    return loading;
  }

  private async loadReviewData(run: RunEntity, compared: string | null): Promise<ReviewData> {
    const [rows, queue, previous] = await Promise.all([
      this.runs.placementsWithFit(run.id),
      this.rounds.householdIds(run.roundId),
      compared ? this.runs.placements(compared) : Promise.resolve(null),
    ]);
    let hardTie: Promise<ReadonlySet<string>> | null = null;
    return {
      rows,
      position: new Map(queue.map((q) => [q.householdId, q.queuePosition])),
      previous,
      override: new Set([...run.options.pins, ...run.options.forbidden].map((p) => p.householdId)),
      // the round's snapshot is large: read once, and only when a review filters by hard tie
      hardTie: () => (hardTie ??= this.rounds.snapshot(run.roundId).then((snapshot) => (snapshot ? hardTieHouseholds(snapshot.households) : new Set<string>()))),
    };
  }

  /**
   * What moved from run `a` to run `b` and why (matching/rounds/compare.ts): each moved household with its fit
   * change and cause, from the two runs' placements and what changed in their options (pins, forbidden pairs,
   * capacity rows, weights, priority weight).
   */
  async compare(a: string, b: string): Promise<RunComparison> {
    const [runA, runB] = await Promise.all([this.requireRun(a), this.requireRun(b)]);
    if (!runHasAnswer(runA) || !runHasAnswer(runB)) throw DomainError.badInput([{ field: 'runs', message: 'both runs must have an answer (succeeded, or timed out with its best answer)' }]);
    const [placedA, placedB] = await Promise.all([this.runs.placementsWithFit(a), this.runs.placementsWithFit(b)]);
    const comparison = compareRuns(placedA, placedB, runChanges(runA.options, runB.options));
    return {
      a: toRun(runA),
      b: toRun(runB),
      moved: comparison.moved.map((m) => ({ householdId: m.household, from: m.from, to: m.to, fitChange: m.fitChange, cause: m.cause })),
      unchanged: comparison.unchanged,
      byCause: MOVE_CAUSES.map((cause) => ({ cause, households: comparison.byCause[cause] })),
    };
  }

  private async requireRun(id: string): Promise<RunEntity> {
    const run = isUuid(id) ? await this.runs.findById(id) : null;
    if (!run) throw DomainError.notFound(`run ${id}`);
    return run;
  }

  private async requireRound(id: string): Promise<RoundEntity> {
    const round = isUuid(id) ? await this.rounds.findById(id) : null;
    if (!round) throw DomainError.notFound(`round ${id}`);
    return round;
  }

  private async requireCohortMember(id: string, householdId: string): Promise<void> {
    await this.requireRound(id);
    const members = await this.rounds.householdIds(id);
    if (!members.some((m) => m.householdId === householdId)) {
      throw DomainError.badInput([{ field: 'householdId', message: 'is not in this round’s cohort' }]);
    }
  }

  /** CONFLICT naming both sides of a pin on a forbidden pair, or a forbid on a pinned pair, and how to go on. */
  private async pairConflict(householdId: string, code: string, existing: 'pinned' | 'forbidden'): Promise<DomainError> {
    const [household] = await this.households.findByIds([householdId]);
    const municipality = await this.municipalities.findByCode(code);
    const who = `household ${household?.reference ?? householdId}`;
    const where = `${municipality?.name ?? code} (${code})`;
    return new DomainError(
      'CONFLICT',
      existing === 'forbidden'
        ? `${who} may not go to ${where} in this round (a forbidden pair); allow the pair first, then pin`
        : `${who} is pinned to ${where} in this round; unpin it first, then forbid the pair`,
    );
  }

  /** A draft change that was refused (false): NOT_FOUND when the round does not exist, else CONFLICT (it is published). */
  private async requireDraft(id: string, change: Promise<boolean>): Promise<void> {
    if (await change) return;
    await this.requireRound(id);
    throw new DomainError('CONFLICT', 'This round is published and can no longer change');
  }

}

/** A stored policy as the API gives it: every criterion weight present. */
function toPolicyModel(policy: StoredPolicy): RoundPolicy {
  return { ...policy, weights: { ...DEFAULT_POLICY_WEIGHTS, ...policy.weights } };
}

/** A round as the API gives it, with its sizes (`RoundRepository.sizes`). */
function toRoundModel(round: RoundEntity, sizes: { readonly households: number; readonly municipalities: number }): Round {
  return {
    id: round.id,
    name: round.name,
    period: round.period,
    status: round.status,
    policy: toPolicyModel(round.policy),
    cohortSelection: round.cohortSelection,
    profileVersions: round.profileVersions,
    householdCount: sizes.households,
    municipalityCount: sizes.municipalities,
    publishedRunId: round.publishedRunId,
    createdAt: round.createdAt,
  };
}

function mergePolicy(base: StoredPolicy, input: RoundPolicyInput | undefined): StoredPolicy {
  if (!input) return base;
  const weights = { ...base.weights };
  for (const [criterion, value] of Object.entries(input.weights ?? {})) if (value != null) weights[criterion as keyof typeof weights] = value;
  return {
    weights,
    maxOptions: input.maxOptions ?? base.maxOptions,
    placementValue: input.placementValue ?? base.placementValue,
    keepLinkedTogether: input.keepLinkedTogether ?? base.keepLinkedTogether,
    alternatives: input.alternatives ?? base.alternatives,
    solver: input.solver ?? base.solver,
    timeLimitSeconds: input.timeLimitSeconds ?? base.timeLimitSeconds,
    seed: input.seed ?? base.seed,
    priorityWeight: input.priorityWeight ?? base.priorityWeight,
    tieReach: {
      placeKm: input.tieReach?.placeKm ?? base.tieReach.placeKm,
      familyKm: input.tieReach?.familyKm ?? base.tieReach.familyKm,
    },
    stabilityBonus: input.stabilityBonus ?? base.stabilityBonus,
    responseDays: input.responseDays ?? base.responseDays,
  };
}


/** What changed between two runs' options, as `compareRuns` reads it. */
export function runChanges(a: RunOptions, b: RunOptions): RunChanges {
  const pinOf = new Map(a.pins.map((p) => [p.householdId, p.municipalityCode]));
  const forbiddenBefore = new Set(a.forbidden.map((p) => `${p.householdId} ${p.municipalityCode}`));
  const capacityBefore = new Map(a.capacities.map((c) => [c.municipalityCode, c]));
  const capacityAfter = new Map(b.capacities.map((c) => [c.municipalityCode, c]));
  const same = (x: MunicipalityCapacityFigures | undefined, y: MunicipalityCapacityFigures | undefined): boolean =>
    !!x && !!y && x.persons === y.persons && x.homes1to2 === y.homes1to2 && x.homes3to4 === y.homes3to4 && x.homes5plus === y.homes5plus;
  const weights = (o: RunOptions) => JSON.stringify(Object.entries(o.policy.weights).sort(([x], [y]) => (x < y ? -1 : 1)));
  return {
    pins: b.pins.filter((p) => pinOf.get(p.householdId) !== p.municipalityCode).map((p) => ({ household: p.householdId, municipality: p.municipalityCode })),
    forbidden: b.forbidden.filter((p) => !forbiddenBefore.has(`${p.householdId} ${p.municipalityCode}`)).map((p) => ({ household: p.householdId, municipality: p.municipalityCode })),
    capacity: [...new Set([...capacityBefore.keys(), ...capacityAfter.keys()])].filter((code) => !same(capacityBefore.get(code), capacityAfter.get(code))).sort(),
    weights: weights(a) !== weights(b),
    priorityWeight: a.policy.priorityWeight !== b.policy.priorityWeight,
  };
}
