import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading1, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { REASON_LENGTH } from '#matching/vocabulary/lifecycle.js';
import { graphql } from '../gql';
import type { Criterion } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { directionOf, supportedLocale } from '../i18n/languages';
import { Empty, Loading, LoadError } from '../components/PageState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { ReasonForm } from '../components/ReasonForm';

const MY_PROPOSAL = graphql(`
  query MyProposal($locale: String) {
    myProposalView(locale: $locale) {
      municipality { code name province }
      profile {
        whatToExpectIn(locale: $locale) { text locale inRequestedLanguage }
      }
      outcome { text }
      criteria { criterion score reasons { code text } }
      alternatives { code text }
      preferred { code text }
      plan { code text }
      proposal {
        id
        status
        respondBy
        newcomerResponse
        newcomerRespondedAt
        newcomerReason
        reviewOutcome
        reviewNote
      }
    }
  }
`);

const RESPOND = graphql(`
  mutation RespondToMyProposal($proposalId: ID!, $input: ProposalResponseInput!) {
    respondToProposal(proposalId: $proposalId, input: $input) {
      id
      status
    }
  }
`);

/** Label of each criterion, in the reader's words. */
const CRITERION_LABEL: Record<Criterion, MessageId> = {
  LABOUR: 'criterion.labour',
  NETWORK: 'criterion.network',
  PRIORITIES: 'criterion.priorities',
  SERVICES: 'criterion.services',
  SETTING: 'criterion.setting',
  TIES: 'criterion.ties',
};

type Step = { kind: 'choose' } | { kind: 'confirm-accept' } | { kind: 'contest' };

/**
 * "My proposal" (issue 12): the municipality, what to expect there, why it was proposed per criterion, why the
 * places the household named were or were not chosen, the deadline and contact; then accept, or contest with a
 * reason, each after a confirmation step, and a receipt that says what happens next.
 */
export function ProposalPage() {
  const t = useT();
  useDocumentTitle(t('proposal.title'));
  const { locale } = useLanguage();
  const { data, loading, error, refetch } = useQuery(MY_PROPOSAL, { variables: { locale } });
  const [respond, { loading: sending }] = useMutation(RESPOND);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [sendError, setSendError] = useState(false);

  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError onRetry={() => void refetch()} />;
  const view = data?.myProposalView;
  if (!view) {
    return (
      <>
        <Heading1>{t('proposal.title')}</Heading1>
        <Empty>
          <Paragraph>{t('proposal.none')}</Paragraph>
        </Empty>
      </>
    );
  }
  const { proposal } = view;
  const canAnswer = !proposal.newcomerResponse && proposal.status === 'OPEN';

  /** Sends the answer: accept without a reason, contest with one (ReasonForm checked it). */
  const send = async (reason: string | null) => {
    setSendError(false);
    try {
      await respond({ variables: { proposalId: proposal.id, input: reason === null ? { accept: true } : { accept: false, reason } } });
      await refetch();
      setStep({ kind: 'choose' });
      document.getElementById('receipt')?.focus();
    } catch {
      setSendError(true);
    }
  };

  return (
    <>
      <Heading1>{t('proposal.title')}</Heading1>
      <Paragraph lead>{view.outcome.text}</Paragraph>

      {proposal.newcomerResponse && (
        <Alert type="ok" role="status">
          <div id="receipt" tabIndex={-1}>
            <Heading2>{t('proposal.receipt.title')}</Heading2>
            <Paragraph>
              {t(proposal.newcomerResponse === 'ACCEPTED' ? 'proposal.receipt.accepted' : 'proposal.receipt.contested', {
                date: new Date(proposal.newcomerRespondedAt ?? Date.now()),
              })}
            </Paragraph>
            <Paragraph>{t(nextStep(proposal.status, proposal.newcomerResponse))}</Paragraph>
            {proposal.reviewNote && <Paragraph>{t('proposal.reviewNote', { note: proposal.reviewNote })}</Paragraph>}
          </div>
        </Alert>
      )}

      <section aria-labelledby="plan">
        <Heading2 id="plan">{t('proposal.plan.title')}</Heading2>
        <UnorderedList>
          {view.plan.map((s) => (
            <UnorderedListItem key={s.code + s.text}>{s.text}</UnorderedListItem>
          ))}
        </UnorderedList>
      </section>

      {canAnswer && (
        <section aria-labelledby="answer" className="matching-card">
          <Heading2 id="answer">{t('proposal.answer.title')}</Heading2>
          {sendError && (
            <Alert type="error" role="alert">
              <Paragraph>{t('proposal.answer.failed')}</Paragraph>
            </Alert>
          )}
          {step.kind === 'choose' && (
            <>
              <Paragraph>{t('proposal.answer.intro')}</Paragraph>
              <div className="matching-actions">
                <Button appearance="primary-action-button" onClick={() => setStep({ kind: 'confirm-accept' })}>
                  {t('proposal.answer.accept')}
                </Button>
                <Button appearance="secondary-action-button" onClick={() => setStep({ kind: 'contest' })}>
                  {t('proposal.answer.contest')}
                </Button>
              </div>
            </>
          )}
          {step.kind === 'confirm-accept' && (
            <>
              <Paragraph>{t('proposal.answer.confirmAccept', { municipality: view.municipality.name })}</Paragraph>
              <div className="matching-actions">
                <Button appearance="primary-action-button" disabled={sending} onClick={() => void send(null)}>
                  {t('proposal.answer.confirmAcceptButton')}
                </Button>
                <Button appearance="subtle-button" onClick={() => setStep({ kind: 'choose' })}>
                  {t('proposal.answer.back')}
                </Button>
              </div>
            </>
          )}
          {step.kind === 'contest' && (
            <ReasonForm
              sending={sending}
              texts={{
                intro: t('proposal.answer.contestIntro'),
                label: t('proposal.answer.reason'),
                hint: t('proposal.answer.reasonHint', { min: REASON_LENGTH.min, max: REASON_LENGTH.max }),
                error: t('proposal.answer.reasonError', { min: REASON_LENGTH.min, max: REASON_LENGTH.max }),
                submit: t('proposal.answer.confirmContestButton'),
                back: t('proposal.answer.back'),
              }}
              onSubmit={(reason) => void send(reason)}
              onBack={() => setStep({ kind: 'choose' })}
            />
          )}
        </section>
      )}

      <section aria-labelledby="expect">
        <Heading2 id="expect">{t('proposal.expect.title', { municipality: view.municipality.name })}</Heading2>
        {view.profile ? (
          <>
            {/* in another language than the page's (the original, where there is no translation): said so for screen readers and the direction */}
            <Paragraph lang={view.profile.whatToExpectIn.locale.toLowerCase()} dir={directionOf(supportedLocale(view.profile.whatToExpectIn.locale) ?? 'nl')}>
              {view.profile.whatToExpectIn.text}
            </Paragraph>
            {!view.profile.whatToExpectIn.inRequestedLanguage && <Paragraph className="matching-muted">{t('proposal.expect.original')}</Paragraph>}
          </>
        ) : (
          <Paragraph>{t('proposal.expect.none')}</Paragraph>
        )}
      </section>

      <section aria-labelledby="why">
        <Heading2 id="why">{t('proposal.why.title')}</Heading2>
        {view.criteria.filter((c) => c.reasons.length > 0).map((c) => (
          <div key={c.criterion}>
            <Heading3>{t(CRITERION_LABEL[c.criterion])}</Heading3>
            <UnorderedList>
              {c.reasons.map((s) => (
                <UnorderedListItem key={s.code + s.text}>{s.text}</UnorderedListItem>
              ))}
            </UnorderedList>
          </div>
        ))}
      </section>

      {(view.preferred.length > 0 || view.alternatives.length > 0) && (
        <section aria-labelledby="places">
          <Heading2 id="places">{t('proposal.places.title')}</Heading2>
          <UnorderedList>
            {[...view.preferred, ...view.alternatives].map((s) => (
              <UnorderedListItem key={s.code + s.text}>{s.text}</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
    </>
  );
}

/** What happens after the newcomer's answer, by where the proposal stands now. */
function nextStep(status: string, response: string): MessageId {
  if (status === 'ACCEPTED' || status === 'PLACED') return 'proposal.next.accepted';
  if (status === 'CONTEST_UPHELD') return 'proposal.next.contestUpheld';
  if (status === 'CONTEST_REJECTED') return 'proposal.next.contestRejected';
  if (status === 'DECLINED' || status === 'WITHDRAWN' || status === 'EXPIRED') return 'proposal.next.ended';
  return response === 'ACCEPTED' ? 'proposal.next.waitMunicipality' : 'proposal.next.waitReview';
}
