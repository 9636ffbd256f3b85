import { useId, useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { RESET_BY_EMAIL_MINUTES } from '#matching/vocabulary/mail.js';
import { graphql } from '../gql';
import { useLanguage, useT } from '../i18n/I18n';
import { API_LOCALE } from '../i18n/languages';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { Loading, LoadError } from '../components/PageState';
import { apiProblems } from '../components/api-problems';
import { looksLikeEmail } from '../components/email-address';
import { EmailField } from '../components/EmailField';
import { isolated, unbroken } from '../components/bidi';

const MAIL_ENABLED = graphql(`
  query MailEnabled {
    mailEnabled
  }
`);

const REQUEST_RESET = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

/**
 * "Forgot your password?" (issue 16): the person types the address they sign in with and gets an e-mail with a link
 * to choose a new password (the welcome page), in the language they read this page in. The page says the same
 * whatever the address, as the API answers the same. When the service sends no e-mail, it says who gives a new
 * letter instead.
 */
export function ForgotPassword() {
  const t = useT();
  useDocumentTitle(t('forgot.title'));
  const { locale } = useLanguage();
  const id = useId();
  const { data, loading, error, refetch } = useQuery(MAIL_ENABLED);
  const [request, sending] = useMutation(REQUEST_RESET);
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failed, setFailed] = useState<'busy' | 'other' | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(null);
    if (!looksLikeEmail(email)) {
      setProblem(true);
      return document.getElementById(`${id}-email`)?.focus();
    }
    setProblem(false);
    try {
      await request({ variables: { input: { email: email.trim(), locale: API_LOCALE[locale] } } });
      setSentTo(email.trim());
    } catch (err) {
      const refused = apiProblems(err);
      if (refused.code === 'CONFLICT') return void refetch(); // e-mail was turned off meanwhile: say what to do instead
      setFailed(refused.code === 'RATE_LIMITED' ? 'busy' : 'other');
    }
  };

  const back = (
    <Paragraph>
      <RouterLink to="/sign-in" className="utrecht-link">
        {t('forgot.back')}
      </RouterLink>
    </Paragraph>
  );
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError onRetry={() => void refetch()} />;
  return (
    <>
      <Heading1>{t('forgot.title')}</Heading1>
      {!data?.mailEnabled ? (
        <>
          <Paragraph>{t('signIn.lostPassword')}</Paragraph>
          <Paragraph>{t('forgot.unavailableStaff')}</Paragraph>
        </>
      ) : sentTo ? (
        <Alert type="info" role="status">
          <Paragraph>{t('forgot.sent', { email: isolated(unbroken(sentTo)), minutes: RESET_BY_EMAIL_MINUTES })}</Paragraph>
          <Paragraph>{t('forgot.noMail')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('forgot.intro')}</Paragraph>
          {failed && (
            <Alert type="error" role="alert">
              <Paragraph>{t(failed === 'busy' ? 'signIn.failure.busy' : 'welcome.failed')}</Paragraph>
            </Alert>
          )}
          <form onSubmit={submit} className="matching-form" noValidate>
            <EmailField id={`${id}-email`} label={t('forgot.email')} problem={problem ? t('welcome.problem.email') : undefined} value={email} onChange={setEmail} />
            <Button type="submit" appearance="primary-action-button" disabled={sending.loading}>
              {t('forgot.submit')}
            </Button>
          </form>
        </>
      )}
      {back}
    </>
  );
}
