import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { graphql } from '../gql';
import { useT } from '../i18n/I18n';
import { AccessLetter, LetterLanguageField } from '../components/AccessLetter';
import { API_LOCALE, supportedLocale, type Locale } from '../i18n/languages';
import { isolated } from '../components/bidi';

const ACCESS = graphql(`
  query OfficerHouseholdAccess($id: ID!) {
    household(id: $id) {
      id
      appAccess { accountEmails openLetterPurpose openLetterExpiresAt }
    }
  }
`);

const INVITE = graphql(`
  mutation OfficerInviteHousehold($householdId: ID!, $locale: Locale!) {
    inviteHousehold(input: { householdId: $householdId, locale: $locale }) {
      code
      path
      purpose
      role
      expiresAt
      householdReference
      email
    }
  }
`);

/**
 * The household's way into the app (issue 16, "Getting in"): the officer chooses the letter's language (first the
 * supported language its members speak best) and makes a letter with an access code; when the household has an
 * account the letter gives it a new password. The code is shown once: the letter is printed from here. Above the
 * choice, whether the household has an account (and the address it signs in with) and a letter that still works.
 */
export function InviteHousehold({ householdId, spoken }: { householdId: string; spoken: readonly string[] }) {
  const t = useT();
  const [locale, setLocale] = useState<Locale>(() => spoken.map(supportedLocale).find((l) => l !== null) ?? 'nl');
  const [invite, { data, loading, error, reset }] = useMutation(INVITE, { refetchQueries: [ACCESS] });
  const letter = data?.inviteHousehold;
  const access = useQuery(ACCESS, { variables: { id: householdId } }).data?.household.appAccess;
  return (
    <section aria-labelledby="household-access" className="matching-section">
      <Heading2 id="household-access">{t('officer.invite.title')}</Heading2>
      <Paragraph>{t('officer.invite.intro')}</Paragraph>
      {access && (
        <div className="matching-no-print">
          <Paragraph>{t('officer.invite.accounts', { count: access.accountEmails.length, emails: access.accountEmails.map((e) => isolated(e)).join(', ') })}</Paragraph>
          {access.openLetterPurpose && access.openLetterExpiresAt && (
            <Paragraph>{t('officer.invite.openLetter', { purpose: access.openLetterPurpose, date: new Date(access.openLetterExpiresAt) })}</Paragraph>
          )}
        </div>
      )}
      <div className="matching-form matching-no-print">
        <LetterLanguageField
          label={t('officer.invite.language')}
          hint={t('officer.invite.languageHint')}
          value={locale}
          onChange={(chosen) => {
            setLocale(chosen);
            reset();
          }}
        />
        <Button appearance="primary-action-button" disabled={loading} onClick={() => void invite({ variables: { householdId, locale: API_LOCALE[locale] } }).catch(() => undefined)}>
          {t(letter ? 'officer.invite.again' : 'officer.invite.make')}
        </Button>
      </div>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{t('officer.invite.failed')}</Paragraph>
        </Alert>
      )}
      {letter && (
        <>
          <Alert type="ok" role="status" className="matching-no-print">
            <Paragraph>{t(letter.purpose === 'PASSWORD_RESET' ? 'officer.invite.madeReset' : 'officer.invite.made', { date: new Date(letter.expiresAt) })}</Paragraph>
          </Alert>
          <AccessLetter letter={letter} locale={locale} />
        </>
      )}
    </section>
  );
}
