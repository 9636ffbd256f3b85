import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link as RouterLink, useParams } from 'react-router';
import { Heading1, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { graphql } from '../gql';
import type { MoveCause } from '../gql/graphql';
import { useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { Empty, Loading, LoadError } from '../components/PageState';
import { Pager } from '../components/Pager';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useMunicipalityNames } from '../components/useMunicipalityNames';

const COMPARE = graphql(`
  query OfficerCompareRuns($roundId: ID!, $a: ID!, $b: ID!, $offset: Int!, $limit: Int!) {
    round(id: $roundId) { id name }
    compareRuns(a: $a, b: $b) {
      a { id createdAt }
      b { id createdAt }
      movedCount
      unchanged
      byCause { cause households }
      moved(offset: $offset, limit: $limit) { householdId householdReference from to fitChange cause }
    }
  }
`);

/** Moved households per page. */
export const MOVED_PAGE = 50;

/** Why a household moved between two runs (matching/rounds/compare.ts MOVE_CAUSES), in the officer's words. */
const CAUSE_LABEL: Record<MoveCause, MessageId> = {
  PIN: 'officer.compare.cause.PIN',
  FORBID: 'officer.compare.cause.FORBID',
  CAPACITY: 'officer.compare.cause.CAPACITY',
  WEIGHTS: 'officer.compare.cause.WEIGHTS',
  PRIORITY: 'officer.compare.cause.PRIORITY',
  CASCADE: 'officer.compare.cause.CASCADE',
};

/**
 * Two runs of a round compared (issue 13, `compareRuns`): how many households moved and how many stayed, the moves
 * per cause (the first of pin, forbid, capacity, weights, priority rule, cascade that applies), and each moved
 * household with where it went in each run, its change of fit and the cause, paged by the server.
 */
export function RunComparePage() {
  const t = useT();
  const n = useIntl().formatNumber;
  const { roundId = '', a = '', b = '' } = useParams();
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error, refetch } = useQuery(COMPARE, { variables: { roundId, a, b, offset, limit: MOVED_PAGE } });
  const shown = data ?? previousData;
  const nameOf = useMunicipalityNames();
  useDocumentTitle(shown ? t('officer.compare.title', { name: shown.round.name }) : t('officer.rounds.title'));
  if (loading && !shown) return <Loading />;
  if (error && !shown) return <LoadError onRetry={() => void refetch()} />;
  if (!shown) return <Loading />;
  const { round, compareRuns: c } = shown;
  const place = (code: string | null) => (code === null ? t('officer.review.notPlaced') : nameOf(code));

  return (
    <>
      <Paragraph>
        <RouterLink to={`/officer/rounds/${round.id}/runs/${c.b.id}`} className="utrecht-link">
          {t('officer.compare.back')}
        </RouterLink>
      </Paragraph>
      <Heading1>{t('officer.compare.title', { name: round.name })}</Heading1>
      <dl className="matching-facts">
        <dt>{t('officer.compare.earlier')}</dt>
        <dd>{t('officer.dateTime', { date: new Date(String(c.a.createdAt)) })}</dd>
        <dt>{t('officer.compare.later')}</dt>
        <dd>{t('officer.dateTime', { date: new Date(String(c.b.createdAt)) })}</dd>
      </dl>
      <Paragraph>{t('officer.compare.summary', { moved: c.movedCount, unchanged: c.unchanged })}</Paragraph>

      {c.movedCount > 0 && (
        <Table className="matching-table">
          <TableCaption>{t('officer.compare.byCause')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('officer.compare.cause')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.compare.households')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {c.byCause.map((row) => (
              <TableRow key={row.cause}>
                <TableHeaderCell scope="row">{t(CAUSE_LABEL[row.cause])}</TableHeaderCell>
                <TableCell className="matching-figure">{n(row.households)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <section aria-labelledby="compare-moved" className="matching-section">
        <Heading2 id="compare-moved">{t('officer.compare.movedTitle')}</Heading2>
        {c.movedCount === 0 ? (
          <Empty>
            <Paragraph>{t('officer.compare.none')}</Paragraph>
          </Empty>
        ) : (
          <Table className="matching-table matching-table--wide" aria-labelledby="compare-moved">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('officer.waiting.reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.compare.from')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.compare.to')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.compare.fitChange')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.compare.cause')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {c.moved.map((m) => (
                <TableRow key={m.householdId}>
                  <TableHeaderCell scope="row">
                    <RouterLink to={`/officer/households/${m.householdId}`} className="utrecht-link">
                      {m.householdReference ?? t('officer.proposals.unknownHousehold')}
                    </RouterLink>
                  </TableHeaderCell>
                  <TableCell>{place(m.from)}</TableCell>
                  <TableCell>{place(m.to)}</TableCell>
                  <TableCell className="matching-figure">{m.fitChange === null ? '–' : n(Math.round(m.fitChange * 100), { signDisplay: 'exceptZero' })}</TableCell>
                  <TableCell>{t(CAUSE_LABEL[m.cause])}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Pager label={t('officer.compare.pages')} offset={offset} limit={MOVED_PAGE} total={c.movedCount} onChange={setOffset} />
      </section>
    </>
  );
}
