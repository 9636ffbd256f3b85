import { FormFieldDescription } from '@utrecht/component-library-react';

/**
 * What is wrong with a form field, said under it (the field points here with `aria-describedby={id}` and is marked
 * invalid); nothing while there is no problem.
 */
export function FieldProblem({ id, problem }: { id: string; problem: string | undefined }) {
  if (!problem) return null;
  return (
    <FormFieldDescription id={id} invalid>
      {problem}
    </FormFieldDescription>
  );
}
