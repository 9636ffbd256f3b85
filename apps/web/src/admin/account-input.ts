import { looksLikeEmail } from '../components/email-address';
import type { CreateAccountInput, Role } from '../gql/graphql';
import { passwordProblem } from '../components/password-problem';
import type { MessageId } from '../i18n/catalogues';

/** The roles an admin gives, in the order offered (the API's `Role`). */
export const ROLES: readonly Role[] = ['OFFICER', 'MUNICIPALITY', 'NEWCOMER', 'ADMIN'];

/** The new-account form as typed. */
export interface AccountDraft {
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  /** CBS code, for a municipality account; '' when none is chosen. */
  readonly municipalityCode: string;
  /** Case reference (HH-000123), for a newcomer account. */
  readonly householdReference: string;
}

export type AccountField = 'email' | 'password' | 'municipalityCode' | 'householdReference';

export const EMPTY_ACCOUNT: AccountDraft = { email: '', password: '', role: 'OFFICER', municipalityCode: '', householdReference: '' };

/** What is wrong before sending, per field, as message ids; empty when the draft can be sent. */
export function accountDraftProblems(draft: AccountDraft): Partial<Record<AccountField, MessageId>> {
  const problems: Partial<Record<AccountField, MessageId>> = {};
  if (!looksLikeEmail(draft.email)) problems.email = 'admin.accounts.problem.email';
  const password = passwordProblem(draft.password);
  if (password) problems.password = password;
  if (draft.role === 'MUNICIPALITY' && draft.municipalityCode === '') problems.municipalityCode = 'admin.accounts.problem.municipality';
  if (draft.role === 'NEWCOMER' && draft.householdReference.trim() === '') problems.householdReference = 'admin.accounts.problem.reference';
  return problems;
}

/** The API's input: only what the role needs (a municipality for a municipality account, a household for a newcomer's). */
export function accountInput(draft: AccountDraft): CreateAccountInput {
  return {
    email: draft.email.trim(),
    password: draft.password,
    role: draft.role,
    ...(draft.role === 'MUNICIPALITY' ? { municipalityCode: draft.municipalityCode } : {}),
    ...(draft.role === 'NEWCOMER' ? { householdReference: draft.householdReference.trim() } : {}),
  };
}

/** The form's field for a field the API names (`input.email`, `email`, …); null for one the form does not have. */
export function accountFieldOf(path: string): AccountField | null {
  const name = path.replace(/^input\./, '');
  if (name === 'householdId') return 'householdReference';
  return name === 'email' || name === 'password' || name === 'municipalityCode' || name === 'householdReference' ? name : null;
}
