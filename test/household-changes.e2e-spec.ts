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
import { createAccount, newHousehold, newMunicipalitySession, newPublishedRound, newRound, required, type NewHousehold, type NewProposal } from './support/factories.js';

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

describe('splitting and merging households, their queue rights kept', () => {
  let t: TestApp;
  let officer: string;
  let db: DataSource;
  const year = new Date().getUTCFullYear();
  const today = new Date().toISOString().slice(0, 10);
  const SPLIT = `mutation($id: ID!, $input: SplitHouseholdInput!) {
    splitHousehold(householdId: $id, input: $input) { effect proposalId
      household { id size members { position role fullName } ties { id } }
      newHousehold { id reference status permitDate urgency receptionLocation careNeeds queuePosition members { position role fullName } ties { id kind municipalityCode status } splitFrom { id reference } }
    }
  }`;
  const MERGE = 'mutation($input: MergeHouseholdsInput!) { mergeHouseholds(input: $input) { effect proposalId household { id size permitDate urgency careNeeds members { role fullName } ties { kind municipalityCode } } } }';
  const HOUSEHOLD = 'query($id: ID!) { household(id: $id) { reference status permitDate size queuePosition mergedInto { id reference } splitFrom { id } } }';
  const AUDIT = 'query($id: String) { auditEvents(entityId: $id, action: "household.split") { after } }';

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 10 });
    officer = await t.login('officer@demo.local');
    db = t.app.get(DataSource);
  }, 120_000);
  afterAll(() => t?.close());

  const family = (input: Record<string, unknown> = {}) =>
    newHousehold(t, officer, {
      input: {
        permitDate: '2025-03-04',
        urgency: 'SOCIAL',
        careNeeds: ['HOSPITAL'],
        members: [
          { fullName: 'Applicant', birthYear: year - 35, role: 'APPLICANT' },
          { fullName: 'Partner', birthYear: year - 33, role: 'PARTNER' },
          { fullName: 'Child 1', birthYear: year - 5, role: 'CHILD' },
          { fullName: 'Child 2', birthYear: year - 3, role: 'CHILD' },
        ],
        ties: [
          { kind: 'JOB_CONTRACT', municipalityCode: 'GM0363', verificationNote: 'Contract seen' },
          { kind: 'COMMUNITY', municipalityCode: 'GM0344', verificationNote: 'Church' },
        ],
        ...input,
      },
    });
  const used = async (code: string, period: string) => (await db.query('SELECT used_persons, used_homes_1_2, used_homes_3_4 FROM capacity WHERE municipality_code = $1 AND period = $2', [code, period]))[0];

  it('a split after a proposal: the members who leave wait with the same permit date and urgency, take their tie, and the proposal asks for review', async () => {
    const household = await family();
    const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: [household.id] } }, [{ householdId: household.id, municipalityCode: 'GM0344' }]);
    const [{ period }] = await db.query('SELECT period FROM proposal WHERE id = $1', [proposals[0].id]);
    const before = await used('GM0344', period);
    const ties = required<{ ties: { id: string; kind: string }[] }>(await t.gql('query($id: ID!) { household(id: $id) { ties { id kind } } }', { id: household.id }, officer), 'household').ties;
    const job = ties.find((tie) => tie.kind === 'JOB_CONTRACT')!;

    const split = required(await t.gql(SPLIT, { id: household.id, input: { positions: [2, 4], tieIds: [job.id], on: today, reason: 'Separated; both to be housed' } }, officer), 'splitHousehold');
    expect(split.effect).toBe('REVIEW');
    expect(split.proposalId).toBe(proposals[0].id);
    expect(split.household.members).toEqual([
      { position: 1, role: 'APPLICANT', fullName: 'Applicant' },
      { position: 2, role: 'CHILD', fullName: 'Child 1' },
    ]);
    expect(split.household.ties.map((tie: { id: string }) => tie.id)).toEqual(ties.filter((tie) => tie.id !== job.id).map((tie) => tie.id));
    expect(split.newHousehold).toMatchObject({
      status: 'WAITING',
      permitDate: '2025-03-04',
      urgency: 'SOCIAL',
      receptionLocation: 'AZC Test',
      careNeeds: ['HOSPITAL'],
      queuePosition: expect.any(Number),
      members: [
        { position: 1, role: 'APPLICANT', fullName: 'Partner' },
        { position: 2, role: 'CHILD', fullName: 'Child 2' },
      ],
      ties: [{ id: job.id, kind: 'JOB_CONTRACT', municipalityCode: 'GM0363', status: 'VERIFIED' }],
      splitFrom: { id: household.id, reference: household.reference },
    });
    // the proposal (a home for 3–4) waits on an officer; nothing of the capacity moved yet
    expect(required(await t.gql('query($h: String!) { proposals(filter: { householdId: $h }) { status persons changeReviewSince } }', { h: household.id }, officer), 'proposals')).toEqual([
      { status: 'OPEN', persons: 4, changeReviewSince: expect.any(String) },
    ]);
    expect(await used('GM0344', period)).toEqual(before);
    // audited on both households, without names
    expect(required(await t.gql(AUDIT, { id: household.id }, officer), 'auditEvents')).toEqual([
      { after: { into: split.newHousehold.id, on: today, positions: [2, 4], persons: 2, effect: 'review', reason: 'Separated; both to be housed' } },
    ]);
    expect(required(await t.gql(AUDIT, { id: split.newHousehold.id }, officer), 'auditEvents')).toEqual([
      { after: { from: household.id, on: today, persons: 2, ties: 1, reason: 'Separated; both to be housed' } },
    ]);
  });

  it('a merge: the members join, the earlier permit date and the more urgent urgency stay, the accounts move, the other case leaves the list', async () => {
    const kept = await newHousehold(t, officer, { input: { permitDate: today, members: [{ fullName: 'Husband', birthYear: year - 40, role: 'APPLICANT' }], ties: [{ kind: 'FAMILY', municipalityCode: 'GM0344', verificationNote: 'Brother lives there' }] } });
    const merged = await family({ members: [{ fullName: 'Wife', birthYear: year - 38, role: 'APPLICANT' }, { fullName: 'Son', birthYear: year - 10, role: 'CHILD' }] });
    const newcomer = await createAccount(t, { role: 'NEWCOMER', householdId: merged.id });
    required(await t.gql('mutation($h: ID!) { inviteHousehold(input: { householdId: $h, locale: NL }) { code } }', { h: merged.id }, officer), 'inviteHousehold');
    const mergedBefore = required(await t.gql(HOUSEHOLD, { id: merged.id }, officer), 'household');

    const result = required(await t.gql(MERGE, { input: { householdId: kept.id, mergedHouseholdId: merged.id, reason: 'One family, registered twice' } }, officer), 'mergeHouseholds');
    expect(result).toMatchObject({ effect: 'NONE', proposalId: null, household: { size: 3, permitDate: '2025-03-04', urgency: 'SOCIAL', careNeeds: ['HOSPITAL'] } });
    expect(result.household.members).toEqual([
      { role: 'APPLICANT', fullName: 'Husband' },
      { role: 'PARTNER', fullName: 'Wife' },
      { role: 'CHILD', fullName: 'Son' },
    ]);
    expect(result.household.ties.map((tie: { kind: string; municipalityCode: string }) => `${tie.kind} ${tie.municipalityCode}`).sort()).toEqual(['COMMUNITY GM0344', 'FAMILY GM0344', 'JOB_CONTRACT GM0363']);
    // queue rights kept: the merged case's place (the earlier permit date) is the family's now
    const keptNow = required(await t.gql(HOUSEHOLD, { id: kept.id }, officer), 'household');
    expect(keptNow.queuePosition).toBeLessThanOrEqual(mergedBefore.queuePosition);
    expect(required(await t.gql(HOUSEHOLD, { id: merged.id }, officer), 'household')).toMatchObject({ status: 'WITHDRAWN', size: 0, queuePosition: null, mergedInto: { id: kept.id, reference: kept.reference } });
    // the newcomer's account reads the family's case; the unused letter of the merged case no longer works
    expect(required(await t.gql('query($id: ID!) { household(id: $id) { reference size } }', { id: kept.id }, newcomer), 'household')).toEqual({ reference: kept.reference, size: 3 });
    expect(errorCode(await t.gql('query($id: ID!) { household(id: $id) { reference } }', { id: merged.id }, newcomer))).toBe('FORBIDDEN');
    expect(await db.query('SELECT count(*)::int AS n FROM access_code WHERE household_id = $1 AND used_at IS NULL AND revoked_at IS NULL', [merged.id])).toEqual([{ n: 0 }]);
    const audit = required<{ entityId: string; before: unknown; after: Record<string, unknown> }[]>(
      await t.gql('{ auditEvents(action: "household.merge", limit: 10) { entityId before after } }', {}, officer),
      'auditEvents',
    );
    expect(audit.filter((e) => e.entityId === kept.id || e.entityId === merged.id).map((e) => [e.entityId, e.before, e.after]).sort()).toEqual(
      [
        [kept.id, { permitDate: today }, { merged: merged.id, permitDate: '2025-03-04', persons: 3, effect: 'none', reason: 'One family, registered twice' }],
        [merged.id, { status: 'waiting' }, { status: 'withdrawn', into: kept.id, reason: 'One family, registered twice' }],
      ].sort(),
    );
    // the merged case cannot be changed or merged again: it names the case it went into
    const again = await t.gql(MERGE, { input: { householdId: kept.id, mergedHouseholdId: merged.id, reason: 'Again' } }, officer);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0].message).toContain(`merged into case ${kept.reference}`);
    expect(errorCode(await t.gql(RECORD, { id: merged.id, input: { event: 'DEATH', on: today, position: 1 } }, officer))).toBe('CONFLICT');
  });

  it('refuses a merge of a household with a lasting proposal, and of a household with itself, changing nothing', async () => {
    const kept = await newHousehold(t, officer);
    const proposed = await newHousehold(t, officer);
    await newPublishedRound(t, officer, { cohort: { householdIds: [proposed.id] } }, [{ householdId: proposed.id, municipalityCode: 'GM0363' }]);
    const refused = await t.gql(MERGE, { input: { householdId: kept.id, mergedHouseholdId: proposed.id, reason: 'One family' } }, officer);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toContain(proposed.reference);
    const itself = await t.gql(MERGE, { input: { householdId: kept.id, mergedHouseholdId: kept.id, reason: 'One family' } }, officer);
    expect(itself.errors?.[0].extensions?.fields).toEqual([{ field: 'mergedHouseholdId', message: expect.any(String) }]);
    expect(errorCode(await t.gql(MERGE, { input: { householdId: kept.id, mergedHouseholdId: '00000000-0000-4000-8000-000000000000', reason: 'One family' } }, officer))).toBe('NOT_FOUND');
    expect(required(await t.gql(HOUSEHOLD, { id: kept.id }, officer), 'household')).toMatchObject({ status: 'WAITING', size: 1 });
    expect(required(await t.gql(HOUSEHOLD, { id: proposed.id }, officer), 'household')).toMatchObject({ status: 'PROPOSED', size: 1, mergedInto: null });
  });

  it('refuses a split that leaves children alone, names no one, everyone or a tie of another household, naming the field', async () => {
    const household = await family();
    const other = await family();
    const otherTie = required<{ ties: { id: string }[] }>(await t.gql('query($id: ID!) { household(id: $id) { ties { id } } }', { id: other.id }, officer), 'household').ties[0].id;
    const field = async (input: Record<string, unknown>) => {
      const response = await t.gql(SPLIT, { id: household.id, input: { on: today, reason: 'Separated', ...input } }, officer);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      return (response.errors?.[0].extensions?.fields ?? []).map((f) => f.field);
    };
    expect(await field({ positions: [3] })).toEqual(['positions']);
    expect(await field({ positions: [1, 2] })).toEqual(['positions']);
    expect(await field({ positions: [1, 2, 3, 4] })).toEqual(['positions']);
    expect(await field({ positions: [] })).toEqual(['positions']);
    expect(await field({ positions: [2, 2] })).toEqual(['positions']);
    expect(await field({ positions: [9] })).toEqual(['positions']);
    expect(await field({ positions: [2], tieIds: [otherTie] })).toEqual(['tieIds']);
    expect(await field({ positions: [2], on: '2999-01-01' })).toEqual(['on']);
    expect(await field({ positions: [2], reason: '  a  ' })).toEqual(['reason']);
    expect(required(await t.gql(HOUSEHOLD, { id: household.id }, officer), 'household')).toMatchObject({ size: 4 });
    expect(await db.query('SELECT count(*)::int AS n FROM household WHERE split_from_id = $1', [household.id])).toEqual([{ n: 0 }]);
  });

  it('a household in a round not published yet is not changed, split or merged: the round holds it as it was', async () => {
    const household = await family();
    const other = await newHousehold(t, officer);
    await newRound(t, officer, { name: 'December round', cohort: { householdIds: [household.id] } });
    const birth = { event: 'BIRTH', on: today, member: { fullName: 'Baby', birthYear: year, role: 'CHILD' } };
    for (const response of [
      await t.gql(RECORD, { id: household.id, input: birth }, officer),
      await t.gql(SPLIT, { id: household.id, input: { positions: [2], on: today, reason: 'Separated' } }, officer),
      await t.gql(MERGE, { input: { householdId: other.id, mergedHouseholdId: household.id, reason: 'One family' } }, officer),
    ]) {
      expect(errorCode(response)).toBe('CONFLICT');
      expect(response.errors?.[0].message).toContain('"December round"');
    }
    expect(required(await t.gql(HOUSEHOLD, { id: household.id }, officer), 'household')).toMatchObject({ status: 'WAITING', size: 4 });
    expect(required(await t.gql(HOUSEHOLD, { id: other.id }, officer), 'household')).toMatchObject({ status: 'WAITING', size: 1 });
  });
});
