import { defaultLimits } from '#api/config/app-config.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { attemptLogin, postRaw } from './support/auth-helpers.js';

/*
 * GraphQL hardening on one app configured the way an operator would lock it down:
 * introspection off, 3 login attempts per minute, a small body limit and a low depth limit.
 *
 * The depth limit is lowered to 3 because the current schema has no recursive types, so no valid
 * query can reach the default depth of 10; the test proves the rule is wired and configurable.
 */
// a smaller cost budget than the default (200,000) so that each rule is reached with small queries
const LIMITS = { ...defaultLimits(), maxQueryDepth: 3, maxBodyBytes: 8 * 1024, maxQueryComplexity: 20_000 };

describe('GraphQL hardening', () => {
  let t: TestApp;
  let officer: string;
  const totalHouseholds = async () => (await t.gql('{ households(limit: 1) { total } }', {}, officer)).data.households.total as number;

  beforeAll(async () => {
    t = await startTestApp({
      introspection: false,
      limits: LIMITS,
      auth: { jwtSecret: 'test-secret-not-for-production', tokenTtlSeconds: 3600, loginAttemptsPerMinute: 3 },
    });
    officer = await t.login('officer@demo.local'); // login attempt 1 of 3 this minute
  }, 120_000);
  afterAll(() => t?.close());

  describe('query depth', () => {
    it('accepts a query within the limit', async () => {
      const response = await t.gql('{ households(limit: 1) { items { members { age } } } }', {}, officer);
      expect(response.errors).toBeUndefined();
    });

    it('refuses a query nested deeper than the limit before running it', async () => {
      const response = await t.gql('{ households(limit: 1) { items { members { professions { code } } } } }', {}, officer);
      expect(response.data).toBeUndefined();
      expect(response.errors?.[0].message).toMatch(/exceeds maximum operation depth of 3/);
    });

    it('applies to callers without a token too', async () => {
      const response = await t.gql('{ households(limit: 1) { items { members { professions { code } } } } }');
      expect(response.errors?.[0].message).toMatch(/maximum operation depth/);
    });
  });

  describe('query complexity', () => {
    it('lets a normal page through', async () => {
      const response = await t.gql('{ households(limit: 20) { total items { members { age } ties { kind } } } }', {}, officer);
      expect(response.errors).toBeUndefined();
      expect(response.data.households.items).toHaveLength(20);
    });

    it('refuses 500 households with nested lists', async () => {
      const response = await t.gql('{ households(limit: 500) { total items { id reference status members { age role } ties { kind } } } }', {}, officer);
      expect(response.data?.households).toBeFalsy();
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toMatch(new RegExp(`Query too complex: cost \\d+ exceeds ${LIMITS.maxQueryComplexity}`));
    });

    it('counts aliases: many copies of a cheap page add up', async () => {
      // 10 copies stay within the alias and root-field caps (query-budget.e2e-spec.ts); their cost adds up
      const page = 'households(limit: 500) { items { id members { age } } }'; // 1 + 500 × (1 + 1 + 1 + 20 × 1 …): about 12,000 each
      const once = await t.gql(`{ ${page} }`, {}, officer);
      expect(once.errors).toBeUndefined();
      const copies = Array.from({ length: 10 }, (_, i) => `p${i}: ${page}`).join(' ');
      const response = await t.gql(`{ ${copies} }`, {}, officer);
      expect(response.errors?.[0].message).toMatch(/Query too complex/);
    });
  });

  describe('introspection (configured off)', () => {
    it.each([
      ['__schema', '{ __schema { queryType { fields { name } } } }'],
      ['__type', '{ __type(name: "Household") { fields { name } } }'],
    ])('refuses %s', async (_name, query) => {
      const response = await t.gql(query);
      expect(response.data).toBeUndefined();
      expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.errors?.[0].message).toMatch(/introspection/i);
    });

    it('still answers ordinary queries and __typename', async () => {
      const response = await t.gql('{ __typename cefrLevels { code } }');
      expect(response.errors).toBeUndefined();
    });
  });

  describe('request size', () => {
    it('refuses a body over limits.maxBodyBytes and stores nothing', async () => {
      const before = await totalHouseholds();
      const year = new Date().getUTCFullYear();
      const body = JSON.stringify({
        query: 'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }',
        variables: {
          input: {
            permitDate: '2026-02-01',
            receptionLocation: 'AZC Budel',
            preferredSetting: 'URBAN',
            medicalNotes: 'x'.repeat(LIMITS.maxBodyBytes),
            members: [{ birthYear: year - 30, role: 'APPLICANT', workExperienceYears: 1 }],
            ties: [],
          },
        },
      });
      expect(Buffer.byteLength(body)).toBeGreaterThan(LIMITS.maxBodyBytes);
      const response = await postRaw(t, body, officer);
      expect(response.status).toBe(413);
      expect(response.text).not.toContain('xxxxxxxx');
      expect(await totalHouseholds()).toBe(before);
    });
  });

  describe('batching', () => {
    it('refuses a JSON array of operations without running any of them', async () => {
      const before = await totalHouseholds();
      const year = new Date().getUTCFullYear();
      const register = {
        query: 'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }',
        variables: { input: { permitDate: '2026-02-01', receptionLocation: 'AZC Budel', preferredSetting: 'URBAN', members: [{ birthYear: year - 30, role: 'APPLICANT', workExperienceYears: 1 }], ties: [] } },
      };
      const response = await postRaw(t, JSON.stringify([register, register]), officer);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.text).toMatch(/batch/i);
      expect(await totalHouseholds()).toBe(before);
    });

    it('refuses a batch of logins (no way around the login limit)', async () => {
      const login = { query: 'mutation { login(email: "officer@demo.local", password: "guess") { token } }' };
      const response = await postRaw(t, JSON.stringify([login, login, login, login, login]));
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.text).not.toMatch(/token|RATE_LIMITED|Wrong e-mail/);
    });
  });

  // No other test here signs in after beforeAll, so the count below holds wherever this test runs. Both checks are
  // one test: the second means something only once this minute's attempts are used up.
  describe('login rate limit (3 per minute per client address)', () => {
    it('answers the 4th attempt in a minute with RATE_LIMITED, even with the right password, and leaves signed-in users alone', async () => {
      // Attempt 1 was the officer login in beforeAll.
      expect(errorCode(await attemptLogin(t, 'officer@demo.local', 'wrong-password-1'))).toBe('UNAUTHENTICATED'); // 2
      expect(errorCode(await attemptLogin(t, 'nobody@demo.local', 'wrong-password-2'))).toBe('UNAUTHENTICATED'); // 3
      const fourth = await attemptLogin(t, 'admin@demo.local'); // right password
      expect(errorCode(fourth)).toBe('RATE_LIMITED');
      expect(fourth.data?.login).toBeFalsy();
      expect(errorCode(await attemptLogin(t, 'newcomer@demo.local'))).toBe('RATE_LIMITED');

      // Signed-in users are not locked out of other operations.
      const response = await t.gql('{ me { role } }', {}, officer);
      expect(response.data?.me.role).toBe('OFFICER');
    });
  });
});
