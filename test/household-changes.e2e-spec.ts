/**
 * When the household changes after a proposal or a placement (issue 16; matching/vocabulary/household-changes.ts): an
 * officer records a birth, a later arrival, a departure or a death. Within the same home size the proposal counts the
 * new persons (the capacity's person places with it); across home sizes it waits on an officer, who keeps it (the
 * capacity moves from the old home size to the new, exactly once) or withdraws it (the household waits again with its
 * permit date); after the move the municipality is only told. The municipality is told every time, the officers
 * when they must decide.
 */
import { DataSource } from 'typeorm';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { createAccount, newHousehold, newMunicipalitySession, newPublishedRound, required, type NewHousehold, type NewProposal } from './support/factories.js';

const RECORD = `mutation($id: ID!, $input: RecordHouseholdChangeInput!) {
  recordHouseholdChange(householdId: $id, input: $input) { effect proposalId household { size homeBand members { position role fullName } } }
}`;
const RESOLVE = 'mutation($id: ID!, $input: HouseholdChangeReviewInput!) { resolveHouseholdChange(proposalId: $id, input: $input) { status persons homeBand changeReviewSince } }';
const MESSAGES = '{ myNotifications(limit: 100) { kind proposalId change persons review } }';

describe('changes of a household after a proposal', () => {
  let t: TestApp;
  let officer: string;
  let db: DataSource;
  const year = new Date().getUTCFullYear();
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 10 });
    officer = await t.login('officer@demo.local');
    db = t.app.get(DataSource);
  }, 120_000);
  afterAll(() => t?.close());

  /** A household of `persons` (an applicant, a partner when 2 or more, then children), proposed to `code` in a published round. */
  async function proposed(persons: number, code: string): Promise<{ household: NewHousehold; proposal: NewProposal }> {
    const household = await newHousehold(t, officer, {
      input: {
        members: [
          { fullName: 'Applicant', birthYear: year - 35, role: 'APPLICANT' },
          ...(persons > 1 ? [{ fullName: 'Partner', birthYear: year - 33, role: 'PARTNER' }] : []),
          ...Array.from({ length: persons - 2 }, (_, i) => ({ fullName: `Child ${i + 1}`, birthYear: year - 3 - i, role: 'CHILD' })),
        ],
      },
    });
    const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: [household.id] } }, [{ householdId: household.id, municipalityCode: code }]);
    return { household, proposal: proposals[0] };
  }

  const used = async (code: string, period: string) =>
    (
      (await db.query('SELECT used_persons, used_homes_1_2, used_homes_3_4, used_homes_5_plus FROM capacity WHERE municipality_code = $1 AND period = $2', [code, period])) as Record<string, number>[]
    )[0];
  const periodOf = async (proposalId: string) => ((await db.query('SELECT period FROM proposal WHERE id = $1', [proposalId])) as { period: string }[])[0].period;
  const birth = (fullName = 'Baby') => ({ event: 'BIRTH', on: today, member: { fullName, birthYear: year, role: 'CHILD' } });

  it('a birth within the same home size: the proposal counts one more person, and the municipality is told', async () => {
    const { household, proposal } = await proposed(3, 'GM0344');
    const staff = await newMunicipalitySession(t, 'GM0344');
    const period = await periodOf(proposal.id);
    const before = await used('GM0344', period);

    const result = required(await t.gql(RECORD, { id: household.id, input: birth() }, officer), 'recordHouseholdChange');
    expect(result).toMatchObject({ effect: 'ADJUSTED', proposalId: proposal.id, household: { size: 4, homeBand: 'HOMES_3_4' } });
    expect(result.household.members.map((m: { fullName: string }) => m.fullName)).toEqual(['Applicant', 'Partner', 'Child 1', 'Baby']);
    const stored = required(await t.gql('query($h: String!) { proposals(filter: { householdId: $h }) { persons homeBand status changeReviewSince } }', { h: household.id }, officer), 'proposals');
    expect(stored).toEqual([{ persons: 4, homeBand: 'HOMES_3_4', status: 'OPEN', changeReviewSince: null }]);
    expect(await used('GM0344', period)).toEqual({ ...before, used_persons: before.used_persons + 1 });

    const told = required<{ kind: string; proposalId: string; change: string; persons: number; review: boolean }[]>(await t.gql(MESSAGES, {}, staff), 'myNotifications');
    expect(told.filter((n) => n.kind === 'HOUSEHOLD_CHANGED')).toEqual([{ kind: 'HOUSEHOLD_CHANGED', proposalId: proposal.id, change: 'BIRTH', persons: 4, review: false }]);
    // audited without names
    const events = required<{ after: Record<string, unknown> }[]>(await t.gql('query($id: String) { auditEvents(entityId: $id, action: "household.composition_change") { after } }', { id: household.id }, officer), 'auditEvents');
    expect(events).toEqual([{ after: { event: 'birth', on: today, persons: 4, effect: 'adjusted' } }]);
  });

  it('a birth that needs a bigger home: the proposal waits on an officer, who keeps it and moves the capacity once', async () => {
    const { household, proposal } = await proposed(4, 'GM0363');
    const period = await periodOf(proposal.id);
    const before = await used('GM0363', period);
    const officerSeen = required<{ proposalId: string }[]>(await t.gql(MESSAGES, {}, officer), 'myNotifications').length;

    expect(required(await t.gql(RECORD, { id: household.id, input: birth() }, officer), 'recordHouseholdChange')).toMatchObject({ effect: 'REVIEW', household: { size: 5, homeBand: 'HOMES_5_PLUS' } });
    // nothing of the capacity moves before the officer decides; the proposal waits on review, the officers are told
    expect(await used('GM0363', period)).toEqual(before);
    const waiting = required<{ items: { reason: string; proposal: { id: string } }[] }>(await t.gql('{ proposalsAwaitingReview(limit: 100) { items { reason proposal { id } } } }', {}, officer), 'proposalsAwaitingReview');
    expect(waiting.items.filter((i) => i.proposal.id === proposal.id)).toEqual([{ reason: 'HOUSEHOLD_CHANGED', proposal: { id: proposal.id } }]);
    const officerMessages = required<{ kind: string; proposalId: string; review: boolean }[]>(await t.gql(MESSAGES, {}, officer), 'myNotifications');
    expect(officerMessages.length).toBe(officerSeen + 1);
    expect(officerMessages[0]).toMatchObject({ kind: 'HOUSEHOLD_CHANGED', proposalId: proposal.id, review: true });

    const kept = required(await t.gql(RESOLVE, { id: proposal.id, input: { keep: true, note: 'A home for five is free there.' } }, officer), 'resolveHouseholdChange');
    expect(kept).toEqual({ status: 'OPEN', persons: 5, homeBand: 'HOMES_5_PLUS', changeReviewSince: null });
    expect(await used('GM0363', period)).toEqual({
      used_persons: before.used_persons + 1,
      used_homes_1_2: before.used_homes_1_2,
      used_homes_3_4: before.used_homes_3_4 - 1,
      used_homes_5_plus: before.used_homes_5_plus + 1,
    });
    // decided once: a second decision is refused and moves nothing
    expect(errorCode(await t.gql(RESOLVE, { id: proposal.id, input: { keep: true, note: 'Again.' } }, officer))).toBe('CONFLICT');
    expect((await used('GM0363', period)).used_homes_5_plus).toBe(before.used_homes_5_plus + 1);
  });

  it('an officer keeps a changed proposal only when the municipality has the home free', async () => {
    const { household, proposal } = await proposed(4, 'GM0344');
    const period = await periodOf(proposal.id);
    required(await t.gql(RECORD, { id: household.id, input: birth() }, officer), 'recordHouseholdChange');
    await db.query('UPDATE capacity SET homes_5_plus = used_homes_5_plus WHERE municipality_code = $1 AND period = $2', ['GM0344', period]);
    const before = await used('GM0344', period);
    const refused = await t.gql(RESOLVE, { id: proposal.id, input: { keep: true, note: 'Keep it.' } }, officer);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(JSON.stringify(refused.errors)).toMatch(/no free home/);
    expect(await used('GM0344', period)).toEqual(before);
    expect(required(await t.gql('query($h: String!) { proposals(filter: { householdId: $h }) { persons changeReviewSince } }', { h: household.id }, officer), 'proposals')).toEqual([
      { persons: 4, changeReviewSince: expect.any(String) },
    ]);
  });

  it('a birth within the same home size asks for review when the municipality has no person place left', async () => {
    const { household, proposal } = await proposed(3, 'GM0344');
    const period = await periodOf(proposal.id);
    await db.query('UPDATE capacity SET persons = used_persons WHERE municipality_code = $1 AND period = $2', ['GM0344', period]);
    const before = await used('GM0344', period);
    expect(required(await t.gql(RECORD, { id: household.id, input: birth() }, officer), 'recordHouseholdChange')).toMatchObject({ effect: 'REVIEW', household: { size: 4 } });
    expect(await used('GM0344', period)).toEqual(before);
    expect(required(await t.gql('query($h: String!) { proposals(filter: { householdId: $h }) { persons changeReviewSince } }', { h: household.id }, officer), 'proposals')).toEqual([
      { persons: 3, changeReviewSince: expect.any(String) },
    ]);
    await db.query('UPDATE capacity SET persons = persons + 50 WHERE municipality_code = $1 AND period = $2', ['GM0344', period]);
  });

  it('a departure that needs a smaller home: withdrawn, the capacity given back once, the household waits again with its permit date', async () => {
    const { household, proposal } = await proposed(3, 'GM0344');
    const period = await periodOf(proposal.id);
    const before = await used('GM0344', period);
    const permit = required<{ permitDate: string }>(await t.gql('query($id: ID!) { household(id: $id) { permitDate } }', { id: household.id }, officer), 'household').permitDate;

    const result = required(await t.gql(RECORD, { id: household.id, input: { event: 'DEPARTURE', on: today, position: 2 } }, officer), 'recordHouseholdChange');
    expect(result).toMatchObject({ effect: 'REVIEW', household: { size: 2, homeBand: 'HOMES_1_2' } });
    expect(result.household.members.map((m: { fullName: string; role: string }) => [m.fullName, m.role])).toEqual([['Applicant', 'APPLICANT'], ['Child 1', 'CHILD']]);

    const withdrawn = required(await t.gql(RESOLVE, { id: proposal.id, input: { keep: false, note: 'The partner left; a smaller home is needed.' } }, officer), 'resolveHouseholdChange');
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', persons: 3 });
    expect(await used('GM0344', period)).toEqual({ ...before, used_persons: before.used_persons - 3, used_homes_3_4: before.used_homes_3_4 - 1 });
    const again = required<{ status: string; permitDate: string; queuePosition: number | null }>(await t.gql('query($id: ID!) { household(id: $id) { status permitDate queuePosition } }', { id: household.id }, officer), 'household');
    expect(again).toEqual({ status: 'WAITING', permitDate: permit, queuePosition: expect.any(Number) });
    expect(errorCode(await t.gql(RESOLVE, { id: proposal.id, input: { keep: false, note: 'Again.' } }, officer))).toBe('CONFLICT');
  });

  it('after the move the municipality is only told; without a proposal nothing follows; when the applicant dies the partner holds the case', async () => {
    const { household, proposal } = await proposed(3, 'GM0363');
    const staff = await newMunicipalitySession(t, 'GM0363');
    required(await t.gql('mutation($id: ID!) { respondToProposal(proposalId: $id, input: { accept: true }) { status } }', { id: proposal.id }, staff), 'respondToProposal');
    const newcomer = await createAccount(t, { role: 'NEWCOMER', householdId: household.id });
    required(await t.gql('mutation($id: ID!) { respondToProposal(proposalId: $id, input: { accept: true }) { status } }', { id: proposal.id }, newcomer), 'respondToProposal');
    required(await t.gql(`mutation($id: ID!) { recordHousing(proposalId: $id, input: { housedOn: "${today}" }) { status } }`, { id: proposal.id }, staff), 'recordHousing');
    const period = await periodOf(proposal.id);
    const before = await used('GM0363', period);

    const died = required(await t.gql(RECORD, { id: household.id, input: { event: 'DEATH', on: today, position: 1 } }, officer), 'recordHouseholdChange');
    expect(died).toMatchObject({ effect: 'TOLD', proposalId: proposal.id, household: { size: 2 } });
    expect(died.household.members.map((m: { fullName: string; role: string }) => [m.fullName, m.role])).toEqual([['Partner', 'APPLICANT'], ['Child 1', 'CHILD']]);
    expect(await used('GM0363', period)).toEqual(before);
    expect(required<{ kind: string; change: string; persons: number; review: boolean }[]>(await t.gql(MESSAGES, {}, staff), 'myNotifications').filter((n) => n.kind === 'HOUSEHOLD_CHANGED')).toEqual([
      { kind: 'HOUSEHOLD_CHANGED', proposalId: proposal.id, change: 'DEATH', persons: 2, review: false },
    ]);

    const waiting = await newHousehold(t, officer);
    const arrived = required(
      await t.gql(RECORD, { id: waiting.id, input: { event: 'ARRIVAL', on: today, member: { fullName: 'Nareiziger', birthYear: year - 40, role: 'PARTNER', languages: [{ language: 'ti', cefr: 'C2' }] } } }, officer),
      'recordHouseholdChange',
    );
    expect(arrived).toMatchObject({ effect: 'NONE', proposalId: null, household: { size: 2 } });
  });

  it('refuses what is not a change of this household, naming the field', async () => {
    const household = await newHousehold(t, officer);
    const problem = async (input: Record<string, unknown>) => {
      const response = await t.gql(RECORD, { id: household.id, input }, officer);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      return JSON.stringify(response.errors);
    };
    expect(await problem({ event: 'BIRTH', on: today, member: { birthYear: year, role: 'APPLICANT' } })).toContain('member.role');
    expect(await problem({ event: 'BIRTH', on: today, member: { birthYear: year - 1, role: 'CHILD' } })).toContain('member.birthYear');
    expect(await problem({ event: 'BIRTH', on: today })).toContain('member');
    expect(await problem({ event: 'BIRTH', on: '2999-01-01', member: { birthYear: 2999, role: 'CHILD' } })).toContain('on');
    expect(await problem({ event: 'DEATH', on: today })).toContain('position');
    expect(await problem({ event: 'DEPARTURE', on: today, position: 9 })).toContain('position');
    // the only adult cannot go: children alone are not housed through this process
    expect(await problem({ event: 'DEPARTURE', on: today, position: 1 })).toContain('no adult');
    expect(errorCode(await t.gql(RECORD, { id: '00000000-0000-4000-8000-000000000000', input: birth() }, officer))).toBe('NOT_FOUND');
    expect(required<{ size: number }>(await t.gql('query($id: ID!) { household(id: $id) { size } }', { id: household.id }, officer), 'household').size).toBe(1);
  });
});
