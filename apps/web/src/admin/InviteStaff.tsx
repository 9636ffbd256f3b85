import { type FormEvent, useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, FormField, FormFieldDescription, FormLabel, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { graphql } from '../gql';
import { useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { AccessLetter, LetterLanguageField } from '../components/AccessLetter';
import { API_LOCALE, STAFF_LOCALES, type Locale } from '../i18n/languages';
import { looksLikeEmail } from '../components/email-address';
import { apiProblems } from '../components/api-problems';
import { MunicipalitySelect } from './MunicipalitySelect';

const INVITE = graphql(`
  mutation AdminInviteStaff($input: InviteMunicipalityStaffInput!) {
    inviteMunicipalityStaff(input: $input) { code path purpose role expiresAt municipalityName email }
  }
`);

type Field = 'municipalityCode' | 'email';

/**
 * Invite a member of a municipality's staff (issue 16, "Getting in"): the municipality, the person's e-mail address
 * and the message's language; the answer is a message with the access code and link to send them (or print). When
 * the address has an account of this municipality, the message gives it a new password. Several people may act for
 * one municipality.
 */
export function InviteStaff() {
  const t = useT();
  const id = useId();
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [email, setEmail] = useState('');
  const [locale, setLocale] = useState<Locale>('nl');
  const [problems, setProblems] = useState<Partial<Record<Field, MessageId>>>({});
  const [invite, { data, loading, reset }] = useMutation(INVITE);
  const [failed, setFailed] = useState(false);
  const letter = data?.inviteMunicipalityStaff;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    reset();
    const found: Partial<Record<Field, MessageId>> = {};
    if (!municipalityCode) found.municipalityCode = 'admin.invite.problem.municipality';
    if (!looksLikeEmail(email)) found.email = 'admin.invite.problem.email';
    setProblems(found);
    const first = (['municipalityCode', 'email'] as const).find((f) => found[f]);
    if (first) return document.getElementById(`${id}-${first}`)?.focus();
    try {
      await invite({ variables: { input: { municipalityCode, email: email.trim(), locale: API_LOCALE[locale] } } });
    } catch (error) {
      const fields = apiProblems(error).fields.map((p) => p.field);
      if (fields.some((f) => f.endsWith('email'))) setProblems({ email: 'admin.invite.problem.emailOther' });
      else setFailed(true);
    }
  };

  const problem = (f: Field) =>
    problems[f] && (
      <FormFieldDescription id={`${id}-${f}-problem`} invalid>
        {t(problems[f])}
      </FormFieldDescription>
    );
  return (
    <section aria-labelledby={`${id}-title`} className="matching-card matching-section">
      <Heading2 id={`${id}-title`}>{t('admin.invite.title')}</Heading2>
      <Paragraph>{t('admin.invite.intro')}</Paragraph>
      <form className="matching-form matching-no-print" onSubmit={submit} noValidate>
        <FormField invalid={Boolean(problems.municipalityCode)}>
          <FormLabel htmlFor={`${id}-municipalityCode`}>{t('admin.accounts.municipality')}</FormLabel>
          {problem('municipalityCode')}
          <MunicipalitySelect
            id={`${id}-municipalityCode`}
            value={municipalityCode}
            invalid={Boolean(problems.municipalityCode)}
            describedBy={problems.municipalityCode ? `${id}-municipalityCode-problem` : undefined}
            onChange={setMunicipalityCode}
          />
        </FormField>
        <FormField invalid={Boolean(problems.email)}>
          <FormLabel htmlFor={`${id}-email`}>{t('admin.invite.email')}</FormLabel>
          <FormFieldDescription id={`${id}-email-hint`}>{t('admin.invite.emailHint')}</FormFieldDescription>
          {problem('email')}
          <Textbox
            id={`${id}-email`}
            type="email"
            autoComplete="off"
            dir="ltr"
            value={email}
            invalid={Boolean(problems.email)}
            aria-describedby={[`${id}-email-hint`, problems.email ? `${id}-email-problem` : ''].filter(Boolean).join(' ')}
            onChange={(e) => setEmail(e.target.value)}
          />
        </FormField>
        <LetterLanguageField label={t('admin.invite.language')} value={locale} onChange={setLocale} locales={STAFF_LOCALES} />
        <div className="matching-actions">
          <Button type="submit" appearance="primary-action-button" disabled={loading}>
            {t('admin.invite.make')}
          </Button>
        </div>
      </form>
      {failed && (
        <Alert type="error" role="alert">
          <Paragraph>{t('admin.invite.failed')}</Paragraph>
        </Alert>
      )}
      {letter && (
        <>
          <Alert type="ok" role="status" className="matching-no-print">
            <Paragraph>{t(letter.purpose === 'PASSWORD_RESET' ? 'admin.invite.madeReset' : 'admin.invite.made', { email: letter.email ?? '', date: new Date(letter.expiresAt) })}</Paragraph>
          </Alert>
          <AccessLetter letter={letter} locale={locale} />
        </>
      )}
    </section>
  );
}
