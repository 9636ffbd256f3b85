import { Route, Routes } from 'react-router';
import { Heading1 } from '@utrecht/component-library-react';
import { useT } from '../i18n/I18n';

function ProposalsHome() {
  const t = useT();
  return <Heading1>{t('nav.municipality.proposals')}</Heading1>;
}

/** The municipality's pages (one code chunk). */
export default function MunicipalityPages() {
  return (
    <Routes>
      <Route index element={<ProposalsHome />} />
    </Routes>
  );
}
