import { Route, Routes } from 'react-router';
import { StandingPage } from './StandingPage';
import { ProposalPage } from './ProposalPage';
import { HouseholdPage } from './HouseholdPage';

/** The newcomer's pages (one code chunk): where I stand, my proposal, my household and preferences. */
export default function NewcomerPages() {
  return (
    <Routes>
      <Route index element={<StandingPage />} />
      <Route path="proposal" element={<ProposalPage />} />
      <Route path="household" element={<HouseholdPage />} />
    </Routes>
  );
}
