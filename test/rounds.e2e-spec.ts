import { periodOf } from '#api/common/period.js';
import { RunExecutor } from '#api/rounds/run-executor.service.js';
import { RunRepository } from '#persistence/repositories/run.repository.js';
import type { RunOptions } from '#persistence/entities/round.entity.js';
import { DEFAULT_ROUND_POLICY } from '#api/rounds/rounds.service.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { RUN_FIELDS, createAccount, waitForRun } from './support/rounds.js';

/** Options of a run queued straight through the repository (never solved). */
const UNSOLVED_OPTIONS: RunOptions = { policy: DEFAULT_ROUND_POLICY, pins: [], forbidden: [], capacities: [] };

const PERIOD = periodOf(new Date());

describe('matching rounds: the placement officer’s workflow', () => {
  let t: TestApp;
  let officer: string;
  const gql = (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, officer);

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 150 });
    officer = await t.login('officer@demo.local');
  });
  afterAll(() => t.close());

  let roundId: string;
  let firstRun: any;
  let secondRun: any;
  let pinned: { householdId: string; municipalityCode: string };
  let forbidden: { householdId: string; municipalityCode: string };

  it('creates a round that snapshots cohort, profiles and capacity', async () => {
    const { data, errors } = await gql(
      `mutation($input: CreateRoundInput!) { createRound(input: $input) { id status period householdCount municipalityCount policy { weights { labour ties } maxOptions solver } profileVersions } }`,
      { input: { name: 'E2E round', period: PERIOD, cohort: { limit: 80 } } },
    );
    expect(errors).toBeUndefined();
    expect(data.createRound).toMatchObject({ status: 'draft', period: PERIOD, householdCount: 80, municipalityCount: 342 });
    expect(data.createRound.policy.weights).toEqual({ labour: 3, ties: 3 });
    expect(Object.keys(data.createRound.profileVersions)).toHaveLength(342);
    roundId = data.createRound.id;
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
    const started = await gql(`mutation($id: ID!) { runRound(roundId: $id) { id status } }`, { id: roundId });
    expect(started.errors).toBeUndefined();
    expect(['queued', 'running']).toContain(started.data.runRound.status);
    firstRun = await waitForRun(t, officer, started.data.runRound.id);
    expect(firstRun.status).toBe('succeeded');
    expect(firstRun.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(firstRun.solver).toBeTruthy();
    expect(firstRun.gap).toBeGreaterThanOrEqual(0);
    expect(firstRun.bound).toBeGreaterThanOrEqual(firstRun.objective - 1e-6);
    expect(firstRun.figures.householdsTotal).toBe(80);
    expect(firstRun.figures.householdsPlaced).toBeGreaterThan(60);
    // What the matching adds over today’s random allocation, on the same cohort and capacity.
    expect(firstRun.figures.averageFit).toBeGreaterThan(firstRun.statusQuo.averageFit);
  });

  it('shows per household the municipality, the reasons and the alternatives; fill never exceeds capacity', async () => {
    const { data, errors } = await gql(
      `query($id: ID!) { run(id: $id) {
        assignments(limit: 100) { householdId municipalityCode fit rank options criteria { criterion score weight reasons { code params } }
          alternatives { municipalityCode fit rank verdict { code params } } preferred { municipalityCode kind verdict { code } } }
        fill { municipalityCode persons personsCapacity homes1to2 homes1to2Capacity homes3to4 homes3to4Capacity homes5plus homes5plusCapacity }
        fairness { overallPlacementRate groups { dimension group households placementRate flagged } rule } } }`,
      { id: firstRun.id },
    );
    expect(errors).toBeUndefined();
    const assignments = data.run.assignments;
    expect(assignments).toHaveLength(80);
    const placed = assignments.filter((a: any) => a.municipalityCode);
    expect(placed.length).toBe(firstRun.figures.householdsPlaced);
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
    expect(data.run.fairness.groups.map((g: any) => g.dimension)).toEqual(expect.arrayContaining(['gender', 'sizeBand', 'ageBand', 'originRegion']));
    pinned = { householdId: placed[0].householdId, municipalityCode: placed[0].alternatives[0].municipalityCode };
    forbidden = { householdId: placed[1].householdId, municipalityCode: placed[1].municipalityCode };
  });

  it('re-runs an earlier run to the identical answer', async () => {
    const again = await gql(`mutation($id: ID!) { rerun(runId: $id) { id } }`, { id: firstRun.id });
    const rerun = await waitForRun(t, officer, again.data.rerun.id);
    expect(rerun.inputHash).toBe(firstRun.inputHash);
    const cmp = await gql(`query($a: ID!, $b: ID!) { compareRuns(a: $a, b: $b) { moved { householdId } unchanged } }`, { a: firstRun.id, b: rerun.id });
    expect(cmp.data.compareRuns).toEqual({ moved: [], unchanged: 80 });
  });

  it('pins, forbids, changes weights, re-runs and compares', async () => {
    const pin = await gql(`mutation($r: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: $m) { householdId municipalityCode } }`,
      { r: roundId, h: pinned.householdId, m: pinned.municipalityCode });
    expect(pin.data.pinHousehold).toEqual([pinned]);
    const forbid = await gql(`mutation($r: ID!, $h: ID!, $m: String!) { forbidPair(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }`,
      { r: roundId, h: forbidden.householdId, m: forbidden.municipalityCode });
    expect(forbid.errors).toBeUndefined();
    const policy = await gql(`mutation($r: ID!) { setRoundPolicy(roundId: $r, input: { weights: { setting: 4 } }) { policy { weights { setting labour } } } }`, { r: roundId });
    expect(policy.data.setRoundPolicy.policy.weights).toEqual({ setting: 4, labour: 3 });
    const started = await gql(`mutation($id: ID!) { runRound(roundId: $id) { id } }`, { id: roundId });
    secondRun = await waitForRun(t, officer, started.data.runRound.id);
    expect(secondRun.status).toBe('succeeded');
    expect(secondRun.inputHash).not.toBe(firstRun.inputHash);
    const { data } = await gql(`query($id: ID!, $a: ID!, $b: ID!) {
      run(id: $id) { pinnedOne: assignments(householdId: "${pinned.householdId}") { municipalityCode } forbiddenOne: assignments(householdId: "${forbidden.householdId}") { municipalityCode } }
      compareRuns(a: $a, b: $b) { moved { householdId from to } unchanged } }`, { id: secondRun.id, a: firstRun.id, b: secondRun.id });
    expect(data.run.pinnedOne[0].municipalityCode).toBe(pinned.municipalityCode);
    expect(data.run.forbiddenOne[0].municipalityCode).not.toBe(forbidden.municipalityCode);
    expect(data.compareRuns.moved).toEqual(expect.arrayContaining([expect.objectContaining({ householdId: pinned.householdId, to: pinned.municipalityCode })]));
  });

  it('refuses to pin to a municipality without a fitting home', async () => {
    const code = pinned.municipalityCode;
    const huge = await gql(`mutation($r: ID!, $m: String!) { setRoundCapacity(roundId: $r, municipalityCode: $m, input: { persons: 2000000000, homes1to2: 0, homes3to4: 0, homes5plus: 0 }) { persons } }`, { r: roundId, m: code });
    expect(errorCode(huge)).toBe('BAD_USER_INPUT');
    expect(huge.errors![0].message).toContain('persons');
    const zero = await gql(`mutation($r: ID!, $m: String!) { setRoundCapacity(roundId: $r, municipalityCode: $m, input: { persons: 0, homes1to2: 0, homes3to4: 0, homes5plus: 0 }) { persons } }`, { r: roundId, m: code });
    expect(zero.errors).toBeUndefined();
    const other = firstRun && (await gql(`query($id: ID!) { run(id: $id) { assignments(limit: 5, offset: 10) { householdId } } }`, { id: firstRun.id })).data.run.assignments[0].householdId;
    const refused = await gql(`mutation($r: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }`, { r: roundId, h: other, m: code });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toContain('no free home');
    // Restore, so the pinned run stays publishable with the same capacity.
    await gql(`mutation($r: ID!, $h: ID!) { unpinHousehold(roundId: $r, householdId: $h) { householdId } }`, { r: roundId, h: pinned.householdId });
  });

  it('refuses to publish a failed run and publishes a good one once, all or nothing', async () => {
    const failedRun = await t.app.get(RunRepository).createQueued(roundId, UNSOLVED_OPTIONS, null, (id) => ({ actorAccountId: null, actorRole: 'system', action: 'run.start', entityType: 'run', entityId: id }));
    await t.app.get(RunRepository).fail(failedRun.id, 'test');
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
    const { data } = await gql(`query($r: String!) { proposals(filter: { roundId: $r }, limit: 500) { id householdId } }`, { r: roundId });
    expect(data.proposals).toHaveLength(firstRun.figures.householdsPlaced);
    expect(new Set(data.proposals.map((p: any) => p.householdId)).size).toBe(data.proposals.length);
    const afterPublish = await gql(`mutation($id: ID!) { runRound(roundId: $id) { id } }`, { id: roundId });
    expect(errorCode(afterPublish)).toBe('CONFLICT');
  });

  it('takes accept, decline and contest; a placement needs both sides; capacity is given back', async () => {
    const { data } = await gql(`query($r: String!) { proposals(filter: { roundId: $r }, limit: 500) { id householdId municipalityCode persons status } }`, { r: roundId });
    const [first, second, third] = data.proposals;
    const capacityUsed = async (code: string) =>
      (await gql(`query($c: String!) { municipality(code: $c) { capacity(period: "${PERIOD}") { usedPersons } } }`, { c: code })).data.municipality.capacity.usedPersons;

    // 1. municipality and newcomer accept → placed
    const municipality1 = await createAccount(t, { role: 'MUNICIPALITY', municipalityCode: first.municipalityCode });
    const newcomer1 = await createAccount(t, { role: 'NEWCOMER', householdId: first.householdId });
    const respond = `mutation($id: ID!, $input: ProposalResponseInput!) { respondToProposal(proposalId: $id, input: $input) { status municipalityResponse newcomerResponse reviewOutcome } }`;
    // Concurrent accepts by the municipality: exactly one is recorded.
    const concurrent = await Promise.all([1, 2, 3].map(() => t.gql(respond, { id: first.id, input: { accept: true } }, municipality1)));
    expect(concurrent.filter((r) => !r.errors)).toHaveLength(1);
    expect(concurrent.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(2);
    const accepted = await t.gql(respond, { id: first.id, input: { accept: true } }, newcomer1);
    expect(accepted.data.respondToProposal).toMatchObject({ status: 'ACCEPTED', municipalityResponse: 'accepted', newcomerResponse: 'accepted' });
    const household1 = await gql(`query($id: ID!) { household(id: $id) { status } }`, { id: first.householdId });
    expect(household1.data.household.status).toBe('ACCEPTED');

    // 2. municipality declines: needs a reason; the household waits again and the capacity returns
    const municipality2 = await createAccount(t, { role: 'MUNICIPALITY', municipalityCode: second.municipalityCode });
    const noReason = await t.gql(respond, { id: second.id, input: { accept: false } }, municipality2);
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0].message).toContain('reason');
    const before = await capacityUsed(second.municipalityCode);
    const declined = await t.gql(respond, { id: second.id, input: { accept: false, reason: 'No home available after all' } }, municipality2);
    expect(declined.data.respondToProposal.status).toBe('DECLINED');
    expect(await capacityUsed(second.municipalityCode)).toBe(before - second.persons);
    expect((await gql(`query($id: ID!) { household(id: $id) { status } }`, { id: second.householdId })).data.household.status).toBe('WAITING');
    const twice = await t.gql(respond, { id: second.id, input: { accept: true } }, municipality2);
    expect(errorCode(twice)).toBe('CONFLICT');

    // 3. newcomer contests (with a reason) → officer upholds → withdrawn
    const newcomer3 = await createAccount(t, { role: 'NEWCOMER', householdId: third.householdId });
    const other = await t.gql(respond, { id: second.id, input: { accept: true } }, newcomer3);
    expect(errorCode(other)).toBe('FORBIDDEN');
    const contested = await t.gql(respond, { id: third.id, input: { accept: false, reason: 'My job contract is in another town' } }, newcomer3);
    expect(contested.data.respondToProposal).toMatchObject({ status: 'CONTESTED', newcomerResponse: 'contested' });
    const review = await gql(`mutation($id: ID!) { reviewContest(proposalId: $id, input: { uphold: true, note: "Job tie confirmed" }) { status reviewOutcome } }`, { id: third.id });
    expect(review.data.reviewContest).toEqual({ status: 'CONTEST_UPHELD', reviewOutcome: 'upheld' });
  });

  it('records every action in the append-only audit trail', async () => {
    const { data } = await gql('{ auditEvents(limit: 500) { action actorRole entityType entityId at } }');
    const actions = new Set(data.auditEvents.map((e: any) => e.action));
    for (const action of ['round.create', 'run.start', 'run.rerun', 'round.pin', 'round.forbid', 'round.policy', 'round.capacity', 'round.publish',
      'proposal.municipality_accept', 'proposal.newcomer_accept', 'proposal.municipality_decline', 'proposal.newcomer_contest', 'proposal.contest_upheld']) {
      expect(actions).toContain(action);
    }
    const dataSource = (t.app.get(RunRepository) as unknown as { dataSource: { query(sql: string): Promise<unknown> } }).dataSource;
    await expect(dataSource.query(`UPDATE audit_event SET action = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });

  it('marks runs cut off by a restart as failed, never half-written', async () => {
    const runs = t.app.get(RunRepository);
    const orphan = await runs.createQueued(roundId, UNSOLVED_OPTIONS, null, (id) => ({ actorAccountId: null, actorRole: 'system', action: 'run.start', entityType: 'run', entityId: id }));
    await runs.markRunning(orphan.id);
    await t.app.get(RunExecutor).onApplicationBootstrap();
    const { data } = await gql(`query($id: ID!) { run(id: $id) { status message assignments { householdId } } }`, { id: orphan.id });
    expect(data.run.status).toBe('failed');
    expect(data.run.message).toContain('interrupted');
    expect(data.run.assignments).toEqual([]);
  });
});

describe('capacity under concurrent publication', () => {
  let t: TestApp;
  let officer: string;
  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 60 });
    officer = await t.login('officer@demo.local');
  });
  afterAll(() => t.close());

  it('lets only one of two rounds that compete for the same homes publish', async () => {
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v, officer);
    // One municipality with room for two single adults in a fresh period.
    await gql(`mutation { setCapacity(code: "GM0363", period: "2030-H1", input: { persons: 2, homes1to2: 2, homes3to4: 0, homes5plus: 0 }) { persons } }`);
    const { data } = await gql(`{ households(limit: 200) { items { id size } } }`);
    const singles = data.households.items.filter((h: any) => h.size === 1).map((h: any) => h.id);
    const create = async (ids: string[]) =>
      (await gql(`mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }`, {
        input: { name: 'competing', period: '2030-H1', municipalityCodes: ['GM0363'], cohort: { householdIds: ids } },
      })).data.createRound.id;
    const roundA = await create(singles.slice(0, 2));
    const roundB = await create(singles.slice(2, 4));
    const runA = await waitForRun(t, officer, (await gql(`mutation($id: ID!) { runRound(roundId: $id) { id } }`, { id: roundA })).data.runRound.id);
    const runB = await waitForRun(t, officer, (await gql(`mutation($id: ID!) { runRound(roundId: $id) { id } }`, { id: roundB })).data.runRound.id);
    expect(runA.figures.householdsPlaced).toBe(2);
    expect(runB.figures.householdsPlaced).toBe(2);
    const results = await Promise.all([runA.id, runB.id].map((id) => gql(`mutation($id: ID!) { publishRun(runId: $id) { proposals } }`, { id })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(1);
    const capacity = await gql(`{ municipality(code: "GM0363") { capacity(period: "2030-H1") { persons usedPersons usedHomes1to2 } } }`);
    expect(capacity.data.municipality.capacity).toEqual({ persons: 2, usedPersons: 2, usedHomes1to2: 2 });
    void RUN_FIELDS;
  });
});
