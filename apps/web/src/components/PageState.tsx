import type { ReactNode } from 'react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../i18n/I18n';

/** While a page's data loads: a polite status, read out once. */
export function Loading() {
  const t = useT();
  return (
    <Paragraph role="status" className="matching-loading">
      {t('state.loading')}
    </Paragraph>
  );
}

/** A request failed: what happened in plain words, and what to do (try again). */
export function LoadError({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  return (
    <Alert type="error" role="alert">
      <Paragraph>{t('state.error')}</Paragraph>
      <Button appearance="secondary-action-button" onClick={onRetry}>
        {t('state.retry')}
      </Button>
    </Alert>
  );
}

/** Nothing to show yet: says so, and what happens next. */
export function Empty({ children }: { children: ReactNode }) {
  return <Alert type="info">{children}</Alert>;
}
