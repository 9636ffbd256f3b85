import { newPasswordRuleBroken, PASSWORD_MAX_BYTES, PASSWORD_MIN_CHARACTERS, PASSWORD_MIN_DISTINCT, type PasswordRuleBroken } from '#matching/vocabulary/password-rule.js';
import type { MessageId } from '../i18n/catalogues';

/** The text for each broken part of the new-password rule (common catalogue), said before the API is asked. */
export const PASSWORD_PROBLEM: Readonly<Record<PasswordRuleBroken, MessageId>> = {
  too_short: 'password.problem.tooShort',
  too_long: 'password.problem.tooLong',
  only_spaces: 'password.problem.onlySpaces',
  too_few_distinct: 'password.problem.tooFewDistinct',
};

/** The values every password text may use: the rule's figures (matching/vocabulary/password-rule.ts). */
export const PASSWORD_FIGURES = { min: PASSWORD_MIN_CHARACTERS, max: PASSWORD_MAX_BYTES, distinct: PASSWORD_MIN_DISTINCT } as const;

/** What is wrong with `password` as a new password, as a message id (with `PASSWORD_FIGURES`), or null when nothing is. */
export function passwordProblem(password: string): MessageId | null {
  const broken = newPasswordRuleBroken(password);
  return broken ? PASSWORD_PROBLEM[broken] : null;
}
