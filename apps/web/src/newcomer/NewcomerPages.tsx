import { Route, Routes } from 'react-router';
import { StandingPage } from './StandingPage';
import { ProposalPage } from './ProposalPage';

/** The newcomer's pages (one code chunk): where I stand, and my proposal. */
export default function NewcomerPages() {
  return (
    <Routes>
      <Route index element={<StandingPage />} />
      <Route path="proposal" element={<ProposalPage />} />
    </Routes>
  );
}
