import { type FormEvent, useId, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { PASSWORD_FIGURES } from '../components/password-problem';
import { Loading, LoadError } from '../components/PageState';
import { Pager } from '../components/Pager';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useMunicipalityNames } from '../components/useMunicipalityNames';
import { apiProblems } from '../components/api-problems';
import { withoutProblems } from '../components/problems';
import { InviteStaff } from './InviteStaff';
import { MunicipalitySelect } from './MunicipalitySelect';
import { accountDraftProblems, accountInput, type AccountDraft, type AccountField, accountFieldOf, EMPTY_ACCOUNT, ROLES } from './account-input';

const ACCOUNTS = graphql(`
  query AdminAccounts($offset: Int!, $limit: Int!) {
    me { id }
    accountCount
    accounts(offset: $offset, limit: $limit) { id email role disabled municipalityCode householdReference }
  }
`);
const CREATE = graphql(`
  mutation AdminCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) { id email }
  }
`);
const DISABLE = graphql(`
  mutation AdminDisableAccount($id: ID!) {
    disableAccount(id: $id) { id disabled }
  }
`);
const ENABLE = graphql(`
  mutation AdminEnableAccount($id: ID!) {
    enableAccount(id: $id) { id disabled }
  }
`);

/** Accounts per page. */
export const ACCOUNT_PAGE = 50;

/** A role in the admin's words. */
export const ROLE_LABEL: Record<Role, MessageId> = {
  ADMIN: 'admin.role.ADMIN',
  OFFICER: 'admin.role.OFFICER',
  MUNICIPALITY: 'admin.role.MUNICIPALITY',
  NEWCOMER: 'admin.role.NEWCOMER',
};

/**
 * The admin's accounts (issue 13): every account by role and e-mail, paged by the server with the count, each with
 * what it acts for (a municipality by name, a household by case reference) and whether it may sign in; disable and
 * enable it again (the API keeps one enabled admin at least and says so; the page shows that in words); and a new
 * account, checked before it is sent and with what the API still refuses shown at its field.
 */
export function AccountsPage() {
  const t = useT();
  const [offset, setOffset] = useState(0);
  const [receipt, setReceipt] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const receiptRef = useRef<HTMLDivElement>(null);
  const nameOf = useMunicipalityNames();
  useDocumentTitle(t('admin.accounts.title'));
  const { data, previousData, loading, error, refetch } = useQuery(ACCOUNTS, { variables: { offset, limit: ACCOUNT_PAGE }, fetchPolicy: 'cache-and-network' });
  const [disable, disabling] = useMutation(DISABLE);
  const [enable, enabling] = useMutation(ENABLE);
  const shown = data ?? previousData;
  if (loading && !shown) return <Loading />;
  if (error && !shown) return <LoadError onRetry={() => void refetch()} />;
  if (!shown) return <Loading />;

  const said = (text: string, failed: boolean) => {
    setReceipt(failed ? null : text);
    setFailure(failed ? text : null);
    setTimeout(() => receiptRef.current?.focus(), 0);
  };
  const toggle = async (id: string, email: string, disabled: boolean) => {
    try {
      if (disabled) await enable({ variables: { id } });
      else await disable({ variables: { id } });
      said(t(disabled ? 'admin.accounts.enabledDone' : 'admin.accounts.disabledDone', { email }), false);
      void refetch();
    } catch (e) {
      said(t(apiProblems(e).code === 'CONFLICT' ? 'admin.accounts.lastAdmin' : 'admin.accounts.failed'), true);
    }
  };

  return (
    <>
      <Heading1>{t('admin.accounts.title')}</Heading1>
      <Paragraph>{t('admin.accounts.intro')}</Paragraph>
      <div ref={receiptRef} tabIndex={-1}>
        {receipt && (
          <Alert type="ok">
            <Paragraph>{receipt}</Paragraph>
          </Alert>
        )}
        {failure && (
          <Alert type="error" role="alert">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      <Paragraph className="matching-count">{t('admin.accounts.count', { count: shown.accountCount })}</Paragraph>
        <Table className="matching-table matching-table--wide">
          <TableCaption>{t('admin.accounts.caption', { from: offset + 1, to: offset + shown.accounts.length, count: shown.accountCount })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('admin.accounts.email')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('admin.accounts.role')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('admin.accounts.for')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('admin.accounts.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('admin.accounts.action')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.accounts.map((a) => (
              <TableRow key={a.id}>
                <TableHeaderCell scope="row">
                  {a.email}
                  {a.id === shown.me.id && ` ${t('admin.accounts.you')}`}
                </TableHeaderCell>
                <TableCell>{t(ROLE_LABEL[a.role])}</TableCell>
                <TableCell>
                  {a.municipalityCode
                    ? nameOf(a.municipalityCode)
                    : a.role === 'NEWCOMER'
                      ? a.householdReference
                        ? t('admin.accounts.household', { reference: a.householdReference })
                        : t('admin.accounts.householdUnknown')
                      : '–'}
                </TableCell>
                <TableCell>{t(a.disabled ? 'admin.accounts.disabled' : 'admin.accounts.active')}</TableCell>
                <TableCell>
                  <Button
                    appearance="secondary-action-button"
                    disabled={disabling.loading || enabling.loading}
                    aria-label={t(a.disabled ? 'admin.accounts.enableLabel' : 'admin.accounts.disableLabel', { email: a.email })}
                    onClick={() => void toggle(a.id, a.email, a.disabled)}
                  >
                    {t(a.disabled ? 'admin.accounts.enable' : 'admin.accounts.disable')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      <Pager label={t('admin.accounts.pages')} offset={offset} limit={ACCOUNT_PAGE} total={shown.accountCount} onChange={setOffset} />
      <NewAccount
        onCreated={(email) => {
          said(t('admin.accounts.created', { email }), false);
          void refetch();
        }}
      />
      <InviteStaff />
    </>
  );
}

/** The form for a new account: e-mail, first password, role, and what it acts for (a municipality or a household). */
function NewAccount({ onCreated }: { onCreated: (email: string) => void }) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<AccountDraft>(EMPTY_ACCOUNT);
  const [problems, setProblems] = useState<Partial<Record<AccountField, string>>>({});
  const [create, { loading }] = useMutation(CREATE);
  const fieldId = (f: AccountField | 'role') => `${id}-${f}`;
  const set = (change: Partial<AccountDraft>) => {
    setDraft({ ...draft, ...change });
    setProblems(withoutProblems(problems, Object.keys(change)));
  };
  const show = (found: Partial<Record<AccountField, string>>) => {
    setProblems(found);
    const first = (['email', 'password', 'municipalityCode', 'householdReference'] as const).find((f) => found[f]);
    if (first) setTimeout(() => document.getElementById(fieldId(first))?.focus(), 0);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = accountDraftProblems(draft);
    if (Object.keys(local).length > 0) {
      show(Object.fromEntries(Object.entries(local).map(([f, m]) => [f, t(m, PASSWORD_FIGURES)])));
      return;
    }
    try {
      const result = await create({ variables: { input: accountInput(draft) } });
      onCreated(result.data?.createAccount.email ?? draft.email);
      setDraft(EMPTY_ACCOUNT);
      setProblems({});
    } catch (e) {
      const refused = apiProblems(e);
      const found: Partial<Record<AccountField, string>> = {};
      if (refused.code === 'CONFLICT') found.email = t('admin.accounts.problem.emailTaken');
      for (const p of refused.fields) {
        const field = accountFieldOf(p.field);
        if (field) found[field] = t('admin.accounts.refused', { message: p.message });
      }
      show(Object.keys(found).length > 0 ? found : { email: t('admin.accounts.failed') });
    }
  };
  const describedBy = (f: AccountField, hint: boolean) => [hint ? `${fieldId(f)}-hint` : '', problems[f] ? `${fieldId(f)}-problem` : ''].filter(Boolean).join(' ') || undefined;
  const problem = (f: AccountField) =>
    problems[f] && (
      <FormFieldDescription id={`${fieldId(f)}-problem`} invalid>
        {problems[f]}
      </FormFieldDescription>
    );

  return (
    <section aria-labelledby={`${id}-title`} className="matching-card matching-section">
      <Heading2 id={`${id}-title`}>{t('admin.accounts.newTitle')}</Heading2>
      <form className="matching-form" onSubmit={submit} noValidate>
        <FormField invalid={Boolean(problems.email)}>
          <FormLabel htmlFor={fieldId('email')}>{t('admin.accounts.email')}</FormLabel>
          {problem('email')}
          <Textbox id={fieldId('email')} type="email" autoComplete="off" value={draft.email} invalid={Boolean(problems.email)} aria-describedby={describedBy('email', false)} onChange={(e) => set({ email: e.target.value })} />
        </FormField>
        <FormField invalid={Boolean(problems.password)}>
          <FormLabel htmlFor={fieldId('password')}>{t('admin.accounts.password')}</FormLabel>
          <FormFieldDescription id={`${fieldId('password')}-hint`}>{t('admin.accounts.passwordHint', PASSWORD_FIGURES)}</FormFieldDescription>
          {problem('password')}
          <Textbox id={fieldId('password')} type="password" autoComplete="new-password" value={draft.password} invalid={Boolean(problems.password)} aria-describedby={describedBy('password', true)} onChange={(e) => set({ password: e.target.value })} />
        </FormField>
        <FormField>
          <FormLabel htmlFor={fieldId('role')}>{t('admin.accounts.role')}</FormLabel>
          <Select id={fieldId('role')} value={draft.role} onChange={(e) => set({ role: ROLES.find((r) => r === e.target.value) ?? 'OFFICER' })}>
            {ROLES.map((r) => (
              <SelectOption key={r} value={r}>
                {t(ROLE_LABEL[r])}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        {draft.role === 'MUNICIPALITY' && (
          <FormField invalid={Boolean(problems.municipalityCode)}>
            <FormLabel htmlFor={fieldId('municipalityCode')}>{t('admin.accounts.municipality')}</FormLabel>
            {problem('municipalityCode')}
            <MunicipalitySelect id={fieldId('municipalityCode')} value={draft.municipalityCode} invalid={Boolean(problems.municipalityCode)} describedBy={describedBy('municipalityCode', false)} onChange={(municipalityCode) => set({ municipalityCode })} />
          </FormField>
        )}
        {draft.role === 'NEWCOMER' && (
          <FormField invalid={Boolean(problems.householdReference)}>
            <FormLabel htmlFor={fieldId('householdReference')}>{t('admin.accounts.reference')}</FormLabel>
            <FormFieldDescription id={`${fieldId('householdReference')}-hint`}>{t('admin.accounts.referenceHint')}</FormFieldDescription>
            {problem('householdReference')}
            <Textbox id={fieldId('householdReference')} autoComplete="off" value={draft.householdReference} invalid={Boolean(problems.householdReference)} aria-describedby={describedBy('householdReference', true)} onChange={(e) => set({ householdReference: e.target.value })} />
          </FormField>
        )}
        <div className="matching-actions">
          <Button type="submit" appearance="primary-action-button" disabled={loading}>
            {t('admin.accounts.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
