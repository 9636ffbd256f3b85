import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { StandingPage } from './StandingPage';
import { ProposalPage } from './ProposalPage';
import { Loading } from '../components/PageState';
import { MessagesPage } from '../components/MessagesPage';
import { describeMessage } from '../components/message-words';
import { NEWCOMER_WORDS } from './newcomer-words';
import { useT } from '../i18n/I18n';

/** The messages about my place in the queue (not about a proposal): they link to where I stand. */
const ABOUT_MY_PLACE: readonly string[] = ['ROUND_PUBLISHED', 'POSITION_CHANGED'];

/** My messages: each about my proposal, which tells more; a round without one for me, or a marked move, about my place in the queue. */
function NewcomerMessages() {
  const t = useT();
  return <MessagesPage describe={(m) => describeMessage(t, NEWCOMER_WORDS, m)} linkOf={(m) => (ABOUT_MY_PLACE.includes(m.kind) ? '/newcomer' : '/newcomer/proposal')} />;
}

/**
 * "My household" with its forms (member corrections, the occupation search) is a chunk of its own, fetched when the
 * page is opened: the first view (where I stand) stays within the newcomer's initial-JS budget (bench:web).
 */
const HouseholdPage = lazy(() => import('./HouseholdPage').then((m) => ({ default: m.HouseholdPage })));
// "everything we keep about you" is opened rarely: a chunk of its own
const DataPage = lazy(() => import('./DataPage').then((m) => ({ default: m.DataPage })));

/** The newcomer's pages (one code chunk, the household page apart): where I stand, my proposal, my household and preferences. */
export default function NewcomerPages() {
  return (
    <Routes>
      <Route index element={<StandingPage />} />
      <Route path="proposal" element={<ProposalPage />} />
      <Route path="messages" element={<NewcomerMessages />} />
      <Route
        path="data"
        element={
          <Suspense fallback={<Loading />}>
            <DataPage />
          </Suspense>
        }
      />
      <Route
        path="household"
        element={
          <Suspense fallback={<Loading />}>
            <HouseholdPage />
          </Suspense>
        }
      />
    </Routes>
  );
}
