import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading1, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { REASON_LENGTH } from '#matching/vocabulary/lifecycle.js';
import { graphql } from '../gql';
import type { MyMunicipalityProposalsQuery, ProposalStatus } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/I18n';
import { Empty, Loading, LoadError } from '../components/PageState';
import { Pager } from '../components/Pager';
import { needLabel } from '../components/needs';
import { languageName } from '../i18n/languages';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { PROPOSAL_STATUS_LABEL } from '../components/proposal-status';
import { ReasonForm } from '../components/ReasonForm';

/** Households per page; the list is paged when there are more (proposalCount). */
export const PAGE_SIZE = 20;

const MY_PROPOSALS = graphql(`
  query MyMunicipalityProposals($locale: String, $limit: Int!, $offset: Int!) {
    myMunicipalityView(locale: $locale) {
      municipality { code name }
      proposalCount
      proposals(limit: $limit, offset: $offset) {
        proposalId
        reference
        status
        municipalityResponse
        erased
        persons
        homeBand
        homeBandLabel { text }
        adults
        childrenUnder4
        children4to11
        children12to17
        careNeeds
        accessibilityNeeds
        professions { code title(locale: $locale) }
        languages { language speakers bestLevel }
        whyProposed { code text }
        respondBy
        respondByText { text }
        names
      }
    }
  }
`);

const RESPOND = graphql(`
  mutation RespondAsMunicipality($proposalId: ID!, $input: ProposalResponseInput!) {
    respondToProposal(proposalId: $proposalId, input: $input) {
      id
      status
    }
  }
`);

type Household = MyMunicipalityProposalsQuery['myMunicipalityView']['proposals'][number];

/** Statuses in which the municipality may still accept or decline (matching/vocabulary/lifecycle.ts). */
const ANSWERABLE: readonly ProposalStatus[] = ['OPEN', 'CONTESTED', 'CONTEST_REJECTED'];

/**
 * "Proposals" (issue 12), the municipality's home: every household proposed to it with what to prepare, why it was
 * proposed, the deadline and its status; accept, or decline with a reason, each after a confirmation step, with a
 * receipt that says what happens next. Names appear only after accepting (the API gives them only then).
 */
export function ProposalsPage() {
  const t = useT();
  useDocumentTitle(t('municipality.proposals.title'));
  const { locale } = useLanguage();
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useQuery(MY_PROPOSALS, { variables: { locale, limit: PAGE_SIZE, offset } });

  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const view = data.myMunicipalityView;
  return (
    <>
      <Heading1>{t('municipality.proposals.title')}</Heading1>
      <Paragraph lead>{t('municipality.proposals.intro', { count: view.proposalCount, municipality: view.municipality.name })}</Paragraph>
      {view.proposalCount === 0 ? (
        <Empty>
          <Paragraph>{t('municipality.proposals.none')}</Paragraph>
        </Empty>
      ) : (
        view.proposals.map((p) => <HouseholdCard key={p.proposalId} household={p} municipality={view.municipality.name} onAnswered={() => refetch()} />)
      )}
      <Pager label={t('municipality.proposals.pages')} offset={offset} limit={PAGE_SIZE} total={view.proposalCount} onChange={setOffset} />
    </>
  );
}

type Step = { kind: 'choose' } | { kind: 'confirm-accept' } | { kind: 'decline' } | { kind: 'done'; accepted: boolean };

/** One proposed household: what to prepare, why, the deadline, the status, and the answer. */
function HouseholdCard({ household: p, municipality, onAnswered }: { household: Household; municipality: string; onAnswered: () => Promise<unknown> }) {
  const t = useT();
  const { locale } = useLanguage();
  const [respond, { loading: sending }] = useMutation(RESPOND);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [sendError, setSendError] = useState(false);
  const headingId = useId();
  const receiptId = useId();
  const canAnswer = !p.municipalityResponse && ANSWERABLE.includes(p.status);

  /** Sends the answer: accept without a reason, decline with one (ReasonForm checked it). */
  const send = async (reason: string | null) => {
    setSendError(false);
    try {
      await respond({ variables: { proposalId: p.proposalId, input: reason === null ? { accept: true } : { accept: false, reason } } });
      await onAnswered();
      setStep({ kind: 'done', accepted: reason === null });
      setTimeout(() => document.getElementById(receiptId)?.focus(), 0);
    } catch {
      setSendError(true);
    }
  };

  const children = [
    p.childrenUnder4 ? t('municipality.household.childrenUnder4', { count: p.childrenUnder4 }) : null,
    p.children4to11 ? t('municipality.household.children4to11', { count: p.children4to11 }) : null,
    p.children12to17 ? t('municipality.household.children12to17', { count: p.children12to17 }) : null,
  ].filter((s): s is string => s !== null);
  const ended = p.adults === null || p.adults === undefined;

  return (
    <section aria-labelledby={headingId} className="matching-card matching-section" data-reference={p.reference}>
      <div className="matching-card__head">
        <Heading2 id={headingId}>{t('municipality.household.title', { reference: p.reference })}</Heading2>
        <Paragraph className="matching-status">
          {t('municipality.household.status', { status: t(p.status === 'OPEN' && p.municipalityResponse === 'ACCEPTED' ? 'municipality.status.waitingHousehold' : PROPOSAL_STATUS_LABEL[p.status]) })}
        </Paragraph>
      </div>

      {(step.kind === 'done' || p.municipalityResponse) && (
        <Alert type="ok" role="status">
          <div id={receiptId} tabIndex={-1}>
            <Heading3>{t(p.municipalityResponse === 'DECLINED' || (step.kind === 'done' && !step.accepted) ? 'municipality.receipt.declinedTitle' : 'municipality.receipt.acceptedTitle')}</Heading3>
            <Paragraph>{t(p.municipalityResponse === 'DECLINED' || (step.kind === 'done' && !step.accepted) ? 'municipality.receipt.declinedNext' : 'municipality.receipt.acceptedNext')}</Paragraph>
          </div>
        </Alert>
      )}

      {p.names && p.names.length > 0 && (
        <>
          <Heading3>{t('municipality.household.names')}</Heading3>
          <UnorderedList className="matching-names">
            {p.names.map((name) => (
              <UnorderedListItem key={name}>{name}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}

      {canAnswer && <Paragraph className="matching-deadline">{p.respondByText.text}</Paragraph>}

      {ended ? (
        <Paragraph className="matching-muted">{t(p.erased ? 'municipality.household.erased' : 'municipality.household.ended', { persons: p.persons })}</Paragraph>
      ) : (
        <div className="matching-columns">
          <div>
            <Heading3>{t('municipality.household.prepare')}</Heading3>
            <dl className="matching-facts">
              <dt>{t('municipality.household.size')}</dt>
              <dd>{t('municipality.household.persons', { count: p.persons })}</dd>
              <dt>{t('municipality.household.home')}</dt>
              <dd>{p.homeBandLabel.text}</dd>
              <dt>{t('municipality.household.members')}</dt>
              <dd>
                {t('municipality.household.adults', { count: p.adults ?? 0 })}
                {children.length > 0 ? `, ${children.join(', ')}` : ''}
              </dd>
              <dt>{t('municipality.household.care')}</dt>
              <dd>{p.careNeeds && p.careNeeds.length > 0 ? p.careNeeds.map((c) => t(needLabel(c))).join(', ') : t('municipality.household.noneNeeded')}</dd>
              <dt>{t('municipality.household.access')}</dt>
              <dd>{p.accessibilityNeeds && p.accessibilityNeeds.length > 0 ? p.accessibilityNeeds.map((a) => t(needLabel(a))).join(', ') : t('municipality.household.noneNeeded')}</dd>
              <dt>{t('municipality.household.professions')}</dt>
              <dd>{p.professions && p.professions.length > 0 ? p.professions.map((o) => o.title).join('; ') : t('municipality.household.noProfessions')}</dd>
              <dt>{t('municipality.household.languages')}</dt>
              <dd>
                {p.languages && p.languages.length > 0
                  ? p.languages
                      .map((l) => t('municipality.household.language', { language: languageName(l.language, locale), count: l.speakers, level: l.bestLevel }))
                      .join('; ')
                  : t('municipality.household.noLanguages')}
              </dd>
            </dl>
          </div>
          <div>
            <Heading3>{t('municipality.household.why')}</Heading3>
            {p.whyProposed && p.whyProposed.length > 0 ? (
              <UnorderedList>
                {p.whyProposed.map((s) => (
                  <UnorderedListItem key={s.code + s.text}>{s.text}</UnorderedListItem>
                ))}
              </UnorderedList>
            ) : (
              <Paragraph>{t('municipality.household.whyNone')}</Paragraph>
            )}
          </div>
        </div>
      )}

      {canAnswer && step.kind !== 'done' && (
        <div className="matching-answer">
          {sendError && (
            <Alert type="error" role="alert">
              <Paragraph>{t('municipality.answer.failed')}</Paragraph>
            </Alert>
          )}
          {step.kind === 'choose' && (
            <div className="matching-actions">
              <Button appearance="primary-action-button" onClick={() => setStep({ kind: 'confirm-accept' })}>
                {t('municipality.answer.accept', { reference: p.reference })}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setStep({ kind: 'decline' })}>
                {t('municipality.answer.decline', { reference: p.reference })}
              </Button>
            </div>
          )}
          {step.kind === 'confirm-accept' && (
            <>
              <Paragraph>{t('municipality.answer.confirmAccept', { municipality, persons: p.persons })}</Paragraph>
              <div className="matching-actions">
                <Button appearance="primary-action-button" disabled={sending} onClick={() => void send(null)}>
                  {t('municipality.answer.confirmAcceptButton')}
                </Button>
                <Button appearance="subtle-button" onClick={() => setStep({ kind: 'choose' })}>
                  {t('municipality.answer.back')}
                </Button>
              </div>
            </>
          )}
          {step.kind === 'decline' && (
            <ReasonForm
              sending={sending}
              rows={4}
              texts={{
                intro: t('municipality.answer.declineIntro'),
                label: t('municipality.answer.reason'),
                hint: t('municipality.answer.reasonHint', { min: REASON_LENGTH.min, max: REASON_LENGTH.max }),
                error: t('municipality.answer.reasonError', { min: REASON_LENGTH.min, max: REASON_LENGTH.max }),
                submit: t('municipality.answer.confirmDeclineButton'),
                back: t('municipality.answer.back'),
              }}
              onSubmit={(reason) => void send(reason)}
              onBack={() => setStep({ kind: 'choose' })}
            />
          )}
        </div>
      )}
    </section>
  );
}
