import { DataSource } from 'typeorm';
import { RunJobs } from '#api/jobs/run-jobs.js';
import { jest } from '@jest/globals';
import { RunRepository } from '#persistence/repositories/run.repository.js';
import { RoundRepository } from '#persistence/repositories/round.repository.js';
import type { RunOptions } from '#persistence/entities/round.entity.js';
import { DEFAULT_ROUND_POLICY } from '#api/rounds/rounds.service.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { waitForRun } from './support/rounds.js';
import {
  CURRENT_PERIOD as PERIOD,
  auditOf,
  newHouseholds,
  newNewcomerSession,
  newMunicipalitySession,
  newPublishedRound,
  newRound,
  newSucceededRun,
  required,
  runToEnd,
} from './support/factories.js';

/** Options of a run queued straight through the repository (never solved). */
const UNSOLVED_OPTIONS: RunOptions = { policy: DEFAULT_ROUND_POLICY, anchorRunId: null, pins: [], forbidden: [], capacities: [] };

/*
 * Every `it` creates the rounds, runs and proposals it needs (test/support/factories.ts): the file shares only the
 * app, its database and the seeded cohort, which stays waiting because published rounds are made of households the
 * test registers itself (they queue after the seeded cohort).
 */
describe('matching rounds: the placement officer’s workflow', () => {
  let t: TestApp;
  let officer: string;
  const gql = (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, officer);

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 150 });
    officer = await t.login('officer@demo.local');
  });
  afterAll(() => t?.close());

  it('reads the sizes, runs, capacities, pins and forbidden pairs of a list of rounds with one query each, answering as round(id) does', async () => {
    const { roundId, run } = await newSucceededRun(t, officer, { cohort: { limit: 10 } });
    const [assignment] = (await gql('query($id: ID!) { run(id: $id) { assignments(limit: 1) { householdId municipalityCode } } }', { id: run.id })).data.run.assignments;
    required(await gql('mutation($r: ID!, $h: ID!, $m: String!) { forbidPair(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }',
      { r: roundId, h: assignment.householdId, m: 'GM0363' }), 'forbidPair');
    await newRound(t, officer, { cohort: { limit: 5 } });
    const FIELDS = 'id householdCount municipalityCount runs(limit: 3) { id status assignmentCount fill { municipalityCode persons personsCapacity } } '
      + 'capacities { municipalityCode persons } pins { householdId municipalityCode } forbiddenPairs { householdId municipalityCode }';
    const rounds = t.app.get(RoundRepository);
    const runs = t.app.get(RunRepository);
    const reads = [jest.spyOn(rounds, 'sizes'), jest.spyOn(rounds, 'capacitiesOf'), jest.spyOn(rounds, 'pinsOf'), jest.spyOn(rounds, 'forbiddenOf'), jest.spyOn(runs, 'forRounds')];
    // a run's fill comes with the run; its size is one count for every run of the list
    const perRun = [jest.spyOn(runs, 'findById'), jest.spyOn(runs, 'placementsWithFit')];
    const counts = jest.spyOn(runs, 'assignmentCounts');
    try {
      const list = required(await gql(`{ roundList(limit: 20) { ${FIELDS} } }`), 'roundList') as { id: string; runs: unknown[] }[];
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(reads.map((r) => r.mock.calls.length)).toEqual([1, 1, 1, 1, 1]);
      expect(reads.map((r) => (r.mock.calls[0][0] as readonly string[]).length)).toEqual(Array(5).fill(list.length));
      expect(perRun.map((r) => r.mock.calls.length)).toEqual([0, 0]);
      expect(counts.mock.calls.length).toBe(1);
      expect((counts.mock.calls[0][0] as readonly string[]).length).toBe(list.flatMap((r) => r.runs).length);
      for (const round of list.filter((r) => r.id === roundId || list.indexOf(r) < 2)) {
        expect(round).toEqual(required(await gql(`query($id: ID!) { round(id: $id) { ${FIELDS} } }`, { id: round.id }), 'round'));
      }
      const mine = list.find((r) => r.id === roundId) as unknown as { runs: { id: string; assignmentCount: number; fill: { personsCapacity: number }[] }[]; forbiddenPairs: unknown[]; capacities: unknown[] };
      expect(mine.runs.map((r) => r.id)).toEqual([run.id]);
      // the batched count is the filtered count with no filter: every household of the run (10 in its cohort)
      expect(mine.runs[0].assignmentCount).toBe(10);
      expect(mine.runs[0].assignmentCount).toBe(required(await gql('query($id: ID!) { run(id: $id) { assignmentCount(placed: true) } }', { id: run.id }), 'run').assignmentCount
        + required(await gql('query($id: ID!) { run(id: $id) { assignmentCount(placed: false) } }', { id: run.id }), 'run').assignmentCount);
      expect(mine.runs[0].fill.length).toBeGreaterThan(0);
      expect(mine.forbiddenPairs).toEqual([{ householdId: assignment.householdId, municipalityCode: 'GM0363' }]);
      expect(mine.capacities.length).toBeGreaterThan(0);
    } finally {
      for (const r of [...reads, ...perRun, counts]) r.mockRestore();
    }
  });

  /** A proposal's first three answers of the life cycle use one mutation. */
  const RESPOND = `mutation($id: ID!, $input: ProposalResponseInput!) { respondToProposal(proposalId: $id, input: $input) { status municipalityResponse newcomerResponse reviewOutcome } }`;

  it('creates a round that snapshots cohort, profiles and capacity', async () => {
    const { data, errors } = await gql(
      `mutation($input: CreateRoundInput!) { createRound(input: $input) { id status period householdCount municipalityCount policy { weights { labour ties } maxOptions solver } profileVersions } }`,
      { input: { name: 'E2E round', period: PERIOD, cohort: { limit: 80 } } },
    );
    expect(errors).toBeUndefined();
    expect(data.createRound).toMatchObject({ status: 'DRAFT', period: PERIOD, householdCount: 80, municipalityCount: 342 });
    expect(data.createRound.policy.weights).toEqual({ labour: 3, ties: 3 });
    expect(Object.keys(data.createRound.profileVersions)).toHaveLength(342);
    expect(await auditOf(t, officer, data.createRound.id)).toEqual([{ action: 'round.create', actorRole: 'OFFICER' }]);
  });

  it('gives the default policy: the policy of a round created without one', async () => {
    const FIELDS = 'weights { labour network priorities services setting ties } maxOptions placementValue keepLinkedTogether alternatives solver timeLimitSeconds seed priorityWeight stabilityBonus responseDays tieReach { placeKm familyKm }';
    const defaults = (await gql(`{ defaultRoundPolicy { ${FIELDS} } }`)).data.defaultRoundPolicy;
    const created = await gql(`mutation($input: CreateRoundInput!) { createRound(input: $input) { policy { ${FIELDS} } } }`, { input: { name: 'Defaults', period: PERIOD, cohort: { limit: 5 } } });
    expect(created.errors).toBeUndefined();
    expect(defaults).toEqual(created.data.createRound.policy);
    expect(defaults.responseDays).toBe(DEFAULT_ROUND_POLICY.responseDays);
  });

  it('refuses a round with no households or no capacity', async () => {
    const none = await gql(`mutation { createRound(input: { name: "x", period: "${PERIOD}", cohort: { permitDateTo: "1990-01-01" } }) { id } }`);
    expect(errorCode(none)).toBe('BAD_USER_INPUT');
    expect(none.errors![0].message).toContain('cohort');
    const noCapacity = await gql(`mutation { createRound(input: { name: "x", period: "2031-H1" }) { id } }`);
    expect(errorCode(noCapacity)).toBe('BAD_USER_INPUT');
    expect(noCapacity.errors![0].message).toContain('no participating municipality has free capacity');
  });

  it('runs asynchronously and reports status, solver, gap and round figures', async () => {
    const round = await newRound(t, officer, { cohort: { limit: 80 } });
    const started = await gql(`mutation($id: ID!) { runRound(roundId: $id) { id status } }`, { id: round.id });
    expect(started.errors).toBeUndefined();
    expect(['QUEUED', 'RUNNING']).toContain(started.data.runRound.status);
    const run = await waitForRun(t, officer, started.data.runRound.id);
    expect(run.status).toBe('SUCCEEDED');
    expect(run.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(run.solver).toBeTruthy();
    expect(run.gap).toBeGreaterThanOrEqual(0);
    expect(run.bound).toBeGreaterThanOrEqual(run.objective - 1e-6);
    expect(run.figures.householdsTotal).toBe(80);
    expect(run.figures.householdsPlaced).toBeGreaterThan(60);
    const report = required(await gql(`query($id: ID!) { run(id: $id) {
      priorityCost { rule priorityWeight withRule { householdsPlaced averageFit totalFit } fitOnly { householdsPlaced averageFit status gap } }
      queueHonour { band households earlierHalf { households placed share } laterHalf { households placed share } ratio passedOver passedOverBy { category households } }
      stableRerun { kept } } }`, { id: run.id }), 'run');
    // The round's default priority weight prices the rule against a fit-only solve of the same round.
    expect(report.priorityCost).toMatchObject({ rule: 'queue-rank-linear/1', priorityWeight: 0.1, withRule: { householdsPlaced: run.figures.householdsPlaced } });
    expect(report.priorityCost.fitOnly.householdsPlaced).toBeGreaterThanOrEqual(run.figures.householdsPlaced);
    expect(report.queueHonour.map((b: any) => b.band)).toEqual(['HOMES_1_2', 'HOMES_3_4', 'HOMES_5_PLUS']);
    expect(report.queueHonour.reduce((sum: number, b: any) => sum + b.households, 0)).toBe(80);
    expect(report.queueHonour.reduce((sum: number, b: any) => sum + b.earlierHalf.placed + b.laterHalf.placed, 0)).toBe(run.figures.householdsPlaced);
    for (const b of report.queueHonour) expect(b.passedOverBy.map((c: any) => c.category)).toEqual(['MORE_URGENT', 'OFFICER_PIN', 'THEIR_HARD_TIE', 'THEIR_NEEDS', 'LINKED_FAMILY', 'PRIORITY_TRADE_OFF']);
    expect(report.stableRerun).toBeNull(); // the round's first run has no anchor
    // What the matching adds over today’s random allocation, on the same cohort and capacity.
    expect(run.figures.averageFit).toBeGreaterThan(run.statusQuo.averageFit);
    expect(await auditOf(t, officer, run.id)).toEqual([{ action: 'run.start', actorRole: 'OFFICER' }]);
  });

  it('shows per household the municipality, the reasons and the alternatives; fill never exceeds capacity', async () => {
    const { run } = await newSucceededRun(t, officer, { cohort: { limit: 80 } });
    const { data, errors } = await gql(
      `query($id: ID!) { run(id: $id) {
        assignments(limit: 100) { householdId municipalityCode fit rank options criteria { criterion score weight reasons { code params } }
          alternatives { municipalityCode fit rank verdict { code params } } preferred { municipalityCode kind verdict { code } } }
        fill { municipalityCode persons personsCapacity homes1to2 homes1to2Capacity homes3to4 homes3to4Capacity homes5plus homes5plusCapacity }
        fairness { overallPlacementRate groups { dimension group households placementRate flagged } rule } } }`,
      { id: run.id },
    );
    expect(errors).toBeUndefined();
    const assignments = data.run.assignments;
    expect(assignments).toHaveLength(80);
    const placed = assignments.filter((a: any) => a.municipalityCode);
    expect(placed.length).toBe(run.figures.householdsPlaced);
    const sample = placed[0];
    expect(sample.criteria.map((c: any) => c.criterion).sort()).toEqual(['labour', 'network', 'priorities', 'services', 'setting', 'ties']);
    expect(sample.criteria.some((c: any) => c.reasons.length > 0)).toBe(true);
    expect(sample.rank).toBeGreaterThanOrEqual(1);
    expect(sample.alternatives.length).toBeGreaterThan(0);
    for (const alternative of sample.alternatives) expect(alternative.verdict.code).toMatch(/^explain\./);
    for (const row of data.run.fill) {
      expect(row.persons).toBeLessThanOrEqual(row.personsCapacity);
      expect(row.homes1to2).toBeLessThanOrEqual(row.homes1to2Capacity);
      expect(row.homes3to4).toBeLessThanOrEqual(row.homes3to4Capacity);
      expect(row.homes5plus).toBeLessThanOrEqual(row.homes5plusCapacity);
    }
    expect(data.run.fairness.groups.map((g: any) => g.dimension)).toEqual(expect.arrayContaining(['GENDER', 'SIZE_BAND', 'AGE_BAND', 'ORIGIN_REGION']));
  });

  it('re-runs an earlier run to the identical answer', async () => {
    const { run } = await newSucceededRun(t, officer, { cohort: { limit: 80 } });
    const again = await gql(`mutation($id: ID!) { rerun(runId: $id) { id } }`, { id: run.id });
    const rerun = await waitForRun(t, officer, again.data.rerun.id);
    expect(rerun.inputHash).toBe(run.inputHash);
    const cmp = await gql(`query($a: ID!, $b: ID!) { compareRuns(a: $a, b: $b) { moved { householdId } unchanged } }`, { a: run.id, b: rerun.id });
    expect(cmp.data.compareRuns).toEqual({ moved: [], unchanged: 80 });
    expect(await auditOf(t, officer, rerun.id)).toEqual([{ action: 'run.rerun', actorRole: 'OFFICER' }]);
  });

  it('pins, forbids, changes weights, re-runs and compares', async () => {
    const { roundId, run: firstRun } = await newSucceededRun(t, officer, { cohort: { limit: 80 } });
    const answer = await gql(`query($id: ID!) { run(id: $id) { assignments(limit: 100) { householdId municipalityCode alternatives { municipalityCode } } } }`, { id: firstRun.id });
    const placed = answer.data.run.assignments.filter((a: any) => a.municipalityCode);
    // Move a placed household to its best alternative; forbid another one where it was placed.
    const pinned = { householdId: placed[0].householdId, municipalityCode: placed[0].alternatives[0].municipalityCode };
    const forbidden = { householdId: placed[1].householdId, municipalityCode: placed[1].municipalityCode };

    const pin = await gql(`mutation($r: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: $m) { householdId municipalityCode } }`,
      { r: roundId, h: pinned.householdId, m: pinned.municipalityCode });
    expect(pin.data.pinHousehold).toEqual([pinned]);
    const forbid = await gql(`mutation($r: ID!, $h: ID!, $m: String!) { forbidPair(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }`,
      { r: roundId, h: forbidden.householdId, m: forbidden.municipalityCode });
    expect(forbid.errors).toBeUndefined();
    const policy = await gql(`mutation($r: ID!) { setRoundPolicy(roundId: $r, input: { weights: { setting: 4 } }) { policy { weights { setting labour } } } }`, { r: roundId });
    expect(policy.data.setRoundPolicy.policy.weights).toEqual({ setting: 4, labour: 3 });
    const secondRun = await runToEnd(t, officer, roundId);
    expect(secondRun.status).toBe('SUCCEEDED');
    expect(secondRun.inputHash).not.toBe(firstRun.inputHash);
    const { data } = await gql(`query($id: ID!, $a: ID!, $b: ID!) {
      run(id: $id) { pinnedOne: assignments(householdId: "${pinned.householdId}") { municipalityCode } forbiddenOne: assignments(householdId: "${forbidden.householdId}") { municipalityCode } }
      compareRuns(a: $a, b: $b) { moved { householdId from to fitChange cause } unchanged byCause { cause households } } }`, { id: secondRun.id, a: firstRun.id, b: secondRun.id });
    expect(data.run.pinnedOne[0].municipalityCode).toBe(pinned.municipalityCode);
    expect(data.run.forbiddenOne[0].municipalityCode).not.toBe(forbidden.municipalityCode);
    expect(data.compareRuns.moved).toEqual(expect.arrayContaining([
      expect.objectContaining({ householdId: pinned.householdId, to: pinned.municipalityCode, cause: 'PIN' }),
      expect.objectContaining({ householdId: forbidden.householdId, from: forbidden.municipalityCode, cause: 'FORBID' }),
    ]));
    // The weights changed too, so every other move is put down to them (a round-wide change), never to a cascade.
    const causes = Object.fromEntries(data.compareRuns.byCause.map((c: any) => [c.cause, c.households]));
    expect(causes.PIN).toBe(1);
    expect(causes.FORBID).toBe(1);
    expect(causes.CASCADE).toBe(0);
    expect(causes.PIN + causes.FORBID + causes.CAPACITY + causes.WEIGHTS + causes.PRIORITY).toBe(data.compareRuns.moved.length);
    expect((await auditOf(t, officer, roundId)).map((e) => e.action)).toEqual(['round.policy', 'round.forbid', 'round.pin', 'round.create']);
  });

  it('refuses a pin on a forbidden pair and a forbid on a pinned pair, naming both, and stores neither', async () => {
    const [household, other] = await newHouseholds(t, officer, 2);
    const round = await newRound(t, officer, { cohort: { householdIds: [household.id, other.id] } });
    const pin = (h: string, m: string) => gql(`mutation($r: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }`, { r: round.id, h, m });
    const forbid = (h: string, m: string) => gql(`mutation($r: ID!, $h: ID!, $m: String!) { forbidPair(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }`, { r: round.id, h, m });
    expect((await forbid(household.id, 'GM0344')).errors).toBeUndefined();
    const pinOnForbidden = await pin(household.id, 'GM0344');
    expect(errorCode(pinOnForbidden)).toBe('CONFLICT');
    expect(pinOnForbidden.errors![0].message).toBe(`household ${household.reference} may not go to Utrecht (GM0344) in this round (a forbidden pair); allow the pair first, then pin`);
    expect((await pin(other.id, 'GM0363')).errors).toBeUndefined();
    const forbidOnPinned = await forbid(other.id, 'GM0363');
    expect(errorCode(forbidOnPinned)).toBe('CONFLICT');
    expect(forbidOnPinned.errors![0].message).toBe(`household ${other.reference} is pinned to Amsterdam (GM0363) in this round; unpin it first, then forbid the pair`);
    // A pin elsewhere and a forbid of another pair are still fine.
    expect((await pin(household.id, 'GM0363')).errors).toBeUndefined();
    expect((await forbid(other.id, 'GM0344')).errors).toBeUndefined();
    const { data } = await gql(`query($r: ID!) { round(id: $r) { pins { householdId municipalityCode } forbiddenPairs { householdId municipalityCode } } }`, { r: round.id });
    expect(data.round.pins).toEqual(expect.arrayContaining([{ householdId: household.id, municipalityCode: 'GM0363' }, { householdId: other.id, municipalityCode: 'GM0363' }]));
    expect(data.round.pins).toHaveLength(2);
    expect(data.round.forbiddenPairs).toEqual(expect.arrayContaining([{ householdId: household.id, municipalityCode: 'GM0344' }, { householdId: other.id, municipalityCode: 'GM0344' }]));
    expect(data.round.forbiddenPairs).toHaveLength(2);
    expect((await auditOf(t, officer, round.id)).map((e) => e.action)).toEqual(['round.forbid', 'round.pin', 'round.pin', 'round.forbid', 'round.create']);
  });

  it('anchors a run on the round’s latest run with an answer, on a chosen run, or on none', async () => {
    const households = await newHouseholds(t, officer, 4);
    const round = await newRound(t, officer, { cohort: { householdIds: households.map((h) => h.id) } });
    const first = await runToEnd(t, officer, round.id);
    expect(first.anchorRunId).toBeNull();
    const second = await runToEnd(t, officer, round.id);
    expect(second.anchorRunId).toBe(first.id);
    expect(second.inputHash).not.toBe(first.inputHash);
    const stable = required(await gql(`query($a: ID!, $b: ID!) { compareRuns(a: $a, b: $b) { moved { householdId } unchanged } }`, { a: first.id, b: second.id }), 'compareRuns');
    expect(stable).toEqual({ moved: [], unchanged: 4 }); // nothing changed, so nobody moves
    const anchored = required(await gql(`query($b: ID!) { run(id: $b) { stableRerun { anchoredUnits kept } } }`, { b: second.id }), 'run');
    expect(anchored.stableRerun.anchoredUnits).toBe(first.figures.householdsPlaced);
    const start = (args: string) => gql(`mutation($r: ID!) { runRound(roundId: $r${args}) { id anchorRunId } }`, { r: round.id });
    const chosen = await start(`, anchorRunId: "${first.id}"`);
    expect(chosen.data.runRound.anchorRunId).toBe(first.id);
    await waitForRun(t, officer, chosen.data.runRound.id);
    const fresh = await start(', fresh: true');
    expect(fresh.data.runRound.anchorRunId).toBeNull();
    await waitForRun(t, officer, fresh.data.runRound.id);
    const { run: elsewhere } = await newSucceededRun(t, officer, { cohort: { limit: 3 } });
    const foreign = await start(`, anchorRunId: "${elsewhere.id}"`);
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
    expect(foreign.errors![0].message).toContain('anchorRunId');
    const both = await start(`, anchorRunId: "${first.id}", fresh: true`);
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
  });

  it('refuses to pin to a municipality without a fitting home', async () => {
    const [household] = await newHouseholds(t, officer, 1);
    const round = await newRound(t, officer, { cohort: { householdIds: [household.id] } });
    const code = 'GM0363';
    const huge = await gql(`mutation($r: ID!, $m: String!) { setRoundCapacity(roundId: $r, municipalityCode: $m, input: { persons: 2000000000, homes1to2: 0, homes3to4: 0, homes5plus: 0 }) { persons } }`, { r: round.id, m: code });
    expect(errorCode(huge)).toBe('BAD_USER_INPUT');
    expect(huge.errors![0].message).toContain('persons');
    const zero = await gql(`mutation($r: ID!, $m: String!) { setRoundCapacity(roundId: $r, municipalityCode: $m, input: { persons: 0, homes1to2: 0, homes3to4: 0, homes5plus: 0 }) { persons } }`, { r: round.id, m: code });
    expect(zero.errors).toBeUndefined();
    const refused = await gql(`mutation($r: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }`, { r: round.id, h: household.id, m: code });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toContain('no free home');
    expect((await auditOf(t, officer, round.id)).map((e) => e.action)).toEqual(['round.capacity', 'round.create']);
  });

  it('refuses to publish a failed run and publishes a good one once, all or nothing', async () => {
    const households = await newHouseholds(t, officer, 6);
    const round = await newRound(t, officer, { cohort: { householdIds: households.map((h) => h.id) } });
    const firstRun = await runToEnd(t, officer, round.id);
    const secondRun = await runToEnd(t, officer, round.id);
    expect([firstRun.status, secondRun.status]).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect(firstRun.figures.householdsPlaced).toBeGreaterThan(0);

    const runs = t.app.get(RunRepository);
    const failedRun = await runs.createQueued(round.id, UNSOLVED_OPTIONS, null, (id) => ({ actorAccountId: null, actorRole: 'system', action: 'run.start', entityType: 'run', entityId: id }));
    await runs.fail(failedRun.id, 'test');
    const failed = await gql(`mutation($id: ID!) { publishRun(runId: $id) { proposals } }`, { id: failedRun.id });
    expect(errorCode(failed)).toBe('BAD_USER_INPUT');

    const [a, b] = await Promise.all([
      gql(`mutation($id: ID!) { publishRun(runId: $id) { proposals newlyPublished } }`, { id: firstRun.id }),
      gql(`mutation($id: ID!) { publishRun(runId: $id) { proposals newlyPublished } }`, { id: firstRun.id }),
    ]);
    const results = [a, b].map((r) => r.data.publishRun);
    expect(results.map((r) => r.newlyPublished).sort()).toEqual([false, true]);
    expect(results[0].proposals).toBe(firstRun.figures.householdsPlaced);
    expect(results[1].proposals).toBe(firstRun.figures.householdsPlaced);
    const other = await gql(`mutation($id: ID!) { publishRun(runId: $id) { proposals } }`, { id: secondRun.id });
    expect(errorCode(other)).toBe('CONFLICT');
    const { data } = await gql(`query($r: String!) { proposals(filter: { roundId: $r }, limit: 500) { id householdId } }`, { r: round.id });
    expect(data.proposals).toHaveLength(firstRun.figures.householdsPlaced);
    expect(new Set(data.proposals.map((p: any) => p.householdId)).size).toBe(data.proposals.length);
    const afterPublish = await gql(`mutation($id: ID!) { runRound(roundId: $id) { id } }`, { id: round.id });
    expect(errorCode(afterPublish)).toBe('CONFLICT');
    expect((await auditOf(t, officer, round.id)).filter((e) => e.action === 'round.publish')).toEqual([{ action: 'round.publish', actorRole: 'OFFICER' }]);
  });

  it('takes accept, decline and contest; a placement needs both sides; capacity is given back', async () => {
    const households = await newHouseholds(t, officer, 3);
    const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: households.map((h) => h.id) } });
    expect(proposals).toHaveLength(3);
    const [first, second, third] = proposals;
    const capacityUsed = async (code: string) =>
      (await gql(`query($c: String!) { municipality(code: $c) { capacity(period: "${PERIOD}") { usedPersons } } }`, { c: code })).data.municipality.capacity.usedPersons;

    // 1. municipality and newcomer accept → accepted
    const municipality1 = await newMunicipalitySession(t, first.municipalityCode);
    const newcomer1 = await newNewcomerSession(t, first.householdId);
    // Concurrent accepts by the municipality: exactly one is recorded.
    const concurrent = await Promise.all([1, 2, 3].map(() => t.gql(RESPOND, { id: first.id, input: { accept: true } }, municipality1)));
    expect(concurrent.filter((r) => !r.errors)).toHaveLength(1);
    expect(concurrent.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(2);
    const accepted = await t.gql(RESPOND, { id: first.id, input: { accept: true } }, newcomer1);
    expect(accepted.data.respondToProposal).toMatchObject({ status: 'ACCEPTED', municipalityResponse: 'ACCEPTED', newcomerResponse: 'ACCEPTED' });
    const household1 = await gql(`query($id: ID!) { household(id: $id) { status } }`, { id: first.householdId });
    expect(household1.data.household.status).toBe('ACCEPTED');
    expect(await auditOf(t, officer, first.id)).toEqual([
      { action: 'proposal.newcomer_accept', actorRole: 'NEWCOMER' },
      { action: 'proposal.municipality_accept', actorRole: 'MUNICIPALITY' },
    ]);

    // 2. municipality declines: needs a reason; the household waits again and the capacity returns
    const municipality2 = await newMunicipalitySession(t, second.municipalityCode);
    const noReason = await t.gql(RESPOND, { id: second.id, input: { accept: false } }, municipality2);
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0].message).toContain('reason');
    const before = await capacityUsed(second.municipalityCode);
    const declined = await t.gql(RESPOND, { id: second.id, input: { accept: false, reason: 'No home available after all' } }, municipality2);
    expect(declined.data.respondToProposal.status).toBe('DECLINED');
    expect(await capacityUsed(second.municipalityCode)).toBe(before - second.persons);
    expect((await gql(`query($id: ID!) { household(id: $id) { status } }`, { id: second.householdId })).data.household.status).toBe('WAITING');
    const twice = await t.gql(RESPOND, { id: second.id, input: { accept: true } }, municipality2);
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(await auditOf(t, officer, second.id)).toEqual([{ action: 'proposal.municipality_decline', actorRole: 'MUNICIPALITY' }]);

    // 3. newcomer contests (with a reason) → officer upholds → withdrawn
    const newcomer3 = await newNewcomerSession(t, third.householdId);
    const other = await t.gql(RESPOND, { id: second.id, input: { accept: true } }, newcomer3);
    expect(errorCode(other)).toBe('FORBIDDEN');
    const contested = await t.gql(RESPOND, { id: third.id, input: { accept: false, reason: 'My job contract is in another town' } }, newcomer3);
    expect(contested.data.respondToProposal).toMatchObject({ status: 'CONTESTED', newcomerResponse: 'CONTESTED' });
    const review = await gql(`mutation($id: ID!) { reviewContest(proposalId: $id, input: { uphold: true, note: "Job tie confirmed" }) { status reviewOutcome } }`, { id: third.id });
    expect(review.data.reviewContest).toEqual({ status: 'CONTEST_UPHELD', reviewOutcome: 'UPHELD' });
    expect(await auditOf(t, officer, third.id)).toEqual([
      { action: 'proposal.contest_upheld', actorRole: 'OFFICER' },
      { action: 'proposal.newcomer_contest', actorRole: 'NEWCOMER' },
    ]);
  });

  // Each test above checks the audit events of what it did; this one checks that none can be changed or deleted.
  it('keeps the audit trail append-only', async () => {
    const round = await newRound(t, officer, { cohort: { limit: 5 } });
    const dataSource = t.app.get(DataSource);
    await expect(dataSource.query(`UPDATE audit_event SET action = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    expect(await auditOf(t, officer, round.id)).toEqual([{ action: 'round.create', actorRole: 'OFFICER' }]);
  });

  it('marks runs cut off by a restart as failed, never half-written', async () => {
    const round = await newRound(t, officer, { cohort: { limit: 5 } });
    const runs = t.app.get(RunRepository);
    const orphan = await runs.createQueued(round.id, UNSOLVED_OPTIONS, null, (id) => ({ actorAccountId: null, actorRole: 'system', action: 'run.start', entityType: 'run', entityId: id }));
    await runs.markRunning(orphan.id);
    await t.app.get(RunJobs).recover();
    const { data } = await gql(`query($id: ID!) { run(id: $id) { status message assignments { householdId } } }`, { id: orphan.id });
    expect(data.run.status).toBe('FAILED');
    expect(data.run.message).toContain('interrupted');
    expect(data.run.assignments).toEqual([]);
    // What it marked, in one statement: the ids it returns (the executor logs their count), and no other run.
    const second = await runs.createQueued(round.id, UNSOLVED_OPTIONS, null, (id) => ({ actorAccountId: null, actorRole: 'system', action: 'run.start', entityType: 'run', entityId: id }));
    expect(await runs.failInterrupted()).toEqual([second.id]);
    expect((await runs.findById(second.id))?.status).toBe('failed');
  });

  it('lets only one of two rounds that compete for the same homes publish', async () => {
    // One municipality with room for two single adults in a period no other test uses.
    const capacity = await gql(`mutation { setCapacity(code: "GM0363", period: "2030-H1", input: { persons: 2, homes1to2: 2, homes3to4: 0, homes5plus: 0 }) { persons } }`);
    expect(capacity.errors).toBeUndefined();
    const singles = (await newHouseholds(t, officer, 4)).map((h) => h.id);
    const compete = (ids: string[]) => newSucceededRun(t, officer, { name: 'competing', period: '2030-H1', municipalityCodes: ['GM0363'], cohort: { householdIds: ids } });
    const { run: runA } = await compete(singles.slice(0, 2));
    const { run: runB } = await compete(singles.slice(2, 4));
    expect(runA.figures.householdsPlaced).toBe(2);
    expect(runB.figures.householdsPlaced).toBe(2);
    const results = await Promise.all([runA.id, runB.id].map((id) => gql(`mutation($id: ID!) { publishRun(runId: $id) { proposals } }`, { id })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(1);
    const after = await gql(`{ municipality(code: "GM0363") { capacity(period: "2030-H1") { persons usedPersons usedHomes1to2 } } }`);
    expect(after.data.municipality.capacity).toEqual({ persons: 2, usedPersons: 2, usedHomes1to2: 2 });
  });
});
