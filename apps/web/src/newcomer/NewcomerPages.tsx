import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { StandingPage } from './StandingPage';
import { ProposalPage } from './ProposalPage';
import { Loading } from '../components/PageState';

/**
 * "My household" with its forms (member corrections, the occupation search) is a chunk of its own, fetched when the
 * page is opened: the first view (where I stand) stays within the newcomer's initial-JS budget (bench:web).
 */
const HouseholdPage = lazy(() => import('./HouseholdPage').then((m) => ({ default: m.HouseholdPage })));

/** The newcomer's pages (one code chunk, the household page apart): where I stand, my proposal, my household and preferences. */
export default function NewcomerPages() {
  return (
    <Routes>
      <Route index element={<StandingPage />} />
      <Route path="proposal" element={<ProposalPage />} />
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
