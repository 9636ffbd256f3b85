import { errorCode, startTestAppSignedIn, type TestApp } from './support/test-app.js';

const REGISTER = `mutation($input: RegisterHouseholdInput!) {
  registerHousehold(input: $input) {
    id reference status size homeBand preferredSetting preferenceWeights { labour setting }
    members { position age role professions { code title } languages { language cefr } }
    ties { kind municipalityCode status }
  }
}`;

const year = new Date().getUTCFullYear();
const validHousehold = () => ({
  permitDate: '2026-02-01',
  receptionLocation: 'AZC Budel',
  preferredSetting: 'URBAN',
  preferenceWeights: { labour: 3 },
  members: [
    { fullName: 'Test Architect', birthYear: year - 34, role: 'APPLICANT', educationLevel: 7, workExperienceYears: 9,
      aspirations: ['WORK_IN_PROFESSION'], professions: ['2161'], languages: [{ language: 'ar', cefr: 'C2' }, { language: 'en', cefr: 'B2' }] },
    { birthYear: year - 6, role: 'CHILD' },
  ],
  ties: [{ kind: 'JOB_CONTRACT', municipalityCode: 'GM0599', description: 'Traineeship', verificationNote: 'Signed traineeship contract seen' }],
  protectedTraits: { nationality: 'SY' },
});

describe('households over GraphQL', () => {
  const gql = (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, officer);
  let t: TestApp;
  let officer: string;
  beforeAll(async () => ({ t, token: officer } = await startTestAppSignedIn('officer@demo.local')));
  afterAll(() => t?.close());

  const total = async () => (await gql('{ households(limit: 1) { total } }')).data.households.total as number;

  // Other tests here register households of their own (isSynthetic: false); the seeded cohort is the synthetic ones.
  it('serves the seeded synthetic cohort', async () => {
    const { data } = await gql('{ households(limit: 5) { total items { reference status size members { age } } } }');
    expect(data.households.items).toHaveLength(5);
    expect(data.households.items[0].status).toBe('WAITING');
    const all = await gql('{ households(limit: 500) { total items { isSynthetic } } }');
    expect(all.data.households.items).toHaveLength(all.data.households.total);
    expect(all.data.households.items.filter((h: { isSynthetic: boolean }) => h.isSynthetic)).toHaveLength(120);
  });

  it('registers a household and reads it back', async () => {
    const response = await gql(REGISTER, { input: validHousehold() });
    expect(response.errors).toBeUndefined();
    const h = response.data.registerHousehold;
    expect(h).toMatchObject({ status: 'WAITING', size: 2, homeBand: 'HOMES_1_2', preferredSetting: 'URBAN', preferenceWeights: { labour: 3, setting: 1 } });
    expect(h.members[0]).toMatchObject({ age: 34, role: 'APPLICANT', professions: [{ code: '2161', title: 'Building architects' }] });
    expect(h.ties).toEqual([{ kind: 'JOB_CONTRACT', municipalityCode: 'GM0599', status: 'VERIFIED' }]);
    const again = await gql('query($id: ID!) { household(id: $id) { reference members { languages { language cefr } } } }', { id: h.id });
    expect(again.data.household.reference).toBe(h.reference);
    expect(again.data.household.members[0].languages).toEqual([{ language: 'ar', cefr: 'C2' }, { language: 'en', cefr: 'B2' }]);
    const byReference = await gql('query($r: String!) { householdByReference(reference: $r) { id } }', { r: h.reference });
    expect(byReference.data.householdByReference.id).toBe(h.id);
  });

  it('answers the queue position from every operation that returns a household, the same as a later read (was null after registering)', async () => {
    const position = async (id: string) => (await gql('query($id: ID!) { household(id: $id) { queuePosition } }', { id })).data.household.queuePosition as number;
    const registered = (await gql('mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id queuePosition } }', { input: validHousehold() })).data.registerHousehold;
    expect(registered.queuePosition).toEqual(expect.any(Number));
    expect(registered.queuePosition).toBe(await position(registered.id));
    const updated = (await gql('mutation($id: ID!) { updateHouseholdPreferences(id: $id, input: { preferredSetting: RURAL }) { queuePosition } }', { id: registered.id })).data.updateHouseholdPreferences;
    expect(updated.queuePosition).toBe(await position(registered.id));
    const members = validHousehold().members;
    const corrected = (await gql('mutation($id: ID!, $input: CorrectProfileInput!) { correctHouseholdProfile(id: $id, input: $input) { queuePosition } }', { id: registered.id, input: { members, ties: [] } })).data.correctHouseholdProfile;
    expect(corrected.queuePosition).toBe(await position(registered.id));
  });

  it.each([
    ['an unknown ISCO code', (i: any) => { i.members[0].professions = ['9999']; }, 'members[0].professions[0]: unknown ISCO-08 code "9999"'],
    ['a CEFR level out of range', (i: any) => { i.members[0].languages[0].cefr = 'D1'; }, 'members[0].languages[0].cefr'],
    ['no adult', (i: any) => { i.members = [{ birthYear: year - 10, role: 'CHILD' }]; }, 'members: a household needs at least one adult'],
    ['an adult CHILD alone (no applicant)', (i: any) => { i.members = [{ birthYear: year - 19, role: 'CHILD' }]; }, 'members: a household needs a member with the role APPLICANT'],
    ['a partner and a child (no applicant)', (i: any) => { i.members = [{ birthYear: year - 30, role: 'PARTNER' }, { birthYear: year - 3, role: 'CHILD' }]; }, 'members: a household needs a member with the role APPLICANT'],
    ['no members', (i: any) => { i.members = []; }, 'members: must list at least one person'],
    ['an unknown municipality', (i: any) => { i.ties[0].municipalityCode = 'GM9999'; }, 'ties[0].municipalityCode: unknown municipality "GM9999"'],
    ['a malformed permit date', (i: any) => { i.permitDate = '01-02-2026'; }, 'permitDate'],
    ['a weight above 5', (i: any) => { i.preferenceWeights.labour = 9; }, 'preferenceWeights.labour'],
  ])('rejects %s with BAD_USER_INPUT naming the field and stores nothing', async (_name, breakIt, expected) => {
    const before = await total();
    const input = validHousehold();
    breakIt(input);
    const response = await gql(REGISTER, { input });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toContain(expected);
    expect(await total()).toBe(before);
  });

  it('never exposes protected traits on a household', async () => {
    const response = await gql('{ households(limit: 1) { items { nationality } } }');
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('updates preferences between rounds: only what the update names (the household set labour 3 at registration)', async () => {
    const { data } = await gql(REGISTER, { input: validHousehold() });
    const updated = await gql(
      `mutation($id: ID!) { updateHouseholdPreferences(id: $id, input: { preferredSetting: RURAL, preferenceWeights: { ties: 5 } }) {
        preferredSetting preferenceWeights { ties labour } } }`,
      { id: data.registerHousehold.id },
    );
    expect(updated.data.updateHouseholdPreferences).toEqual({ preferredSetting: 'RURAL', preferenceWeights: { ties: 5, labour: 3 } });
  });

  it('lets a household be corrected while it waits, all or nothing', async () => {
    const { data } = await gql(REGISTER, { input: validHousehold() });
    const id = data.registerHousehold.id;
    const CORRECT = `mutation($id: ID!, $input: CorrectProfileInput!) { correctHouseholdProfile(id: $id, input: $input) {
      size members { role professions { code } languages { language cefr } } ties { kind municipalityCode } } }`;
    const members = [
      { birthYear: year - 34, role: 'APPLICANT', professions: ['2162'], languages: [{ language: 'ar', cefr: 'C2' }, { language: 'nl', cefr: 'A2' }] },
      { birthYear: year - 33, role: 'PARTNER' },
      { birthYear: year - 6, role: 'CHILD' },
    ];
    const corrected = await gql(CORRECT, { id, input: { members, ties: [{ kind: 'FAMILY', municipalityCode: 'GM0344', verificationNote: 'Family record seen' }] } });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data.correctHouseholdProfile).toMatchObject({
      size: 3,
      members: [{ role: 'APPLICANT', professions: [{ code: '2162' }], languages: [{ language: 'ar', cefr: 'C2' }, { language: 'nl', cefr: 'A2' }] }, { role: 'PARTNER' }, { role: 'CHILD' }],
      ties: [{ kind: 'FAMILY', municipalityCode: 'GM0344' }],
    });
    const bad = await gql(CORRECT, { id, input: { members: [{ ...members[0], professions: ['9999'] }] } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain('members[0].professions[0]');
    const after = await gql('query($id: ID!) { household(id: $id) { size } }', { id });
    expect(after.data.household.size).toBe(3);
  });

  it('answers NOT_FOUND for an unknown household', async () => {
    const response = await gql('{ household(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(errorCode(response)).toBe('NOT_FOUND');
  });
});
