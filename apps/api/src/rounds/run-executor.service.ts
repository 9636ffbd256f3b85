import { Inject, Injectable, Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { RunRepository } from '#persistence/repositories/run.repository.js';
import { RoundRepository } from '#persistence/repositories/round.repository.js';
import { HouseholdRepository } from '#persistence/repositories/household.repository.js';
import type { RunEntity, RunOptions } from '#persistence/entities/round.entity.js';
import { withCapacities } from '#matching/model/project.js';
import type { MatchingModel, MatchingSnapshot } from '#matching/model/types.js';
import { runMatching, type ProgressListener, type QueueSlot, type RoundInput, type RoundOutput } from '#matching/rounds/run-matching.js';
import type { RunStage } from '#matching/vocabulary/runs.js';
import { DEFAULT_TIME_LIMIT_SECONDS } from '#matching/solver/solver.js';
import { ageBand, fairnessReport, mainApplicant, type FairnessRow } from '#matching/rounds/fairness.js';
import { homeBand } from '#matching/vocabulary/index.js';
import { APP_CONFIG, jobsConfig, type AppConfig } from '../config/app-config.js';
import { ProgressWriter } from './progress-writer.js';

export type { RunOptions } from '#persistence/entities/round.entity.js';

const WORKER_FILE = new URL('./run-worker.js', import.meta.url);

/** A started matching computation that can be stopped. */
export interface Computation {
  readonly result: Promise<RoundOutput>;
  /** Stops the computation (terminates its worker thread); in-process computations run on and are ignored. */
  stop(): Promise<void>;
}

type Ending =
  | { readonly kind: 'done'; readonly output: RoundOutput }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'superseded' }
  | { readonly kind: 'watchdog'; readonly seconds: number }
  | { readonly kind: 'interrupted' };

/** How one execution of a run ended, for the job queue: `handed_back` when `interrupt` stopped it unfinished. */
export type ExecutionResult = 'finished' | 'handed_back';

/** How a job queue has its runs executed (`RunExecutor.execute`). */
export interface ExecutionMode {
  /**
   * Also (re)start a run left `running` by a worker that stopped: a shared queue hands such a run to another
   * worker. False: only a `queued` run is started.
   */
  readonly resume: boolean;
  /**
   * What an execution stopped by shutdown (`interruptAll`) leaves of its run: `requeue` (queued again, for another
   * worker of a shared queue) or `fail` (failed, to be run again by an officer: nobody else would pick it up).
   */
  readonly interrupted: 'requeue' | 'fail';
}

/** What an interrupted run that is not handed on says to the officer. */
export const INTERRUPTED_MESSAGE = 'interrupted: the service stopped before the run finished; run it again';

/** A run executing in this process: how to cancel it (an officer) and how to interrupt it (shutdown). */
interface Execution {
  readonly runId: string;
  readonly cancel: () => void;
  readonly interrupt: () => void;
  readonly finished: Promise<void>;
}

/**
 * Executes one matching run in this process (the job queue, `RunJobs`, decides which and when): loads its data,
 * solves in a worker thread, and writes its results in one transaction when it ends. A run that was cancelled
 * meanwhile — here, or by an officer whose request reached another process — is stopped: its status is read from
 * the database every `jobs.cancelCheckMs`. A watchdog stops a run that outlives its solver time limit plus
 * `runs.graceSeconds` and marks it timed_out without an answer; a solver that stops at its limit returns its best
 * checked answer, stored as a timed_out run with an answer.
 */
@Injectable()
export class RunExecutor {
  private readonly logger = new Logger('Runs');
  private readonly executions = new Map<string, Execution>();

  constructor(
    private readonly runs: RunRepository,
    private readonly rounds: RoundRepository,
    private readonly households: HouseholdRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Stops a run executing in this process at once (its status was set to cancelled); false when it is not here. */
  stopCancelled(runId: string): boolean {
    const execution = this.executions.get(runId);
    execution?.cancel();
    return !!execution;
  }

  /** Ids of the runs executing in this process. */
  executing(): string[] {
    return [...this.executions.keys()];
  }

  /**
   * Stops every run executing here unfinished (shutdown after its grace period) and resolves when they have
   * stopped; `execute` then resolves 'handed_back' and stores nothing.
   */
  async interruptAll(): Promise<void> {
    const stopping = [...this.executions.values()];
    for (const execution of stopping) execution.interrupt();
    await Promise.all(stopping.map((e) => e.finished));
  }

  /** Resolves when no run executes in this process. */
  async settled(): Promise<void> {
    while (this.executions.size) await Promise.all([...this.executions.values()].map((e) => e.finished));
  }

  /**
   * Executes run `runId` if it is still to be done: `queued`, or also `running` with `mode.resume` (a job queue
   * hands a run whose worker stopped to another; the earlier attempt stored nothing, as results are written in one
   * transaction). Every write names this execution's attempt (`RunEntity.attempt`): when a later attempt takes the
   * run over (the cancel check sees it), this one stops and writes nothing more. Any error marks the run failed.
   * Resolves 'handed_back' when `interruptAll` stopped it (the run is then queued again or failed, `mode.interrupted`),
   * else 'finished' (stored, cancelled, taken over, stopped by the watchdog, failed, or nothing to do).
   */
  async execute(runId: string, mode: ExecutionMode): Promise<ExecutionResult> {
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    let stop!: (ending: Ending) => void;
    const stopped = new Promise<Ending>((resolve) => (stop = resolve));
    let ended: Ending | null = null;
    const end = (ending: Ending) => {
      ended ??= ending;
      stop(ending);
    };
    // Registered before the first await, so a cancel while the run's data loads is seen before any solving.
    const execution: Execution = { runId, cancel: () => end({ kind: 'cancelled' }), interrupt: () => end({ kind: 'interrupted' }), finished };
    this.executions.set(runId, execution);
    let attempt: number | null = null;
    try {
      const started = await this.start(runId, mode.resume);
      if (!started) return 'finished';
      attempt = started.attempt;
      return await this.executeOnce(started.run, attempt, mode, { stopped, ended: () => ended, end });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`run ${runId} failed: ${message.split('\n')[0]}`);
      await this.runs.fail(runId, `the run failed: ${message.split('\n')[0]}`, attempt ?? undefined).catch(() => undefined);
      return 'finished';
    } finally {
      if (this.executions.get(runId) === execution) this.executions.delete(runId);
      done();
    }
  }

  /** Marks the run running for this execution: the run as read and its attempt number, or null when there is nothing to do. */
  private async start(runId: string, resume: boolean): Promise<{ run: RunEntity; attempt: number } | null> {
    const run = await this.runs.findById(runId);
    if (!run) return null;
    const attempt = await this.runs.markRunning(runId, resume);
    if (attempt === null) return null;
    if (run.status === 'running') this.logger.warn(`run ${runId} resumed (attempt ${attempt}): the worker executing it stopped`);
    return { run, attempt };
  }

  private async executeOnce(run: RunEntity, attempt: number, mode: ExecutionMode, control: { stopped: Promise<Ending>; ended: () => Ending | null; end: (ending: Ending) => void }): Promise<ExecutionResult> {
    const { stopped, ended } = control;
    const runId = run.id;
    const snapshot = await this.rounds.snapshot(run.roundId);
    if (!snapshot) throw new Error(`round ${run.roundId} has no snapshot`);
    const queue = (await this.rounds.householdIds(run.roundId)).map((h) => ({ household: h.householdId, urgency: h.urgency, permitDate: h.permitDate }));
    const early = ended();
    if (early) return this.stopEarly(runId, attempt, mode, early);
    const anchor = run.options.anchorRunId ? await this.runs.placements(run.options.anchorRunId) : null;
    const input = toRoundInput(snapshot, run.options, queue, anchor);
    const progress = new ProgressWriter((fraction, stage) => this.runs.reportProgress(runId, attempt, fraction, stage));
    const computation = this.compute(input, (fraction, stage) => progress.report(fraction, stage));
    const budgetSeconds = runBudgetSeconds(input.timeLimitSeconds, this.config.runs.graceSeconds, (input.policy.priorityWeight ?? 0) > 0);
    let timer: NodeJS.Timeout | undefined;
    const watchdog = new Promise<Ending>((resolve) => (timer = setTimeout(() => resolve({ kind: 'watchdog', seconds: budgetSeconds }), budgetSeconds * 1000)));
    // An officer's cancel may have reached another process: it shows as the run's status. A later attempt (another
    // worker given the run after this one's job lock lapsed) shows as the attempt number: this one gives way.
    const poll = setInterval(() => {
      void this.runs.findById(runId).then((now) => {
        if (now && now.attempt !== attempt) control.end({ kind: 'superseded' });
        else if (now && now.status !== 'running') control.end({ kind: 'cancelled' });
      }, () => undefined);
    }, jobsConfig(this.config).cancelCheckMs);
    const ending = await Promise.race([computation.result.then((output): Ending => ({ kind: 'done', output })), stopped, watchdog]).finally(() => {
      clearTimeout(timer);
      clearInterval(poll);
    });
    // no progress write after the outcome's: the last report is in before the run is ended or completed
    await progress.settled();
    if (ending.kind !== 'done') {
      await computation.stop();
      if (ending.kind === 'watchdog') {
        const stoppedByWatchdog = await this.runs.end(runId, 'timed_out', `stopped after ${ending.seconds} s (time limit plus ${this.config.runs.graceSeconds} s grace) without an answer`, attempt);
        if (stoppedByWatchdog) this.logger.warn(`run ${runId} stopped by the watchdog after ${ending.seconds} s`);
      }
      return this.stopEarly(runId, attempt, mode, ending);
    }
    const output = ending.output;
    if (output.status === 'error' || output.status === 'infeasible') {
      await this.runs.fail(runId, `the solver reported ${output.status}: ${output.message ?? 'no details'}`, attempt);
      return 'finished';
    }
    const round = await this.rounds.findById(run.roundId);
    const fairness = fairnessReport(await this.fairnessRows(input.model, output, (round?.createdAt ?? new Date()).getUTCFullYear()));
    const stored = await this.runs.complete(runId, attempt, output.status === 'timed_out' ? 'timed_out' : 'succeeded', {
      solver: output.solver,
      solverVersion: output.solverVersion,
      matchingVersion: output.matchingVersion,
      inputHash: output.inputHash,
      solveStatus: output.status,
      objective: output.objective,
      bound: output.bound,
      gap: output.gap,
      message: output.message,
      timings: output.timings,
      figures: output.figures,
      statusQuo: output.statusQuo,
      fairness,
      fill: output.fill,
      prices: output.prices,
      priorityCost: output.priorityCost,
      queueHonour: output.queueHonour,
      stableRerun: output.stableRerun,
      assignments: output.assignments.map((a) => ({
        householdId: a.household,
        municipalityCode: a.municipality,
        fit: a.fit,
        explanation: a.explanation,
      })),
    });
    if (!stored) {
      this.logger.log(`run ${runId} finished after it was cancelled, stopped or taken over by another worker; its answer is discarded`);
      return 'finished';
    }
    this.logger.log(`run ${runId}: ${output.figures.householdsPlaced}/${output.figures.householdsTotal} placed, gap ${output.gap === null ? '–' : (output.gap * 100).toFixed(2) + ' %'}, ${output.timings.totalMs} ms`);
    return 'finished';
  }

  /**
   * A run stopped before it had an answer: cancelled and watchdog runs are ended already, and a run taken over by a
   * later attempt is that attempt's; an interrupted one is queued again or failed (`mode.interrupted`), if this
   * attempt still holds it.
   */
  private async stopEarly(runId: string, attempt: number, mode: ExecutionMode, ending: Ending): Promise<ExecutionResult> {
    if (ending.kind === 'cancelled') this.logger.log(`run ${runId} stopped: cancelled`);
    if (ending.kind === 'superseded') this.logger.warn(`run ${runId} (attempt ${attempt}) stopped: another worker took the run over`);
    if (ending.kind === 'interrupted') {
      this.logger.warn(`run ${runId} interrupted by shutdown`);
      if (mode.interrupted === 'requeue') await this.runs.requeue(runId, attempt);
      else await this.runs.fail(runId, INTERRUPTED_MESSAGE, attempt);
      return 'handed_back';
    }
    return 'finished';
  }

  /** In a worker thread when running compiled code; in-process under the test runner (TypeScript sources). */
  private compute(input: RoundInput, onProgress: ProgressListener): Computation {
    if (!WORKER_FILE.pathname.endsWith('.js') || !existsSync(fileURLToPath(WORKER_FILE))) {
      return { result: runMatching(input, onProgress), stop: async () => undefined };
    }
    this.logger.log('solving in a worker thread');
    const worker = new Worker(WORKER_FILE, { workerData: input, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
    const result = new Promise<RoundOutput>((resolve, reject) => {
      let settled = false;
      worker.on('message', (message: { type: string; fraction?: number; stage?: RunStage; output?: RoundOutput; message?: string }) => {
        if (message.type === 'progress') onProgress(message.fraction!, message.stage!);
        else if (message.type === 'done') {
          settled = true;
          resolve(message.output!);
        } else if (message.type === 'error') {
          settled = true;
          reject(new Error(message.message));
        }
      });
      worker.on('error', (error) => {
        settled = true;
        reject(error);
      });
      worker.on('exit', (code) => {
        if (!settled) reject(new Error(`matching worker stopped (exit code ${code})`));
      });
    });
    result.catch(() => undefined); // a stopped worker rejects; the caller has moved on by then
    return { result, stop: async () => void (await worker.terminate()) };
  }

  /**
   * One fairness row per household of the round: the main applicant's gender and age band (`mainApplicant`, age
   * in `referenceYear`, the year the round was created, as in its snapshot), its home band and origin region.
   */
  private async fairnessRows(model: MatchingModel, output: RoundOutput, referenceYear: number): Promise<FairnessRow[]> {
    const traits = await this.households.fairnessTraits(model.households.map((h) => h.id));
    const fits = new Map(output.fits.map((f) => [f.household, f]));
    return model.households.map((h) => {
      const fit = fits.get(h.id);
      const preference = h.preferredSetting !== 'no_preference';
      const own = traits.get(h.id);
      const applicant = mainApplicant((own?.members ?? []).map((m) => ({ ...m, age: m.birthYear === null ? null : Math.max(0, referenceYear - m.birthYear) })));
      return {
        household: h.id,
        gender: applicant?.gender ?? null,
        sizeBand: homeBand(h.members.length),
        ageBand: ageBand(applicant?.age ?? null),
        originRegion: own?.originRegion ?? null,
        placed: !!fit?.municipality,
        fit: fit?.fit ?? null,
        inPreferredSetting: fit?.municipality && preference && fit.criteria.setting != null ? fit.criteria.setting >= 0.999 : null,
      };
    });
  }
}

/**
 * Seconds a run may take before the watchdog stops it: its solver time limit plus the grace period; twice the
 * time limit when the run also makes the fit-only solve that prices the priority rule (`withPriorityCost`).
 */
export function runBudgetSeconds(timeLimitSeconds: number | undefined, graceSeconds: number, withPriorityCost = false): number {
  return (timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS) * (withPriorityCost ? 2 : 1) + graceSeconds;
}

/**
 * The input of one run: the round's snapshot scored with the capacities the run recorded in its options (the
 * round's capacity rows when it started; municipalities without a row take no part), and its policy.
 */
export function toRoundInput(
  snapshot: MatchingSnapshot, options: RunOptions, queue: readonly QueueSlot[], anchor: ReadonlyMap<string, string | null> | null,
): RoundInput {
  return {
    model: withCapacities(snapshot, new Map(options.capacities.map((c) => [c.municipalityCode, c]))),
    policy: {
      weights: options.policy.weights,
      maxOptions: options.policy.maxOptions,
      keepLinkedTogether: options.policy.keepLinkedTogether,
      pins: options.pins.map((p) => ({ household: p.householdId, municipality: p.municipalityCode })),
      forbidden: options.forbidden.map((p) => ({ household: p.householdId, municipality: p.municipalityCode })),
      tieReach: options.policy.tieReach,
      priorityWeight: options.policy.priorityWeight,
      queue: queue.map((q) => q.household),
      ...(anchor
        ? {
            anchor: [...anchor].flatMap(([household, municipality]) => (municipality ? [{ household, municipality }] : [])).sort((a, b) => (a.household < b.household ? -1 : 1)),
            stabilityBonus: options.policy.stabilityBonus,
          }
        : {}),
    },
    anchorRunId: options.anchorRunId,
    placementValue: options.policy.placementValue,
    solver: options.policy.solver,
    timeLimitSeconds: options.policy.timeLimitSeconds,
    seed: options.policy.seed,
    queue,
    alternatives: options.policy.alternatives,
  };
}
