/**
 * What a new password must be (NIST SP 800-63B §3.1.1.2), one rule for the API (apps/api/src/auth/passwords.ts, which
 * refuses a password that breaks it) and the web app's forms (which say so before sending): at least
 * `PASSWORD_MIN_CHARACTERS` characters counted as Unicode code points (an emoji is one), at most `PASSWORD_MAX_BYTES`
 * bytes of UTF-8 (which bounds the work one sign-in can ask of the server), not only white space, and at least
 * `PASSWORD_MIN_DISTINCT` different characters (NIST asks verifiers to refuse "repetitive or sequential characters,
 * e.g. 'aaaaaa'"). No other composition rule: NIST advises against them. Plain TypeScript, no I/O.
 */

/** Fewest characters (Unicode code points) of a new password. */
export const PASSWORD_MIN_CHARACTERS = 12;
/** Most bytes of a password in UTF-8, for a new password and at sign-in (longer ones are refused before hashing). */
export const PASSWORD_MAX_BYTES = 1024;
/** Fewest different characters (Unicode code points) in a new password. */
export const PASSWORD_MIN_DISTINCT = 4;

/** Which part of the rule a password breaks, the first in the order above. */
export type PasswordRuleBroken = 'too_short' | 'too_long' | 'only_spaces' | 'too_few_distinct';

/** Whether `password` is over `PASSWORD_MAX_BYTES` bytes of UTF-8. */
export function passwordTooLong(password: string): boolean {
  return new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES;
}

/** The part of the rule `password` breaks as a new password, or null when it may be one. */
export function newPasswordRuleBroken(password: string): PasswordRuleBroken | null {
  const characters = [...password];
  if (characters.length < PASSWORD_MIN_CHARACTERS) return 'too_short';
  if (passwordTooLong(password)) return 'too_long';
  if (password.trim() === '') return 'only_spaces';
  if (new Set(characters).size < PASSWORD_MIN_DISTINCT) return 'too_few_distinct';
  return null;
}
