import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link as RouterLink } from 'react-router';
import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { PROPOSAL_STATUSES, proposalAllows, REASON_LENGTH, type ProposalAction } from '#matching/vocabulary/lifecycle.js';
import { graphql } from '../gql';
import type { ProposalReviewReason, ProposalStatus } from '../gql/graphql';
import { useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { Empty, Loading, LoadError } from '../components/PageState';
import { Pager } from '../components/Pager';
import { ReasonForm } from '../components/ReasonForm';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useMunicipalityNames } from '../components/useMunicipalityNames';

const PROPOSALS = graphql(`
  query OfficerProposals($status: ProposalStatus, $offset: Int!, $limit: Int!, $reviewOffset: Int!) {
    proposalsAwaitingReview(offset: $reviewOffset, limit: $limit) {
      total
      items {
        reason
        since
        proposal { id householdId householdReference municipalityCode status newcomerReason respondBy }
      }
    }
    proposalCount(filter: { status: $status })
    proposals(filter: { status: $status }, offset: $offset, limit: $limit) {
      id
      householdId
      householdReference
      municipalityCode
      status
      respondBy
      createdAt
    }
  }
`);

const REVIEW_CONTEST = graphql(`
  mutation OfficerReviewContest($id: ID!, $uphold: Boolean!, $note: String!) {
    reviewContest(proposalId: $id, input: { uphold: $uphold, note: $note }) { id status }
  }
`);

const WITHDRAW = graphql(`
  mutation OfficerWithdrawProposal($id: ID!, $reason: String!) {
    withdrawProposal(proposalId: $id, input: { reason: $reason }) { id status }
  }
`);

/** Rows per page of each list. */
export const PROPOSALS_PAGE = 20;

/** A proposal's status as the officer reads it (one status, matching/vocabulary/lifecycle.ts; the officer's words). */
export const OFFICER_PROPOSAL_STATUS: Record<ProposalStatus, MessageId> = {
  OPEN: 'officer.proposalStatus.open',
  CONTESTED: 'officer.proposalStatus.contested',
  CONTEST_REJECTED: 'officer.proposalStatus.contestRejected',
  CONTEST_UPHELD: 'officer.proposalStatus.contestUpheld',
  ACCEPTED: 'officer.proposalStatus.accepted',
  PLACED: 'officer.proposalStatus.placed',
  DECLINED: 'officer.proposalStatus.declined',
  WITHDRAWN: 'officer.proposalStatus.withdrawn',
  EXPIRED: 'officer.proposalStatus.expired',
};
const STATUSES: readonly ProposalStatus[] = ['OPEN', 'CONTESTED', 'CONTEST_REJECTED', 'ACCEPTED', 'PLACED', 'DECLINED', 'CONTEST_UPHELD', 'WITHDRAWN', 'EXPIRED'];

const REASON_LABEL: Record<ProposalReviewReason, MessageId> = {
  CONTESTED: 'officer.proposals.reason.contested',
  OVERDUE: 'officer.proposals.reason.overdue',
};

/**
 * Whether an officer may do `action` to a proposal in this status (the core's rule, PROPOSAL_ACTIONS; the API's enum
 * is the core's status in capitals).
 */
const allows = (action: ProposalAction, status: ProposalStatus): boolean => {
  const core = PROPOSAL_STATUSES.find((s) => s.toUpperCase() === status);
  return core !== undefined && proposalAllows(action, core);
};

type Step = { kind: 'uphold' | 'reject' | 'withdraw'; proposalId: string; reference: string };

/**
 * Published proposals for an officer (issue 13): first what waits on an officer (contests to review, answers overdue
 * after their deadline), each with its action — uphold or reject a contest with a note the newcomer reads, withdraw a
 * proposal with a reason both sides read — then every proposal by status, paged by the server.
 */
export function ProposalsPage() {
  const t = useT();
  const [status, setStatus] = useState<ProposalStatus | ''>('');
  const [offset, setOffset] = useState(0);
  const [reviewOffset, setReviewOffset] = useState(0);
  const [step, setStep] = useState<Step | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(PROPOSALS, {
    variables: { status: status === '' ? null : status, offset, limit: PROPOSALS_PAGE, reviewOffset },
    fetchPolicy: 'cache-and-network',
  });
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const receipt = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // focus follows the step: to the form the officer opened (at the top of the page), then to the receipt
    if (step) stepHeading.current?.focus();
  }, [step?.proposalId, step?.kind]);
  useEffect(() => {
    if (done) receipt.current?.focus();
  }, [done]);
  const nameOf = useMunicipalityNames();
  const [reviewContest, reviewing] = useMutation(REVIEW_CONTEST);
  const [withdraw, withdrawing] = useMutation(WITHDRAW);
  useDocumentTitle(t('officer.proposals.title'));
  const shown = data ?? previousData;
  if (loading && !shown) return <Loading />;
  if (error && !shown) return <LoadError onRetry={() => void refetch()} />;
  if (!shown) return <Loading />;
  const review = shown.proposalsAwaitingReview;

  const send = async (s: Step, text: string) => {
    setFailed(false);
    try {
      if (s.kind === 'withdraw') await withdraw({ variables: { id: s.proposalId, reason: text } });
      else await reviewContest({ variables: { id: s.proposalId, uphold: s.kind === 'uphold', note: text } });
      setDone(t(`officer.proposals.done.${s.kind}`, { reference: s.reference }));
      setStep(null);
      await refetch();
    } catch {
      setFailed(true);
    }
  };

  // a new step starts clean: no receipt of the last one, no failure, an empty field (the form's key)
  const open = (next: Step) => {
    setDone(null);
    setFailed(false);
    setStep(next);
  };

  const household = (id: string, reference: string | null | undefined) => (
    <RouterLink to={`/officer/households/${id}`} className="utrecht-link">
      {reference ?? t('officer.proposals.unknownHousehold')}
    </RouterLink>
  );

  return (
    <>
      <Heading1>{t('officer.proposals.title')}</Heading1>
      {done && (
        <Alert type="ok" ref={receipt} tabIndex={-1}>
          <Paragraph>{done}</Paragraph>
        </Alert>
      )}

      {step && (
        <section aria-labelledby="proposal-step" className="matching-card matching-section">
          <Heading2 id="proposal-step" ref={stepHeading} tabIndex={-1}>{t(`officer.proposals.step.${step.kind}`, { reference: step.reference })}</Heading2>
          <ReasonForm
            key={`${step.kind}-${step.proposalId}`}
            texts={{
              intro: t(`officer.proposals.stepIntro.${step.kind}`),
              label: t(step.kind === 'withdraw' ? 'officer.proposals.withdrawReason' : 'officer.proposals.note'),
              hint: t('officer.proposals.reasonHint', { min: REASON_LENGTH.min, max: REASON_LENGTH.max }),
              error: t('officer.proposals.reasonError', { min: REASON_LENGTH.min, max: REASON_LENGTH.max }),
              submit: t(`officer.proposals.confirm.${step.kind}`),
              back: t('officer.proposals.back'),
            }}
            sending={reviewing.loading || withdrawing.loading}
            onSubmit={(text) => void send(step, text)}
            onBack={() => setStep(null)}
          >
            {failed && (
              <Alert type="error" role="alert">
                <Paragraph>{t('officer.proposals.failed')}</Paragraph>
              </Alert>
            )}
          </ReasonForm>
        </section>
      )}

      <section aria-labelledby="awaiting" className="matching-section">
        <Heading2 id="awaiting">{t('officer.proposals.awaitingTitle', { count: review.total })}</Heading2>
        {review.total === 0 ? (
          <Empty>
            <Paragraph>{t('officer.proposals.awaitingNone')}</Paragraph>
          </Empty>
        ) : (
          <Table className="matching-table matching-table--wide" aria-labelledby="awaiting">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('officer.waiting.reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.proposals.why')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.review.municipality')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.proposals.newcomerReason')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.review.action')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {review.items.map(({ reason, since, proposal: p }) => (
                <TableRow key={p.id}>
                  <TableHeaderCell scope="row">{household(p.householdId, p.householdReference)}</TableHeaderCell>
                  <TableCell>{t(REASON_LABEL[reason], { date: new Date(String(since)) })}</TableCell>
                  <TableCell>{nameOf(p.municipalityCode)}</TableCell>
                  {/* the household's own words, in its own language and direction */}
                  <TableCell>{p.newcomerReason ? <span dir="auto">{p.newcomerReason}</span> : '–'}</TableCell>
                  <TableCell>
                    <div className="matching-actions">
                      {allows('contestReview', p.status) && (
                        <>
                          <Button appearance="secondary-action-button" aria-label={t('officer.rowAction', { action: t('officer.proposals.uphold'), subject: p.householdReference ?? '' })} onClick={() => open({ kind: 'uphold', proposalId: p.id, reference: p.householdReference ?? '' })}>
                            {t('officer.proposals.uphold')}
                          </Button>
                          <Button appearance="secondary-action-button" aria-label={t('officer.rowAction', { action: t('officer.proposals.reject'), subject: p.householdReference ?? '' })} onClick={() => open({ kind: 'reject', proposalId: p.id, reference: p.householdReference ?? '' })}>
                            {t('officer.proposals.reject')}
                          </Button>
                        </>
                      )}
                      {allows('withdrawal', p.status) && (
                        <Button appearance="subtle-button" aria-label={t('officer.rowAction', { action: t('officer.proposals.withdraw'), subject: p.householdReference ?? '' })} onClick={() => open({ kind: 'withdraw', proposalId: p.id, reference: p.householdReference ?? '' })}>
                          {t('officer.proposals.withdraw')}
                        </Button>
                      )}
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Pager label={t('officer.proposals.awaitingPages')} offset={reviewOffset} limit={PROPOSALS_PAGE} total={review.total} onChange={setReviewOffset} />
      </section>

      <section aria-labelledby="all-proposals" className="matching-section">
        <Heading2 id="all-proposals">{t('officer.proposals.allTitle')}</Heading2>
        <div className="matching-filters">
          <FormField>
            <FormLabel htmlFor="proposal-status">{t('officer.proposals.status')}</FormLabel>
            <Select
              id="proposal-status"
              value={status}
              onChange={(event) => {
                setStatus(STATUSES.find((s) => s === event.target.value) ?? '');
                setOffset(0);
              }}
            >
              <SelectOption value="">{t('officer.proposals.anyStatus')}</SelectOption>
              {STATUSES.map((s) => (
                <SelectOption key={s} value={s}>
                  {t(OFFICER_PROPOSAL_STATUS[s])}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        </div>
        {shown.proposals.length === 0 ? (
          <Empty>
            <Paragraph>{t('officer.proposals.none')}</Paragraph>
          </Empty>
        ) : (
          <Table className="matching-table matching-table--wide">
            <TableCaption>{t('officer.proposals.caption', { from: offset + 1, to: offset + shown.proposals.length, count: shown.proposalCount })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('officer.waiting.reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.review.municipality')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.proposals.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.proposals.respondBy')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.review.action')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.proposals.map((p) => (
                <TableRow key={p.id}>
                  <TableHeaderCell scope="row">{household(p.householdId, p.householdReference)}</TableHeaderCell>
                  <TableCell>{nameOf(p.municipalityCode)}</TableCell>
                  <TableCell>{t(OFFICER_PROPOSAL_STATUS[p.status])}</TableCell>
                  <TableCell>{t('officer.date', { date: new Date(`${p.respondBy}T12:00:00Z`) })}</TableCell>
                  <TableCell>
                    {allows('withdrawal', p.status) && (
                      <Button appearance="subtle-button" aria-label={t('officer.rowAction', { action: t('officer.proposals.withdraw'), subject: p.householdReference ?? '' })} onClick={() => open({ kind: 'withdraw', proposalId: p.id, reference: p.householdReference ?? '' })}>
                        {t('officer.proposals.withdraw')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Pager label={t('officer.proposals.allPages')} offset={offset} limit={PROPOSALS_PAGE} total={shown.proposalCount} onChange={setOffset} />
      </section>
    </>
  );
}
