import 'reflect-metadata';
import { Args, Field, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DOMAIN_ERROR_CODES, DomainError, type DomainErrorCode } from '#common/domain-error.js';
import { Public } from '#api/auth/access.decorator.js';
import { periodOf } from '#api/common/period.js';
import { DEMO_PASSWORD } from '#seed/demo-accounts.js';
import { startTestApp, type GraphQLResponse } from './support/test-app.js';

/**
 * One error mapping (apps/api/src/common/graphql-errors.ts) for operations, field resolvers and field middleware:
 * every DomainError code reaches the client as exactly one error with that code, never INTERNAL_SERVER_ERROR
 * (STYLE.md). A test-only resolver raises each code from an operation and from a field resolver of the real app;
 * then the refusals the API gives on its own, by operation, field resolver and field middleware.
 */

function probeError(code: DomainErrorCode): DomainError {
  return code === 'BAD_USER_INPUT' ? DomainError.badInput([{ field: 'code', message: 'probe' }]) : new DomainError(code, `probe ${code}`);
}

@ObjectType({ description: 'Test only: raises a DomainError of the given code' })
class ErrorProbe {
  @Field() code: string;
}

@Resolver(() => ErrorProbe)
class ErrorProbeResolver {
  @Public()
  @Query(() => ErrorProbe)
  errorProbe(@Args('code') code: string): ErrorProbe {
    return { code };
  }

  @Public()
  @Query(() => String)
  failingOperation(@Args('code') code: string): string {
    throw probeError(code as DomainErrorCode);
  }

  @ResolveField(() => String)
  failingField(@Parent() probe: ErrorProbe): string {
    throw probeError(probe.code as DomainErrorCode);
  }
}

/** Login attempts a client address may make per minute in this app. */
const LOGINS_PER_MINUTE = 3;

describe('error mapping: one place for operations, field resolvers and field middleware', () => {
  let close: () => Promise<void>;
  let url: string;
  let officer: string;
  let newcomer: string;
  let admin: string;

  /** A GraphQL request; `client` is sent as X-Forwarded-For, which this app trusts from loopback. */
  async function gql(query: string, variables: Record<string, unknown> = {}, token?: string, client?: string): Promise<GraphQLResponse> {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(client ? { 'x-forwarded-for': client } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  }

  /** Signs in a demo account from a client address of its own, so no login counts against another's limit. */
  async function login(email: string, client: string): Promise<string> {
    const response = await gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: DEMO_PASSWORD }, undefined, client);
    if (!response.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(response.errors)}`);
    return response.data.login.token as string;
  }

  /** A refused request: exactly one error, with `code`, never an internal error. */
  function expectRefused(response: GraphQLResponse, code: DomainErrorCode): NonNullable<GraphQLResponse['errors']>[number] {
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error.extensions?.code).toBe(code);
    expect(error.message).not.toBe('Internal error');
    return error;
  }

  beforeAll(async () => {
    const t = await startTestApp(
      { seedHouseholds: 20, trustProxy: 'loopback', auth: { jwtSecret: 'test-secret-not-for-production', tokenTtlSeconds: 3600, loginAttemptsPerMinute: LOGINS_PER_MINUTE } },
      { providers: [ErrorProbeResolver] },
    );
    url = t.url;
    close = () => t.close();
    officer = await login('officer@demo.local', '192.0.2.1');
    newcomer = await login('newcomer@demo.local', '192.0.2.2');
    admin = await login('admin@demo.local', '192.0.2.3');
  });

  afterAll(async () => {
    await close?.();
  });

  describe('every DomainError code', () => {
    it.each(DOMAIN_ERROR_CODES)('%s thrown in a field resolver reaches the client with its code, on that field', async (code) => {
      const response = await gql('query($code: String!) { errorProbe(code: $code) { code failingField } }', { code });
      const error = expectRefused(response, code);
      expect(error).toMatchObject({ path: ['errorProbe', 'failingField'] });
      expect(error.message).toBe(probeError(code).message);
    });

    it.each(DOMAIN_ERROR_CODES)('%s thrown in an operation reaches the client with its code', async (code) => {
      const response = await gql('query($code: String!) { failingOperation(code: $code) }', { code });
      const error = expectRefused(response, code);
      expect(error).toMatchObject({ path: ['failingOperation'] });
    });

    it('BAD_USER_INPUT names the field in extensions.fields', async () => {
      const response = await gql('{ errorProbe(code: "BAD_USER_INPUT") { failingField } }');
      expect(expectRefused(response, 'BAD_USER_INPUT').extensions?.fields).toEqual([{ field: 'code', message: 'probe' }]);
    });
  });

  describe('refusals of the API itself', () => {
    it('BAD_USER_INPUT from an operation: a page size out of range is refused before the resolver, naming the argument', async () => {
      const error = expectRefused(await gql('{ auditEvents(limit: 0) { action } }', {}, officer), 'BAD_USER_INPUT');
      expect(error.extensions?.fields?.map((f) => f.field)).toEqual(['limit']);
      const offset = expectRefused(await gql('{ households(offset: -1) { total } }', {}, officer), 'BAD_USER_INPUT');
      expect(offset.extensions?.fields?.map((f) => f.field)).toEqual(['offset']);
      expectRefused(await gql('{ proposals(limit: 501) { id } }', {}, officer), 'BAD_USER_INPUT');
    });

    it('BAD_USER_INPUT from a field resolver: run.assignments(limit: 501) is refused on that field', async () => {
      const created = await gql(
        'mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }',
        { input: { name: 'error mapping', period: periodOf(new Date()), cohort: { limit: 3 } } },
        officer,
      );
      const roundId = created.data.createRound.id as string;
      const runId = (await gql('mutation($r: ID!) { runRound(roundId: $r) { id } }', { r: roundId }, officer)).data.runRound.id as string;
      const response = await gql('query($id: ID!) { run(id: $id) { id assignments(limit: 501) { householdId } } }', { id: runId }, officer);
      const error = expectRefused(response, 'BAD_USER_INPUT');
      expect(error).toMatchObject({ path: ['run', 'assignments'] });
      expect(error.extensions?.fields?.map((f) => f.field)).toEqual(['limit']);
      await gql('mutation($id: ID!) { cancelRun(runId: $id) { status } }', { id: runId }, officer);
    });

    it('FORBIDDEN from field middleware: a newcomer reading the medical notes of their own household', async () => {
      const own = (await gql('{ me { householdId } }', {}, newcomer)).data.me.householdId as string;
      const response = await gql('query($id: ID!) { household(id: $id) { reference medicalNotes } }', { id: own }, newcomer);
      expect(expectRefused(response, 'FORBIDDEN')).toMatchObject({ path: ['household', 'medicalNotes'] });
      expect(response.data.household).toEqual({ reference: 'HH-000001', medicalNotes: null });
    });

    it('FORBIDDEN from an operation: a newcomer listing households', async () => {
      expectRefused(await gql('{ households { total } }', {}, newcomer), 'FORBIDDEN');
    });

    it('NOT_FOUND: an unknown household id', async () => {
      expectRefused(await gql('{ household(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, officer), 'NOT_FOUND');
    });

    it('NOT_FOUND, not "published": every change to a draft round, on a round that does not exist', async () => {
      const none = { r: '00000000-0000-4000-8000-000000000000', h: '00000000-0000-4000-8000-000000000001' };
      for (const document of [
        'mutation($r: ID!, $h: ID!) { unpinHousehold(roundId: $r, householdId: $h) { householdId } }',
        'mutation($r: ID!, $h: ID!) { allowPair(roundId: $r, householdId: $h, municipalityCode: "GM0363") { householdId } }',
        'mutation($r: ID!, $h: ID!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: "GM0363") { householdId } }',
        'mutation($r: ID!, $h: ID!) { forbidPair(roundId: $r, householdId: $h, municipalityCode: "GM0363") { householdId } }',
        'mutation($r: ID!) { setRoundPolicy(roundId: $r, input: { seed: 1 }) { id } }',
        'mutation($r: ID!) { setRoundCapacity(roundId: $r, municipalityCode: "GM0363", input: { persons: 1, homes1to2: 1, homes3to4: 0, homes5plus: 0 }) { municipalityCode } }',
      ]) {
        const variables = document.includes('$h') ? none : { r: none.r };
        const response = await gql(document, variables, officer);
        // one comparison that names the mutation when it fails
        expect({ document, errors: response.errors?.length, code: response.errors?.[0]?.extensions?.code }).toEqual({ document, errors: 1, code: 'NOT_FOUND' });
      }
    });

    it('BAD_USER_INPUT: an id that is no UUID at all, naming the argument (test/input-hardening.e2e-spec.ts covers every id)', async () => {
      expect(expectRefused(await gql('{ household(id: "not-a-uuid") { id } }', {}, officer), 'BAD_USER_INPUT').extensions?.fields?.map((f) => f.field)).toEqual(['id']);
      const dashes = expectRefused(await gql('{ waitingStatus(householdId: "------------------------------------") { status } }', {}, officer), 'BAD_USER_INPUT');
      expect(dashes.extensions?.fields?.map((f) => f.field)).toEqual(['householdId']);
    });

    it('UNAUTHENTICATED: no token for an operation that needs one', async () => {
      expectRefused(await gql('{ me { id } }'), 'UNAUTHENTICATED');
    });

    it('CONFLICT: an account for an e-mail address that has one, and the accounts stay as they were', async () => {
      const before = (await gql('{ accounts { id email } }', {}, admin)).data.accounts;
      const response = await gql(
        'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
        { input: { email: 'officer@demo.local', password: 'a-long-test-password', role: 'ADMIN' } },
        admin,
      );
      expectRefused(response, 'CONFLICT');
      expect((await gql('{ accounts { id email } }', {}, admin)).data.accounts).toEqual(before);
    });

    it('RATE_LIMITED: counted per client address, which comes from X-Forwarded-For only because the app trusts loopback proxies', async () => {
      const attempt = (client: string) => gql('mutation { login(email: "nobody@test.local", password: "wrong-password") { token } }', {}, undefined, client);
      for (let i = 0; i < LOGINS_PER_MINUTE; i += 1) expectRefused(await attempt('198.51.100.7'), 'UNAUTHENTICATED');
      expectRefused(await attempt('198.51.100.7'), 'RATE_LIMITED');
      expectRefused(await attempt('198.51.100.8'), 'UNAUTHENTICATED');
    });
  });
});
