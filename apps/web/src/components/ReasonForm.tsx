import { useId, useState, type ReactNode } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { REASON_LENGTH } from '#matching/vocabulary/lifecycle.js';
import { TextAreaField } from './TextAreaField';

/** The texts of a reason form, in the reader's language (each page has its own words: decline, contest). */
export interface ReasonFormTexts {
  /** What the step is about, above the field; none when the page says it already. */
  readonly intro?: string;
  readonly label: string;
  /** The rule, e.g. "at least 3 and at most 1000 characters". */
  readonly hint: string;
  /** Shown at the field when the reason breaks the rule. */
  readonly error: string;
  readonly submit: string;
  readonly back: string;
}

/**
 * The step in which a person gives the reason for declining or contesting a proposal — or any other short text with
 * a length rule, e.g. an officer's note of the evidence for a tie (`length`, default REASON_LENGTH, the API's): a
 * labelled text area with the rule, checked before anything is sent. A text that breaks it is refused at the field
 * (error linked by aria-describedby, `aria-invalid`, focus moved to it); else `onSubmit` gets it trimmed. Back
 * returns to the choice without sending; `children` (e.g. a failure message) stand above the buttons.
 */
export function ReasonForm({ texts, sending, rows = 5, length = REASON_LENGTH, onSubmit, onBack, children }: {
  texts: ReasonFormTexts;
  sending: boolean;
  rows?: number;
  length?: { readonly min: number; readonly max: number };
  onSubmit: (reason: string) => void;
  onBack: () => void;
  children?: ReactNode;
}) {
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  return (
    <form
      className="matching-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = reason.trim();
        if (trimmed.length < length.min || trimmed.length > length.max) {
          setInvalid(true);
          document.getElementById(id)?.focus();
          return;
        }
        onSubmit(trimmed);
      }}
    >
      {texts.intro && <Paragraph>{texts.intro}</Paragraph>}
      <TextAreaField
        id={id}
        label={texts.label}
        hint={texts.hint}
        error={invalid ? texts.error : null}
        value={reason}
        maxLength={length.max}
        rows={rows}
        onChange={(value) => {
          setReason(value);
          setInvalid(false);
        }}
      />
      {children}
      <div className="matching-actions">
        <Button type="submit" appearance="primary-action-button" disabled={sending}>
          {texts.submit}
        </Button>
        <Button appearance="subtle-button" onClick={onBack}>
          {texts.back}
        </Button>
      </div>
    </form>
  );
}
