import { useId } from 'react';
import { FormField, FormFieldDescription, FormLabel, Textarea } from '@utrecht/component-library-react';

/**
 * A labelled text area with its rule as a hint and, when `error` is given, the refusal at the field: linked by
 * aria-describedby (hint, then error) and marked `aria-invalid`. `id` lets a form move focus to it. `lang`/`dir`
 * for text written in another language than the page's (the Dutch original of a profile text).
 */
export function TextAreaField(props: {
  id: string;
  label: string;
  hint: string;
  error: string | null;
  value: string;
  maxLength: number;
  rows: number;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  onChange: (value: string) => void;
}) {
  const hintId = useId();
  const errorId = useId();
  const invalid = props.error !== null;
  return (
    <FormField invalid={invalid}>
      <FormLabel htmlFor={props.id}>{props.label}</FormLabel>
      <FormFieldDescription id={hintId}>{props.hint}</FormFieldDescription>
      {invalid && (
        <FormFieldDescription id={errorId} invalid>
          {props.error}
        </FormFieldDescription>
      )}
      <Textarea
        id={props.id}
        lang={props.lang}
        dir={props.dir}
        rows={props.rows}
        value={props.value}
        invalid={invalid}
        maxLength={props.maxLength}
        aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </FormField>
  );
}
