import { useId, useState } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { REASON_LENGTH } from '#matching/vocabulary/lifecycle.js';
import { TextAreaField } from './TextAreaField';

/** The texts of a reason form, in the reader's language (each page has its own words: decline, contest). */
export interface ReasonFormTexts {
  readonly intro: string;
  readonly label: string;
  /** The rule, e.g. "at least 3 and at most 1000 characters". */
  readonly hint: string;
  /** Shown at the field when the reason breaks the rule. */
  readonly error: string;
  readonly submit: string;
  readonly back: string;
}

/**
 * The step in which a person gives the reason for declining or contesting a proposal: a labelled text area with
 * the rule (REASON_LENGTH, the API's), checked before anything is sent. A reason that breaks it is refused at the
 * field (error linked by aria-describedby, `aria-invalid`, focus moved to it); else `onSubmit` gets it trimmed.
 * Back returns to the choice without sending.
 */
export function ReasonForm({ texts, sending, rows = 5, onSubmit, onBack }: { texts: ReasonFormTexts; sending: boolean; rows?: number; onSubmit: (reason: string) => void; onBack: () => void }) {
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
        if (trimmed.length < REASON_LENGTH.min || trimmed.length > REASON_LENGTH.max) {
          setInvalid(true);
          document.getElementById(id)?.focus();
          return;
        }
        onSubmit(trimmed);
      }}
    >
      <Paragraph>{texts.intro}</Paragraph>
      <TextAreaField
        id={id}
        label={texts.label}
        hint={texts.hint}
        error={invalid ? texts.error : null}
        value={reason}
        maxLength={REASON_LENGTH.max}
        rows={rows}
        onChange={(value) => {
          setReason(value);
          setInvalid(false);
        }}
      />
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
