/**
 * Access codes (issue 16, "Getting in"): single-use codes with which a person sets a password, given by a member of
 * staff on a printed letter (a household) or in a message (municipality staff). One definition for the API (which
 * makes, stores and redeems them), the web app (which reads one typed from a letter or taken from a link) and tests.
 *
 * - `invitation`: for someone without an account yet; redeeming it makes the account (a newcomer of one household,
 *   or a member of staff of one municipality) with the password chosen.
 * - `password_reset`: for an existing account whose password is lost; redeeming it sets a new password and ends every
 *   session of the account (its token version is raised). A member of staff makes one by inviting the same household
 *   or person again.
 *
 * A code is 16 characters of Crockford's Base32 (80 random bits), written in four groups of four ("K7QM-3XD9-P2TW-8HRV"):
 * no I, L, O or U, so it can be read from paper and typed on a phone; case, spaces and dashes do not matter, and the
 * look-alikes I/L (one) and O (zero) are read as what they look like (Crockford, "Base 32 Encoding",
 * https://www.crockford.com/base32.html). Only a SHA-256 hash of the code is stored: 80 bits cannot be guessed
 * within the rate limit and the code's lifetime, so a slow password hash is not needed (NIST SP 800-63B §5.1.1.2
 * treats such a look-up secret the same way).
 */

/** What a code lets its holder do. */
export const ACCESS_CODE_PURPOSES = ['invitation', 'password_reset'] as const;
export type AccessCodePurpose = (typeof ACCESS_CODE_PURPOSES)[number];

/**
 * Why a code cannot be used: not a code's shape (`malformed`), never made (`unknown`), used already, no longer valid
 * (`revoked`: a newer code for the same person replaced it, or the account a reset is for was disabled since), or
 * past its time (`expired`).
 */
export const ACCESS_CODE_REFUSALS = ['malformed', 'unknown', 'used', 'revoked', 'expired'] as const;
export type AccessCodeRefusal = (typeof ACCESS_CODE_REFUSALS)[number];

/** Whom a code is for: a newcomer's household, or a member of a municipality's staff. */
export const ACCESS_CODE_ROLES = ['newcomer', 'municipality'] as const;
export type AccessCodeRole = (typeof ACCESS_CODE_ROLES)[number];

/**
 * How long a code works after it is made, in days: long enough for a letter to be printed, handed over at the
 * reception location or sent by post, and read (COA's own letters give two to four weeks); a newer code for the same
 * person replaces it at once.
 */
export const ACCESS_CODE_DAYS = 30;

/** Crockford's Base32 alphabet: digits and letters without I, L, O and U. */
export const ACCESS_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters of a code (5 bits each: 80 bits), and of each group it is written in. */
export const ACCESS_CODE_LENGTH = 16;
export const ACCESS_CODE_GROUP = 4;

/**
 * A code as typed or read from a link, in its stored form: upper case, without spaces and dashes, I and L read as
 * 1, O as 0. Null when what remains is not `ACCESS_CODE_LENGTH` characters of the alphabet.
 */
export function normaliseAccessCode(typed: string): string | null {
  const code = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (code.length !== ACCESS_CODE_LENGTH) return null;
  for (const character of code) if (!ACCESS_CODE_ALPHABET.includes(character)) return null;
  return code;
}

/** A code in groups of four for reading ("K7QM-3XD9-P2TW-8HRV"); the input as is when it is not a normal code. */
export function formatAccessCode(code: string): string {
  const normal = normaliseAccessCode(code);
  if (!normal) return code;
  const groups: string[] = [];
  for (let i = 0; i < normal.length; i += ACCESS_CODE_GROUP) groups.push(normal.slice(i, i + ACCESS_CODE_GROUP));
  return groups.join('-');
}

/** `ACCESS_CODE_LENGTH` characters of the alphabet from random bytes (at least one byte per character; 5 bits of each used). */
export function accessCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < ACCESS_CODE_LENGTH) throw new RangeError(`need ${ACCESS_CODE_LENGTH} random bytes, got ${bytes.length}`);
  let code = '';
  for (let i = 0; i < ACCESS_CODE_LENGTH; i += 1) code += ACCESS_CODE_ALPHABET[bytes[i] & 31];
  return code;
}

/**
 * The path of the welcome page with a code, as a letter's link and QR code carry it: the code in the fragment
 * (`#code=`), which a browser never sends to a server, so it stays out of access logs and Referer headers.
 */
export function welcomePath(code: string): string {
  return `/welcome#code=${formatAccessCode(code)}`;
}
