/**
 * The promise of a verified job (issue 10), over GraphQL: a developer with a verified job contract in Utrecht is
 * placed within reach of it when there is room there, whatever room lies further away; with no room within reach
 * the household waits, the pre-run check says so beforehand (with the capacity that would honour the tie), and both
 * the officer's review and the newcomer's status name the job town and the resource that was short. A tie the
 * newcomer declared, not yet verified by an officer, does not limit: the household may go far away, and its
 * explanation says the tie is not yet checked. A household left waiting is told, by count only, that a more urgent
 * household that came later went first.
 */
import { startTestApp, type TestApp } from './support/test-app.js';
import { newHousehold, newNewcomerSession, newRound, required, runToEnd } from './support/factories.js';

const UTRECHT = 'GM0344';
/** Zeist: about 10 km from Utrecht, within the default 30 km reach of a job. */
const ZEIST = 'GM0355';
/** Groningen and Maastricht: far outside the reach of a job in Utrecht (about 160 km and 150 km). */
const GRONINGEN = 'GM0014';
const MAASTRICHT = 'GM0935';
const WITHIN_REACH = [UTRECHT, ZEIST];
const FAR = [GRONINGEN, MAASTRICHT];

const year = new Date().getUTCFullYear();
const developer = { fullName: 'Test Developer', birthYear: year - 27, role: 'APPLICANT', professions: ['2512'], languages: [{ language: 'en', cefr: 'C1' }] };
const jobInUtrecht = { kind: 'JOB_CONTRACT', municipalityCode: UTRECHT, description: 'Traineeship software developer' };

const ASSIGNMENT = `query($run: ID!, $h: ID!, $locale: String) { run(id: $run) { status assignments(householdId: $h, locale: $locale) {
  householdId municipalityCode criteria { criterion reasons { code params } } explanation
  unplaced { code params text locale missing } othersFirst { code params text locale missing } } } }`;
const PRE_RUN_CHECK = `query($id: ID!) { preRunCheck(roundId: $id) {
  roundId placeReachKm familyReachKm pinnedUnits personPlacesAvailable personPlacesNeeded
  unhonourableTies { household { id reference } unit { id reference } kind tiePlace { code name } reachKm known withinReach { code name }
    why { key municipalities } honourWith { municipality { code name } persons homes1to2 homes3to4 homes5plus } }
  withoutFit { unit { id } why { key municipalities } }
  bands { band households persons homes shortOfHomes withHardTie } } }`;

describe('the promise of a verified job over GraphQL', () => {
  let t: TestApp;
  let officer: string;
  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.login('officer@demo.local');
  });
  afterAll(() => t?.close());

  const gql = (query: string, variables: Record<string, unknown>, token = officer) => t.gql(query, variables, token);
  /** A round of these households (one by default) over Utrecht, Zeist, Groningen and Maastricht, with homes for 1–2 people as given (and person places for them, at least 2: only homes are short). */
  const roundFor = async (householdId: string | readonly string[], homes: Readonly<Record<string, number>>) => {
    const householdIds = typeof householdId === 'string' ? [householdId] : [...householdId];
    const round = await newRound(t, officer, { cohort: { householdIds }, municipalityCodes: [...WITHIN_REACH, ...FAR] });
    expect(round.householdCount).toBe(householdIds.length);
    for (const [code, homes1to2] of Object.entries(homes)) {
      const set = await gql(
        'mutation($r: ID!, $m: String!, $input: RoundCapacityInput!) { setRoundCapacity(roundId: $r, municipalityCode: $m, input: $input) { municipalityCode homes1to2 } }',
        { r: round.id, m: code, input: { persons: Math.max(2, homes1to2 * 2), homes1to2, homes3to4: 0, homes5plus: 0 } },
      );
      expect(required(set, 'setRoundCapacity')).toEqual({ municipalityCode: code, homes1to2 });
    }
    return round.id;
  };
  const assignmentOf = async (runId: string, householdId: string, locale = 'en') => {
    const run = required(await gql(ASSIGNMENT, { run: runId, h: householdId, locale }), 'run');
    expect(run.assignments).toHaveLength(1);
    return run.assignments[0];
  };
  const verifiedDeveloper = () =>
    newHousehold(t, officer, { input: { members: [developer], ties: [{ ...jobInUtrecht, verificationNote: 'Signed traineeship contract seen' }] } });

  it('places a developer with a verified job in Utrecht within reach of it, although far municipalities have more room', async () => {
    const household = await verifiedDeveloper();
    const roundId = await roundFor(household.id, { [UTRECHT]: 1, [ZEIST]: 1, [GRONINGEN]: 40, [MAASTRICHT]: 40 });

    const check = required(await gql(PRE_RUN_CHECK, { id: roundId }), 'preRunCheck');
    expect(check).toMatchObject({ roundId, placeReachKm: 30, familyReachKm: 20, unhonourableTies: [], withoutFit: [], pinnedUnits: 0 });
    expect(check.bands.find((b: { band: string }) => b.band === 'HOMES_1_2')).toEqual({ band: 'HOMES_1_2', households: 1, persons: 1, homes: 82, shortOfHomes: 0, withHardTie: 1 });

    const run = await runToEnd(t, officer, roundId);
    expect(run.status).toBe('SUCCEEDED');
    const assignment = await assignmentOf(run.id, household.id);
    expect(WITHIN_REACH).toContain(assignment.municipalityCode);
    expect(assignment.unplaced).toEqual([]);
    expect(assignment.othersFirst).toEqual([]);
  });

  it('with no room within reach: the pre-run check lists the tie, the household waits, and the officer and the newcomer are told the job town and the missing homes', async () => {
    const household = await verifiedDeveloper();
    const roundId = await roundFor(household.id, { [UTRECHT]: 0, [ZEIST]: 0, [GRONINGEN]: 40, [MAASTRICHT]: 40 });

    const check = required(await gql(PRE_RUN_CHECK, { id: roundId }), 'preRunCheck');
    expect(check.unhonourableTies).toEqual([{
      household: { id: household.id, reference: household.reference },
      unit: [{ id: household.id, reference: household.reference }],
      kind: 'JOB_CONTRACT',
      tiePlace: { code: UTRECHT, name: 'Utrecht' },
      reachKm: 30,
      known: true,
      withinReach: [{ code: UTRECHT, name: 'Utrecht' }, { code: ZEIST, name: 'Zeist' }],
      why: [{ key: 'fit.capacity_short:homes_1_2', municipalities: 2 }],
      honourWith: [
        { municipality: { code: UTRECHT, name: 'Utrecht' }, persons: 0, homes1to2: 1, homes3to4: 0, homes5plus: 0 },
        { municipality: { code: ZEIST, name: 'Zeist' }, persons: 0, homes1to2: 1, homes3to4: 0, homes5plus: 0 },
      ],
    }]);
    expect(check.withoutFit).toEqual([{ unit: [{ id: household.id }], why: expect.arrayContaining([{ key: 'fit.capacity_short:homes_1_2', municipalities: 2 }]) }]);

    const run = await runToEnd(t, officer, roundId);
    expect(run.status).toBe('SUCCEEDED');
    const review = await assignmentOf(run.id, household.id, 'en');
    expect(review.municipalityCode).toBeNull();
    expect(review.unplaced).toHaveLength(1);
    expect(review.unplaced[0]).toMatchObject({
      code: 'unplaced.tie_no_room', locale: 'en', missing: false,
      params: { household: household.id, kind: 'job_contract', tiePlace: UTRECHT, reachKm: 30, resource: 'homes_1_2', needed: 1, freeInReach: 0, municipalities: 2 },
    });
    expect(review.unplaced[0].text).toContain('Utrecht');
    expect(review.unplaced[0].text).toContain('homes for 1 or 2 people');
    expect(review.unplaced[0].text).not.toContain('{');

    const newcomer = await newNewcomerSession(t, household.id);
    required(await gql('mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id: run.id }), 'publishRun');
    // the round passed without a proposal for it: its newcomer is told it still waits (issue 16, "Being told")
    expect(required(await gql('{ myNotifications { kind proposalId } }', {}, newcomer), 'myNotifications')).toEqual([{ kind: 'ROUND_PUBLISHED', proposalId: null }]);
    const status = required(
      await gql('query { myWaitingStatus(locale: "nl") { status lastRound { roundId municipalityCode unplaced { code text locale missing } othersFirst { code text } } } }', {}, newcomer),
      'myWaitingStatus',
    );
    expect(status.status).toBe('WAITING');
    expect(status.lastRound).toMatchObject({ roundId, municipalityCode: null, othersFirst: [] });
    expect(status.lastRound.unplaced).toEqual([{ code: 'unplaced.tie_no_room', text: expect.any(String), locale: 'nl', missing: false }]);
    expect(status.lastRound.unplaced[0].text).toContain('Utrecht');
    expect(status.lastRound.unplaced[0].text).toContain('woningen voor 1 of 2 personen');
    expect(status.lastRound.unplaced[0].text).toContain('uw werk in Utrecht');
  });

  it('a job tie the newcomer declared (not verified) does not limit: with room only far away the household goes there, and its explanation says the tie is not yet checked', async () => {
    const household = await newHousehold(t, officer, { input: { members: [developer] } });
    const newcomer = await newNewcomerSession(t, household.id);
    const corrected = await gql(
      'mutation($id: ID!, $input: CorrectProfileInput!) { correctHouseholdProfile(id: $id, input: $input) { ties { kind municipalityCode status } } }',
      { id: household.id, input: { members: [developer], ties: [jobInUtrecht] } },
      newcomer,
    );
    expect(required(corrected, 'correctHouseholdProfile').ties).toEqual([{ kind: 'JOB_CONTRACT', municipalityCode: UTRECHT, status: 'DECLARED' }]);
    const roundId = await roundFor(household.id, { [UTRECHT]: 0, [ZEIST]: 0, [GRONINGEN]: 1, [MAASTRICHT]: 1 });

    const check = required(await gql(PRE_RUN_CHECK, { id: roundId }), 'preRunCheck');
    expect(check.unhonourableTies).toEqual([]);
    expect(check.bands.find((b: { band: string }) => b.band === 'HOMES_1_2')).toMatchObject({ households: 1, withHardTie: 0 });

    const run = await runToEnd(t, officer, roundId);
    expect(run.status).toBe('SUCCEEDED');
    const review = await assignmentOf(run.id, household.id);
    expect(FAR).toContain(review.municipalityCode);
    expect(review.unplaced).toEqual([]);
    const ties = review.criteria.find((c: { criterion: string }) => c.criterion === 'ties');
    expect(ties.reasons).toEqual([expect.objectContaining({ code: 'ties.distance', params: expect.objectContaining({ status: 'declared' }) })]);
    expect(review.explanation.preferred.find((p: { kind: string }) => p.kind === 'job_contract')).toMatchObject({ municipality: UTRECHT, status: 'declared', hard: false });

    required(await gql('mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id: run.id }), 'publishRun');
    const view = required(
      await gql('query { myProposalView(locale: "en") { proposal { municipalityCode } criteria { criterion reasons { code text } } } }', {}, newcomer),
      'myProposalView',
    );
    expect(view.proposal.municipalityCode).toBe(review.municipalityCode);
    const tieReasons = view.criteria.find((c: { criterion: string }) => c.criterion === 'TIES').reasons;
    expect(tieReasons).toEqual([{ code: 'ties.distance', text: expect.stringContaining('An officer has not checked it yet, so it counts as a wish, not as a rule.') }]);
    expect(tieReasons[0].text).toContain('km from your job');
  });

  it('tells a household left waiting, in the officer’s review and in its own status, that a more urgent household that came later went first (a small count hidden)', async () => {
    const earlier = await newHousehold(t, officer, { input: { permitDate: '2026-01-05', members: [developer] } });
    const urgent = await newHousehold(t, officer, { input: { permitDate: '2026-03-01', urgency: 'SOCIAL', members: [{ ...developer, fullName: 'Urgent Developer' }] } });
    const roundId = await roundFor([earlier.id, urgent.id], { [UTRECHT]: 1, [ZEIST]: 0, [GRONINGEN]: 0, [MAASTRICHT]: 0 });
    const run = await runToEnd(t, officer, roundId);
    expect(run.status).toBe('SUCCEEDED');
    expect((await assignmentOf(run.id, urgent.id)).municipalityCode).toBe(UTRECHT);

    const review = await assignmentOf(run.id, earlier.id, 'en');
    expect(review.municipalityCode).toBeNull();
    expect(review.unplaced).toEqual([]);
    expect(review.othersFirst).toEqual([{
      code: 'others_first.officer.more_urgent', params: { count: 0, hidden: 'yes', threshold: 3, band: 'homes_1_2' }, locale: 'en', missing: false,
      text: expect.stringContaining('Fewer than 3 households'),
    }]);
    expect(review.othersFirst[0].text).toContain('more urgent');

    required(await gql('mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id: run.id }), 'publishRun');
    const newcomer = await newNewcomerSession(t, earlier.id);
    const status = required(await gql('query { myWaitingStatus(locale: "en") { lastRound { roundId municipalityCode unplaced { code } othersFirst { code text locale } } } }', {}, newcomer), 'myWaitingStatus');
    expect(status.lastRound).toEqual({
      roundId, municipalityCode: null, unplaced: [],
      othersFirst: [{ code: 'others_first.more_urgent', locale: 'en', text: expect.stringContaining('Fewer than 3 households got a home before you') }],
    });
    expect(status.lastRound.othersFirst[0].text).toContain('Urgent situations go first.');
  });
});
