import { Route, Routes } from 'react-router';
import { AuditPage } from '../officer/AuditPage';
import { AccountsPage } from './AccountsPage';

/** The admin's pages (one code chunk): the accounts, and the audit trail (the officer's page, shared). */
export default function AdminPages() {
  return (
    <Routes>
      <Route index element={<AccountsPage />} />
      <Route path="audit" element={<AuditPage />} />
    </Routes>
  );
}
