import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useApolloClient, useLazyQuery, useMutation } from '@apollo/client/react';
import {
  Alert, Button, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, Paragraph, RadioButton, Textbox, UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { normaliseAccessCode } from '#matching/vocabulary/access-codes.js';
import { graphql } from '../gql';
import type { AccessCodeRefusal } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { EmailField } from '../components/EmailField';
import { FieldProblem } from '../components/FieldProblem';
import { API_LOCALE, LANGUAGE_NAMES, SITE_DEFAULT_LOCALE, STAFF_LOCALES, SUPPORTED_LOCALES, supportedLocale, type Locale } from '../i18n/languages';
import { looksLikeEmail } from '../components/email-address';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { isolated, unbroken } from '../components/bidi';
import { apiProblems } from '../components/api-problems';
import { PASSWORD_FIGURES, passwordProblem } from '../components/password-problem';
import { ROLE_HOME, ROLE_OF, startSession } from './session';

const CHECK = graphql(`
  query WelcomeCheck($code: String!) {
    accessCode(code: $code) { refusal purpose role expiresAt locale municipalityName email }
  }
`);

const REDEEM = graphql(`
  mutation WelcomeRedeem($code: String!, $email: String, $password: String!, $locale: Locale!) {
    redeemAccessCode(input: { code: $code, email: $email, password: $password, locale: $locale }) {
      token
      expiresAt
      account { role householdId municipalityCode }
    }
  }
`);

const REFUSAL: Record<AccessCodeRefusal, MessageId> = {
  MALFORMED: 'welcome.refusal.malformed',
  UNKNOWN: 'welcome.refusal.unknown',
  USED: 'welcome.refusal.used',
  REVOKED: 'welcome.refusal.revoked',
  EXPIRED: 'welcome.refusal.expired',
};

type Field = 'code' | 'email' | 'password';

/** The code of the hint's example (any well-formed code; this one spells nothing). */
const EXAMPLE_CODE = 'K7QM-3XD9-P2TW-8HRV';

/** The code in the address's fragment (`#code=…`, the letter's link): a browser never sends a fragment to a server. */
function codeFromFragment(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('code') ?? '';
}

/**
 * The welcome page (issue 16, "Getting in"; public): someone with a letter's access code first chooses the
 * language (the letter's, unless they pick another), reads in it what the app does and what it does not (it proposes,
 * a person decides), then makes the account (an e-mail address when the code leaves it to them, and a password) or
 * chooses a new password, and is signed in. The code comes from the link's fragment or is typed from the letter.
 * Every refusal is said at its field in the reader's language; a refused code is checked again so the page can say why.
 */
export function Welcome() {
  const t = useT();
  const { locale, setLocale } = useLanguage();
  useDocumentTitle(t('welcome.title'));
  const id = useId();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [code, setCode] = useState(() => codeFromFragment(window.location.hash));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Partial<Record<Field, MessageId>>>({});
  const [failed, setFailed] = useState<'busy' | 'other' | null>(null);
  // never from the cache: a code's state changes when it is used or replaced
  const [check, { data: checked }] = useLazyQuery(CHECK, { fetchPolicy: 'network-only' });
  const [redeem, { loading }] = useMutation(REDEEM);
  const languageChosen = useRef(false);
  const info = checked?.accessCode;
  const usable = info && !info.refusal ? info : null;

  // A well-formed code is checked at once: the page then asks only what it needs, in the letter's language.
  const normal = normaliseAccessCode(code);
  useEffect(() => {
    if (!normal) return;
    void check({ variables: { code: normal } }).then(({ data }) => {
      const refusal = data?.accessCode.refusal;
      setProblems((p) => ({ ...p, code: refusal ? REFUSAL[refusal] : undefined }));
      const letterLocale = supportedLocale(data?.accessCode.locale?.toLowerCase() ?? null);
      if (letterLocale && !languageChosen.current && !new URLSearchParams(window.location.search).has('lang')) setLocale(letterLocale);
    });
  }, [normal, check, setLocale]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(null);
    const found: Partial<Record<Field, MessageId>> = {};
    // sent before the check of the code came back (or it failed): check it now
    let current = info;
    if (normal && !current) {
      try {
        current = (await check({ variables: { code: normal } })).data?.accessCode;
      } catch {
        return setFailed('other');
      }
    }
    const ready = current && !current.refusal ? current : null;
    if (!normal) found.code = 'welcome.refusal.malformed';
    else if (current?.refusal) found.code = REFUSAL[current.refusal];
    if (ready && !ready.email && !looksLikeEmail(email)) found.email = 'welcome.problem.email';
    const passwordWrong = passwordProblem(password);
    if (passwordWrong) found.password = passwordWrong;
    setProblems(found);
    const first = (['code', 'email', 'password'] as const).find((f) => found[f]);
    if (first) return document.getElementById(`${id}-${first}`)?.focus();
    if (!normal || !ready) return setFailed('other');
    try {
      const { data } = await redeem({ variables: { code: normal, email: ready.email ? null : email.trim(), password, locale: API_LOCALE[locale] } });
      if (!data) return setFailed('other');
      const { token, expiresAt, account } = data.redeemAccessCode;
      const role = ROLE_OF[account.role];
      await client.clearStore();
      startSession({ token, expiresAt, role, householdId: account.householdId ?? null, municipalityCode: account.municipalityCode ?? null });
      navigate(ROLE_HOME[role]);
    } catch (error) {
      const refused = apiProblems(error);
      if (refused.code === 'RATE_LIMITED') return setFailed('busy');
      // the service names `email` or `code`, the input's validation `input.password` and the like
      const named = (name: Field) => refused.fields.some((f) => f.field === name || f.field.endsWith(`.${name}`));
      if (named('email')) {
        setProblems({ email: 'welcome.problem.emailTaken' });
        document.getElementById(`${id}-email`)?.focus();
      } else if (named('code')) {
        // used or replaced meanwhile: ask again why, and say it at the field
        const again = await check({ variables: { code: normal } });
        const refusal = again.data?.accessCode.refusal;
        setProblems({ code: refusal ? REFUSAL[refusal] : 'welcome.refusal.unknown' });
        document.getElementById(`${id}-code`)?.focus();
      } else if (named('password')) {
        setProblems({ password: passwordProblem(password) ?? 'password.problem.refused' });
        document.getElementById(`${id}-password`)?.focus();
      } else setFailed('other');
    }
  };

  const staff = usable?.role === 'MUNICIPALITY';
  const reset = usable?.purpose === 'PASSWORD_RESET';
  // staff pages exist in fewer languages than newcomers' (locales.ts): a member of staff reading another one is moved
  // to the letter's language (a staff letter is always in one of theirs), else Dutch
  const offered: readonly Locale[] = staff ? STAFF_LOCALES : SUPPORTED_LOCALES;
  const outside = !offered.includes(locale);
  const letterLocale = supportedLocale(usable?.locale?.toLowerCase() ?? null);
  useEffect(() => {
    if (outside) setLocale(letterLocale && offered.includes(letterLocale) ? letterLocale : SITE_DEFAULT_LOCALE);
  }, [outside, letterLocale, offered, setLocale]);
  const describedBy = (field: Field, hint?: string) => [hint, problems[field] ? `${id}-${field}-problem` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <>
      <Heading1>{t('welcome.title')}</Heading1>

      <Fieldset className="matching-welcome__languages">
        <FieldsetLegend>{t('welcome.chooseLanguage')}</FieldsetLegend>
        {offered.map((l) => (
          <FormField key={l} type="radio">
            <RadioButton
              id={`${id}-lang-${l}`}
              name="welcome-language"
              value={l}
              checked={locale === l}
              onChange={() => {
                languageChosen.current = true;
                setLocale(l);
              }}
            />
            <FormLabel htmlFor={`${id}-lang-${l}`} type="radio" lang={l}>
              {LANGUAGE_NAMES[l]}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>

      <section aria-labelledby={`${id}-about`} className="matching-section">
        <Heading2 id={`${id}-about`}>{t('welcome.aboutTitle')}</Heading2>
        <Paragraph>{t(staff ? 'welcome.aboutStaff' : 'welcome.about')}</Paragraph>
        <UnorderedList>
          <UnorderedListItem>{t(staff ? 'welcome.doesStaff' : 'welcome.does')}</UnorderedListItem>
          <UnorderedListItem>{t('welcome.doesNot')}</UnorderedListItem>
          <UnorderedListItem>{t(staff ? 'welcome.personStaff' : 'welcome.person')}</UnorderedListItem>
        </UnorderedList>
      </section>

      <section aria-labelledby={`${id}-form-title`} className="matching-section">
        <Heading2 id={`${id}-form-title`}>{t(reset ? 'welcome.formTitleReset' : 'welcome.formTitle')}</Heading2>
        {failed && (
          <Alert type="error" role="alert">
            <Paragraph>{t(failed === 'busy' ? 'signIn.failure.busy' : 'welcome.failed')}</Paragraph>
          </Alert>
        )}
        <form onSubmit={submit} className="matching-form" noValidate>
          <FormField invalid={Boolean(problems.code)}>
            <FormLabel htmlFor={`${id}-code`}>{t('welcome.code')}</FormLabel>
            <FormFieldDescription id={`${id}-code-hint`}>{t('welcome.codeHint', { example: isolated(unbroken(EXAMPLE_CODE)) })}</FormFieldDescription>
            <FieldProblem id={`${id}-code-problem`} problem={problems.code && t(problems.code)} />
            <Textbox
              id={`${id}-code`}
              value={code}
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellCheck={false}
              dir="ltr"
              invalid={Boolean(problems.code)}
              aria-describedby={describedBy('code', `${id}-code-hint`)}
              onChange={(event) => setCode(event.target.value)}
            />
          </FormField>

          {usable?.email ? (
            <Paragraph>{t('welcome.emailFixed', { email: isolated(usable.email) })}</Paragraph>
          ) : (
            <EmailField
              id={`${id}-email`}
              label={t('welcome.email')}
              hint={t('welcome.emailHint')}
              problem={problems.email && t(problems.email)}
              value={email}
              onChange={setEmail}
            />
          )}

          <FormField invalid={Boolean(problems.password)}>
            <FormLabel htmlFor={`${id}-password`}>{t(reset ? 'welcome.passwordNew' : 'welcome.password')}</FormLabel>
            <FormFieldDescription id={`${id}-password-hint`}>{t('welcome.passwordHint', PASSWORD_FIGURES)}</FormFieldDescription>
            <FieldProblem id={`${id}-password-problem`} problem={problems.password && t(problems.password, PASSWORD_FIGURES)} />
            <Textbox
              id={`${id}-password`}
              type="password"
              autoComplete="new-password"
              dir="ltr"
              value={password}
              invalid={Boolean(problems.password)}
              aria-describedby={describedBy('password', `${id}-password-hint`)}
              onChange={(event) => setPassword(event.target.value)}
            />
          </FormField>
          <Button type="submit" appearance="primary-action-button" disabled={loading}>
            {t(reset ? 'welcome.submitReset' : 'welcome.submit')}
          </Button>
        </form>
      </section>
    </>
  );
}
