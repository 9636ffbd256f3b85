/**
 * Whether what was typed looks like an e-mail address (something, @, a domain with a dot; spaces around ignored):
 * the site's own check before it sends a form, so a slip is said at the field at once. The API checks again
 * (class-validator's IsEmail) and stays the judge.
 */
export function looksLikeEmail(typed: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(typed.trim());
}
