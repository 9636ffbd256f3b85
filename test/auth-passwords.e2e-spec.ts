import bcrypt from 'bcryptjs';
import { DataSource } from 'typeorm';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { attemptLogin } from './support/auth-helpers.js';

/*
 * Issue 14 (Low): bcrypt read only the first 72 bytes of a password (two different long emoji passwords both worked),
 * and hashing ran on the event loop (at 7 logins/s other requests stalled for seconds). Passwords are now Argon2id
 * hashes made on libuv's thread pool; old bcrypt hashes are verified once and replaced (apps/api/src/auth/passwords.ts;
 * the event loop is checked in passwords.spec.ts, the latency under sign-ins measured by scripts/bench-login.ts).
 */
describe('passwords: Argon2id, byte-exact, off the event loop; old bcrypt hashes replaced at sign-in', () => {
  let t: TestApp;
  let admin: string;

  const storedHash = async (email: string): Promise<string> =>
    ((await t.app.get(DataSource).query('SELECT password_hash FROM account WHERE email = $1', [email])) as { password_hash: string }[])[0].password_hash;
  const createAccount = (email: string, password: string) =>
    t.gql(
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
      { input: { email, password, role: 'MUNICIPALITY', municipalityCode: 'GM0344' } },
      admin,
    );

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 10 });
    admin = await t.login('admin@demo.local');
  }, 120_000);
  afterAll(() => t?.close());

  it('stores new and seeded passwords as Argon2id with the documented parameters (OWASP: 19 MiB, 2 passes, 1 lane)', async () => {
    expect((await createAccount('argon@test.local', 'a-long-test-password')).errors).toBeUndefined();
    for (const email of ['argon@test.local', 'officer@demo.local']) {
      expect(await storedHash(email)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    }
    expect(errorCode(await attemptLogin(t, 'argon@test.local', 'a-long-test-password'))).toBeUndefined();
  });

  it('an account that still holds a bcrypt hash signs in once with it, then holds an Argon2id hash and signs in again', async () => {
    const email = 'legacy@test.local';
    const password = 'an-old-bcrypt-password';
    expect((await createAccount(email, 'replaced-below-anyway')).errors).toBeUndefined();
    const legacy = bcrypt.hashSync(password, 10); // what this service stored before Argon2 (and the seed, on older databases)
    await t.app.get(DataSource).query('UPDATE account SET password_hash = $2 WHERE email = $1', [email, legacy]);

    // a wrong password changes nothing
    expect(errorCode(await attemptLogin(t, email, 'not-the-password'))).toBe('UNAUTHENTICATED');
    expect(await storedHash(email)).toBe(legacy);

    const first = await attemptLogin(t, email, password);
    expect(first.errors).toBeUndefined();
    expect(first.data.login.token).toEqual(expect.any(String));
    const rehashed = await storedHash(email);
    expect(rehashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const second = await attemptLogin(t, email, password);
    expect(second.errors).toBeUndefined();
    expect(await storedHash(email)).toBe(rehashed); // verified with Argon2 now: nothing left to replace
    expect(errorCode(await attemptLogin(t, email, 'not-the-password'))).toBe('UNAUTHENTICATED');
  });

  it('two long emoji passwords that share their first 72 bytes are different passwords', async () => {
    const shared = '😀😁😂🤣'.repeat(4) + '😀😁'; // 18 × 4 bytes = 72 bytes (36 UTF-16 units)
    const mine = `${shared}🍏🍐`;
    const other = `${shared}🍏🍎`;
    expect(Buffer.byteLength(mine)).toBe(80);
    expect((await createAccount('emoji@test.local', mine)).errors).toBeUndefined();
    expect(errorCode(await attemptLogin(t, 'emoji@test.local', mine))).toBeUndefined();
    expect(errorCode(await attemptLogin(t, 'emoji@test.local', other))).toBe('UNAUTHENTICATED');
    expect(errorCode(await attemptLogin(t, 'emoji@test.local', shared))).toBe('UNAUTHENTICATED');
  });

  describe('new-password rule: at least 12 characters (code points), at most 1024 bytes of UTF-8, 4 different characters, not only spaces', () => {
    it('accepts a long pass phrase of 1024 bytes, which the old 72-character limit refused', async () => {
      const phrase = 'correct horse battery staple '.repeat(40).slice(0, 1024);
      expect(Buffer.byteLength(phrase)).toBe(1024);
      expect((await createAccount('phrase@test.local', phrase)).errors).toBeUndefined();
      expect(errorCode(await attemptLogin(t, 'phrase@test.local', phrase))).toBeUndefined();
    });

    it.each([
      ['1025 bytes of ASCII', 'p'.repeat(1025), 'password: must be at most 1024 bytes long (UTF-8)'],
      ['342 characters of 3 bytes each (1026 bytes)', '€'.repeat(342), 'password: must be at most 1024 bytes long (UTF-8)'],
      ['11 emoji (22 UTF-16 units, but 11 characters)', '🔑'.repeat(11), 'password: must have at least 12 characters'],
      ['12 spaces', ' '.repeat(12), 'password: must not be only spaces'],
      ['one letter 12 times', 'q'.repeat(12), 'password: must use at least 4 different characters'],
    ])('refuses a new password of %s as BAD_USER_INPUT naming password', async (_name, password, message) => {
      const response = await createAccount(`refused-${Buffer.byteLength(password)}-${password.codePointAt(0)}@test.local`, password);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0].message).toBe(message);
      expect(response.errors![0].extensions?.fields).toEqual([{ field: 'password', message: message.replace('password: ', '') }]);
    });

    it('refuses a sign-in with a password over 1024 bytes before hashing it (BAD_USER_INPUT naming password)', async () => {
      const response = await attemptLogin(t, 'officer@demo.local', '😀'.repeat(257)); // 1028 bytes
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toBe('password: must be at most 1024 bytes long (UTF-8)');
    });
  });
});
