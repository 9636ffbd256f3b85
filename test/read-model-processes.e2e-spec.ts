/*
 * The waiting list's read model across processes (issue 14, "more than one process"): every API process keeps its
 * own context, keyed by the database's `read_model_version`, which triggers move on every write it reads. Two apps
 * on ONE PostgreSQL database (two pools: two processes as far as the database can tell) — a write through app A is
 * seen by the very next read through app B, whose context was warm before the write.
 * Needs a PostgreSQL server: an embedded database lives inside its one process.
 */
import { startTestApp, type TestApp } from './support/test-app.js';
import { newHousehold, newNewcomerSession, newPublishedRound, required } from './support/factories.js';

const STATUS = '{ myWaitingStatus(locale: "en") { householdId status position ofTotal aheadSameBand moreUrgentAhead proposal { municipalityCode status } lastRound { municipalityCode } } }';
const OVERVIEW = '{ waitingList(locale: "en") { byUrgency { key count } longestWaits { reference } } }';

const describeOnServer = process.env.DATABASE_URL ? describe : describe.skip;
if (!process.env.DATABASE_URL) {
  // eslint-disable-next-line no-console
  console.log('read-model-processes: skipped, it needs a PostgreSQL server (set DATABASE_URL)');
}

describeOnServer('waiting list read model shared by two processes on one database', () => {
  let a: TestApp;
  let b: TestApp;
  let officerA: string;
  let officerB: string;

  beforeAll(async () => {
    a = await startTestApp({ seedHouseholds: 24 });
    b = await startTestApp({}, { sharing: a });
    officerA = await a.login('officer@demo.local');
    officerB = await b.login('officer@demo.local');
  }, 180_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('shows a household registered through A at once in statuses and the overview read through B', async () => {
    const household = await newHousehold(a, officerA, { persons: 1 });
    const newcomer = await newNewcomerSession(a, household.id);
    const before = required(await b.gql(STATUS, {}, newcomer), 'myWaitingStatus');
    const overviewBefore = required(await b.gql(OVERVIEW, {}, officerB), 'waitingList');
    // a medical urgency goes ahead of everyone without one: the household's position moves back by one
    await newHousehold(a, officerA, { persons: 1, input: { urgency: 'MEDICAL' } });
    const after = required(await b.gql(STATUS, {}, newcomer), 'myWaitingStatus');
    expect(after.ofTotal).toBe(before.ofTotal + 1);
    expect(after.position).toBe(before.position + 1);
    expect(after.moreUrgentAhead).toBe(before.moreUrgentAhead + 1);
    // and B answers what A answers
    expect(after).toEqual(required(await a.gql(STATUS, {}, newcomer), 'myWaitingStatus'));
    const overviewAfter = required(await b.gql(OVERVIEW, {}, officerB), 'waitingList');
    const medical = (o: { byUrgency: { key: string; count: number }[] }) => o.byUrgency.find((u) => u.key === 'medical')?.count ?? 0;
    expect(medical(overviewAfter)).toBe(medical(overviewBefore) + 1);
    expect(overviewAfter).toEqual(required(await a.gql(OVERVIEW, {}, officerA), 'waitingList'));
  }, 120_000);

  it('shows a round published through A at once in the status of its household read through B', async () => {
    const household = await newHousehold(a, officerA, { persons: 1 });
    const newcomer = await newNewcomerSession(a, household.id);
    const before = required(await b.gql(STATUS, {}, newcomer), 'myWaitingStatus');
    expect(before).toMatchObject({ status: 'WAITING', proposal: null, lastRound: null });
    const { proposals } = await newPublishedRound(a, officerA, { cohort: { householdIds: [household.id] }, municipalityCodes: ['GM0363', 'GM0344'] }, [
      { householdId: household.id, municipalityCode: 'GM0344' },
    ]);
    expect(proposals).toHaveLength(1);
    const after = required(await b.gql(STATUS, {}, newcomer), 'myWaitingStatus');
    expect(after).toMatchObject({ status: 'PROPOSED', position: null, proposal: { municipalityCode: 'GM0344', status: 'OPEN' }, lastRound: { municipalityCode: 'GM0344' } });
    expect(after).toEqual(required(await a.gql(STATUS, {}, newcomer), 'myWaitingStatus'));
    // the household left the queue: one fewer waiting, for the statuses B gives everyone else too
    const other = await newNewcomerSession(a, (await newHousehold(a, officerA, { persons: 2 })).id);
    const otherStatus = required(await b.gql(STATUS, {}, other), 'myWaitingStatus');
    expect(otherStatus.ofTotal).toBe(before.ofTotal);
  }, 180_000);
});
