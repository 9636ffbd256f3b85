import { useMutation, useQuery } from '@apollo/client/react';
import { Link as RouterLink } from 'react-router';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { graphql } from '../gql';
import type { MessagesQuery } from '../gql/graphql';
import { useT } from '../i18n/I18n';
import { Empty, Loading, LoadError } from './PageState';
import { useDocumentTitle } from './useDocumentTitle';
import { NOTIFICATION_COUNT } from './notification-count';
import { EmailChoice } from './EmailChoice';

const MESSAGES = graphql(`
  query Messages {
    myNotifications(limit: 100) { id kind proposalId outcome respondBy count change persons review fromPosition toPosition createdAt readAt }
  }
`);

const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export type Message = MessagesQuery['myNotifications'][number];

/**
 * The signed-in account's messages (issue 16, "Being told"), newest first: what happened, when, a link to where to
 * read more, and which are new; "mark all as read" empties the count in the navigation. The words of each message
 * are the role's own (`describe`, from the role's part of the catalogues); `linkOf` is the page that tells more. Above
 * them, whether new messages are also e-mailed (EmailChoice).
 */
export function MessagesPage({ describe, linkOf }: { describe: (message: Message) => string; linkOf: (message: Message) => string }) {
  const t = useT();
  useDocumentTitle(t('messages.title'));
  const { data, loading, error, refetch } = useQuery(MESSAGES, { fetchPolicy: 'cache-and-network' });
  const [markRead, marking] = useMutation(MARK_READ, { refetchQueries: [MESSAGES, NOTIFICATION_COUNT] });
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError onRetry={() => void refetch()} />;
  const messages = data?.myNotifications ?? [];
  const unread = messages.filter((m) => !m.readAt).length;
  return (
    <>
      <Heading1>{t('messages.title')}</Heading1>
      <EmailChoice />
      {messages.length === 0 ? (
        <Empty>
          <Paragraph>{t('messages.none')}</Paragraph>
        </Empty>
      ) : (
        <>
          <Paragraph>{t('messages.intro', { unread })}</Paragraph>
          {unread > 0 && (
            <Button appearance="secondary-action-button" disabled={marking.loading} onClick={() => void markRead({ variables: { ids: null } }).catch(() => undefined)}>
              {t('messages.markAll')}
            </Button>
          )}
          {marking.error && (
            <Alert type="error" role="alert">
              <Paragraph>{t('messages.markFailed')}</Paragraph>
            </Alert>
          )}
          <ol className="matching-messages">
            {messages.map((m) => (
              <li key={m.id} className={m.readAt ? 'matching-card' : 'matching-card matching-messages__unread'}>
                <Paragraph>
                  {!m.readAt && <strong className="matching-messages__new">{t('messages.new')} </strong>}
                  {describe(m)}
                </Paragraph>
                <Paragraph className="matching-muted">
                  {t('messages.when', { date: new Date(m.createdAt) })} ·{' '}
                  <RouterLink to={linkOf(m)} className="utrecht-link">
                    {t('messages.open')}
                  </RouterLink>
                </Paragraph>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
