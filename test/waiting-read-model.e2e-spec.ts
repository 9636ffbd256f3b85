/*
 * The waiting list's read models (issue 14, "a newcomer's answer at national size") answer exactly what a computation
 * from scratch answers, after every kind of change to what the queue, the capacities and the published rounds are
 * read from: registration, a household's correction (members, ties), a capacity change, a round's publication, a
 * newcomer's response and a withdrawal. Each `it` warms the read model (a status at the current version), makes one
 * change through the API, then compares, for every household, the status (and the officers' overview) from the
 * kept context with the one built from scratch (`WaitingReadModel.enabled = false`). A write path that did not move
 * `read_model_version` leaves the kept context stale, and the comparison fails.
 */
import { DataSource } from 'typeorm';
import { WaitingListService } from '#api/waiting-list/waiting-list.service.js';
import { WaitingReadModel } from '#api/waiting-list/waiting-read-model.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { CURRENT_PERIOD, newHousehold, newMunicipalitySession, newNewcomerSession, newPublishedRound, required } from './support/factories.js';

/** Municipalities the test's rounds use: a few, so the runs are quick. */
const MUNICIPALITIES = ['GM0363', 'GM0344', 'GM0518'];

describe('waiting list read models', () => {
  let t: TestApp;
  let officer: string;
  let service: WaitingListService;
  let readModel: WaitingReadModel;
  const gql = (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, officer);

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 24 });
    // The comparisons keep this process busy for seconds between requests: keep the HTTP connection open meanwhile
    // (else the server's 5 s keep-alive can close it just as the next request reuses it: ECONNRESET).
    t.app.getHttpServer().keepAliveTimeout = 120_000;
    officer = await t.login('officer@demo.local');
    service = t.app.get(WaitingListService);
    readModel = t.app.get(WaitingReadModel);
  }, 120_000);
  afterAll(() => t?.close());

  /** Builds the read model at the current version (what a newcomer polling before the change left in memory). */
  const warm = async () => {
    const [{ id }]: { id: string }[] = await t.app.get(DataSource).query(`SELECT id FROM household ORDER BY reference LIMIT 1`);
    await service.status(id, 'en');
  };

  /** Every household's status and the overview, from the kept read model and from scratch, in two languages. */
  const expectSameAsFromScratch = async () => {
    const ids: string[] = (await t.app.get(DataSource).query(`SELECT id FROM household ORDER BY reference`)).map((r: { id: string }) => r.id);
    const answers = async () => {
      const out: unknown[] = [];
      for (const [i, id] of ids.entries()) out.push(await service.status(id, i % 2 ? 'nl' : 'en'));
      out.push(await service.overview('en'));
      return out;
    };
    const kept = await answers();
    readModel.enabled = false;
    let fresh: unknown[];
    try {
      fresh = await answers();
    } finally {
      readModel.enabled = true;
    }
    expect(kept).toEqual(fresh);
  };

  const members = (persons: number) => {
    const year = new Date().getUTCFullYear();
    return [{ fullName: 'Read Model Applicant', birthYear: year - 30, role: 'APPLICANT' }, ...Array.from({ length: persons - 1 }, (_, i) => ({ birthYear: year - 3 - i, role: 'CHILD' }))];
  };
  const correct = async (id: string, input: Record<string, unknown>) =>
    required(await gql('mutation($id: ID!, $input: CorrectProfileInput!) { correctHouseholdProfile(id: $id, input: $input) { id } }', { id, input }), 'correctHouseholdProfile');

  it('answers as from scratch after a registration', async () => {
    await warm();
    await newHousehold(t, officer, { persons: 3, input: { urgency: 'MEDICAL', permitDate: '2025-01-01' } });
    await expectSameAsFromScratch();
  }, 120_000);

  it('answers as from scratch after a household gains a member (another home band)', async () => {
    const household = await newHousehold(t, officer, { persons: 2 });
    await warm();
    await correct(household.id, { members: members(3), ties: [] });
    await expectSameAsFromScratch();
  }, 120_000);

  it('answers as from scratch after an officer adds a verified job contract (a hard tie that limits where it fits)', async () => {
    const household = await newHousehold(t, officer, { persons: 1 });
    await warm();
    await correct(household.id, { members: members(1), ties: [{ kind: 'JOB_CONTRACT', municipalityCode: 'GM0363', verificationNote: 'Signed contract seen' }] });
    await expectSameAsFromScratch();
  }, 120_000);

  it('answers as from scratch after an officer verifies a tie the newcomer declared (verifyTie: only the tie changes)', async () => {
    const household = await newHousehold(t, officer, { persons: 1 });
    const newcomer = await newNewcomerSession(t, household.id);
    const declared = required<{ ties: { id: string; status: string }[] }>(
      await t.gql(
        'mutation($id: ID!, $input: CorrectProfileInput!) { correctHouseholdProfile(id: $id, input: $input) { ties { id status } } }',
        { id: household.id, input: { members: members(1), ties: [{ kind: 'STUDY_PLACE', municipalityCode: 'GM0344' }] } },
        newcomer,
      ),
      'correctHouseholdProfile',
    );
    expect(declared.ties.map((tie) => tie.status)).toEqual(['DECLARED']);
    await warm();
    required(await gql('mutation($id: ID!) { verifyTie(tieId: $id, note: "Enrolment letter seen") { id } }', { id: declared.ties[0].id }), 'verifyTie');
    await expectSameAsFromScratch();
  }, 120_000);

  it('answers as from scratch after a capacity change', async () => {
    await warm();
    required(
      await gql('mutation($input: SetCapacityInput!) { setCapacity(code: "GM0014", period: "' + CURRENT_PERIOD + '", input: $input) { persons } }', {
        input: { persons: 0, homes1to2: 0, homes3to4: 0, homes5plus: 0 },
      }),
      'setCapacity',
    );
    await expectSameAsFromScratch();
  }, 120_000);

  it('answers as from scratch after a round is published', async () => {
    const households = [await newHousehold(t, officer, { persons: 1 }), await newHousehold(t, officer, { persons: 4 })];
    await warm();
    await newPublishedRound(t, officer, { cohort: { householdIds: households.map((h) => h.id) }, municipalityCodes: MUNICIPALITIES });
    await expectSameAsFromScratch();
  }, 180_000);

  it('answers as from scratch after a newcomer declines (back in the queue)', async () => {
    const household = await newHousehold(t, officer, { persons: 1 });
    const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: [household.id] }, municipalityCodes: MUNICIPALITIES });
    const newcomer = await newNewcomerSession(t, household.id);
    await warm();
    required(
      await t.gql('mutation($id: ID!) { respondToProposal(proposalId: $id, input: { accept: false, reason: "Too far from my family" }) { status } }', { id: proposals[0].id }, newcomer),
      'respondToProposal',
    );
    await expectSameAsFromScratch();
  }, 180_000);

  it('keeps its context through answers that change nothing in the queue (a municipality accepts), and still answers as from scratch', async () => {
    const household = await newHousehold(t, officer, { persons: 1 });
    const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: [household.id] }, municipalityCodes: MUNICIPALITIES });
    const municipality = await newMunicipalitySession(t, proposals[0].municipalityCode);
    await warm();
    const before = readModel.builds;
    required(await t.gql('mutation($id: ID!) { respondToProposal(proposalId: $id, input: { accept: true }) { status } }', { id: proposals[0].id }, municipality), 'respondToProposal');
    required(
      await t.gql('mutation($id: ID!) { setProposalArrangements(proposalId: $id, input: { expectedMoveIn: "2027-03-01" }) { status } }', { id: proposals[0].id }, municipality),
      'setProposalArrangements',
    );
    await warm();
    expect(readModel.builds).toBe(before);
    await expectSameAsFromScratch();
  }, 180_000);

  it('answers as from scratch after a withdrawal', async () => {
    const household = await newHousehold(t, officer, { persons: 2 });
    const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: [household.id] }, municipalityCodes: MUNICIPALITIES });
    await warm();
    required(await gql('mutation($id: ID!) { withdrawProposal(proposalId: $id, input: { reason: "The home is no longer available" }) { status } }', { id: proposals[0].id }), 'withdrawProposal');
    await expectSameAsFromScratch();
  }, 180_000);

  it('rebuilds once per change, shared by concurrent callers, and not at all without a change', async () => {
    const [{ id }]: { id: string }[] = await t.app.get(DataSource).query(`SELECT id FROM household WHERE status = 'waiting' ORDER BY reference LIMIT 1`);
    await warm();
    const before = readModel.builds;
    await Promise.all(Array.from({ length: 10 }, () => service.status(id, 'en')));
    expect(readModel.builds).toBe(before);
    await newHousehold(t, officer, { persons: 1 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => service.status(id, 'en')));
    expect(readModel.builds).toBe(before + 1);
    expect(new Set(answers.map((a) => a.ofTotal)).size).toBe(1);
  }, 120_000);
});
