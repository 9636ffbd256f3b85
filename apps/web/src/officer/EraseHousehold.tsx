import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ERASURE_REASON_LENGTH } from '#matching/vocabulary/retention.js';
import { graphql } from '../gql';
import { useT } from '../i18n/I18n';
import { ReasonForm } from '../components/ReasonForm';
import { isolated } from '../components/bidi';

const ERASE = graphql(`
  mutation OfficerEraseHousehold($householdId: ID!, $reason: String!) {
    eraseHousehold(input: { householdId: $householdId, reason: $reason }) {
      id
      status
      size
      receptionLocation
      careNeeds
      accessibilityNeeds
      members { position }
      ties { id }
      erasure { at kind reason }
    }
  }
`);

/**
 * An officer erases a case's personal data on the household's request (issue 16, AVG/GDPR art. 17): what goes and
 * what stays, then the reason (ERASURE_REASON_LENGTH, no names: it is kept) in the shared ReasonForm, and a button
 * that says it is for good. `onErased` lets the page read the case again (its history, its proposals).
 */
export function EraseHousehold({ householdId, onErased }: { householdId: string; onErased: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const [erase, { loading }] = useMutation(ERASE);
  const length = { min: ERASURE_REASON_LENGTH.min, max: ERASURE_REASON_LENGTH.max };
  return (
    <section aria-labelledby="household-erase" className="matching-section matching-no-print">
      <Heading2 id="household-erase">{t('officer.erase.title')}</Heading2>
      <Paragraph>{t('officer.erase.intro')}</Paragraph>
      {!open ? (
        <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
          {t('officer.erase.open')}
        </Button>
      ) : (
        <ReasonForm
          texts={{
            label: t('officer.erase.label'),
            hint: t('officer.erase.hint', length),
            error: t('officer.erase.error', length),
            submit: t('officer.erase.confirm'),
            back: t('officer.erase.cancel'),
          }}
          sending={loading}
          rows={2}
          length={length}
          onSubmit={(reason) => {
            setFailed(false);
            erase({ variables: { householdId, reason } })
              .then(() => onErased())
              .catch(() => setFailed(true));
          }}
          onBack={() => setOpen(false)}
        >
          {failed && (
            <Alert type="error" role="alert">
              <Paragraph>{t('officer.erase.failed')}</Paragraph>
            </Alert>
          )}
        </ReasonForm>
      )}
    </section>
  );
}

/** That, when and why the case was erased, and what stays of it. */
export function ErasedNotice({ erasure }: { erasure: { at: string | Date; kind: 'RETENTION' | 'REQUEST'; reason?: string | null } }) {
  const t = useT();
  const date = new Date(erasure.at);
  return (
    <Alert type="info" role="status">
      <Paragraph>
        {erasure.kind === 'REQUEST' ? t('officer.erased.request', { date, reason: isolated(erasure.reason ?? '') }) : t('officer.erased.retention', { date })}
      </Paragraph>
      <Paragraph>{t('officer.erased.kept')}</Paragraph>
    </Alert>
  );
}
