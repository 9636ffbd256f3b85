import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Checkbox, FormField, FormFieldDescription, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../i18n/I18n';
import { MY_SETTINGS, UPDATE_MY_SETTINGS } from './account-settings';

/**
 * "Also send me an e-mail when there is a new message" (issue 16): the signed-in person's choice, saved at once and
 * confirmed in a status line. Not shown when the service sends no e-mail.
 */
export function EmailChoice() {
  const t = useT();
  const id = useId();
  const { data } = useQuery(MY_SETTINGS);
  const [update, updating] = useMutation(UPDATE_MY_SETTINGS);
  const [saved, setSaved] = useState<boolean | null>(null);
  if (!data?.mailEnabled) return null;
  const on = data.me.emailNotifications;
  const change = (next: boolean) => {
    setSaved(null);
    void update({ variables: { input: { emailNotifications: next } } })
      .then(() => setSaved(next))
      .catch(() => undefined);
  };
  return (
    <div className="matching-email-choice">
      <FormField type="checkbox">
        <Checkbox id={id} checked={on} disabled={updating.loading} aria-describedby={`${id}-hint`} onChange={(event) => change(event.target.checked)} />
        <FormLabel htmlFor={id} type="checkbox">
          {t('messages.email')}
        </FormLabel>
        <FormFieldDescription id={`${id}-hint`}>{t('messages.emailHint')}</FormFieldDescription>
      </FormField>
      <div role="status">
        {saved !== null && <Paragraph>{t(saved ? 'messages.emailOn' : 'messages.emailOff')}</Paragraph>}
        {updating.error && <Paragraph>{t('messages.markFailed')}</Paragraph>}
      </div>
    </div>
  );
}
