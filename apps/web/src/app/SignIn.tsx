import { useId, useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { Alert, Button, FormField, FormLabel, Heading1, Paragraph, Textbox } from '@utrecht/component-library-react';
import { graphql } from '../gql';
import { useLanguage, useT } from '../i18n/I18n';
import { API_LOCALE, SITE_DEFAULT_LOCALE, supportedLocale } from '../i18n/languages';
import { localesOfRolePages } from '../i18n/catalogues';
import { useRememberLanguage } from '../components/account-settings';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { ROLE_HOME, ROLE_OF, startSession, takeSignOutReason } from './session';

const SIGN_IN = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      account {
        role
        householdId
        municipalityCode
        locale
      }
    }
  }
`);

/** The sign-in page: e-mail and password with visible labels; says why the reader was signed out, if they were. */
export function SignIn() {
  const t = useT();
  useDocumentTitle(t('signIn.title'));
  const navigate = useNavigate();
  const emailId = useId();
  const passwordId = useId();
  const [reason] = useState(takeSignOutReason);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<'credentials' | 'busy' | 'other' | null>(null);
  const [signIn, { loading }] = useMutation(SIGN_IN);
  const client = useApolloClient();
  const { locale, setLocale } = useLanguage();
  const rememberLanguage = useRememberLanguage();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      const { data } = await signIn({ variables: { email: email.trim(), password } });
      if (!data) return setFailure('other');
      const { token, expiresAt, account } = data.login;
      const role = ROLE_OF[account.role];
      // nothing read for an earlier account (a session that expired without signing out) is shown to this one
      await client.clearStore();
      startSession({ token, expiresAt, role, householdId: account.householdId ?? null, municipalityCode: account.municipalityCode ?? null });
      const readable = localesOfRolePages(role);
      if (readable.includes(locale)) {
        // the language the person signs in with is the one their e-mails should be in
        if (account.locale !== API_LOCALE[locale]) rememberLanguage(locale);
      } else {
        // staff who chose a language their pages do not exist in (Tigrinya) read them in their account's language,
        // the one their e-mails are in (the API keeps a staff account in one of the staff's languages), else Dutch
        const own = supportedLocale(account.locale);
        setLocale(own && readable.includes(own) ? own : SITE_DEFAULT_LOCALE);
      }
      navigate(ROLE_HOME[role]);
    } catch (error) {
      const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
      setFailure(code === 'UNAUTHENTICATED' ? 'credentials' : code === 'RATE_LIMITED' ? 'busy' : 'other');
    }
  };

  return (
    <>
      <Heading1>{t('signIn.title')}</Heading1>
      <Paragraph>{t('signIn.intro')}</Paragraph>
      {reason && (
        <Alert type="info" role="status">
          <Paragraph>{t(reason === 'expired' ? 'signIn.expired' : 'signIn.signedOut')}</Paragraph>
        </Alert>
      )}
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{t(`signIn.failure.${failure}`)}</Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} className="matching-form" noValidate>
        <FormField>
          <FormLabel htmlFor={emailId}>{t('signIn.email')}</FormLabel>
          <Textbox id={emailId} type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} dir="ltr" />
        </FormField>
        <FormField>
          <FormLabel htmlFor={passwordId}>{t('signIn.password')}</FormLabel>
          <Textbox id={passwordId} type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} dir="ltr" />
        </FormField>
        <Button type="submit" appearance="primary-action-button" disabled={loading}>
          {t('signIn.submit')}
        </Button>
      </form>
      <Paragraph>
        {t('signIn.haveLetter')}{' '}
        <RouterLink to="/welcome" className="utrecht-link">
          {t('signIn.haveLetterLink')}
        </RouterLink>
      </Paragraph>
      <Paragraph>
        <RouterLink to="/forgot-password" className="utrecht-link">
          {t('signIn.forgotLink')}
        </RouterLink>
      </Paragraph>
    </>
  );
}
