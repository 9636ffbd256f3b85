import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { RunStage, SolveStatus } from '#matching/vocabulary/runs.js';
import type { Relation } from 'typeorm';
import { HouseholdEntity } from './household.entity.js';
import { MunicipalityEntity } from './municipality.entity.js';
import { sqlList } from './sql-list.js';
import { versionedJson } from './versioned-json.js';
import { CAPACITY_FIGURES_NONNEGATIVE, withCapacityFigures } from './capacity-figures.js';
import { RUN_STATUSES, type RunStatus } from '#matching/vocabulary/lifecycle.js';
import type { MatchingSnapshot } from '#matching/model/types.js';
import type { HouseholdExplanation } from '#matching/explain/types.js';
import type { FairnessReport } from '#matching/rounds/fairness.js';
import type { RoundFigures } from '#matching/rounds/figures.js';
import type { FillRow, PriorityCost, RoundOutput } from '#matching/rounds/run-matching.js';
import type { BandHonour } from '#matching/rounds/queue-honour.js';
export { RUN_STATUSES, type RunStatus } from '#matching/vocabulary/lifecycle.js';
import { URGENCIES, type Urgency } from '#matching/vocabulary/urgency.js';

import type { RoundStatus, SolverChoice } from '#matching/vocabulary/runs.js';
export { ROUND_STATUSES, type RoundStatus } from '#matching/vocabulary/runs.js';

/** Options that shape a run; stored on the round (editable until published) and copied onto each run. */
export interface RoundPolicy {
  weights: Partial<Record<'labour' | 'setting' | 'network' | 'services' | 'ties' | 'priorities', number>>;
  maxOptions: number;
  placementValue: number;
  keepLinkedTogether: boolean;
  alternatives: number;
  solver: SolverChoice;
  timeLimitSeconds: number;
  seed: number;
  /** The round's trade-off parameter of the priority rule (MatchingPolicy.priorityWeight; 0 = fit only). */
  priorityWeight: number;
  /** How far verified hard ties reach, km (MatchingPolicy.tieReach). */
  tieReach: { placeKm: number; familyKm: number };
  /** Stable re-runs: score per household kept where the anchor run placed it (MatchingPolicy.stabilityBonus). */
  stabilityBonus: number;
  /**
   * Days the municipality and the newcomer have to answer a proposal, counted from the day of publication
   * (`responseDeadline`; default DEFAULT_RESPONSE_DAYS = 14, range RESPONSE_DAYS_RANGE). Not an input of a run:
   * it is read when the round is published (round.policy version 3).
   */
  responseDays: number;
}

/** The part of the round policy a run uses and records (`run.options`): everything but what publication reads. */
export type RunPolicy = Omit<RoundPolicy, 'responseDays'>;

/** One municipality's capacity in a round: persons and homes per size band (round_capacity's figures). */
export interface MunicipalityCapacityFigures {
  readonly municipalityCode: string;
  readonly persons: number;
  readonly homes1to2: number;
  readonly homes3to4: number;
  readonly homes5plus: number;
}

/** An officer's pin (the household goes there) or forbidden pair (it may not go there). */
export interface HouseholdMunicipalityPair {
  readonly householdId: string;
  readonly municipalityCode: string;
}

/**
 * What a run was started with, stored on the run (`run.options`, versioned): the round's policy, pins, forbidden
 * pairs and capacity rows as they were at that moment. The run scores its round's snapshot with exactly these
 * capacities (`withCapacities`), and a re-run reuses them, so it reproduces the run even after the round's
 * capacity was edited. The round's capacity rows stay the one place capacity is set; this is the run's record.
 */
export interface RunOptions {
  readonly policy: RunPolicy;
  /**
   * The run this one is anchored on for stable re-runs (its placements earn `policy.stabilityBonus`), or null.
   * Runs have immutable answers, so the id is enough to reproduce the anchor; it is part of the input hash.
   */
  readonly anchorRunId: string | null;
  readonly pins: readonly HouseholdMunicipalityPair[];
  readonly forbidden: readonly HouseholdMunicipalityPair[];
  readonly capacities: readonly MunicipalityCapacityFigures[];
}

/** Anchored runs: how many units had an anchor placement and which answer was kept (RoundOutput.stableRerun). */
export type StableRerun = NonNullable<RoundOutput['stableRerun']>;

/** Milliseconds per stage of a run (scoring, solving, explaining, in all). */
export type RunTimings = RoundOutput['timings'];

/** Lagrangian prices per municipality and resource, as the solver returned them. */
export type RunPrices = RoundOutput['prices'];

/** The published profile version (municipality_profile.version, from 1) a round used, by municipality CBS code. */
export type ProfileVersions = Record<string, number>;

/** The filters that chose a round's households (all optional; dates ISO `YYYY-MM-DD`, inclusive). */
export interface CohortSelection {
  householdIds?: string[];
  permitDateFrom?: string;
  permitDateTo?: string;
  receptionLocation?: string;
  limit?: number;
}

@Entity('round')
@Check('round_status_valid', `"status" IN ('draft', 'published')`)
@Check('round_period_format', `"period" ~ '^[0-9]{4}-H[12]$'`)
export class RoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: RoundStatus;

  /** The run options officers set (versioned). */
  @Column({ type: 'jsonb', transformer: versionedJson<RoundPolicy>('round.policy') })
  policy: RoundPolicy;

  /** Which households the round took in (versioned). */
  @Column({ name: 'cohort_selection', type: 'jsonb', transformer: versionedJson<CohortSelection>('round.cohort_selection') })
  cohortSelection: CohortSelection;

  /** Profile version of each participating municipality used by this round, by CBS code (versioned). */
  @Column({ name: 'profile_versions', type: 'jsonb', transformer: versionedJson<ProfileVersions>('round.profile_versions') })
  profileVersions: ProfileVersions;

  @Column({ name: 'published_run_id', type: 'uuid', nullable: true })
  publishedRunId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The scoring-safe model frozen when the round was created, without capacity (MatchingSnapshot): later edits of
 * households or profiles never change a run. Capacity comes from the round's capacity rows, via each run's options.
 */
@Entity('round_snapshot')
export class RoundSnapshotEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @OneToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<RoundEntity>;

  /** Households without protected traits, and municipalities without capacity (versioned). */
  @Column({ type: 'jsonb', transformer: versionedJson<MatchingSnapshot>('round_snapshot.model') })
  model: MatchingSnapshot;
}

/** What every per-round table shares: the round's id (part of the key), deleted with the round. */
abstract class RoundPart {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<RoundEntity>;
}

/** A per-round table that names a municipality (its `municipality_code` column is declared by the table). */
abstract class RoundMunicipalityPart extends RoundPart {
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Relation<MunicipalityEntity>;
}

@Entity('round_household')
@Check('round_household_urgency_valid', `"urgency" IN (${sqlList(URGENCIES)})`)
export class RoundHouseholdEntity extends RoundPart {
  @PrimaryColumn({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @ManyToOne(() => HouseholdEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id' })
  household?: Relation<HouseholdEntity>;

  /** Position in the queue when the round was created (1 = first). */
  @Column({ name: 'queue_position', type: 'integer' })
  queuePosition: number;

  /** The household's urgency when the round was created (what the priority rule read). */
  @Column({ type: 'varchar', length: 8 })
  urgency: Urgency;

  /** The household's permit date when the round was created (what the priority rule read). */
  @Column({ name: 'permit_date', type: 'date' })
  permitDate: string;
}

/**
 * Capacity available to this round, the one source of a round's capacity: the period's free capacity when the
 * round was created, editable (`setRoundCapacity`) while it is a draft. Each run copies the rows into its options.
 */
@Entity('round_capacity')
@Check('round_capacity_nonnegative', CAPACITY_FIGURES_NONNEGATIVE)
export class RoundCapacityEntity extends withCapacityFigures(RoundMunicipalityPart) {
  @PrimaryColumn({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode: string;
}

/** An officer's pin: the household is placed in this municipality in this round's runs. */
@Entity('round_pin')
export class RoundPinEntity extends RoundMunicipalityPart {
  @PrimaryColumn({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode: string;
}

/** An officer's forbidden pair: the household is not placed in this municipality in this round's runs. */
@Entity('round_forbidden')
export class RoundForbiddenEntity extends RoundMunicipalityPart {
  @PrimaryColumn({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @PrimaryColumn({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode: string;
}


@Entity('run')
@Check('run_status_valid', `"status" IN (${sqlList(RUN_STATUSES)})`)
@Check('run_progress_range', `"progress" BETWEEN 0 AND 1`)
export class RunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('run_round_idx')
  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<RoundEntity>;

  @Column({ type: 'varchar', length: 12, default: 'queued' })
  status: RunStatus;

  @Column({ type: 'real', default: 0 })
  progress: number;

  @Column({ type: 'varchar', length: 20, nullable: true })
  stage: RunStage | null;

  /**
   * Which execution of the run holds it (a fencing token): 0 while queued and never started, 1 for the first
   * execution, one more each time a job queue hands the run to another worker (`RunRepository.markRunning`). The
   * executor's writes (progress, answer, end, hand-back) name the attempt they belong to and change nothing when a
   * later attempt holds the run, so a worker that lost its job (stalled, not dead) cannot overwrite the one that took it.
   */
  @Column({ type: 'integer', default: 0 })
  attempt: number;

  /** The round's policy, pins, forbidden pairs and capacity rows as they were when the run was started (versioned). */
  @Column({ type: 'jsonb', transformer: versionedJson<RunOptions>('run.options') })
  options: RunOptions;

  @Column({ type: 'varchar', length: 40, nullable: true })
  solver: string | null;

  @Column({ name: 'solver_version', type: 'varchar', length: 40, nullable: true })
  solverVersion: string | null;

  @Column({ name: 'matching_version', type: 'varchar', length: 20, nullable: true })
  matchingVersion: string | null;

  @Column({ name: 'input_hash', type: 'varchar', length: 64, nullable: true })
  inputHash: string | null;

  @Column({ name: 'solve_status', type: 'varchar', length: 12, nullable: true })
  solveStatus: SolveStatus | null;

  @Column({ type: 'double precision', nullable: true }) objective: number | null;
  @Column({ type: 'double precision', nullable: true }) bound: number | null;
  @Column({ type: 'double precision', nullable: true }) gap: number | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  // The run's results (versioned; null until it has an answer).
  @Column({ type: 'jsonb', nullable: true, transformer: versionedJson<RunTimings>('run.timings') }) timings: RunTimings | null;
  @Column({ type: 'jsonb', nullable: true, transformer: versionedJson<RoundFigures>('run.figures') }) figures: RoundFigures | null;
  @Column({ name: 'status_quo', type: 'jsonb', nullable: true, transformer: versionedJson<RoundFigures>('run.status_quo') }) statusQuo: RoundFigures | null;
  @Column({ type: 'jsonb', nullable: true, transformer: versionedJson<FairnessReport>('run.fairness') }) fairness: FairnessReport | null;
  @Column({ type: 'jsonb', nullable: true, transformer: versionedJson<readonly FillRow[]>('run.fill') }) fill: readonly FillRow[] | null;
  @Column({ type: 'jsonb', nullable: true, transformer: versionedJson<RunPrices>('run.prices') }) prices: RunPrices | null;
  /** The price of the priority rule (against a fit-only solve); null without an answer or at priority weight 0. */
  @Column({ name: 'priority_cost', type: 'jsonb', nullable: true, transformer: versionedJson<PriorityCost>('run.priority_cost') }) priorityCost: PriorityCost | null;
  /** Queue-honour figures per home band; null without an answer (and for runs made before they existed). */
  @Column({ name: 'queue_honour', type: 'jsonb', nullable: true, transformer: versionedJson<readonly BandHonour[]>('run.queue_honour') }) queueHonour: readonly BandHonour[] | null;
  /** Anchored runs: units with an anchor placement and which answer was kept; null otherwise. */
  @Column({ name: 'stable_rerun', type: 'jsonb', nullable: true, transformer: versionedJson<StableRerun>('run.stable_rerun') }) stableRerun: StableRerun | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

@Entity('run_assignment')
export class RunAssignmentEntity {
  @PrimaryColumn({ name: 'run_id', type: 'uuid' })
  runId: string;

  @PrimaryColumn({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @ManyToOne(() => RunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: Relation<RunEntity>;

  @Index('run_assignment_municipality_idx')
  @Column({ name: 'municipality_code', type: 'varchar', length: 6, nullable: true })
  municipalityCode: string | null;

  @Column({ type: 'double precision', nullable: true })
  fit: number | null;

  /** The explanation of the household's unit: codes and parameters, rendered per language on read (versioned). */
  @Column({ type: 'jsonb', transformer: versionedJson<HouseholdExplanation>('run_assignment.explanation') })
  explanation: HouseholdExplanation;
}

/** The entities of rounds and runs, in the order the data source registers them (entities/index.ts). */
export const ROUND_ENTITIES = [
  RoundEntity, RoundSnapshotEntity, RoundHouseholdEntity, RoundCapacityEntity, RoundPinEntity, RoundForbiddenEntity, RunEntity, RunAssignmentEntity,
];
