/**
 * The problems left once the reader has changed `changed` fields: a problem shown at a field goes as soon as that
 * field is changed (it was about the old value), the others stay until the next check. Every form of the site
 * that names problems at their fields uses it.
 */
export function withoutProblems<F extends string, P>(problems: Partial<Record<F, P>>, changed: readonly string[]): Partial<Record<F, P>> {
  return Object.fromEntries(Object.entries(problems).filter(([field]) => !changed.includes(field))) as Partial<Record<F, P>>;
}
