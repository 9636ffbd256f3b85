import { createHmac } from 'node:crypto';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { attemptLogin } from './support/auth-helpers.js';

/** Revocation: disabling an account ends its sessions at once; re-enabling does not revive old tokens. */
describe('sessions: disabling accounts and rejecting bad tokens', () => {
  let t: TestApp;
  let admin: string;
  let officer: string;
  const ME = '{ me { email role } }';
  const PASSWORD = 'a-long-test-password';

  async function createAccount(email: string): Promise<string> {
    const created = await t.gql(
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id disabled } }',
      { input: { email, password: PASSWORD, role: 'MUNICIPALITY', municipalityCode: 'GM0153' } },
      admin,
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return created.data.createAccount.id;
  }
  const setDisabled = (id: string, disabled: boolean) =>
    t.gql(`mutation($id: ID!) { ${disabled ? 'disableAccount' : 'enableAccount'}(id: $id) { disabled } }`, { id }, admin);

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 10 });
    admin = await t.login('admin@demo.local');
    officer = await t.login('officer@demo.local');
  }, 120_000);
  afterAll(() => t?.close());

  it('a disabled account’s existing token stops working on the next request, and it cannot sign in', async () => {
    const id = await createAccount('to-disable@test.local');
    const token = await t.login('to-disable@test.local', PASSWORD);
    expect((await t.gql(ME, {}, token)).data.me.email).toBe('to-disable@test.local');

    expect((await setDisabled(id, true)).data.disableAccount.disabled).toBe(true);
    const after = await t.gql(ME, {}, token);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    expect(after.data).toBeNull();
    // Public operations ignore the revoked token: they answer as to anyone, and give nothing more (issue 14: an old
    // token in the header must not block `login`).
    const publicRead = await t.gql('{ cefrLevels { code } }', {}, token);
    expect(publicRead.errors).toBeUndefined();
    expect(publicRead.data.cefrLevels).toHaveLength(6);
    expect(after.errors![0].message).toBe('This session is no longer valid');
    // Signing in again fails exactly like a wrong password (no hint that the account exists).
    const relogin = await attemptLogin(t, 'to-disable@test.local', PASSWORD);
    expect(relogin).toEqual(await attemptLogin(t, 'to-disable@test.local', 'wrong-password-123'));
    expect(errorCode(relogin)).toBe('UNAUTHENTICATED');
  });

  it('re-enabling does not revive tokens issued before (token version bumped); a new sign-in works', async () => {
    const id = await createAccount('to-reenable@test.local');
    const oldToken = await t.login('to-reenable@test.local', PASSWORD);
    await setDisabled(id, true);
    expect((await setDisabled(id, false)).data.enableAccount.disabled).toBe(false);
    expect(errorCode(await t.gql(ME, {}, oldToken))).toBe('UNAUTHENTICATED');
    const newToken = await t.login('to-reenable@test.local', PASSWORD);
    expect((await t.gql(ME, {}, newToken)).data.me.email).toBe('to-reenable@test.local');
  });

  it('disabling one account leaves other sessions alone', async () => {
    const id = await createAccount('bystander-case@test.local');
    await setDisabled(id, true);
    expect((await t.gql(ME, {}, officer)).data.me.role).toBe('OFFICER');
    expect((await t.gql(ME, {}, admin)).data.me.role).toBe('ADMIN');
  });

  it('answers NOT_FOUND for disabling an unknown account, and only admins may disable', async () => {
    expect(errorCode(await setDisabled('00000000-0000-4000-8000-000000000000', true))).toBe('NOT_FOUND');
    const id = await createAccount('not-by-officer@test.local');
    const response = await t.gql('mutation($id: ID!) { disableAccount(id: $id) { disabled } }', { id }, officer);
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  describe('bad tokens are UNAUTHENTICATED', () => {
    const base64url = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
    const sign = (payload: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }) => {
      const unsigned = `${base64url(header)}.${base64url(payload)}`;
      return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
    };
    const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string; ver: number; iat: number; exp: number };
    const withoutClaim = (claims: Record<string, unknown>, name: string) => Object.fromEntries(Object.entries(claims).filter(([key]) => key !== name));
    const SECRET = 'test-secret-not-for-production';

    it.each([
      ['a tampered signature', (token: string) => `${token.slice(0, -4)}AAAA`],
      ['a token signed with another secret', (token: string) => sign(claimsOf(token), 'some-other-secret')],
      ['an unsigned token (alg none)', (token: string) => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claimsOf(token))}.`],
      ['a forged role claim with a wrong signature', (token: string) => `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ ...claimsOf(token), role: 'admin' })}.${token.split('.')[2]}`],
      ['garbage', () => 'not-a-jwt'],
      // Issue 14: jsonwebtoken checks `exp` only when a token has one; ours always do, so one without is refused.
      ['a token without exp, signed with the right secret', (token: string) => sign(withoutClaim(claimsOf(token), 'exp'), SECRET)],
      ['a token without iat, signed with the right secret', (token: string) => sign(withoutClaim(claimsOf(token), 'iat'), SECRET)],
      ['a token living longer than TOKEN_TTL_SECONDS, signed with the right secret', (token: string) => sign({ ...claimsOf(token), exp: claimsOf(token).exp + 86_400 }, SECRET)],
    ])('%s', async (_name, forge) => {
      const response = await t.gql(ME, {}, forge(officer));
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      expect(response.errors![0].message).toBe('Invalid token');
      expect(response.data).toBeNull();
    });

    it('login and public queries work with any of these tokens in the header (treated as no token)', async () => {
      const noExp = sign(withoutClaim(claimsOf(officer), 'exp'), SECRET);
      for (const bad of [noExp, 'not-a-jwt', `${officer.slice(0, -4)}AAAA`]) {
        const login = await t.gql('mutation { login(email: "officer@demo.local", password: "demo-password-2026") { account { role } } }', {}, bad);
        expect(login.errors).toBeUndefined();
        expect(login.data.login.account.role).toBe('OFFICER');
        const publicRead = await t.gql('{ cefrLevels { code } }', {}, bad);
        expect(publicRead.errors).toBeUndefined();
      }
    });

    it('a token for a stale token version (signed correctly) is refused', async () => {
      const claims = claimsOf(officer);
      const stale = sign({ ...claims, ver: claims.ver - 1 }, 'test-secret-not-for-production');
      expect(errorCode(await t.gql(ME, {}, stale))).toBe('UNAUTHENTICATED');
      const current = sign(claims, 'test-secret-not-for-production');
      expect((await t.gql(ME, {}, current)).data.me.role).toBe('OFFICER'); // the forging helper itself is sound
    });

    it('a malformed Authorization header is refused', async () => {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Token ${officer}` },
        body: JSON.stringify({ query: ME }),
      });
      expect(errorCode((await response.json()) as never)).toBe('UNAUTHENTICATED');
    });
  });
});
