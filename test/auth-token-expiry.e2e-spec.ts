import { errorCode, startTestApp, type TestApp } from './support/test-app.js';

/** Tokens expire after auth.tokenTtlSeconds (here 1 s). */
describe('token expiry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      seedHouseholds: 10,
      auth: { jwtSecret: 'test-secret-not-for-production', tokenTtlSeconds: 1, loginAttemptsPerMinute: 1000 },
    });
  }, 120_000);
  afterAll(() => t?.close());

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('a token works until it expires, then gives UNAUTHENTICATED', async () => {
    // JWT times are whole seconds: start just after a second boundary so the 1 s token surely lives ~1 s.
    await sleep(1000 - (Date.now() % 1000) + 20);
    const login = await t.gql('mutation { login(email: "officer@demo.local", password: "demo-password-2026") { token expiresAt } }');
    const { token, expiresAt } = login.data.login;
    expect(Math.abs(new Date(expiresAt).getTime() - (Date.now() + 1000))).toBeLessThan(1000);
    expect((await t.gql('{ me { role } }', {}, token)).data.me.role).toBe('OFFICER');

    await sleep(2000);
    const expired = await t.gql('{ me { role } }', {}, token);
    expect(errorCode(expired)).toBe('UNAUTHENTICATED');
    expect(expired.errors![0].message).toMatch(/expired/);
    expect(errorCode(await t.gql('{ households(limit: 1) { total } }', {}, token))).toBe('UNAUTHENTICATED');
  });

  it('an expired token in the header does not block login or public queries; protected operations still say it expired', async () => {
    await sleep(1000 - (Date.now() % 1000) + 20);
    const expired = (await t.gql('mutation { login(email: "officer@demo.local", password: "demo-password-2026") { token } }')).data.login.token as string;
    await sleep(2000);
    const protectedRead = await t.gql('{ me { role } }', {}, expired);
    expect(errorCode(protectedRead)).toBe('UNAUTHENTICATED');
    expect(protectedRead.errors![0].message).toBe('Your session has expired; sign in again');

    // Issue 14: a client that still sends its old token can sign in again …
    const login = await t.gql('mutation { login(email: "officer@demo.local", password: "demo-password-2026") { token account { role } } }', {}, expired);
    expect(login.errors).toBeUndefined();
    expect(login.data.login.account.role).toBe('OFFICER');
    expect((await t.gql('{ me { role } }', {}, login.data.login.token)).data.me.role).toBe('OFFICER');
    // … and read what anyone may read, as an anonymous caller
    const publicRead = await t.gql('{ cefrLevels { code } }', {}, expired);
    expect(publicRead.errors).toBeUndefined();
    expect(publicRead.data.cefrLevels).toHaveLength(6);
  });
});
