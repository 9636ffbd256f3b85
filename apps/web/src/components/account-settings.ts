import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import { API_LOCALE, type Locale } from '../i18n/languages';
import { readSession } from '../app/session';

/** The signed-in person's own settings (matching `Account.locale`, `Account.emailNotifications`). */
export const MY_SETTINGS = graphql(`
  query MySettings {
    me { id locale emailNotifications }
    mailEnabled
  }
`);

export const UPDATE_MY_SETTINGS = graphql(`
  mutation UpdateMySettings($input: MySettingsInput!) {
    updateMySettings(input: $input) { id locale emailNotifications }
  }
`);

/**
 * Remembers the site's language on the signed-in account too, so the e-mails the service sends are in the language
 * the person reads the site in. Does nothing when nobody is signed in; a failure is not shown (the site's own
 * language changed anyway, and the next change or sign-in tries again).
 */
export function useRememberLanguage(): (locale: Locale) => void {
  const [update] = useMutation(UPDATE_MY_SETTINGS);
  return useCallback(
    (locale: Locale) => {
      if (!readSession()) return;
      void update({ variables: { input: { locale: API_LOCALE[locale] } } }).catch(() => undefined);
    },
    [update],
  );
}
