import { DataSource } from 'typeorm';
import { HouseholdRepository } from '#persistence/repositories/household.repository.js';
import { buildDataSourceOptions } from '#persistence/data-source.js';
import { MunicipalitiesService } from '#api/municipalities/municipalities.service.js';
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { captureOutput, tokensByCaller, type Caller } from './support/auth-helpers.js';

/*
 * Field-level rules (medical notes, protected traits, names) and "no personal data in logs or errors".
 * Personal values used here are distinctive strings, so finding them anywhere is unambiguous.
 */
const NAME = 'Zerihun Privacy-Testperson';
const MEDICAL = 'Dialysis three times a week (privacy test note)';
const year = new Date().getUTCFullYear();
const REGISTER = 'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }';
const householdInput = (fullName = NAME, medicalNotes = MEDICAL) => ({
  permitDate: '2026-02-01',
  receptionLocation: 'AZC Budel',
  preferredSetting: 'URBAN',
  medicalNotes,
  urgency: 'MEDICAL',
  members: [{ fullName, birthYear: year - 40, role: 'APPLICANT', workExperienceYears: 5, languages: [{ language: 'ti', cefr: 'A2' }] }],
  ties: [],
  protectedTraits: { nationality: 'ER', originRegion: 'Horn of Africa' },
});

describe('privacy: field-level rules, logs and error messages', () => {
  let t: TestApp;
  let tokens: Record<Caller, string | undefined>;
  let householdId: string;
  let ownerToken: string;
  const totalHouseholds = async () => (await t.gql('{ households(limit: 1) { total } }', {}, tokens.officer)).data.households.total as number;

  beforeAll(async () => {
    t = await startTestApp();
    // Every level, as in production (main.ts logs log/warn/error); the tests look at all of it.
    t.app.useLogger(['log', 'warn', 'error', 'debug', 'verbose']);
    tokens = await tokensByCaller(t);
    const registered = await t.gql(REGISTER, { input: householdInput() }, tokens.officer);
    if (!registered.data) throw new Error(JSON.stringify(registered.errors));
    householdId = registered.data.registerHousehold.id;
    const email = 'privacy-owner@test.local';
    const created = await t.gql(
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
      { input: { email, password: 'a-long-test-password', role: 'NEWCOMER', householdId } },
      tokens.admin,
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    ownerToken = await t.login(email, 'a-long-test-password');
  }, 120_000);
  afterAll(() => t?.close());

  describe('medical details are for officers only', () => {
    const QUERY = 'query($id: ID!) { household(id: $id) { reference urgency medicalNotes } }';

    it('shows medicalNotes to an officer', async () => {
      const response = await t.gql(QUERY, { id: householdId }, tokens.officer);
      expect(response.errors).toBeUndefined();
      expect(response.data.household.medicalNotes).toBe(MEDICAL);
    });

    it('refuses the field (FORBIDDEN on that field) to the newcomer of the household, and serves the rest', async () => {
      const response = await t.gql(QUERY, { id: householdId }, ownerToken);
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, path: ['household', 'medicalNotes'] });
      expect(response.data.household).toEqual({ reference: expect.stringMatching(/^HH-/), urgency: 'MEDICAL', medicalNotes: null });
      expect(JSON.stringify(response)).not.toContain('Dialysis');
    });

    it('lets the newcomer read their household without asking for the field', async () => {
      const response = await t.gql('query($id: ID!) { household(id: $id) { reference members { fullName } } }', { id: householdId }, ownerToken);
      expect(response.errors).toBeUndefined();
      expect(response.data.household.members[0].fullName).toBe(NAME);
    });
  });

  describe('protected traits are not part of the Household type', () => {
    it.each(['nationality', 'originRegion', 'origin', 'protectedTraits'])('querying Household.%s is a validation error', async (field) => {
      const response = await t.gql(`query($id: ID!) { household(id: $id) { id ${field} } }`, { id: householdId }, tokens.officer);
      expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.data).toBeUndefined();
    });

    it('no output type in the schema has a nationality or origin field', async () => {
      const response = await t.gql('{ __schema { types { name kind fields { name } } } }');
      const offending = (response.data.__schema.types as { name: string; kind: string; fields: { name: string }[] | null }[])
        .filter((type) => !type.name.startsWith('__') && type.kind === 'OBJECT')
        .flatMap((type) => (type.fields ?? []).filter((f) => /nationality|origin(?!al)|protected/i.test(f.name)).map((f) => `${type.name}.${f.name}`));
      // MunicipalityProfile communities name an origin region of a community, not of a person.
      expect(offending.filter((f) => !f.startsWith('Community.'))).toEqual([]);
    });

    it('stores protected traits (in their own table) without ever returning them', async () => {
      const response = await t.gql('query($id: ID!) { household(id: $id) { id } }', { id: householdId }, tokens.officer);
      expect(JSON.stringify(response)).not.toMatch(/Horn of Africa|"ER"/);
    });
  });

  describe('municipalities never see households (and so no names) before acceptance', () => {
    it.each([
      ['household', 'query($id: ID!) { household(id: $id) { members { fullName } } }'],
      ['householdByReference', '{ householdByReference(reference: "HH-000001") { members { fullName } } }'],
      ['households', '{ households(limit: 500) { items { members { fullName } } } }'],
    ])('%s is FORBIDDEN for a municipality', async (_op, query) => {
      const response = await t.gql(query, { id: householdId }, tokens.municipality);
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.data).toBeNull();
      expect(JSON.stringify(response)).not.toContain(NAME);
    });
  });

  describe('no personal data in logs or error messages', () => {
    /** Runs `work` with all output captured; returns the captured text. */
    async function captured(work: () => Promise<void>): Promise<string> {
      const output = captureOutput();
      try {
        await work();
        await new Promise((resolve) => setTimeout(resolve, 50)); // let asynchronous loggers flush
      } finally {
        output.restore();
      }
      return output.text();
    }
    const expectClean = (text: string) => {
      expect(text).not.toContain('Zerihun');
      expect(text).not.toContain('Dialysis');
      expect(text).not.toContain('Horn of Africa');
    };
    const expectInternal = (response: GraphQLResponse) => {
      expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
      expect(response.errors![0].message).toBe('Internal error');
      expect(JSON.stringify(response)).not.toMatch(/stack|\.ts:|node_modules/);
      expectClean(JSON.stringify(response));
    };

    it('keeps query logging off by default (failed queries would log their parameters)', () => {
      expect(buildDataSourceOptions({}).logging).toBe(false);
      expect(buildDataSourceOptions({ url: 'postgres://x@localhost/db' }).logging).toBe(false);
    });

    it('a database-level failure quoting the stored row reaches neither the caller nor the logs, and stores nothing', async () => {
      const dataSource = t.app.get(DataSource);
      // PostgreSQL reports a violated check constraint with "Failing row contains (…)": the personal data.
      await dataSource.query(`ALTER TABLE household_member ADD CONSTRAINT privacy_test_no_zerihun CHECK (full_name NOT LIKE 'Zerihun%') NOT VALID`);
      await dataSource.query(`ALTER TABLE household ADD CONSTRAINT privacy_test_no_dialysis CHECK (medical_notes NOT LIKE 'Dialysis%') NOT VALID`);
      try {
        const before = await totalHouseholds();
        let memberFailure: GraphQLResponse | undefined;
        let householdFailure: GraphQLResponse | undefined;
        const text = await captured(async () => {
          memberFailure = await t.gql(REGISTER, { input: householdInput(NAME, 'other note') }, tokens.officer);
          householdFailure = await t.gql(REGISTER, { input: householdInput('Someone Else', MEDICAL) }, tokens.officer);
        });
        expectInternal(memberFailure!);
        expectInternal(householdFailure!);
        expect(text).toMatch(/unexpected QueryFailedError \(23514\)/); // logged, by type and SQLSTATE only
        expectClean(text);
        expect(await totalHouseholds()).toBe(before);
      } finally {
        await dataSource.query('ALTER TABLE household_member DROP CONSTRAINT privacy_test_no_zerihun');
        await dataSource.query('ALTER TABLE household DROP CONSTRAINT privacy_test_no_dialysis');
      }
    });

    it('an unexpected error whose message quotes stored personal values is reported as "Internal error"', async () => {
      const repository = t.app.get(HouseholdRepository);
      const original = repository.updatePreferences;
      repository.updatePreferences = async () => {
        const err = new TypeError(`cannot update household of ${NAME}: ${MEDICAL}`) as TypeError & { detail?: string };
        err.detail = `Failing row contains (${NAME}, ${MEDICAL})`;
        throw err;
      };
      try {
        let response: GraphQLResponse | undefined;
        const text = await captured(async () => {
          response = await t.gql('mutation($id: ID!) { updateHouseholdPreferences(id: $id, input: { preferredSetting: RURAL }) { id } }', { id: householdId }, ownerToken);
        });
        expectInternal(response!);
        expect(text).toContain('unexpected TypeError');
        expectClean(text);
      } finally {
        repository.updatePreferences = original;
      }
    });

    it('an unexpected error in a field resolver is reported as "Internal error" too', async () => {
      const service = t.app.get(MunicipalitiesService);
      // Municipality.profile reads through the per-request batch (latestProfiles, issue 14)
      const original = service.latestProfiles;
      service.latestProfiles = async () => {
        throw new Error(`profile lookup failed near ${NAME} (${MEDICAL})`);
      };
      try {
        let response: GraphQLResponse | undefined;
        const text = await captured(async () => {
          response = await t.gql('{ municipality(code: "GM0363") { code profile { version } } }');
        });
        expect(response!.errors?.[0]).toMatchObject({ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: ['municipality', 'profile'] });
        expect(text).toContain('unexpected Error');
        expectClean(JSON.stringify(response));
        expectClean(text);
      } finally {
        service.latestProfiles = original;
      }
    });

    it('validation errors name the field, never the stored or submitted personal value', async () => {
      const input = householdInput(`${NAME} ${'x'.repeat(200)}`, `${MEDICAL} ${'y'.repeat(2000)}`);
      let response: GraphQLResponse | undefined;
      const text = await captured(async () => {
        response = await t.gql(REGISTER, { input }, tokens.officer);
      });
      expect(errorCode(response!)).toBe('BAD_USER_INPUT');
      expect(response!.errors![0].message).toMatch(/members\[0\]\.fullName/);
      expect(response!.errors![0].message).toMatch(/medicalNotes/);
      expectClean(JSON.stringify(response));
      expectClean(text);
    });

    it('domain errors do not echo stored values (e.g. a duplicate account)', async () => {
      const response = await t.gql(
        'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
        { input: { email: 'privacy-owner@test.local', password: 'a-long-test-password', role: 'NEWCOMER', householdId } },
        tokens.admin,
      );
      expect(errorCode(response)).toBe('CONFLICT');
      expectClean(JSON.stringify(response));
    });

    it('a failed login says nothing about whether the account exists', async () => {
      const unknown = await t.gql('mutation { login(email: "nobody@test.local", password: "wrong-password") { token } }');
      const wrongPassword = await t.gql('mutation { login(email: "privacy-owner@test.local", password: "wrong-password") { token } }');
      expect(unknown).toEqual(wrongPassword);
      expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    });
  });
});
