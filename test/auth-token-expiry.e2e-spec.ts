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
});
