/**
 * Hard ties with evidence (issue 10), over GraphQL: an officer's tie is verified with a note, a newcomer's is
 * declared, an officer verifies a declared tie (audited), the note is for officers only, and a newcomer's
 * correction keeps a verified tie verified unless it changes that tie.
 */
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { newHousehold, newNewcomerSession, required } from './support/factories.js';

const UTRECHT = 'GM0344';
const AMERSFOORT = 'GM0307';
const TIE_FIELDS = 'id kind municipalityCode description status firstDegree liveNear verifiedAt';
const OFFICER_TIE_FIELDS = `${TIE_FIELDS} verifiedBy verificationNote`;
const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id ties { ${OFFICER_TIE_FIELDS} } } }`;
const CORRECT = (fields: string) => `mutation($id: ID!, $input: CorrectProfileInput!) { correctHouseholdProfile(id: $id, input: $input) { ties { ${fields} } } }`;
const VERIFY = `mutation($tieId: ID!, $note: String!) { verifyTie(tieId: $tieId, note: $note) { id ties { ${OFFICER_TIE_FIELDS} } } }`;
const TIES = (fields: string) => `query($id: ID!) { household(id: $id) { ties { ${fields} } } }`;

const year = new Date().getUTCFullYear();
const developer = { fullName: 'Test Developer', birthYear: year - 27, role: 'APPLICANT', professions: ['2512'], languages: [{ language: 'en', cefr: 'C1' }] };
const registration = (ties: Record<string, unknown>[]) => ({ permitDate: '2026-05-01', receptionLocation: 'AZC Test', members: [developer], ties });
const jobInUtrecht = { kind: 'JOB_CONTRACT', municipalityCode: UTRECHT, description: 'Traineeship software developer' };

describe('ties with evidence over GraphQL', () => {
  let t: TestApp;
  let officer: string;
  let officerId: string;
  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.login('officer@demo.local');
    officerId = required(await t.gql('{ me { id } }', {}, officer), 'me').id;
  });
  afterAll(() => t?.close());

  const gql = (query: string, variables: Record<string, unknown>, token = officer) => t.gql(query, variables, token);
  const fields = (response: GraphQLResponse) => (response.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);
  const tieAudit = async (householdId: string) =>
    required<{ action: string; actorRole: string; actorAccountId: string; before: unknown; after: unknown }[]>(
      await gql('query($id: String!) { auditEvents(entityId: $id, action: "household.tie_verify", limit: 10) { action actorRole actorAccountId before after } }', { id: householdId }),
      'auditEvents',
    );
  /** A waiting household with its own newcomer account, and that account's token. */
  const newcomerHousehold = async () => {
    const household = await newHousehold(t, officer, { input: { members: [developer] } });
    return { id: household.id, newcomer: await newNewcomerSession(t, household.id) };
  };

  it('registers a job contract in Utrecht by an officer as verified, with the note, the officer and the time, audited', async () => {
    const before = Date.now();
    const response = await gql(REGISTER, { input: registration([{ ...jobInUtrecht, verificationNote: '  Signed contract seen, valid to 2027-06  ' }]) });
    const household = required(response, 'registerHousehold');
    expect(household.ties).toEqual([{
      id: expect.any(String), kind: 'JOB_CONTRACT', municipalityCode: UTRECHT, description: 'Traineeship software developer', status: 'VERIFIED',
      firstDegree: false, liveNear: false, verifiedAt: expect.any(String), verifiedBy: officerId, verificationNote: 'Signed contract seen, valid to 2027-06',
    }]);
    expect(Date.parse(household.ties[0].verifiedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(await tieAudit(household.id)).toEqual([{
      action: 'household.tie_verify', actorRole: 'OFFICER', actorAccountId: officerId, before: null,
      after: { tieId: household.ties[0].id, kind: 'job_contract', municipalityCode: UTRECHT, status: 'verified', verificationNote: 'Signed contract seen, valid to 2027-06' },
    }]);
  });

  it.each([
    ['a tie without a note', [jobInUtrecht], ['ties[0].verificationNote']],
    ['a blank note', [{ ...jobInUtrecht, verificationNote: '   ' }], ['ties[0].verificationNote']],
    ['a note over 1000 characters', [{ ...jobInUtrecht, verificationNote: 'x'.repeat(1001) }], ['ties[0].verificationNote']],
    ['firstDegree on a job contract', [{ ...jobInUtrecht, firstDegree: true, verificationNote: 'seen' }], ['ties[0].firstDegree']],
    ['liveNear on a community tie', [{ kind: 'COMMUNITY', municipalityCode: UTRECHT, liveNear: true, verificationNote: 'seen' }], ['ties[0].liveNear']],
  ])('refuses an officer’s registration with %s as BAD_USER_INPUT naming the field, and stores nothing', async (_what, ties, named) => {
    const total = async () => required(await gql('{ households(limit: 1) { total } }', {}), 'households').total as number;
    const count = await total();
    const response = await gql(REGISTER, { input: registration(ties) });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(fields(response)).toEqual(named);
    expect(await total()).toBe(count);
  });

  it('stores a newcomer’s family tie as declared; the newcomer sees the status but not the officer’s fields', async () => {
    const { id, newcomer } = await newcomerHousehold();
    const family = { kind: 'FAMILY', municipalityCode: AMERSFOORT, description: 'My mother', firstDegree: true, liveNear: true };
    const corrected = await gql(CORRECT(TIE_FIELDS), { id, input: { members: [developer], ties: [family] } }, newcomer);
    expect(required(corrected, 'correctHouseholdProfile').ties).toEqual([{
      id: expect.any(String), kind: 'FAMILY', municipalityCode: AMERSFOORT, description: 'My mother', status: 'DECLARED', firstDegree: true, liveNear: true, verifiedAt: null,
    }]);
    const own = await gql(TIES('kind status'), { id }, newcomer);
    expect(required(own, 'household').ties).toEqual([{ kind: 'FAMILY', status: 'DECLARED' }]);
    for (const field of ['verificationNote', 'verifiedBy']) {
      const hidden = await gql(TIES(`status ${field}`), { id }, newcomer);
      expect(errorCode(hidden)).toBe('FORBIDDEN');
      expect(hidden.errors![0].message).toContain(field);
    }
    const noted = await gql(CORRECT('status'), { id, input: { members: [developer], ties: [{ ...family, verificationNote: 'trust me' }] } }, newcomer);
    expect(errorCode(noted)).toBe('FORBIDDEN');
    expect(noted.errors![0].message).toContain('ties[0].verificationNote');
  });

  it('lets an officer verify a declared tie with a note: verified, audited with the status before and after, seen by the newcomer', async () => {
    const { id, newcomer } = await newcomerHousehold();
    const declared = await gql(CORRECT(TIE_FIELDS), { id, input: { members: [developer], ties: [{ kind: 'FAMILY', municipalityCode: AMERSFOORT, firstDegree: true, liveNear: true }] } }, newcomer);
    const tieId = required(declared, 'correctHouseholdProfile').ties[0].id;

    const verified = required(await gql(VERIFY, { tieId, note: ' BRP extract of the mother seen ' }), 'verifyTie');
    expect(verified.id).toBe(id);
    expect(verified.ties).toEqual([expect.objectContaining({ id: tieId, status: 'VERIFIED', verifiedBy: officerId, verificationNote: 'BRP extract of the mother seen', firstDegree: true, liveNear: true })]);
    expect(await tieAudit(id)).toEqual([{
      action: 'household.tie_verify', actorRole: 'OFFICER', actorAccountId: officerId,
      before: { tieId, kind: 'family', municipalityCode: AMERSFOORT, status: 'declared', verificationNote: null },
      after: { tieId, kind: 'family', municipalityCode: AMERSFOORT, status: 'verified', verificationNote: 'BRP extract of the mother seen' },
    }]);
    const seen = required(await gql(TIES('id status verifiedAt'), { id }, newcomer), 'household').ties;
    expect(seen).toEqual([{ id: tieId, status: 'VERIFIED', verifiedAt: verified.ties[0].verifiedAt }]);
    // The newcomer's waiting status still reads the household (ties and all).
    expect(required(await gql('{ myWaitingStatus(locale: "en") { reference } }', {}, newcomer), 'myWaitingStatus').reference).toMatch(/^HH-/);
  });

  it('refuses verifyTie to a newcomer, even for a tie of their own household, and changes nothing', async () => {
    const { id, newcomer } = await newcomerHousehold();
    const declared = await gql(CORRECT('id'), { id, input: { members: [developer], ties: [jobInUtrecht] } }, newcomer);
    const tieId = required(declared, 'correctHouseholdProfile').ties[0].id;
    const response = await gql(VERIFY, { tieId, note: 'I have a contract' }, newcomer);
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(required(await gql(TIES('status'), { id }), 'household').ties).toEqual([{ status: 'DECLARED' }]);
    expect(await tieAudit(id)).toEqual([]);
  });

  it.each([
    ['a malformed tie id', 'BAD_USER_INPUT', () => ({ tieId: 'tie-1', note: 'seen' }), ['tieId']],
    ['a blank note', 'BAD_USER_INPUT', (tieId: string) => ({ tieId, note: '   ' }), ['note']],
    ['a note over 1000 characters', 'BAD_USER_INPUT', (tieId: string) => ({ tieId, note: 'x'.repeat(1001) }), ['note']],
    ['an unknown tie', 'NOT_FOUND', () => ({ tieId: '00000000-0000-4000-8000-000000000000', note: 'seen' }), []],
  ])('answers verifyTie with %s as %s, naming the argument', async (_what, code, variables, named) => {
    const { id, newcomer } = await newcomerHousehold();
    const tieId = required(await gql(CORRECT('id'), { id, input: { members: [developer], ties: [jobInUtrecht] } }, newcomer), 'correctHouseholdProfile').ties[0].id;
    const response = await gql(VERIFY, variables(tieId));
    expect(errorCode(response)).toBe(code);
    expect(fields(response)).toEqual(named);
    expect(required(await gql(TIES('status'), { id }), 'household').ties).toEqual([{ status: 'DECLARED' }]);
  });

  it('keeps a verified tie verified (same id) when the newcomer corrects something else, and declares it again when they change it', async () => {
    const { id, newcomer } = await newcomerHousehold();
    const tieId = required(await gql(CORRECT('id'), { id, input: { members: [developer], ties: [jobInUtrecht] } }, newcomer), 'correctHouseholdProfile').ties[0].id;
    const verified = required(await gql(VERIFY, { tieId, note: 'Signed contract seen' }), 'verifyTie').ties[0];

    // A second member and a community tie added; the job tie sent as it is stored.
    const partner = { birthYear: year - 26, role: 'PARTNER' };
    const unrelated = await gql(CORRECT(TIE_FIELDS), { id, input: { members: [developer, partner], ties: [{ kind: 'COMMUNITY', municipalityCode: AMERSFOORT }, jobInUtrecht] } }, newcomer);
    const ties = required(unrelated, 'correctHouseholdProfile').ties;
    expect(ties).toEqual([
      expect.objectContaining({ kind: 'COMMUNITY', status: 'DECLARED' }),
      expect.objectContaining({ id: tieId, kind: 'JOB_CONTRACT', status: 'VERIFIED', verifiedAt: verified.verifiedAt }),
    ]);
    const officerView = required(await gql(TIES(OFFICER_TIE_FIELDS), { id }), 'household').ties;
    expect(officerView[1]).toMatchObject({ verifiedBy: officerId, verificationNote: 'Signed contract seen' });

    const moved = await gql(CORRECT(TIE_FIELDS), { id, input: { members: [developer, partner], ties: [{ ...jobInUtrecht, municipalityCode: AMERSFOORT }] } }, newcomer);
    const [job] = required(moved, 'correctHouseholdProfile').ties;
    expect(job).toMatchObject({ kind: 'JOB_CONTRACT', municipalityCode: AMERSFOORT, status: 'DECLARED', verifiedAt: null });
    expect(job.id).not.toBe(tieId);
  });

  it('verifies ties an officer adds in a correction, and leaves an unchanged declared tie declared unless given a note', async () => {
    const { id, newcomer } = await newcomerHousehold();
    const family = { kind: 'FAMILY', municipalityCode: AMERSFOORT, firstDegree: true, liveNear: true };
    await gql(CORRECT('id'), { id, input: { members: [developer], ties: [family] } }, newcomer);
    const corrected = await gql(CORRECT('kind status'), { id, input: { members: [developer], ties: [family, { ...jobInUtrecht, verificationNote: 'Contract seen at intake' }] } });
    expect(required(corrected, 'correctHouseholdProfile').ties).toEqual([{ kind: 'FAMILY', status: 'DECLARED' }, { kind: 'JOB_CONTRACT', status: 'VERIFIED' }]);
    const audit = await tieAudit(id);
    expect(audit.map((e) => e.after)).toEqual([expect.objectContaining({ kind: 'job_contract', status: 'verified', verificationNote: 'Contract seen at intake' })]);
  });
});
