import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Heading1, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { graphql } from '../gql';
import { useLanguage, useT } from '../i18n/I18n';
import { Loading, LoadError } from '../components/PageState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { QueuePicture, RangePicture } from './QueuePicture';

const MY_STANDING = graphql(`
  query MyStanding($locale: String) {
    myWaitingStatus(locale: $locale) {
      householdId
      reference
      status
      position
      ofTotal
      statusText { text }
      positionText { text }
      rule { text }
      change { code text }
      othersWentFirst { code text }
      estimate {
        roundsLow
        roundsHigh
        summary { text }
        basis { text }
        drivers { code text }
        notAPromise { text }
        fittingText { text }
      }
      lastRound {
        roundId
        othersFirst { code text }
        unplaced { code text }
      }
      proposal { id status }
    }
  }
`);

/**
 * "Where I stand" (issue 12): the household's place in the queue and how it changed, the wait estimate as a range
 * with its basis and drivers, why others went first, and a link to a proposal when there is one. Every sentence is
 * the API's, in the reader's language (the same facts the API explains to officers); the pictures only repeat them.
 */
export function StandingPage() {
  const t = useT();
  useDocumentTitle(t('standing.title'));
  const { locale } = useLanguage();
  const { data, loading, error, refetch } = useQuery(MY_STANDING, { variables: { locale } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError onRetry={() => void refetch()} />;
  const status = data!.myWaitingStatus;
  const estimate = status.estimate;
  return (
    <>
      <Heading1>{t('standing.title')}</Heading1>
      <Paragraph className="matching-muted">{t('standing.reference', { reference: status.reference })}</Paragraph>
      <Paragraph lead>{status.statusText.text}</Paragraph>
      {status.proposal && (status.proposal.status === 'OPEN' || status.proposal.status === 'CONTESTED' || status.proposal.status === 'CONTEST_REJECTED' || status.proposal.status === 'ACCEPTED') && (
        <Paragraph>
          <Link to="/newcomer/proposal" className="utrecht-link">
            {t('standing.toProposal')}
          </Link>
        </Paragraph>
      )}

      {status.position !== null && status.position !== undefined && (
        <section aria-labelledby="place">
          <Heading2 id="place">{t('standing.place.title')}</Heading2>
          {status.positionText && <Paragraph>{status.positionText.text}</Paragraph>}
          <QueuePicture position={status.position} total={status.ofTotal} />
          {status.change.length > 0 && (
            <UnorderedList>
              {status.change.map((s) => (
                <UnorderedListItem key={s.code + s.text}>{s.text}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          <Paragraph className="matching-muted">{status.rule.text}</Paragraph>
        </section>
      )}

      {estimate && (
        <section aria-labelledby="wait">
          <Heading2 id="wait">{t('standing.wait.title')}</Heading2>
          <Paragraph>{estimate.summary.text}</Paragraph>
          {estimate.roundsLow != null && estimate.roundsHigh != null && <RangePicture low={estimate.roundsLow} high={estimate.roundsHigh} />}
          <Paragraph>
            <strong>{estimate.notAPromise.text}</strong>
          </Paragraph>
          <Heading3>{t('standing.wait.basisTitle')}</Heading3>
          <Paragraph>{estimate.basis.text}</Paragraph>
          <Paragraph>{estimate.fittingText.text}</Paragraph>
          {estimate.drivers.length > 0 && (
            <>
              <Heading3>{t('standing.wait.driversTitle')}</Heading3>
              <UnorderedList>
                {estimate.drivers.map((s) => (
                  <UnorderedListItem key={s.code + s.text}>{s.text}</UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
        </section>
      )}

      {(status.othersWentFirst.length > 0 || (status.lastRound?.othersFirst.length ?? 0) > 0 || (status.lastRound?.unplaced.length ?? 0) > 0) && (
        <section aria-labelledby="others">
          <Heading2 id="others">{t('standing.others.title')}</Heading2>
          <UnorderedList>
            {[...(status.lastRound?.unplaced ?? []), ...(status.lastRound?.othersFirst ?? []), ...status.othersWentFirst].map((s) => (
              <UnorderedListItem key={s.code + s.text}>{s.text}</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
    </>
  );
}
