import { lazy, Suspense, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { Role } from '#matching/vocabulary/roles.js';
import { LanguageProvider, RoleMessages, useT } from '../i18n/I18n';
import { PARTS_OF_ROLE_FOLDER } from '../i18n/catalogues';
import { Layout } from '../components/Layout';
import { Loading } from '../components/PageState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { createClient } from './apollo';
import { readSession, ROLE_HOME } from './session';
import { SignIn } from './SignIn';

// the welcome page (a letter's code) is visited once per person: its own chunk
const Welcome = lazy(() => import('./Welcome').then((m) => ({ default: m.Welcome })));
const ForgotPassword = lazy(() => import('./ForgotPassword').then((m) => ({ default: m.ForgotPassword })));

// One chunk per role: a newcomer's phone loads the newcomer's pages only.
const NewcomerPages = lazy(() => import('../newcomer/NewcomerPages'));
const MunicipalityPages = lazy(() => import('../municipality/MunicipalityPages'));
const OfficerPages = lazy(() => import('../officer/OfficerPages'));
const AdminPages = lazy(() => import('../admin/AdminPages'));

/** A role's pages with their texts (`folder`: which texts they load), or the sign-in page (not signed in), or the reader's own home (another role's pages). */
function RoleGate({ roles, folder, children }: { roles: readonly Role[]; folder: string; children: ReactNode }) {
  const session = readSession();
  if (!session) return <Navigate to="/sign-in" replace />;
  if (!roles.includes(session.role)) return <Navigate to={ROLE_HOME[session.role]} replace />;
  return (
    <Suspense fallback={<Loading />}>
      <RoleMessages parts={PARTS_OF_ROLE_FOLDER[folder]}>{children}</RoleMessages>
    </Suspense>
  );
}

/** Moves focus to the page's main content after a page change, so a screen reader starts there. */
function FocusOnNavigate() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [location.pathname]);
  return null;
}

function NotFound() {
  const t = useT();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <Heading1>{t('notFound.title')}</Heading1>
      <Paragraph>{t('notFound.body')}</Paragraph>
    </>
  );
}

function Routed() {
  const navigate = useNavigate();
  const client = useMemo(() => createClient(() => navigate('/sign-in')), [navigate]);
  const session = readSession();
  return (
    <ApolloProvider client={client}>
      <FocusOnNavigate />
      <Layout>
        <Routes>
          <Route path="/" element={<Navigate to={session ? ROLE_HOME[session.role] : '/sign-in'} replace />} />
          <Route path="/sign-in" element={<SignIn />} />
          <Route path="/welcome" element={<Suspense fallback={<Loading />}><Welcome /></Suspense>} />
          <Route path="/forgot-password" element={<Suspense fallback={<Loading />}><ForgotPassword /></Suspense>} />
          <Route path="/newcomer/*" element={<RoleGate roles={['newcomer']} folder="newcomer"><NewcomerPages /></RoleGate>} />
          <Route path="/municipality/*" element={<RoleGate roles={['municipality']} folder="municipality"><MunicipalityPages /></RoleGate>} />
          <Route path="/officer/*" element={<RoleGate roles={['officer']} folder="officer"><OfficerPages /></RoleGate>} />
          <Route path="/admin/*" element={<RoleGate roles={['admin']} folder="admin"><AdminPages /></RoleGate>} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Layout>
    </ApolloProvider>
  );
}

/** The whole site: the reader's language, the router and the GraphQL client. */
export function App() {
  return (
    // nothing to show before the reader's texts have arrived (one small file, fetched at once)
    <Suspense fallback={null}>
      <LanguageProvider>
        <BrowserRouter>
          <Routed />
        </BrowserRouter>
      </LanguageProvider>
    </Suspense>
  );
}
