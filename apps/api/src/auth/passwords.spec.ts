import { hash as argon2Hash } from '@node-rs/argon2';
import bcrypt from 'bcryptjs';
import { getMetadataArgsStorage } from 'typeorm';
import { AccountEntity } from '#persistence/entities/account.entity.js';
import { ARGON2_OPTIONS, hashPassword, newPasswordProblem, PASSWORD_MAX_BYTES, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it('hashes with Argon2id at the documented parameters, a fresh salt each time, into the account column', async () => {
    const [a, b] = await Promise.all([hashPassword('a-long-test-password'), hashPassword('a-long-test-password')]);
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    const column = getMetadataArgsStorage().columns.find((c) => c.target === AccountEntity && c.propertyName === 'passwordHash');
    expect(a.length).toBeLessThanOrEqual(Number(column?.options.length));
  });

  it('verifies its own hashes; every byte of the password counts', async () => {
    const stored = await hashPassword(`${'😀'.repeat(18)}🍏🍐`);
    expect(await verifyPassword(stored, `${'😀'.repeat(18)}🍏🍐`)).toEqual({ matches: true, needsRehash: false });
    expect(await verifyPassword(stored, `${'😀'.repeat(18)}🍏🍎`)).toEqual({ matches: false, needsRehash: false });
  });

  it('verifies an old bcrypt hash and asks for a rehash only when it matched', async () => {
    const legacy = bcrypt.hashSync('an-old-password', 4);
    expect(await verifyPassword(legacy, 'an-old-password')).toEqual({ matches: true, needsRehash: true });
    expect(await verifyPassword(legacy, 'another-password')).toEqual({ matches: false, needsRehash: false });
  });

  it('asks for a rehash of an Argon2 hash made with other parameters', async () => {
    const weaker = await argon2Hash('a-long-test-password', { ...ARGON2_OPTIONS, memoryCost: 4096, timeCost: 1 });
    expect(await verifyPassword(weaker, 'a-long-test-password')).toEqual({ matches: true, needsRehash: true });
  });

  it('hashes and verifies off the event loop: other callbacks run while a hash is computed', async () => {
    // Which comes first: the password work, or a callback queued on the event loop just after it started? Work on
    // libuv's thread pool lets the loop turn first; work on this thread ends before the loop can turn. (An order,
    // not a time: the test once measured the loop's utilisation, which a busy CI host pushed over its bound.)
    const firstToFinish = async (work: () => Promise<unknown>): Promise<string> => {
      const order: string[] = [];
      const done = work().then(() => order.push('password'));
      setImmediate(() => order.push('event loop'));
      await done;
      await new Promise((resolve) => setImmediate(resolve));
      return order[0];
    };
    const stored = await hashPassword('a-long-test-password');
    expect(await firstToFinish(() => verifyPassword(stored, 'a-long-test-password'))).toBe('event loop');
    expect(await firstToFinish(() => hashPassword('another-long-password'))).toBe('event loop');
    // the check can fail: a hash computed on this thread (bcryptjs's sync API, as sign-in once did) finishes first
    expect(await firstToFinish(async () => bcrypt.hashSync('a-long-test-password', 8))).toBe('password');
  });

  it.each(['', 'plain-text-password', '$argon2id$garbage', '$2b$10$short'])('never matches a stored value that is no hash of ours (%j)', async (stored) => {
    expect((await verifyPassword(stored, 'plain-text-password')).matches).toBe(false);
  });

  it.each([
    ['12 ASCII characters', 'abcdefghijkl', null],
    ['11 ASCII characters', 'abcdefghijk', 'must have at least 12 characters'],
    ['12 emoji (one character each)', '🔑🐢🌷🚲'.repeat(3), null],
    ['11 emoji (22 UTF-16 units)', '🔑🐢🌷🚲'.repeat(3).slice(0, 22), 'must have at least 12 characters'],
    [`${PASSWORD_MAX_BYTES} bytes`, 'wxyz'.repeat(PASSWORD_MAX_BYTES / 4), null],
    [`${PASSWORD_MAX_BYTES + 1} bytes`, 'wxyz'.repeat(PASSWORD_MAX_BYTES / 4) + 'w', 'must be at most 1024 bytes long (UTF-8)'],
    ['256 emoji (1024 bytes)', '😀😁😂🤣'.repeat(64), null],
    ['257 emoji (1028 bytes, 514 UTF-16 units)', '😀😁😂🤣'.repeat(64) + '😀', 'must be at most 1024 bytes long (UTF-8)'],
    ['12 spaces', ' '.repeat(12), 'must not be only spaces'],
    ['12 tabs, spaces and line breaks', ' \t\n\u00a0'.repeat(3), 'must not be only spaces'],
    ['one letter 12 times', 'a'.repeat(12), 'must use at least 4 different characters'],
    ['three characters repeated', 'abc'.repeat(4), 'must use at least 4 different characters'],
    ['four characters repeated', 'abcd'.repeat(3), null],
    ['one emoji 12 times', '🔑'.repeat(12), 'must use at least 4 different characters'],
  ])('new-password rule: %s', (_name, password, problem) => {
    expect(newPasswordProblem(password)).toBe(problem);
  });
});
