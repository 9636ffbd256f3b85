import { useId, useState, type FormEvent } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { CombinedGraphQLErrors } from '@apollo/client';
import { Link as RouterLink, useNavigate } from 'react-router';
import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import type { HardNeed } from '#matching/waiting/types.js';
import { NEED_LABEL } from '../components/needs';
import type { HomeBand, Urgency } from '#matching/vocabulary/index.js';
import { graphql } from '../gql';
import { periodWords } from '../components/period';
import { ExportButton } from './ExportButton';
import { useLanguage, useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { Loading, LoadError } from '../components/PageState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { Pager } from '../components/Pager';

const WAITING_LIST = graphql(`
  query OfficerWaitingList($locale: String, $offset: Int!, $limit: Int!) {
    waitingList(locale: $locale) {
      total
      period
      byBand { key count }
      byUrgency { key count }
      byNeed { key count }
      byBandAndNeed { key count }
      longestWaits { householdId reference permitDate daysWaiting }
      unplaceableCount
      unplaceable(limit: $limit, offset: $offset) { householdId reference reasons { code text } }
    }
  }
`);

const EXPORT_WAITING_LIST = graphql(`
  mutation OfficerExportWaitingList {
    exportWaitingList { filename contentType rows content }
  }
`);

const FIND_HOUSEHOLD = graphql(`
  query OfficerFindHousehold($reference: String!) {
    householdByReference(reference: $reference) { id }
  }
`);

/** Rows of the unplaceable list per page. */
export const UNPLACEABLE_PAGE = 20;

/** Home size bands, in order, with what the officer reads (matching/vocabulary/home-bands.ts). */
const BAND_LABEL: Record<HomeBand, MessageId> = {
  homes_1_2: 'officer.band.homes_1_2',
  homes_3_4: 'officer.band.homes_3_4',
  homes_5_plus: 'officer.band.homes_5_plus',
};
const BANDS = Object.keys(BAND_LABEL) as HomeBand[];

/** Priority categories (matching/vocabulary/urgency.ts), keyed by the core's value; the GraphQL enum is the same in capitals. */
export const URGENCY_LABEL: Record<Urgency, MessageId> = {
  medical: 'officer.urgency.medical',
  social: 'officer.urgency.social',
  none: 'officer.urgency.none',
};

const NEEDS = Object.keys(NEED_LABEL) as HardNeed[];

/**
 * What helps with each reason no municipality can take a household (matching/waiting/summary.ts
 * `UnplaceableReason`); a reason the page does not know gets the general advice.
 */
const ACTION: Record<string, MessageId> = {
  'waiting.no_free_home_this_period': 'officer.waiting.action.capacity',
  'waiting.no_municipality_meets_needs': 'officer.waiting.action.needs',
  'waiting.hard_tie_reaches_apart': 'officer.waiting.action.ties',
  'waiting.no_acceptable_municipality': 'officer.waiting.action.acceptable',
};

const count = (list: readonly { key: string; count: number }[], key: string) => list.find((c) => c.key === key)?.count ?? 0;

/**
 * The waiting list for officers (issue 13): the bottlenecks at a glance — households by home size and need, by
 * urgency, those no municipality can take this period with why and what helps, the longest waits — and a household
 * found by its case reference. Every figure is the API's (`waitingList`); a household opens by its opaque id.
 */
export function WaitingListPage() {
  const t = useT();
  const n = useIntl().formatNumber;
  const { locale } = useLanguage();
  useDocumentTitle(t('officer.waiting.title'));
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useQuery(WAITING_LIST, { variables: { locale, offset, limit: UNPLACEABLE_PAGE } });
  const [exportList] = useMutation(EXPORT_WAITING_LIST);
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const w = data.waitingList;
  const share = (n: number) => (w.total > 0 ? n / w.total : 0);

  return (
    <>
      <Heading1>{t('officer.waiting.title')}</Heading1>
      <Paragraph lead>{t('officer.waiting.intro', { total: w.total, period: periodWords(t, w.period, 'sentence') })}</Paragraph>
      <FindHousehold />
      <ExportButton label={t('officer.export.waiting')} help={t('officer.export.waitingHelp')} make={async () => (await exportList()).data?.exportWaitingList} />
      <Paragraph>
        <RouterLink to="/officer/import" className="utrecht-link">
          {t('officer.import.link')}
        </RouterLink>
      </Paragraph>

      <section aria-labelledby="waiting-bands" className="matching-section">
        <Heading2 id="waiting-bands">{t('officer.waiting.bandsTitle')}</Heading2>
        <Paragraph>{t('officer.waiting.bandsIntro')}</Paragraph>
        <Table className="matching-table">
          <TableCaption>{t('officer.waiting.bandsCaption', { total: w.total })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('officer.waiting.band')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.waiting.households')}</TableHeaderCell>
              {NEEDS.map((need) => (
                <TableHeaderCell key={need} scope="col">
                  {t(NEED_LABEL[need])}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {BANDS.map((b) => (
              <TableRow key={b}>
                <TableHeaderCell scope="row">{t(BAND_LABEL[b])}</TableHeaderCell>
                <TableCell>
                  <ShareBar value={count(w.byBand, b)} share={share(count(w.byBand, b))} />
                </TableCell>
                {NEEDS.map((need) => (
                  <TableCell key={need} className="matching-figure">
                    {n(count(w.byBandAndNeed, `${b}:${need}`))}
                  </TableCell>
                ))}
              </TableRow>
            ))}
            <TableRow>
              <TableHeaderCell scope="row">{t('officer.waiting.allBands')}</TableHeaderCell>
              <TableCell>
                <span className="matching-share">
                  <span className="matching-figure">{n(w.total)}</span>
                </span>
              </TableCell>
              {NEEDS.map((need) => (
                <TableCell key={need} className="matching-figure">
                  {n(count(w.byNeed, need))}
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
        <Paragraph className="matching-muted">{t('officer.waiting.needsNote')}</Paragraph>

        <Table className="matching-table">
          <TableCaption>{t('officer.waiting.urgencyCaption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('officer.waiting.urgency')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.waiting.households')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(Object.keys(URGENCY_LABEL) as Urgency[]).map((u) => (
              <TableRow key={u}>
                <TableHeaderCell scope="row">{t(URGENCY_LABEL[u])}</TableHeaderCell>
                <TableCell>
                  <ShareBar value={count(w.byUrgency, u)} share={share(count(w.byUrgency, u))} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>

      <section aria-labelledby="waiting-unplaceable" className="matching-section">
        <Heading2 id="waiting-unplaceable">{t('officer.waiting.unplaceableTitle', { count: w.unplaceableCount, period: periodWords(t, w.period, 'sentence') })}</Heading2>
        {w.unplaceableCount > 0 && (
          <>
            <Paragraph>{t('officer.waiting.unplaceableIntro')}</Paragraph>
            <Table className="matching-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('officer.waiting.reference')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('officer.waiting.why')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('officer.waiting.helps')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {w.unplaceable.map((u) => (
                  <TableRow key={u.householdId}>
                    <TableHeaderCell scope="row">
                      <RouterLink to={`/officer/households/${u.householdId}`} className="utrecht-link">
                        {u.reference}
                      </RouterLink>
                    </TableHeaderCell>
                    <TableCell>
                      {u.reasons.map((r) => (
                        <Paragraph key={r.code}>{r.text}</Paragraph>
                      ))}
                    </TableCell>
                    <TableCell>
                      {[...new Set(u.reasons.map((r) => ACTION[r.code] ?? 'officer.waiting.action.other'))].map((a) => (
                        <Paragraph key={a}>{t(a)}</Paragraph>
                      ))}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Pager label={t('officer.waiting.unplaceablePages')} offset={offset} limit={UNPLACEABLE_PAGE} total={w.unplaceableCount} onChange={setOffset} />
          </>
        )}
      </section>

      <section aria-labelledby="waiting-longest" className="matching-section">
        <Heading2 id="waiting-longest">{t('officer.waiting.longestTitle')}</Heading2>
        <Table className="matching-table">
          <TableCaption>{t('officer.waiting.longestCaption', { count: w.longestWaits.length })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('officer.waiting.reference')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.waiting.permitDate')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.waiting.daysWaiting')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {w.longestWaits.map((l) => (
              <TableRow key={l.householdId}>
                <TableHeaderCell scope="row">
                  <RouterLink to={`/officer/households/${l.householdId}`} className="utrecht-link">
                    {l.reference}
                  </RouterLink>
                </TableHeaderCell>
                <TableCell>{t('officer.date', { date: new Date(`${l.permitDate}T12:00:00Z`) })}</TableCell>
                <TableCell className="matching-figure">{l.daysWaiting ?? '–'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </>
  );
}

/** A count with a bar of its share of the whole; the bar is decoration, the number is the content. */
function ShareBar({ value, share }: { value: number; share: number }) {
  const n = useIntl().formatNumber;
  return (
    <span className="matching-share">
      <span className="matching-figure">{n(value)}</span>
      <span className="matching-share__bar" aria-hidden="true">
        <span className="matching-share__fill" style={{ inlineSize: `${Math.round(share * 100)}%` }} />
      </span>
    </span>
  );
}

/** Find a household by its case reference (HH-000123) and open its page; says so at the field when there is none. */
function FindHousehold() {
  const t = useT();
  const navigate = useNavigate();
  const id = useId();
  const [reference, setReference] = useState('');
  const [problem, setProblem] = useState<MessageId | null>(null);
  const [find, { loading }] = useLazyQuery(FIND_HOUSEHOLD, { fetchPolicy: 'network-only' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = reference.trim().toUpperCase();
    if (!wanted) {
      setProblem('officer.find.empty');
      document.getElementById(id)?.focus();
      return;
    }
    try {
      const result = await find({ variables: { reference: wanted } });
      const found = result.data?.householdByReference.id;
      if (found) navigate(`/officer/households/${found}`);
      else throw result.error ?? new Error('no household');
    } catch (error) {
      const notFound = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'NOT_FOUND');
      setProblem(notFound ? 'officer.find.notFound' : 'officer.find.failed');
      document.getElementById(id)?.focus();
    }
  };
  return (
    <form className="matching-search matching-card" role="search" noValidate onSubmit={(e) => void submit(e)}>
      <FormField invalid={Boolean(problem)}>
        <FormLabel htmlFor={id}>
          {t('officer.find.label')}
        </FormLabel>
        <FormFieldDescription id={`${id}-hint`}>{t('officer.find.hint')}</FormFieldDescription>
        {problem && (
          <FormFieldDescription id={`${id}-problem`} invalid>
            {t(problem, { reference: reference.trim() })}
          </FormFieldDescription>
        )}
        <Textbox
          id={id}
          value={reference}
          autoComplete="off"
          spellCheck={false}
          invalid={Boolean(problem)}
          aria-describedby={[`${id}-hint`, problem ? `${id}-problem` : ''].filter(Boolean).join(' ')}
          onChange={(event) => {
            setReference(event.target.value);
            setProblem(null);
          }}
        />
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={loading}>
        {t('officer.find.submit')}
      </Button>
    </form>
  );
}
