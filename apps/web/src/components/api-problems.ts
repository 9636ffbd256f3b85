import { CombinedGraphQLErrors } from '@apollo/client';

/** One problem the API named at a field of the input (BAD_USER_INPUT `extensions.fields`), e.g. `input.email`. */
export interface ApiFieldProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * What the API refused in a failed request: the error code of its first error (apps/api/src/common/graphql-errors.ts
 * maps every domain error to one: BAD_USER_INPUT, CONFLICT, FORBIDDEN, …), its message, and each field problem it
 * named. An error that is not the API's (the network) gives no code and no problems.
 */
export function apiProblems(error: unknown): { readonly code: string | null; readonly message: string | null; readonly fields: readonly ApiFieldProblem[] } {
  if (!CombinedGraphQLErrors.is(error)) return { code: null, message: null, fields: [] };
  const fields: ApiFieldProblem[] = [];
  for (const err of error.errors) {
    const list = err.extensions?.fields;
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (typeof item !== 'object' || item === null || !('field' in item)) continue;
      fields.push({ field: String(item.field), message: 'message' in item ? String(item.message) : err.message });
    }
  }
  const first = error.errors[0];
  const code = first?.extensions?.code;
  return { code: typeof code === 'string' ? code : null, message: first?.message ?? null, fields };
}
