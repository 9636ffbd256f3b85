/*
 * Run control: an officer cancels a queued or running run, and the watchdog stops a run that outlives its solver
 * time limit plus the grace period. The computation is replaced by one that never ends (as a solver that ignores
 * its deadline would), so both are deterministic; the real worker thread is cancelled in startup.e2e-spec.ts.
 */
import { jest } from '@jest/globals';
import { RunExecutor } from '#api/rounds/run-executor.service.js';
import { RunJobs } from '#api/jobs/run-jobs.js';
import { RunRepository, type RunCompletion } from '#persistence/repositories/run.repository.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { waitForRun } from './support/rounds.js';
import { newRound } from './support/factories.js';

interface Computation { readonly result: Promise<unknown>; stop(): Promise<void> }

/** What `RunRepository.complete` stores, taken from a finished run with an answer. */
async function completionOf(runs: RunRepository, runId: string): Promise<RunCompletion> {
  const run = (await runs.findById(runId))!;
  const assignments = await runs.assignments(runId, {}, { offset: 0, limit: 10_000 });
  return {
    solver: run.solver!, solverVersion: run.solverVersion!, matchingVersion: run.matchingVersion!, inputHash: run.inputHash!, solveStatus: run.solveStatus!,
    objective: run.objective!, bound: run.bound!, gap: run.gap, message: run.message, timings: run.timings!, figures: run.figures!, statusQuo: run.statusQuo!,
    fairness: run.fairness!, fill: run.fill!, prices: run.prices!, priorityCost: run.priorityCost, queueHonour: run.queueHonour!, stableRerun: run.stableRerun,
    assignments: assignments.map((a) => ({ householdId: a.householdId, municipalityCode: a.municipalityCode, fit: a.fit, explanation: a.explanation })),
  };
}

describe('run control: cancel and watchdog', () => {
  let t: TestApp;
  let officer: string;
  let executor: RunExecutor;
  const gql = (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, officer);
  /**
   * Replaces the computation with one that never ends. `started` resolves when it is called: a run is RUNNING before
   * its round is read, and a cancel or shutdown in between stops it before it computes (nothing to stop), a race
   * PostgreSQL's slower reads made visible, so tests wait for `started`, not for the status.
   */
  const hang = (on: RunExecutor = executor) => {
    const stop = jest.fn(async () => undefined);
    const target = on as unknown as { compute: () => Computation };
    const real = target.compute;
    let computing!: () => void;
    const started = new Promise<void>((resolve) => (computing = resolve));
    target.compute = () => {
      computing();
      return { result: new Promise(() => undefined), stop };
    };
    return { stop, started, restore: () => (target.compute = real) };
  };
  const state = async (id: string) => (await gql('query($id: ID!) { run(id: $id) { status hasAnswer message assignments(limit: 1) { householdId } } }', { id })).data.run;
  /** A round of 20 seeded households whose runs the solver may spend `timeLimitSeconds` on. */
  const newRunControlRound = async (timeLimitSeconds: number) =>
    (await newRound(t, officer, { name: 'run control', cohort: { limit: 20 }, policy: { timeLimitSeconds } })).id;

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 40, runs: { graceSeconds: 0 } });
    officer = await t.login('officer@demo.local');
    executor = t.app.get(RunExecutor);
  }, 120_000);
  afterAll(() => t?.close());

  it('cancels a running run and a queued one: the computation is stopped, nothing is stored, the next run goes ahead', async () => {
    const roundId = await newRunControlRound(600);
    const { stop, started, restore } = hang();
    const running = (await gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: roundId })).data.runRound.id;
    const queued = (await gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: roundId })).data.runRound.id;
    await started;
    expect((await state(running)).status).toBe('RUNNING');
    expect((await state(queued)).status).toBe('QUEUED');
    restore();
    const cancelQueued = await gql('mutation($id: ID!) { cancelRun(runId: $id) { status hasAnswer } }', { id: queued });
    expect(cancelQueued.data.cancelRun).toEqual({ status: 'CANCELLED', hasAnswer: false });
    const cancelRunning = await gql('mutation($id: ID!) { cancelRun(runId: $id) { status hasAnswer } }', { id: running });
    expect(cancelRunning.data.cancelRun).toEqual({ status: 'CANCELLED', hasAnswer: false });
    await t.app.get(RunJobs).idle();
    expect(stop).toHaveBeenCalledTimes(1);
    expect(await state(running)).toMatchObject({ status: 'CANCELLED', assignments: [] });
    expect(await state(queued)).toMatchObject({ status: 'CANCELLED', assignments: [] });
    expect(errorCode(await gql('mutation($id: ID!) { cancelRun(runId: $id) { status } }', { id: running }))).toBe('CONFLICT');
    expect(errorCode(await gql('mutation { cancelRun(runId: "00000000-0000-4000-8000-000000000000") { status } }'))).toBe('NOT_FOUND');
    const { data } = await gql('{ auditEvents(limit: 500) { action entityId } }');
    expect(data.auditEvents.filter((e: { action: string }) => e.action === 'run.cancel').map((e: { entityId: string }) => e.entityId).sort()).toEqual([running, queued].sort());
    // The executor is free: a new run is solved and can be published.
    const next = await waitForRun(t, officer, (await gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: roundId })).data.runRound.id);
    expect(next.status).toBe('SUCCEEDED');
    expect(errorCode(await gql('mutation($id: ID!) { cancelRun(runId: $id) { status } }', { id: next.id }))).toBe('CONFLICT');
  }, 120_000);

  it('on shutdown stops an executing run after the grace period: handed back to the shared queue, or failed in-process', async () => {
    const own = await startTestApp({ seedHouseholds: 20 });
    try {
      const token = await own.login('officer@demo.local');
      const { stop, started } = hang(own.app.get(RunExecutor));
      const round = await newRound(own, token, { name: 'shutdown', cohort: { limit: 5 }, policy: { timeLimitSeconds: 600 } });
      const id = (await own.gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: round.id }, token)).data.runRound.id;
      const status = async () => (await own.gql('query($id: ID!) { run(id: $id) { status message hasAnswer } }', { id }, token)).data.run;
      await started;
      expect(await status()).toMatchObject({ status: 'RUNNING' });
      // What SIGTERM does first (startTestApp: no grace), with the database still open to look.
      await (own.app.get(RunJobs) as unknown as { beforeApplicationShutdown(): Promise<void> }).beforeApplicationShutdown();
      expect(stop).toHaveBeenCalledTimes(1);
      if (process.env.DATABASE_URL) expect(await status()).toMatchObject({ status: 'QUEUED', hasAnswer: false });
      else expect(await status()).toMatchObject({ status: 'FAILED', hasAnswer: false, message: expect.stringContaining('interrupted') });
    } finally {
      await own.close();
    }
  }, 120_000);

  it('gives way to a later attempt: an execution whose run another worker took over stops, and nothing it still sends is stored', async () => {
    const runs = t.app.get(RunRepository);
    const roundId = await newRunControlRound(600);
    // a real answer of this round, to try to store it under a stale attempt
    const answered = await waitForRun(t, officer, (await gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: roundId })).data.runRound.id);
    const completion = await completionOf(runs, answered.id);
    const { stop, started, restore } = hang();
    try {
      const id = (await gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: roundId })).data.runRound.id;
      await started;
      // A job queue hands the run to another worker (its first worker's job lock lapsed, the worker itself lives on).
      expect(await runs.markRunning(id, true)).toBe(2);
      // The first execution sees the later attempt at its next status check and stops its computation.
      await t.app.get(RunJobs).idle();
      expect(stop).toHaveBeenCalledTimes(1);
      // Whatever the first attempt still sends changes nothing: progress, an answer, an end, a hand-back.
      expect(await runs.reportProgress(id, 1, 0.9, 'explaining')).toBe(false);
      expect(await runs.complete(id, 1, 'succeeded', completion)).toBe(false);
      expect(await runs.end(id, 'failed', 'a stale failure', 1)).toBe(false);
      expect(await runs.requeue(id, 1)).toBe(false);
      expect(await state(id)).toMatchObject({ status: 'RUNNING', hasAnswer: false, assignments: [] });
      // The attempt that holds the run writes as before.
      expect(await runs.reportProgress(id, 2, 0.5, 'solving')).toBe(true);
      expect(await runs.complete(id, 2, 'succeeded', completion)).toBe(true);
      expect(await state(id)).toMatchObject({ status: 'SUCCEEDED', hasAnswer: true, assignments: [{ householdId: expect.any(String) }] });
    } finally {
      restore();
    }
  }, 120_000);

  it('stops a run that outlives its time limit plus the grace period: timed_out, without an answer, not publishable', async () => {
    const roundId = await newRunControlRound(1);
    const { stop, restore } = hang();
    try {
      const id = (await gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: roundId })).data.runRound.id;
      const finished = await waitForRun(t, officer, id, 30_000);
      expect(finished.status).toBe('TIMED_OUT');
      expect(stop).toHaveBeenCalledTimes(1);
      const stored = await state(id);
      expect(stored).toMatchObject({ status: 'TIMED_OUT', hasAnswer: false, assignments: [] });
      expect(stored.message).toContain('without an answer');
      const publish = await gql('mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id });
      expect(errorCode(publish)).toBe('BAD_USER_INPUT');
    } finally {
      restore();
    }
  }, 60_000);
});
