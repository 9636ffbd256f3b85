import type { ReactNode } from 'react';
import { NavLink, useNavigate } from 'react-router';
import { Button, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { Role } from '#matching/vocabulary/roles.js';
import { endSession, readSession } from '../app/session';
import { useLanguage, useT } from '../i18n/I18n';
import { isUnreviewed } from '../i18n/languages';
import type { MessageId } from '../i18n/catalogues';
import { LanguageMenu } from './LanguageMenu';
import { NOTIFICATION_COUNT } from './notification-count';

/** A role's navigation: label and path. A role sees only its own. */
export interface NavItem {
  readonly label: MessageId;
  readonly to: string;
  /** The item shows how many unread messages there are (`nav.messagesUnread`). */
  readonly counts?: boolean;
}

/** How often the navigation asks for the unread count, ms: a new message shows within a minute. */
export const UNREAD_POLL_MS = 60_000;

/**
 * Navigation per role. Admins manage accounts and read the audit trail; the officer's console is the officers' (the
 * API refuses its data to admins: who keeps the accounts does not place households).
 */
export const ROLE_NAVIGATION: Record<Role, readonly NavItem[]> = {
  newcomer: [
    { label: 'nav.newcomer.standing', to: '/newcomer' },
    { label: 'nav.newcomer.proposal', to: '/newcomer/proposal' },
    { label: 'nav.newcomer.household', to: '/newcomer/household' },
    { label: 'nav.messages', to: '/newcomer/messages', counts: true },
  ],
  municipality: [
    { label: 'nav.municipality.proposals', to: '/municipality' },
    { label: 'nav.municipality.capacity', to: '/municipality/capacity' },
    { label: 'nav.municipality.profile', to: '/municipality/profile' },
    { label: 'nav.messages', to: '/municipality/messages', counts: true },
  ],
  officer: [
    { label: 'nav.officer.rounds', to: '/officer' },
    { label: 'nav.officer.waiting', to: '/officer/waiting' },
    { label: 'nav.officer.proposals', to: '/officer/proposals' },
    { label: 'nav.audit', to: '/officer/audit' },
    { label: 'nav.messages', to: '/officer/messages', counts: true },
  ],
  admin: [
    { label: 'nav.admin.accounts', to: '/admin' },
    { label: 'nav.audit', to: '/admin/audit' },
  ],
};

/**
 * Every page's frame: a skip link, the header with the site's name, the language menu (and, in a language whose
 * translation no native speaker has reviewed yet, a line that says so), the role's navigation and sign-out, then the
 * page's own content in `<main>`.
 */
export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  const { locale } = useLanguage();
  const session = readSession();
  const navigate = useNavigate();
  const client = useApolloClient();
  const counts = session !== null && ROLE_NAVIGATION[session.role].some((item) => item.counts);
  const { data: countData } = useQuery(NOTIFICATION_COUNT, { skip: !counts, pollInterval: UNREAD_POLL_MS, fetchPolicy: 'cache-and-network' });
  const unread = countData?.myNotificationCount ?? 0;
  const signOut = async () => {
    endSession('signed_out');
    await client.clearStore();
    navigate('/sign-in');
  };
  return (
    <div className="matching-page">
      <div className="matching-skip">
        <SkipLink href="#main">{t('layout.skip')}</SkipLink>
      </div>
      <PageHeader className="matching-header">
        <div className="matching-header__bar">
          <Paragraph className="matching-header__name">{t('site.name')}</Paragraph>
          <LanguageMenu />
        </div>
        {isUnreviewed(locale) && <Paragraph className="matching-header__unreviewed">{t('language.unreviewed')}</Paragraph>}
        {session && (
          <nav aria-label={t('layout.navigation')} className="matching-nav">
            <ul className="matching-nav__list">
              {ROLE_NAVIGATION[session.role].map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end className="matching-nav__link">
                    {item.counts && unread > 0 ? t('nav.messagesUnread', { count: unread }) : t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
            <Button appearance="subtle-button" onClick={signOut}>
              {t('layout.signOut')}
            </Button>
          </nav>
        )}
      </PageHeader>
      <PageContent className="matching-page__content">
        <main id="main" tabIndex={-1} className="matching-main">
          {children}
        </main>
      </PageContent>
      <PageFooter className="matching-footer">
        <Paragraph>{t('layout.footer')}</Paragraph>
      </PageFooter>
    </div>
  );
}
