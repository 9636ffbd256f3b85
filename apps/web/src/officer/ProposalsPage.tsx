import { useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link as RouterLink } from 'react-router';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
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
  Textbox,
} from '@utrecht/component-library-react';
import { PROPOSAL_STATUSES, proposalAllows, REASON_LENGTH, type ProposalAction } from '#matching/vocabulary/lifecycle.js';
import { graphql } from '../gql';
import type { ProposalReviewReason, ProposalStatus } from '../gql/graphql';
import { useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { Empty, Loading, LoadError } from '../components/PageState';
import { Pager } from '../components/Pager';
import { ReasonForm } from '../components/ReasonForm';
import { apiProblems } from '../components/api-problems';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useMunicipalityNames } from '../components/useMunicipalityNames';

const PROPOSALS = graphql(`
  query OfficerProposals($status: ProposalStatus, $offset: Int!, $limit: Int!, $reviewOffset: Int!) {
    proposalsAwaitingReview(offset: $reviewOffset, limit: $limit) {
      total
      items {
        reason
        since
        proposal { id householdId householdReference municipalityCode status newcomerReason respondBy changeReviewSince }
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

const EXTEND = graphql(`
  mutation OfficerExtendDeadline($id: ID!, $respondBy: String!, $reason: String!) {
    extendProposalDeadline(proposalId: $id, input: { respondBy: $respondBy, reason: $reason }) { id status respondBy }
  }
`);

const KEEP_AFTER_CHANGE = graphql(`
  mutation OfficerKeepAfterHouseholdChange($id: ID!, $note: String!) {
    resolveHouseholdChange(proposalId: $id, input: { keep: true, note: $note }) { id status persons homeBand changeReviewSince }
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
  HOUSEHOLD_CHANGED: 'officer.proposals.reason.householdChanged',
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

/** What the officer is doing to one proposal: its kind, the proposal, its case reference, its response deadline. */
type Step = { kind: 'uphold' | 'reject' | 'withdraw' | 'extend' | 'keep'; proposalId: string; reference: string; respondBy: string };

/** How far ahead a deadline may move, in days from today (the API's MAX_DEADLINE_EXTENSION_DAYS). */
export const MAX_EXTENSION_DAYS = 90;

/** Whether `day` (YYYY-MM-DD, as a date field gives it) is a later deadline than `current`, at most MAX_EXTENSION_DAYS from `today`. */
export function isLaterDeadline(day: string, current: string, today: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const latest = new Date(`${today}T00:00:00Z`);
  latest.setUTCDate(latest.getUTCDate() + MAX_EXTENSION_DAYS);
  return day > current && day >= today && day <= latest.toISOString().slice(0, 10);
}

/**
 * Published proposals for an officer (issue 13): first what waits on an officer (contests to review, households that
 * changed so that the home may no longer fit, answers overdue after their deadline), each with its action — uphold or
 * reject a contest with a note the newcomer reads, keep a changed household's proposal with a note for the audit
 * trail, withdraw a proposal with a reason both sides read — then every proposal by status, paged by the server.
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
  const [extend, extending] = useMutation(EXTEND);
  const [keep, keeping] = useMutation(KEEP_AFTER_CHANGE);
  const [respondBy, setRespondBy] = useState('');
  const [deadlineInvalid, setDeadlineInvalid] = useState(false);
  const deadlineId = useId();
  useDocumentTitle(t('officer.proposals.title'));
  const shown = data ?? previousData;
  if (loading && !shown) return <Loading />;
  if (error && !shown) return <LoadError onRetry={() => void refetch()} />;
  if (!shown) return <Loading />;
  const review = shown.proposalsAwaitingReview;

  const send = async (s: Step, text: string) => {
    setFailed(false);
    if (s.kind === 'extend' && !isLaterDeadline(respondBy, s.respondBy, new Date().toISOString().slice(0, 10))) {
      setDeadlineInvalid(true);
      document.getElementById(deadlineId)?.focus();
      return;
    }
    try {
      if (s.kind === 'withdraw') await withdraw({ variables: { id: s.proposalId, reason: text } });
      else if (s.kind === 'extend') await extend({ variables: { id: s.proposalId, respondBy, reason: text } });
      else if (s.kind === 'keep') await keep({ variables: { id: s.proposalId, note: text } });
      else await reviewContest({ variables: { id: s.proposalId, uphold: s.kind === 'uphold', note: text } });
      setDone(t(`officer.proposals.done.${s.kind}`, { reference: s.reference }));
      setStep(null);
      await refetch();
    } catch (e) {
      // a deadline the API refuses (the day changed, say) is shown at the date field
      if (s.kind === 'extend' && apiProblems(e).fields.some((f) => f.field.endsWith('respondBy'))) {
        setDeadlineInvalid(true);
        document.getElementById(deadlineId)?.focus();
      } else setFailed(true);
    }
  };

  // a new step starts clean: no receipt of the last one, no failure, an empty field (the form's key)
  const open = (next: Step) => {
    setDone(null);
    setFailed(false);
    setRespondBy('');
    setDeadlineInvalid(false);
    setStep(next);
  };
  const dateOf = (day: string) => t('officer.date', { date: new Date(`${day}T12:00:00Z`) });
  const extendButton = (p: { id: string; householdReference?: string | null; status: ProposalStatus; respondBy: string }) =>
    allows('deadlineExtension', p.status) && (
      <Button
        appearance="subtle-button"
        aria-label={t('officer.rowAction', { action: t('officer.proposals.extend'), subject: p.householdReference ?? '' })}
        onClick={() => open({ kind: 'extend', proposalId: p.id, reference: p.householdReference ?? '', respondBy: p.respondBy })}
      >
        {t('officer.proposals.extend')}
      </Button>
    );

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
              label: t(step.kind === 'withdraw' ? 'officer.proposals.withdrawReason' : step.kind === 'extend' ? 'officer.proposals.extendReason' : step.kind === 'keep' ? 'officer.proposals.keepNote' : 'officer.proposals.note'),
              hint: t('officer.proposals.reasonHint', { min: REASON_LENGTH.min, max: REASON_LENGTH.max }),
              error: t('officer.proposals.reasonError', { min: REASON_LENGTH.min, max: REASON_LENGTH.max }),
              submit: t(`officer.proposals.confirm.${step.kind}`),
              back: t('officer.proposals.back'),
            }}
            sending={reviewing.loading || withdrawing.loading || extending.loading || keeping.loading}
            onSubmit={(text) => void send(step, text)}
            onBack={() => setStep(null)}
          >
            {step.kind === 'extend' && (
              <FormField invalid={deadlineInvalid}>
                <FormLabel htmlFor={deadlineId}>{t('officer.proposals.newDeadline')}</FormLabel>
                <FormFieldDescription id={`${deadlineId}-hint`}>{t('officer.proposals.newDeadlineHint', { current: dateOf(step.respondBy), days: MAX_EXTENSION_DAYS })}</FormFieldDescription>
                {deadlineInvalid && (
                  <FormFieldDescription id={`${deadlineId}-error`} invalid>
                    {t('officer.proposals.deadlineError', { current: dateOf(step.respondBy), days: MAX_EXTENSION_DAYS })}
                  </FormFieldDescription>
                )}
                <Textbox
                  id={deadlineId}
                  type="date"
                  value={respondBy}
                  invalid={deadlineInvalid}
                  aria-describedby={`${deadlineId}-hint${deadlineInvalid ? ` ${deadlineId}-error` : ''}`}
                  onChange={(event) => {
                    setRespondBy(event.target.value);
                    setDeadlineInvalid(false);
                  }}
                />
              </FormField>
            )}
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
                          <Button appearance="secondary-action-button" aria-label={t('officer.rowAction', { action: t('officer.proposals.uphold'), subject: p.householdReference ?? '' })} onClick={() => open({ kind: 'uphold', proposalId: p.id, reference: p.householdReference ?? '', respondBy: p.respondBy })}>
                            {t('officer.proposals.uphold')}
                          </Button>
                          <Button appearance="secondary-action-button" aria-label={t('officer.rowAction', { action: t('officer.proposals.reject'), subject: p.householdReference ?? '' })} onClick={() => open({ kind: 'reject', proposalId: p.id, reference: p.householdReference ?? '', respondBy: p.respondBy })}>
                            {t('officer.proposals.reject')}
                          </Button>
                        </>
                      )}
                      {p.changeReviewSince && allows('householdChangeReview', p.status) && (
                        <Button appearance="secondary-action-button" aria-label={t('officer.rowAction', { action: t('officer.proposals.keep'), subject: p.householdReference ?? '' })} onClick={() => open({ kind: 'keep', proposalId: p.id, reference: p.householdReference ?? '', respondBy: p.respondBy })}>
                          {t('officer.proposals.keep')}
                        </Button>
                      )}
                      {allows('withdrawal', p.status) && (
                        <Button appearance="subtle-button" aria-label={t('officer.rowAction', { action: t('officer.proposals.withdraw'), subject: p.householdReference ?? '' })} onClick={() => open({ kind: 'withdraw', proposalId: p.id, reference: p.householdReference ?? '', respondBy: p.respondBy })}>
                          {t('officer.proposals.withdraw')}
                        </Button>
                      )}
                      {extendButton(p)}
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
                    <div className="matching-actions">
                      {allows('withdrawal', p.status) && (
                        <Button appearance="subtle-button" aria-label={t('officer.rowAction', { action: t('officer.proposals.withdraw'), subject: p.householdReference ?? '' })} onClick={() => open({ kind: 'withdraw', proposalId: p.id, reference: p.householdReference ?? '', respondBy: p.respondBy })}>
                          {t('officer.proposals.withdraw')}
                        </Button>
                      )}
                      {extendButton(p)}
                    </div>
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
