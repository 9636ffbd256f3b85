import { lazy, Suspense } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link as RouterLink, Route, Routes } from 'react-router';
import { Heading1, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { graphql } from '../gql';
import { periodWords } from '../components/period';
import { useT } from '../i18n/I18n';
import { Empty, Loading, LoadError } from '../components/PageState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { WaitingListPage } from './WaitingListPage';
import { RoundPage } from './RoundPage';
import { NewRoundPage } from './NewRoundPage';
import { OfficerHouseholdPage } from './HouseholdPage';
import { RunReviewPage } from './RunReviewPage';
import { ProposalsPage } from './ProposalsPage';
import { RunComparePage } from './RunComparePage';
import { AuditPage } from './AuditPage';
import { ImportPage } from './ImportPage';
import { MessagesPage } from '../components/MessagesPage';
import { describeMessage, type MessageWords } from '../components/message-words';

// The figures page brings ECharts and the national map (about 220 kB gzipped): its own chunk, fetched when opened.
const RunFiguresPage = lazy(() => import('./RunFiguresPage'));

const ROUNDS = graphql(`
  query OfficerRounds {
    roundList(limit: 20, offset: 0) {
      id
      name
      period
      status
      householdCount
      municipalityCount
      createdAt
    }
  }
`);

/** The officer's home: the latest rounds, each opening its page (check, run, review, publish). */
function RoundsHome() {
  const t = useT();
  useDocumentTitle(t('officer.rounds.title'));
  // cache-and-network: a round created, run or published on another page shows its new state
  const { data, loading, error, refetch } = useQuery(ROUNDS, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError onRetry={() => void refetch()} />;
  const rounds = data!.roundList;
  return (
    <>
      <Heading1>{t('officer.rounds.title')}</Heading1>
      <Paragraph>{t('officer.rounds.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/officer/rounds/new" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
          {t('officer.rounds.new')}
        </RouterLink>
      </Paragraph>
      {rounds.length === 0 ? (
        <Empty>
          <Paragraph>{t('officer.rounds.none')}</Paragraph>
        </Empty>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('officer.rounds.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.rounds.period')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.rounds.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.rounds.households')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.rounds.created')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rounds.map((round) => (
              <TableRow key={round.id}>
                <TableHeaderCell scope="row">
                  <RouterLink to={`/officer/rounds/${round.id}`} className="utrecht-link">
                    {round.name}
                  </RouterLink>
                </TableHeaderCell>
                <TableCell>{periodWords(t, round.period)}</TableCell>
                <TableCell>{t(round.status === 'PUBLISHED' ? 'officer.rounds.published' : 'officer.rounds.draft')}</TableCell>
                <TableCell>{t('officer.rounds.count', { households: round.householdCount, municipalities: round.municipalityCount })}</TableCell>
                <TableCell>{t('officer.rounds.createdAt', { date: new Date(round.createdAt) })}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

/** What each message says to an officer (officer.json). */
const OFFICER_WORDS: MessageWords = {
  CONTEST_RECEIVED: 'messages.officer.contestReceived',
  PROPOSAL_EXPIRED: 'messages.officer.proposalExpired',
  HOUSEHOLD_CHANGED: 'messages.officer.householdChanged',
  other: 'messages.officer.other',
};

/** The officer's messages: each about a proposal, reviewed on the proposals page. */
function OfficerMessages() {
  const t = useT();
  return <MessagesPage describe={(m) => describeMessage(t, OFFICER_WORDS, m)} linkOf={() => '/officer/proposals'} />;
}

/** The officer's pages (one code chunk; the figures page its own). */
export default function OfficerPages() {
  return (
    <Routes>
      <Route index element={<RoundsHome />} />
      <Route path="rounds/new" element={<NewRoundPage />} />
      <Route path="rounds/:id" element={<RoundPage />} />
      <Route path="rounds/:roundId/runs/:runId" element={<RunReviewPage />} />
      <Route path="rounds/:roundId/compare/:a/:b" element={<RunComparePage />} />
      <Route
        path="rounds/:roundId/runs/:runId/figures"
        element={
          <Suspense fallback={<Loading />}>
            <RunFiguresPage />
          </Suspense>
        }
      />
      <Route path="waiting" element={<WaitingListPage />} />
      <Route path="proposals" element={<ProposalsPage />} />
      <Route path="audit" element={<AuditPage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path="households/:id" element={<OfficerHouseholdPage />} />
      <Route path="messages" element={<OfficerMessages />} />
    </Routes>
  );
}
