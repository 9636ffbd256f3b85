import { FormField, FormFieldDescription, FormLabel, Textbox } from '@utrecht/component-library-react';
import { FieldProblem } from './FieldProblem';

/**
 * The e-mail address a person signs in with (the welcome page, "forgot your password"): left to right in every
 * language, the browser's sign-in name (`autocomplete="username"`), with an optional hint and the problem under the
 * label. Its parts' ids: `id` (the box), `<id>-hint`, `<id>-problem`.
 */
export function EmailField({ id, label, hint, problem, value, onChange }: {
  id: string;
  label: string;
  hint?: string;
  problem?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-problem` : null].filter(Boolean).join(' ') || undefined;
  return (
    <FormField invalid={Boolean(problem)}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {hint && <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription>}
      <FieldProblem id={`${id}-problem`} problem={problem} />
      <Textbox id={id} type="email" autoComplete="username" dir="ltr" value={value} invalid={Boolean(problem)} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value)} />
    </FormField>
  );
}
