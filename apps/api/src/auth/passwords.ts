/**
 * How passwords are checked and stored (SECURITY.md "Passwords").
 *
 * - **Hash**: Argon2id with 19 MiB of memory (`m=19456` KiB), 2 passes (`t=2`) and 1 lane (`p=1`), a 16-byte random
 *   salt and a 32-byte tag, stored as a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$<salt>$<tag>`, 97 characters; the
 *   `account.password_hash` column holds 100). Source: OWASP Password Storage Cheat Sheet, "Argon2id with a minimum
 *   configuration of 19 MiB of memory, an iteration count of 2, and 1 degree of parallelism"
 *   (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html).
 *   `@node-rs/argon2` runs `hash` and `verify` on libuv's thread pool (`UV_THREADPOOL_SIZE`, default 4 threads), so
 *   a sign-in does not hold the event loop; it reads every byte of the password (no 72-byte cut like bcrypt).
 *   At most `HASHING_CONCURRENCY` hashes run at once (one core fewer than the machine has, at least one): each is a
 *   CPU- and memory-bound job of tens of milliseconds, and with every core hashing the event loop's thread waits for a
 *   core, which is what other requests feel (scripts/bench-login.ts). Sign-ins beyond that wait their turn.
 * - **Old hashes**: accounts stored before Argon2 (and demo accounts seeded before it) hold bcrypt hashes
 *   (`$2a$`/`$2b$`/`$2y$`). They are verified once with `bcryptjs` and replaced by an Argon2id hash on that successful
 *   sign-in (`needsRehash`); so is an Argon2 hash made with other parameters than the ones above. bcrypt reads only the
 *   first 72 bytes of a password: while an account still holds a bcrypt hash, a password that shares those 72 bytes
 *   with the real one is accepted (as it always was for that account), and whatever was typed at that sign-in is what
 *   the new Argon2 hash holds.
 * - **New passwords** (`newPasswordProblem`): at least `PASSWORD_MIN_CHARACTERS` characters, counted as Unicode code
 *   points (NIST SP 800-63B §3.1.1.2 counts each code point as one character, so an emoji is one, not two), and at most
 *   `PASSWORD_MAX_BYTES` bytes of UTF-8, which bounds the work one sign-in can ask of the server. Sign-in checks only
 *   the maximum, so passwords chosen under the old rule (12 UTF-16 units) keep working. A new password must also use
 *   at least `PASSWORD_MIN_DISTINCT` different characters and not be only white space: NIST SP 800-63B §3.1.1.2 asks
 *   verifiers to refuse "repetitive or sequential characters (e.g. 'aaaaaa')"; twelve spaces or one letter twelve
 *   times is such a password. No other composition rule (NIST advises against them).
 */
import { availableParallelism } from 'node:os';
import { hash as argon2Hash, parseOptions, verify as argon2Verify, type Algorithm, type Options } from '@node-rs/argon2';
import bcrypt from 'bcryptjs';

import {
  newPasswordRuleBroken,
  PASSWORD_MAX_BYTES,
  PASSWORD_MIN_CHARACTERS,
  PASSWORD_MIN_DISTINCT,
  passwordTooLong,
  type PasswordRuleBroken,
} from '#matching/vocabulary/password-rule.js';

/** The new-password rule (matching/vocabulary/password-rule.ts), here for the code that imports it from this module. */
export { PASSWORD_MAX_BYTES, PASSWORD_MIN_CHARACTERS, PASSWORD_MIN_DISTINCT, passwordTooLong };

/** `Algorithm.Argon2id` of `@node-rs/argon2` (a `const enum` in its typings, not exported at run time). */
const ARGON2ID: Algorithm = 2;

/** The Argon2id parameters (see the file comment for their source). */
export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456, // KiB = 19 MiB
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const satisfies Options;

/** Most Argon2 computations (hash or verify) at once in this process: the machine's cores less one, at least 1. */
export const HASHING_CONCURRENCY = Math.max(1, availableParallelism() - 1);

/** Runs `work` when fewer than `HASHING_CONCURRENCY` earlier calls are running; first come, first served. */
const hashingSlot = (() => {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (running >= HASHING_CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next(); // the slot passes on: `running` stays
      else running -= 1;
    }
  };
})();

/** Prefixes of the bcrypt hashes this service stored before Argon2 (bcryptjs writes `$2b$`; `$2a$`/`$2y$` are older spellings). */
const BCRYPT_PREFIX = /^\$2[aby]\$/;

/** What each broken part of the rule says (completes "password …"). */
const RULE_MESSAGES: Readonly<Record<PasswordRuleBroken, string>> = {
  too_short: `must have at least ${PASSWORD_MIN_CHARACTERS} characters`,
  too_long: `must be at most ${PASSWORD_MAX_BYTES} bytes long (UTF-8)`,
  only_spaces: 'must not be only spaces',
  too_few_distinct: `must use at least ${PASSWORD_MIN_DISTINCT} different characters`,
};

/** Why `password` cannot be a new password (completes "password …"), or null when it can. See the file comment. */
export function newPasswordProblem(password: string): string | null {
  const broken = newPasswordRuleBroken(password);
  return broken ? RULE_MESSAGES[broken] : null;
}

/** An Argon2id PHC string of `password` with `ARGON2_OPTIONS` and a fresh random salt (off the event loop). */
export function hashPassword(password: string): Promise<string> {
  return hashingSlot(() => argon2Hash(password, ARGON2_OPTIONS));
}

export interface PasswordCheck {
  /** The password is the one the stored hash was made from. */
  readonly matches: boolean;
  /** It matched, and the stored hash is bcrypt or Argon2 with other parameters: store `hashPassword(password)` instead. */
  readonly needsRehash: boolean;
}

/**
 * Checks `password` against a stored hash: Argon2 (any parameters) on the thread pool, or an old bcrypt hash with
 * bcryptjs (JavaScript, on the event loop: once per account, as it is then replaced). A hash of neither kind never
 * matches. Never throws for a malformed hash: it does not match.
 */
export async function verifyPassword(stored: string, password: string): Promise<PasswordCheck> {
  if (BCRYPT_PREFIX.test(stored)) {
    const matches = await bcrypt.compare(password, stored);
    return { matches, needsRehash: matches };
  }
  if (!stored.startsWith('$argon2')) return { matches: false, needsRehash: false };
  let matches: boolean;
  try {
    matches = await hashingSlot(() => argon2Verify(stored, password));
  } catch {
    return { matches: false, needsRehash: false };
  }
  return { matches, needsRehash: matches && !hasCurrentParameters(stored) };
}

function hasCurrentParameters(stored: string): boolean {
  const used = parseOptions(stored);
  return (
    used.algorithm === ARGON2_OPTIONS.algorithm &&
    used.memoryCost === ARGON2_OPTIONS.memoryCost &&
    used.timeCost === ARGON2_OPTIONS.timeCost &&
    used.parallelism === ARGON2_OPTIONS.parallelism &&
    used.outputLen === ARGON2_OPTIONS.outputLen
  );
}
