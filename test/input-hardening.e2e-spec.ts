import 'reflect-metadata';
import { jest } from '@jest/globals';
import type { INestApplication, LoggerService } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLArgument, type GraphQLInputObjectType, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import type { AppConfig } from '#api/config/app-config.js';
import { DEMO_PASSWORD } from '#seed/demo-accounts.js';
import { startTestApp, type GraphQLResponse } from './support/test-app.js';

/**
 * Bad input answered as bad input, never as an internal error (issue 14, Low faults): wrongly typed variables, a NUL
 * character in any string, ids that are not UUIDs, a fragment cycle, and "Did you mean …" suggestions when
 * introspection is off. Each refusal is exactly one error that is not INTERNAL_SERVER_ERROR, with its HTTP status,
 * naming the variable or field, and leaves the log empty (a client must not be able to fill it with stack traces).
 * Refused writes are checked by reading the stored value again.
 */

const VALID_ID = '00000000-0000-4000-8000-000000000000';
const NOT_AN_ID = 'not-a-uuid';

interface Answer extends GraphQLResponse {
  readonly status: number;
}

/** The app on a database of its own; what it logs at warn or error level (Nest's logger and the console) lands in `logged`. */
async function startApp(overrides: Partial<AppConfig> = {}): Promise<{ url: string; app: INestApplication; logged: string[]; close(): Promise<void> }> {
  const logged: string[] = [];
  const record = (...parts: unknown[]) => void logged.push(parts.map(String).join(' '));
  // Apollo's logger binds console.error when it is created: spy first.
  const consoleError = jest.spyOn(console, 'error').mockImplementation(record);
  const consoleWarn = jest.spyOn(console, 'warn').mockImplementation(record);
  const logger: LoggerService = { log: () => undefined, error: record, warn: record, debug: () => undefined, verbose: () => undefined };
  const t = await startTestApp({ seedHouseholds: 20, ...overrides }, { logger });
  return {
    url: t.url,
    app: t.app,
    logged,
    async close() {
      await t.close();
      consoleError.mockRestore();
      consoleWarn.mockRestore();
    },
  };
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse) };
}

/** A refused request: exactly one error with `code`, never an internal error, answered with `status`. */
function expectRefused(answer: Answer, code: string, status: number): NonNullable<GraphQLResponse['errors']>[number] {
  expect(answer.errors).toHaveLength(1);
  const [error] = answer.errors!;
  expect({ code: error.extensions?.code, status: answer.status }).toEqual({ code, status });
  expect(error.message).not.toBe('Internal error');
  return error;
}

/** The fields a BAD_USER_INPUT error names. */
function fieldsOf(error: NonNullable<GraphQLResponse['errors']>[number]): string[] {
  return (error.extensions?.fields ?? []).map((f) => f.field);
}

describe('bad input is refused as bad input', () => {
  let url: string;
  let schema: GraphQLSchema;
  let logged: string[];
  let close: () => Promise<void>;
  let officer: string;

  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => post(url, query, variables, token);

  beforeAll(async () => {
    const started = await startApp();
    ({ url, logged, close } = started);
    schema = started.app.get(GraphQLSchemaHost).schema;
    const login = await gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'officer@demo.local', p: DEMO_PASSWORD });
    officer = login.data.login.token as string;
  });

  afterAll(async () => {
    await close?.();
  });

  beforeEach(() => {
    logged.length = 0;
  });

  afterEach(() => {
    // nothing a client sent may reach the log as an error
    expect(logged).toEqual([]);
  });

  /** How many households are stored: a refused registration must not change it. */
  async function householdTotal(): Promise<number> {
    return (await gql('{ households(limit: 1) { total } }', {}, officer)).data.households.total as number;
  }

  describe('wrongly typed variables', () => {
    // graphql-js quotes the value back ('got invalid value "abc"; Int cannot represent non-integer value: "abc"'):
    // the answer names the variable and the path, never the value (SECURITY.md)
    it('a string for an Int: BAD_USER_INPUT, HTTP 400, naming the variable, not the value', async () => {
      const error = expectRefused(await gql('query($l: Int) { households(limit: $l) { total } }', { l: 'abc-secret' }, officer), 'BAD_USER_INPUT', 400);
      expect(error.message).toBe('Variable "$l" has an invalid value: Int cannot represent non-integer value');
      expect(fieldsOf(error)).toEqual(['l']);
    });

    it('an object for a String: BAD_USER_INPUT, HTTP 400, naming the variable, not the value', async () => {
      const error = expectRefused(await gql('query($r: String!) { householdByReference(reference: $r) { id } }', { r: { secret: 'HH-1' } }, officer), 'BAD_USER_INPUT', 400);
      expect(error.message).toBe('Variable "$r" has an invalid value: String cannot represent a non string value');
      expect(JSON.stringify(error)).not.toMatch(/secret|HH-1/);
    });

    it('a misspelt enum value: names the enum, not the value', async () => {
      const error = expectRefused(await gql('query($f: HouseholdFilterInput) { households(filter: $f) { total } }', { f: { status: 'secret-WAITIN' } }, officer), 'BAD_USER_INPUT', 400);
      expect(error.message).toMatch(/^Variable "\$f" has an invalid value at "f.status": Not a value of the enum "\w+"\.$/);
      expect(fieldsOf(error)).toEqual(['f.status']);
      expect(JSON.stringify(error)).not.toContain('secret');
    });

    it('a wrongly typed variable of a write: refused naming the path, not the value, and nothing is stored', async () => {
      const before = await householdTotal();
      const input = { permitDate: '2026-01-01', receptionLocation: 'AZC Test', members: [{ birthYear: 'nineteen ninety', role: 'APPLICANT' }] };
      const error = expectRefused(await gql('mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }', { input }, officer), 'BAD_USER_INPUT', 400);
      expect(error.message).toBe('Variable "$input" has an invalid value at "input.members[0].birthYear": Int cannot represent non-integer value');
      expect(fieldsOf(error)).toEqual(['input.members[0].birthYear']);
      expect(JSON.stringify(error)).not.toContain('nineteen');
      expect(await householdTotal()).toBe(before);
    });
  });

  describe('a NUL character (U+0000) in a string', () => {
    it('in a literal argument: BAD_USER_INPUT naming the field', async () => {
      const error = expectRefused(await gql('{ households(filter: { receptionLocation: "AZC\\u0000" }) { total } }', {}, officer), 'BAD_USER_INPUT', 400);
      expect(fieldsOf(error)).toEqual(['filter.receptionLocation']);
    });

    it('deep inside a variable of a write: refused naming the path, and nothing is stored', async () => {
      const before = await householdTotal();
      const input = { permitDate: '2026-01-01', receptionLocation: 'AZC Test', members: [{ fullName: 'A', birthYear: 1990, role: 'APPLICANT' }, { fullName: 'B\u0000', birthYear: 2015, role: 'CHILD' }] };
      const error = expectRefused(await gql('mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }', { input }, officer), 'BAD_USER_INPUT', 400);
      expect(fieldsOf(error)).toEqual(['input.members[1].fullName']);
      expect(await householdTotal()).toBe(before);
    });

    it('from a caller who is not signed in (login): refused the same way', async () => {
      const error = expectRefused(await gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'officer@demo.local\u0000', p: DEMO_PASSWORD }), 'BAD_USER_INPUT', 400);
      expect(fieldsOf(error)).toEqual(['email']);
    });

    it('in a stored text (a municipality profile): refused, and the profile stays as it was', async () => {
      const read = async () => (await gql('{ municipality(code: "GM0363") { profile { version } } }', {}, officer)).data.municipality.profile;
      const before = await read();
      const amsterdam = (await gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'amsterdam@demo.local', p: DEMO_PASSWORD })).data.login.token;
      const input = {
        labourMarket: { shortageOccupations: ['2161'], sectors: ['ICT', 'Zorg\u0000'], employersOpenToNewcomers: [] },
        networks: { communities: [], selfOrganisations: [], buddySchemes: [] },
        services: { hospital: true, mentalHealthCare: false, primarySchools: true, secondarySchools: true, mbo: true, hbo: false, university: false, dutchLanguageCourses: true, accessibleHomes: false },
        whatToExpect: 'Welkom',
        priorities: { wantedOccupations: [], statement: null },
      };
      const publish = 'mutation($code: String!, $input: PublishProfileInput!) { publishMunicipalityProfile(code: $code, input: $input) { version } }';
      const answer = await gql(publish, { code: 'GM0363', input }, amsterdam);
      expect(fieldsOf(expectRefused(answer, 'BAD_USER_INPUT', 400))).toEqual(['input.labourMarket.sectors[1]']);
      expect(await read()).toEqual(before);
    });
  });

  describe('a lone UTF-16 surrogate in a string (was stored as U+FFFD)', () => {
    const register = 'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id members { fullName } } }';
    const household = (name: string) => ({ permitDate: '2026-01-01', receptionLocation: 'AZC Test', members: [{ fullName: name, birthYear: 1990, role: 'APPLICANT' }] });

    it.each([
      ['a high surrogate at the end', 'Amal \ud83d'],
      ['a low surrogate alone', 'Amal \ude00 Haddad'],
      ['two high surrogates', '\ud83d\ud83d'],
    ])('%s: BAD_USER_INPUT naming the field, and nothing is stored', async (_name, fullName) => {
      const before = await householdTotal();
      const error = expectRefused(await gql(register, { input: household(fullName) }, officer), 'BAD_USER_INPUT', 400);
      expect(fieldsOf(error)).toEqual(['input.members[0].fullName']);
      expect(await householdTotal()).toBe(before);
    });

    it('in a literal argument: the document does not parse (GraphQL allows no lone surrogate in a string escape)', async () => {
      const error = expectRefused(await gql('{ households(filter: { receptionLocation: "AZC \\ud800" }) { total } }', {}, officer), 'GRAPHQL_PARSE_FAILED', 400);
      expect(error.message).toContain('Invalid Unicode escape sequence');
    });

    it('a whole pair (an emoji) is text: stored and read back exactly', async () => {
      const answer = await gql(register, { input: household('Amal 😀 Haddad') }, officer);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.registerHousehold.members[0].fullName).toBe('Amal 😀 Haddad');
    });
  });

  describe('ids that are not UUIDs', () => {
    it.each([
      ['respondToProposal', 'mutation($p: ID!) { respondToProposal(proposalId: $p, input: { accept: true }) { id } }', { p: NOT_AN_ID }, 'proposalId'],
      ['unpinHousehold', `mutation($h: ID!) { unpinHousehold(roundId: "${VALID_ID}", householdId: $h) { householdId } }`, { h: NOT_AN_ID }, 'householdId'],
      ['allowPair', `mutation { allowPair(roundId: "x", householdId: "${VALID_ID}", municipalityCode: "GM0363") { householdId } }`, {}, 'roundId'],
    ])('%s: BAD_USER_INPUT naming the argument, HTTP 400', async (_name, query, variables, field) => {
      expect(fieldsOf(expectRefused(await gql(query, variables, officer), 'BAD_USER_INPUT', 400))).toEqual([field]);
    });

    it.each(['roundId', 'householdId'])('the proposals filter’s %s (a String): BAD_USER_INPUT naming it', async (field) => {
      const answer = await gql('query($f: ProposalFilterInput) { proposals(filter: $f) { id } }', { f: { [field]: NOT_AN_ID } }, officer);
      expect(fieldsOf(expectRefused(answer, 'BAD_USER_INPUT', 200))).toEqual([field]);
    });

    it('a nullable filter is validated by its own rules too (the households filter’s dates)', async () => {
      const answer = await gql('query($f: HouseholdFilterInput) { households(filter: $f) { total } }', { f: { permitDateFrom: 'yesterday' } }, officer);
      expect(fieldsOf(expectRefused(answer, 'BAD_USER_INPUT', 200))).toEqual(['permitDateFrom']);
    });

    it('every ID argument and every ID inside an input, found by walking the schema, refuses a malformed id and nothing is recorded', async () => {
      const audit = async () => (await gql('{ auditEvents(limit: 1) { id } }', {}, officer)).data.auditEvents;
      const auditBefore = await audit();
      const cases = idCases(schema);
      // the ones the issue found among them
      expect(cases.map((c) => c.title)).toEqual(expect.arrayContaining([
        'Mutation.respondToProposal(proposalId)', 'Mutation.unpinHousehold(householdId)', 'Mutation.allowPair(roundId)', 'Mutation.createRound(input).cohort.householdIds[0]', 'Run.assignments(householdId)',
      ]));
      const wrong: string[] = [];
      for (const c of cases) {
        const answer = await gql(c.query, c.variables);
        const error = answer.errors?.length === 1 ? answer.errors[0] : undefined;
        const ok = answer.status === 400 && error?.extensions?.code === 'BAD_USER_INPUT' && JSON.stringify(fieldsOf(error)) === JSON.stringify([c.field]);
        if (!ok) wrong.push(`${c.title}: HTTP ${answer.status} ${JSON.stringify(answer.errors)}`);
      }
      expect(wrong).toEqual([]);
      expect(await audit()).toEqual(auditBefore);
    });
  });

  describe('lists in inputs: bounded, and each entry once', () => {
    const REGISTER = 'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id careNeeds accessibilityNeeds } }';
    const household = (extra: Record<string, unknown>) => ({
      permitDate: '2026-01-01',
      receptionLocation: 'AZC Lists',
      members: [{ fullName: 'Amal Lists', birthYear: 1990, role: 'APPLICANT' }],
      ...extra,
    });

    it('a 10,000-entry care-needs list is refused naming the field, and nothing is stored', async () => {
      const before = await householdTotal();
      const answer = await gql(REGISTER, { input: household({ careNeeds: Array.from({ length: 10_000 }, () => 'HOSPITAL') }) }, officer);
      expect(fieldsOf(expectRefused(answer, 'BAD_USER_INPUT', 200))).toEqual(['careNeeds']);
      expect(await householdTotal()).toBe(before);
    });

    it('a 10,000-entry list of a round’s municipalities is refused naming the field, and no round is created', async () => {
      const rounds = async () => (await gql('{ roundList { id } }', {}, officer)).data.roundList.length as number;
      const before = await rounds();
      const input = { name: 'too many', period: '2026-H2', municipalityCodes: Array.from({ length: 10_000 }, () => 'GM0363') };
      const answer = await gql('mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }', { input }, officer);
      expect(fieldsOf(expectRefused(answer, 'BAD_USER_INPUT', 200))).toEqual(['municipalityCodes']);
      expect(await rounds()).toBe(before);
    });

    it('care and accessibility needs listed twice are stored once', async () => {
      const answer = await gql(REGISTER, { input: household({ careNeeds: ['HOSPITAL', 'MENTAL_HEALTH', 'HOSPITAL'], accessibilityNeeds: ['WHEELCHAIR', 'WHEELCHAIR'] }) }, officer);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.registerHousehold).toMatchObject({ careNeeds: ['HOSPITAL', 'MENTAL_HEALTH'], accessibilityNeeds: ['WHEELCHAIR'] });
    });

    it('a member listed twice is refused naming the repeat, and nothing is stored', async () => {
      const before = await householdTotal();
      const members = [
        { fullName: 'Amal Twice', birthYear: 1990, role: 'APPLICANT' },
        { fullName: 'Sami Twice', birthYear: 2015, role: 'CHILD' },
        { fullName: ' amal twice ', birthYear: 1990, role: 'APPLICANT' },
      ];
      const answer = await gql(REGISTER, { input: household({ members }) }, officer);
      expect(fieldsOf(expectRefused(answer, 'BAD_USER_INPUT', 200))).toEqual(['members[2]']);
      expect(await householdTotal()).toBe(before);
    });

    it('a tie listed twice is refused naming the repeat, and nothing is stored', async () => {
      const before = await householdTotal();
      const ties = [
        { kind: 'FAMILY', municipalityCode: 'GM0363', description: 'brother', verificationNote: 'family record seen' },
        { kind: 'JOB_CONTRACT', municipalityCode: 'GM0363', verificationNote: 'contract seen' },
        { kind: 'FAMILY', municipalityCode: 'GM0363', description: 'cousin', verificationNote: 'family record seen' },
      ];
      const answer = await gql(REGISTER, { input: household({ ties }) }, officer);
      expect(fieldsOf(expectRefused(answer, 'BAD_USER_INPUT', 200))).toEqual(['ties[2]']);
      expect(await householdTotal()).toBe(before);
    });
  });

  describe('a fragment cycle', () => {
    it('is refused by validation (GRAPHQL_VALIDATION_FAILED, HTTP 400, naming the fragments), like every other invalid document', async () => {
      const error = expectRefused(await gql('fragment A on Query { ...B } fragment B on Query { ...A } query { ...A }', {}, officer), 'GRAPHQL_VALIDATION_FAILED', 400);
      expect(error.message).toMatch(/fragment "A"/);
    });

    it('is refused for a caller who is not signed in, also through nested fields', async () => {
      const query = 'fragment A on Municipality { name ...B } fragment B on Municipality { code ...A } { municipalities { ...A } }';
      expectRefused(await gql(query), 'GRAPHQL_VALIDATION_FAILED', 400);
    });
  });
});

describe('field suggestions ("Did you mean …") with introspection off', () => {
  let url: string;
  let logged: string[];
  let close: () => Promise<void>;

  beforeAll(async () => {
    // validation and the coercion of variables come before access: no accounts needed
    ({ url, logged, close } = await startApp({ introspection: false, seed: false }));
  });

  afterAll(async () => {
    await close?.();
  });

  it.each([
    ['a misspelt field', '{ municipalitys { code } }', {}],
    ['a misspelt argument', '{ households(limt: 5) { total } }', {}],
    ['a misspelt enum value in the document', '{ households(filter: { status: WAITIN }) { total } }', {}],
    ['a misspelt enum value in a variable', 'query($f: HouseholdFilterInput) { households(filter: $f) { total } }', { f: { status: 'WAITIN' } }],
    ['a misspelt input field in a variable', 'query($f: HouseholdFilterInput) { households(filter: $f) { total } }', { f: { receptionLocatio: 'x' } }],
  ])('%s: refused without naming what the schema holds', async (_name, query, variables) => {
    const answer = await post(url, query, variables);
    expect(answer.status).toBe(400);
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0].message).not.toMatch(/did you mean/i);
    expect(logged).toEqual([]);
  });

  it('introspection itself is refused', async () => {
    const answer = await post(url, '{ __schema { types { name } } }');
    expect(answer.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

// ── Walking the schema for ids ───────────────────────────────────────────────────────────────────────────────

interface IdCase {
  readonly title: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** The path the refusal must name, from the argument, e.g. `input.cohort.householdIds[0]`. */
  readonly field: string;
}

/**
 * How to reach a field of a type that is not a root type, with a query around it (nothing is resolved: the input is
 * refused first). A type with an ID argument that is missing here fails the walk, so a new one cannot be left out.
 */
const REACH: Readonly<Record<string, (inner: string) => string>> = {
  Run: (inner) => `run(id: "${VALID_ID}") { ${inner} }`,
};

/** A valid value of `type` with only what is required, or null for a nullable type. */
function sample(type: GraphQLInputType): unknown {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (isInputObjectType(inner)) return requiredFields(inner);
  if (isEnumType(inner)) return inner.getValues()[0].name;
  const byName: Record<string, unknown> = { ID: VALID_ID, String: 'x', Int: 1, Float: 1, Boolean: false };
  if (!(inner.name in byName)) throw new Error(`no sample for scalar ${inner.name}: add one`);
  return byName[inner.name];
}

/** The fields of an input object that must be given (non-null without a default), each with a sample value. */
function requiredFields(type: GraphQLInputObjectType): Record<string, unknown> {
  return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, sample(f.type)]));
}

/** Each way to put a malformed id into a value of `type`: the value and the path to the id inside it. */
function malformed(type: GraphQLInputType, seen: ReadonlySet<string> = new Set()): { value: unknown; path: string }[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return malformed(inner.ofType, seen).map((m) => ({ value: [m.value], path: `[0]${m.path}` }));
  if (isScalarType(inner)) return inner.name === 'ID' ? [{ value: NOT_AN_ID, path: '' }] : [];
  if (!isInputObjectType(inner) || seen.has(inner.name)) return [];
  const within = new Set([...seen, inner.name]);
  return Object.values(inner.getFields()).flatMap((f) =>
    malformed(f.type, within).map((m) => ({ value: { ...requiredFields(inner), [f.name]: m.value }, path: `.${f.name}${m.path}` })),
  );
}

/**
 * One request per ID argument or ID input field of every field of the schema (queries and mutations, over HTTP).
 * Subscriptions are served over WebSocket only; their ids are screened by the same check there
 * (test/run-progress-subscription.e2e-spec.ts).
 */
function idCases(schema: GraphQLSchema): IdCase[] {
  const cases: IdCase[] = [];
  const roots = new Map([[schema.getQueryType()!.name, 'query'], [schema.getMutationType()!.name, 'mutation']]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getSubscriptionType()) continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) {
        for (const m of malformed(arg.type)) {
          const others = field.args.filter((a) => a !== arg && isNonNullType(a.type));
          const defs = [arg, ...others].map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`).join(', ');
          const args = [arg, ...others].map((a) => `${a.name}: $${a.name}`).join(', ');
          const named = getNamedType(field.type);
          const selection = `${field.name}(${args})${isScalarType(named) || isEnumType(named) ? '' : ' { __typename }'}`;
          const root = roots.get(type.name);
          const reach = REACH[type.name];
          if (!root && !reach) throw new Error(`${type.name}.${field.name}(${arg.name}) takes an ID: add ${type.name} to REACH`);
          const body = root ? selection : reach(selection);
          cases.push({
            title: `${type.name}.${field.name}(${arg.name})${m.path}`,
            query: `${root ?? 'query'}(${defs}) { ${body} }`,
            variables: { [arg.name]: m.value, ...Object.fromEntries(others.map((a) => [a.name, sample(a.type)])) },
            field: `${arg.name}${m.path}`,
          });
        }
      }
    }
  }
  return cases;
}
