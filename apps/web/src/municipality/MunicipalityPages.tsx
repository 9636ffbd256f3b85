import { Route, Routes } from 'react-router';
import { ProposalsPage } from './ProposalsPage';
import { CapacityPage } from './CapacityPage';
import { ProfilePage } from './ProfilePage';

/** The municipality's pages (one code chunk): proposals (the home), places and homes, our profile. */
export default function MunicipalityPages() {
  return (
    <Routes>
      <Route index element={<ProposalsPage />} />
      <Route path="capacity" element={<CapacityPage />} />
      <Route path="profile" element={<ProfilePage />} />
    </Routes>
  );
}
