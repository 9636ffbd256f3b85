import { createHmac } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, getNullableType, isInterfaceType, isLeafType, isListType, isObjectType, type GraphQLNamedType } from 'graphql';
import { defaultLimits } from '#api/config/app-config.js';
import { LIST_SIZES } from '#api/common/query-limits.js';
import { errorCode, startTestApp, startTestAppSignedIn, type TestApp } from './support/test-app.js';
import { postRaw } from './support/auth-helpers.js';

/** The operations anyone may call without signing in (@Public; the auth matrix checks each). */
const PUBLIC_ROOTS = { Query: ['municipalities', 'municipality', 'occupations', 'occupation', 'cefrLevels', 'iscedLevels'], Mutation: ['login'] } as const;

/*
 * Issue 14 (High): an anonymous caller repeated `municipalities { profile profileVersions capacities }` under 200
 * aliases and held the service for minutes. An operation's shape (root fields, aliases) is capped for everyone;
 * anonymous callers get a smaller cost budget per operation and a budget per client address per minute.
 * Small limits here so each rule is reached with cheap queries.
 */
const LIMITS = { ...defaultLimits(), maxRootFields: 4, maxAliases: 5, anonymousMaxComplexity: 60, anonymousComplexityPerMinute: 200 };

describe('query budget (shape caps, anonymous budget)', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => ({ t, token: officer } = await startTestAppSignedIn('officer@demo.local', { limits: LIMITS })), 120_000);
  afterAll(() => t?.close());

  const aliased = (n: number, field = 'municipalities { code }') => Array.from({ length: n }, (_, i) => `m${i}: ${field}`).join(' ');

  describe('shape of one operation (everyone)', () => {
    it('refuses more aliases than maxAliases, signed in or not, before resolving anything', async () => {
      for (const token of [undefined, officer]) {
        const response = await t.gql(`{ cefrLevels { a1: code a2: code a3: code a4: code a5: code a6: code } }`, {}, token);
        expect(response.data).toBeUndefined();
        expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(response.errors?.[0].message).toBe('Too many aliases in one operation (more than 5); send them in separate requests');
      }
    });

    it('counts aliases inside fragments each time the fragment is spread', async () => {
      const query = 'query { cefrLevels { ...F } m: cefrLevels { ...F } n: cefrLevels { ...F } } fragment F on CefrLevelInfo { a: code b: code }'; // 2 + 3 × 2 = 8
      const response = await t.gql(query, {}, officer);
      expect(response.errors?.[0].message).toMatch(/Too many aliases/);
      const ok = await t.gql('query { cefrLevels { ...F } } fragment F on CefrLevelInfo { a: code b: code }', {}, officer);
      expect(ok.errors).toBeUndefined();
    });

    it('refuses more root fields than maxRootFields (aliased or not), and accepts the limit itself', async () => {
      const five = await t.gql('{ cefrLevels { code } d: cefrLevels { code } a: cefrLevels { code } b: cefrLevels { code } c: cefrLevels { code } }', {}, officer);
      expect(five.errors?.[0].message).toBe('Too many fields at the top of one operation (more than 4); send them in separate requests');
      const four = await t.gql('{ cefrLevels { code } a: cefrLevels { code } b: cefrLevels { code } c: cefrLevels { code } }', {}, officer);
      expect(four.errors).toBeUndefined();
    });
  });

  describe('cost budget of a caller who is not signed in', () => {
    const costly = '{ occupations(search: "", limit: 100) { code } }'; // 1 + 100 × 1 = 101 points

    it('refuses an operation over anonymousMaxComplexity that a signed-in caller may run', async () => {
      const anonymous = await t.gql(costly);
      expect(anonymous.data).toBeUndefined();
      expect(errorCode(anonymous)).toBe('BAD_USER_INPUT');
      expect(anonymous.errors?.[0].message).toBe('Query too complex: cost 101 exceeds 60 for a caller who is not signed in; ask for fewer items or fields');
      const signedIn = await t.gql(costly, {}, officer);
      expect(signedIn.errors).toBeUndefined();
      expect(signedIn.data.occupations).toHaveLength(100);
    });

    it('answers a refused cost with HTTP 400 (a bad request), not 500', async () => {
      const tooComplex = await postRaw(t, JSON.stringify({ query: costly }));
      expect(tooComplex.status).toBe(400);
      expect(tooComplex.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('treats a token this service did not sign as no token', async () => {
      const forged = await t.gql(costly, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
      expect(forged.errors?.[0].message).toMatch(/exceeds 60 for a caller who is not signed in/);
    });

    it('treats a token signed with the right secret but without exp (or expired) as no token', async () => {
      const [, payload] = officer.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, number | string>;
      const sign = (body: object) => {
        const unsigned = `${Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(body)).toString('base64url')}`;
        return `${unsigned}.${createHmac('sha256', 'test-secret-not-for-production').update(unsigned).digest('base64url')}`;
      };
      const { exp: _exp, ...withoutExp } = claims;
      const now = Math.floor(Date.now() / 1000);
      for (const token of [sign(withoutExp), sign({ ...claims, iat: now - 7200, exp: now - 3600 })]) {
        const response = await t.gql(costly, {}, token);
        expect(response.errors?.[0].message).toMatch(/exceeds 60 for a caller who is not signed in/);
      }
      expect((await t.gql(costly, {}, sign(claims))).errors).toBeUndefined(); // the forging helper itself is sound
    });

    it('stops an anonymous address that spent its budget for the minute; signed-in callers go on', async () => {
      const cheap = '{ occupations(search: "", limit: 40) { code } }'; // 41 points
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 6; i += 1) codes.push(errorCode(await t.gql(cheap)));
      // 200 points a minute: four requests (164) pass, the fifth (205) is refused, and so is the next
      expect(codes).toEqual([undefined, undefined, undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
      expect((await postRaw(t, JSON.stringify({ query: cheap }))).status).toBe(429);
      expect((await t.gql(cheap, {}, officer)).errors).toBeUndefined();
      // signing in and a single record stay open to the address (they cost at most ANONYMOUS_FREE_COST)
      expect((await t.gql('mutation { login(email: "officer@demo.local", password: "demo-password-2026") { token } }')).data?.login?.token).toBeTruthy();
      expect((await t.gql('{ municipality(code: "GM0363") { name } }')).data?.municipality?.name).toBe('Amsterdam');
    });

    it('answers a persisted-query hash (not supported) without an internal error', async () => {
      const response = await postRaw(t, JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }));
      expect(response.status).toBeLessThan(500);
      expect(response.json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    });

    it('answers a request naming an operation its document leaves unnamed without an internal error', async () => {
      const response = await postRaw(t, JSON.stringify({ query: '{ __typename }', operationName: 'X' }));
      expect(response.status).toBeLessThan(500);
      expect(response.json.errors?.[0]?.extensions?.code ?? 'none').not.toBe('INTERNAL_SERVER_ERROR');
    });
  });

  describe('lists cost their size (the attack of issue 14)', () => {
    it('every list any caller can reach (queries, mutations and subscriptions, signed in or not) has a limit argument or a size in LIST_SIZES', () => {
      const schema = t.app.get(GraphQLSchemaHost).schema;
      const missing: string[] = [];
      const seen = new Set<string>();
      const walk = (type: GraphQLNamedType): void => {
        if (seen.has(type.name) || !(isObjectType(type) || isInterfaceType(type))) return;
        seen.add(type.name);
        for (const field of Object.values(type.getFields())) {
          const named = getNamedType(field.type);
          if (isListType(getNullableType(field.type)) && !isLeafType(named) && !field.args.some((a) => a.name === 'limit') && !(`${type.name}.${field.name}` in LIST_SIZES)) {
            missing.push(`${type.name}.${field.name}`);
          }
          walk(named);
        }
      };
      walk(schema.getQueryType()!);
      walk(schema.getMutationType()!);
      walk(schema.getSubscriptionType()!);
      // the public operations are among those walked
      for (const [root, names] of Object.entries(PUBLIC_ROOTS)) {
        const rootType = root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
        for (const name of names) expect({ name, exists: rootType.getFields()[name] !== undefined }).toEqual({ name, exists: true });
      }
      expect(missing).toEqual([]);
      // every entry names a real list field
      for (const key of Object.keys(LIST_SIZES)) {
        const [typeName, fieldName] = key.split('.');
        const type = schema.getType(typeName);
        const field = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[fieldName] : undefined;
        expect({ key, list: field !== undefined && isListType(getNullableType(field.type)) }).toEqual({ key, list: true });
      }
    });

    it('tells a caller without a token to sign in, not that the query is too complex, when the operation is not public (nothing of it is resolved)', async () => {
      // an app of its own, so that no other test has spent this address's anonymous budget for the minute
      const fresh = await startTestApp({ limits: LIMITS });
      try {
        const nested = '{ roundList { runs { assignments(limit: 500) { householdId criteria { criterion reasons { code } } } } } }';
        for (const token of [undefined, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl']) {
          const response = await fresh.gql(nested, {}, token);
          expect(response.data?.roundList ?? null).toBeNull();
          expect(errorCode(response)).toBe('UNAUTHENTICATED');
        }
        // a public field beside it is still priced
        const mixed = await fresh.gql('{ roundList { id } occupations(search: "", limit: 100) { code } }');
        expect(errorCode(mixed)).toBe('BAD_USER_INPUT');
        expect(mixed.errors?.[0].message).toMatch(/^Query too complex: cost 101 exceeds 60 for a caller who is not signed in/); // roundList: 0, occupations: 1 + 100
      } finally {
        await fresh.close();
      }
    }, 120_000);

    it('costs a signed-in caller’s nested lists by their sizes: every run of every round with 500 assignments each is refused, one page of one run passes', async () => {
      const nested = '{ roundList { runs { assignments(limit: 500) { householdId criteria { criterion reasons { code } } } } } }';
      const refused = await t.gql(nested, {}, officer);
      expect(refused.data).toBeUndefined();
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      // 1 + 500 rounds × (1 + 500 runs × (1 + 500 × (1 + 1 + 6 criteria × (1 + 1 + 10 reasons × 1)))) and more
      expect(refused.errors?.[0].message).toMatch(/^Query too complex: cost \d{9,} exceeds 200000;/);
      const onePage = await t.gql('{ roundList(limit: 1) { runs(limit: 1) { assignments(limit: 50) { householdId criteria { criterion reasons { code } } } } } }', {}, officer);
      expect(onePage.errors).toBeUndefined();
    });

    it('refuses the reported attack (municipalities with profile, versions and capacities under aliases), and even one copy of it, anonymously', async () => {
      const heavy = 'municipalities { code profile { whatToExpect } profileVersions { version whatToExpect } capacities { period persons } }';
      const fresh = await startTestApp({ limits: { ...defaultLimits() } });
      try {
        // 20 copies break the root-field cap before anything is costed
        const repeated = await fresh.gql(`{ ${aliased(20, heavy)} }`);
        expect(errorCode(repeated)).toBe('GRAPHQL_VALIDATION_FAILED');
        // one copy: 400 municipalities × (100 profile versions + 40 capacities …) is far beyond an anonymous budget
        const once = await fresh.gql(`{ ${heavy} }`);
        expect(once.data).toBeUndefined();
        expect(errorCode(once)).toBe('BAD_USER_INPUT');
        expect(once.errors?.[0].message).toMatch(/^Query too complex: cost \d+ exceeds 5000 for a caller who is not signed in/);
        // what a visitor needs (names, codes, what to expect) still passes
        const names = await fresh.gql('{ municipalities { code name province profile { whatToExpect } } }');
        expect(names.errors).toBeUndefined();
        expect(names.data.municipalities.length).toBeGreaterThan(300);
      } finally {
        await fresh.close();
      }
    }, 120_000);
  });
});
