/**
 * Errors the domain raises on purpose. The API maps `code` to GraphQL `extensions.code` in one place;
 * messages are safe to show to the caller and never contain stored personal data.
 */
export const DOMAIN_ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'RATE_LIMITED'] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface FieldProblem {
  /** Path of the offending field in the caller's input, e.g. `members[0].languages[1].cefr`. */
  readonly field: string;
  readonly message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /**
   * Bad input: one problem per field (the first given for a field; later ones for the same field are dropped), and a
   * message `<field>: <problem>` per field, joined by "; ", e.g. `reason: a reason is required when you decline or contest`.
   */
  static badInput(problems: readonly FieldProblem[]): DomainError {
    const seen = new Set<string>();
    const first = problems.filter((p) => !seen.has(p.field) && seen.add(p.field));
    const message = first.map((p) => `${p.field}: ${p.message}`).join('; ');
    return new DomainError('BAD_USER_INPUT', message, first);
  }

  static forbidden(message = 'You may not see or change this'): DomainError {
    return new DomainError('FORBIDDEN', message);
  }

  static unauthenticated(message = 'Sign in first'): DomainError {
    return new DomainError('UNAUTHENTICATED', message);
  }

  static notFound(what: string): DomainError {
    return new DomainError('NOT_FOUND', `${what} not found`);
  }
}
