import { Injectable } from '@nestjs/common';
import type { RunStage, SolveStatus } from '#matching/vocabulary/runs.js';
import { DataSource, In, LessThanOrEqual, type Repository } from 'typeorm';
import { RunAssignmentEntity, RunEntity, type RunOptions, type RunPrices, type RunTimings, type StableRerun } from '../entities/round.entity.js';
import type { PriorityCost } from '#matching/rounds/run-matching.js';
import type { BandHonour } from '#matching/rounds/queue-honour.js';
import type { FairnessReport } from '#matching/rounds/fairness.js';
import type { RoundFigures } from '#matching/rounds/figures.js';
import type { FillRow } from '#matching/rounds/run-matching.js';
import { AuditEventEntity } from '../entities/audit-event.entity.js';
import { chunkedInsert } from './chunked-insert.js';
import { auditRow, type AuditEntry } from './audit.repository.js';
import { UNFINISHED_RUN_STATUSES } from '#matching/vocabulary/lifecycle.js';

/** What a run stores when it ends with an answer: its outcome, results and every household's assignment. */
export interface RunCompletion {
  readonly solver: string;
  readonly solverVersion: string;
  readonly matchingVersion: string;
  readonly inputHash: string;
  readonly solveStatus: SolveStatus;
  readonly objective: number;
  readonly bound: number;
  readonly gap: number | null;
  readonly message: string | null;
  readonly timings: RunTimings;
  readonly figures: RoundFigures;
  readonly statusQuo: RoundFigures;
  readonly fairness: FairnessReport;
  readonly fill: readonly FillRow[];
  readonly prices: RunPrices;
  readonly priorityCost: PriorityCost | null;
  readonly queueHonour: readonly BandHonour[];
  readonly stableRerun: StableRerun | null;
  readonly assignments: readonly Pick<RunAssignmentEntity, 'householdId' | 'municipalityCode' | 'fit' | 'explanation'>[];
}

/**
 * A run that this process just ended (`RunRepository.onEnded`), for metrics: its final status, its times and, for a
 * run with an answer, its solver and relative optimality gap (null when the solver certified none). No household data.
 */
export interface RunEnded {
  readonly runId: string;
  readonly status: 'succeeded' | 'timed_out' | 'failed' | 'cancelled';
  readonly createdAt: Date;
  /** When the run left the queue; null for a run cancelled or failed while queued. */
  readonly startedAt: Date | null;
  readonly finishedAt: Date;
  /** The solver that answered (a `SOLVER_NAMES` entry); null without an answer. */
  readonly solver: string | null;
  /** (bound − objective) / |bound| of the stored answer, 0..1; null without an answer or a certified bound. */
  readonly gap: number | null;
}

/** Told of each run this process ends; must not throw (what it throws is ignored) and should not be slow. */
export type RunEndedListener = (ended: RunEnded) => void;

@Injectable()
export class RunRepository {
  private readonly runs: Repository<RunEntity>;
  private readonly endedListeners = new Set<RunEndedListener>();

  constructor(private readonly dataSource: DataSource) {
    this.runs = dataSource.getRepository(RunEntity);
  }

  /**
   * Calls `listener` after each run that this process completes, ends or cancels (`complete`, `end`, `fail`,
   * `cancel`; not runs `failInterrupted` marks at start, which another process ran), once the change is committed.
   * One primary-key read per ended run while any listener is registered. Returns the function that unregisters it.
   */
  onEnded(listener: RunEndedListener): () => void {
    this.endedListeners.add(listener);
    return () => void this.endedListeners.delete(listener);
  }

  /** Reads the ended run and tells every listener; a failed read or a throwing listener is ignored. */
  private async announceEnded(id: string): Promise<void> {
    if (!this.endedListeners.size) return;
    const run = await this.runs
      .findOne({ where: { id }, select: { id: true, status: true, createdAt: true, startedAt: true, finishedAt: true, solver: true, gap: true } })
      .catch(() => null);
    if (!run || run.status === 'queued' || run.status === 'running') return;
    const ended: RunEnded = {
      runId: run.id,
      status: run.status,
      createdAt: run.createdAt,
      startedAt: run.startedAt ?? null,
      finishedAt: run.finishedAt ?? new Date(),
      solver: run.solver ?? null,
      gap: run.gap ?? null,
    };
    for (const listener of this.endedListeners) {
      try {
        listener(ended);
      } catch {
        // a listener's fault must not fail the run's write path
      }
    }
  }

  /** Runs queued and running now, counted in the database (every process's, whichever queue runs them). */
  async countUnfinished(): Promise<{ queued: number; running: number }> {
    const rows: { status: string; count: string }[] = await this.runs
      .createQueryBuilder('run')
      .select('run.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where({ status: In([...UNFINISHED_RUN_STATUSES]) })
      .groupBy('run.status')
      .getRawMany();
    const count = (status: string) => Number(rows.find((r) => r.status === status)?.count ?? 0);
    return { queued: count('queued'), running: count('running') };
  }

  createQueued(roundId: string, options: RunOptions, createdBy: string | null, audit: (runId: string) => AuditEntry): Promise<RunEntity> {
    return this.dataSource.transaction(async (manager) => {
      const run = await manager.getRepository(RunEntity).save(manager.getRepository(RunEntity).create({ roundId, options, createdBy, status: 'queued', progress: 0 }));
      await manager.getRepository(AuditEventEntity).insert(auditRow(audit(run.id)));
      return run;
    });
  }

  /**
   * Starts a queued run (status running, progress reset); with `resume`, also (re)starts one left running by a
   * worker that stopped. Returns the attempt this execution holds (`RunEntity.attempt`: 1 for the first execution,
   * one more for each resume), which its later writes name; null when the run is no longer to be done (cancelled,
   * finished).
   */
  async markRunning(id: string, resume = false): Promise<number | null> {
    const result = await this.runs
      .createQueryBuilder()
      .update()
      .set({ status: 'running', startedAt: new Date(), progress: 0.01, stage: 'starting', attempt: () => 'attempt + 1' })
      .where({ id, status: In(resume ? [...UNFINISHED_RUN_STATUSES] : ['queued']) })
      .returning(['attempt'])
      .execute();
    const rows: readonly { attempt: number }[] = result.raw;
    return rows[0]?.attempt ?? null;
  }

  /**
   * A running run goes back to queued (a worker shutting down hands it back to the job queue); false when it was not
   * running or a later attempt than `attempt` holds it.
   */
  async requeue(id: string, attempt: number): Promise<boolean> {
    const updated = await this.runs.update({ id, status: 'running', attempt }, { status: 'queued', startedAt: null, progress: 0, stage: null });
    return (updated.affected ?? 0) > 0;
  }

  /** Queued and running runs, oldest first: the job queue checks each has a live job. */
  async unfinished(): Promise<Pick<RunEntity, 'id' | 'status'>[]> {
    return this.runs.find({ select: { id: true, status: true }, where: { status: In([...UNFINISHED_RUN_STATUSES]) }, order: { createdAt: 'ASC' } });
  }

  /**
   * Records a running run's progress (a fraction 0–1, clamped) and stage. Progress never goes back: a report lower
   * than the stored progress changes nothing, so reports that reach the database out of order (two connections of a
   * pool) cannot show subscribers a run going backwards. Returns whether the row changed hands to this report
   * (false when the run is no longer running, already further, or held by a later attempt than `attempt`).
   */
  async reportProgress(id: string, attempt: number, progress: number, stage: RunStage): Promise<boolean> {
    const fraction = Math.min(1, Math.max(0, progress));
    const updated = await this.runs.update({ id, status: 'running', attempt, progress: LessThanOrEqual(fraction) }, { progress: fraction, stage });
    return (updated.affected ?? 0) > 0;
  }

  /**
   * Stores the outcome and every assignment in one transaction: a run is either complete or has none.
   * `status` is `succeeded`, or `timed_out` when the solver hit its time limit and returned its best checked
   * answer. Returns false (and stores nothing) when the run is no longer running, e.g. cancelled meanwhile, or when
   * a later attempt than `attempt` holds it.
   */
  async complete(id: string, attempt: number, status: 'succeeded' | 'timed_out', completion: RunCompletion): Promise<boolean> {
    const stored = await this.dataSource.transaction(async (manager) => {
      const { assignments, ...fields } = completion;
      const updated = await manager.getRepository(RunEntity).update(
        { id, status: 'running', attempt },
        { ...fields, status, progress: 1, stage: 'done', finishedAt: new Date() },
      );
      if (!updated.affected) return false;
      await chunkedInsert(manager, RunAssignmentEntity, assignments.map((a) => ({ ...a, runId: id })));
      return true;
    });
    if (stored) await this.announceEnded(id);
    return stored;
  }

  /**
   * Ends an unfinished run without an answer: `failed`, `cancelled`, or `timed_out` (stopped by the watchdog).
   * With `attempt` (an execution ending its own run): only while that attempt holds the run and it is running.
   * Returns false when nothing changed.
   */
  async end(id: string, status: 'failed' | 'cancelled' | 'timed_out', message: string, attempt?: number): Promise<boolean> {
    const held = attempt === undefined ? { status: In([...UNFINISHED_RUN_STATUSES]) } : { status: 'running' as const, attempt };
    const updated = await this.runs.update({ id, ...held }, { status, message, finishedAt: new Date() });
    const ended = (updated.affected ?? 0) > 0;
    if (ended) await this.announceEnded(id);
    return ended;
  }

  /** `end(id, 'failed', message, attempt)`. */
  async fail(id: string, message: string, attempt?: number): Promise<void> {
    await this.end(id, 'failed', message, attempt);
  }

  /** An officer cancels a queued or running run, with an audit event; false when it had finished already. */
  async cancel(id: string, audit: AuditEntry): Promise<boolean> {
    const cancelled = await this.dataSource.transaction(async (manager) => {
      const updated = await manager.getRepository(RunEntity).update(
        { id, status: In([...UNFINISHED_RUN_STATUSES]) },
        { status: 'cancelled', message: 'cancelled by a placement officer', finishedAt: new Date() },
      );
      if (!updated.affected) return false;
      await manager.getRepository(AuditEventEntity).insert(auditRow(audit));
      return true;
    });
    if (cancelled) await this.announceEnded(id);
    return cancelled;
  }

  /**
   * Runs left queued or running by a process that stopped: they can never finish, so mark them failed, in one
   * statement. Returns their ids.
   */
  async failInterrupted(): Promise<string[]> {
    const result = await this.runs
      .createQueryBuilder()
      .update()
      .set({ status: 'failed', message: 'interrupted: the service restarted before the run finished; run it again', finishedAt: new Date() })
      .where({ status: In([...UNFINISHED_RUN_STATUSES]) })
      .returning(['id'])
      .execute();
    const rows: readonly { id: string }[] = result.raw;
    return rows.map((r) => r.id);
  }

  findById(id: string): Promise<RunEntity | null> {
    return this.runs.findOneBy({ id });
  }

  forRound(roundId: string): Promise<RunEntity[]> {
    return this.forRounds([roundId]);
  }

  /** The runs of several rounds in one query, oldest first. */
  forRounds(roundIds: readonly string[]): Promise<RunEntity[]> {
    return this.runs.find({ where: { roundId: In([...roundIds]) }, order: { createdAt: 'ASC' } });
  }

  assignments(runId: string, filter: { municipalityCode?: string; householdIds?: readonly string[] }, page: { offset: number; limit: number }): Promise<RunAssignmentEntity[]> {
    const query = this.dataSource.getRepository(RunAssignmentEntity).createQueryBuilder('a').where('a.run_id = :runId', { runId });
    if (filter.municipalityCode) query.andWhere('a.municipality_code = :m', { m: filter.municipalityCode });
    if (filter.householdIds) query.andWhere('a.household_id IN (:...ids)', { ids: filter.householdIds.length ? [...filter.householdIds] : [null] });
    return query.orderBy('a.household_id', 'ASC').offset(page.offset).limit(page.limit).getMany();
  }

  /** The number of assignment rows (households) of each run, by run id; runs without rows are absent. One query. */
  async assignmentCounts(runIds: readonly string[]): Promise<Map<string, number>> {
    if (runIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(RunAssignmentEntity)
      .createQueryBuilder('a')
      .select('a.run_id', 'runId')
      .addSelect('COUNT(*)', 'n')
      .where('a.run_id IN (:...ids)', { ids: [...runIds] })
      .groupBy('a.run_id')
      .getRawMany<{ runId: string; n: string | number }>();
    return new Map(rows.map((r) => [r.runId, Number(r.n)]));
  }

  /** Every household of a run with its municipality (null = not placed) and fit, by household id. */
  async placementsWithFit(runId: string): Promise<{ household: string; municipality: string | null; fit: number | null }[]> {
    const rows = await this.dataSource
      .getRepository(RunAssignmentEntity)
      .find({ where: { runId }, select: { householdId: true, municipalityCode: true, fit: true }, order: { householdId: 'ASC' } });
    return rows.map((r) => ({ household: r.householdId, municipality: r.municipalityCode, fit: r.fit }));
  }

  /** Placement per household of a run (null = not placed), without fits or explanations (for comparisons). */
  async placements(runId: string): Promise<Map<string, string | null>> {
    const rows = await this.dataSource
      .getRepository(RunAssignmentEntity)
      .find({ where: { runId }, select: { householdId: true, municipalityCode: true } });
    return new Map(rows.map((r) => [r.householdId, r.municipalityCode]));
  }
}
