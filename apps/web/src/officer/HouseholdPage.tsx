import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link as RouterLink, useParams } from 'react-router';
import { Alert, Button, Heading1, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { EVIDENCE_NOTE_LENGTH } from '#matching/vocabulary/lifecycle.js';
import { graphql } from '../gql';
import { periodWords } from '../components/period';
import { isAuditAction } from '#matching/vocabulary/audit.js';
import { ACTOR_LABEL, AUDIT_ACTION_LABEL } from './audit-labels';
import type { HouseholdStatus, TieStatus } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { languageName } from '../i18n/languages';
import { Empty, Loading, LoadError } from '../components/PageState';
import { ReasonForm } from '../components/ReasonForm';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useMunicipalityNames } from '../components/useMunicipalityNames';
import { OFFICER_PROPOSAL_STATUS } from './ProposalsPage';
import { URGENCY_LABEL } from './WaitingListPage';
import { needLabel } from '../components/needs';
import { InviteHousehold } from './InviteHousehold';
import { EraseHousehold, ErasedNotice } from './EraseHousehold';
import { RecordHouseholdChange } from './RecordHouseholdChange';
import { MergeHousehold, SplitHousehold } from './SplitMergeHousehold';
import type { HomeBand, Urgency as CoreUrgency } from '#matching/vocabulary/index.js';

const HOUSEHOLD = graphql(`
  query OfficerHousehold($id: ID!, $key: String!, $locale: String) {
    household(id: $id) {
      id
      reference
      status
      queuePosition
      permitDate
      receptionLocation
      size
      homeBand
      urgency
      careNeeds
      accessibilityNeeds
      members { position fullName birthYear role professions { code title(locale: $locale) } languages { language cefr } }
      ties { id kind municipalityCode status description firstDegree liveNear verificationNote verifiedAt }
      erasure { at kind reason }
      splitFrom { id reference }
      mergedInto { id reference }
    }
    proposals(filter: { householdId: $key }, limit: 50) { id period municipalityCode status createdAt respondBy changeReviewSince }
    auditEvents(entityType: "household", entityId: $key, withReads: false, limit: 50) { at action actorRole }
  }
`);

const VERIFY_TIE = graphql(`
  mutation OfficerVerifyTie($tieId: ID!, $note: String!) {
    verifyTie(tieId: $tieId, note: $note) { id ties { id status verificationNote verifiedAt } }
  }
`);

const STATUS_LABEL: Record<HouseholdStatus, MessageId> = {
  WAITING: 'officer.household.status.waiting',
  PROPOSED: 'officer.household.status.proposed',
  ACCEPTED: 'officer.household.status.accepted',
  PLACED: 'officer.household.status.placed',
  WITHDRAWN: 'officer.household.status.withdrawn',
};

const TIE_STATUS_LABEL: Record<TieStatus, MessageId> = {
  DECLARED: 'officer.tie.declared',
  VERIFIED: 'officer.tie.verified',
};

/** The API's enum value of a home band (HOMES_1_2) as the matching core's key (homes_1_2). */
const bandKey = (band: string) => band.toLowerCase() as HomeBand;

/**
 * One household for an officer (issue 13), addressed by its opaque id: what is registered, its place in the queue,
 * its ties (a declared tie verified here, with a note of the evidence seen), a change of the household (a birth, a
 * later arrival, a departure, a death), its proposals over every round, and its history (changes and audit
 * entries); at the end, erasing its personal data on request. An erased case says that,
 * when and why, and shows what stays of it: its status, permit date, proposals and history.
 */
export function OfficerHouseholdPage() {
  const t = useT();
  const { locale } = useLanguage();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(HOUSEHOLD, { variables: { id, key: id, locale } });
  const nameOf = useMunicipalityNames();
  const reference = data?.household.reference ?? '';
  useDocumentTitle(t('officer.household.title', { reference }));
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const h = data.household;
  const needs = [...h.careNeeds, ...h.accessibilityNeeds].map((n) => t(needLabel(n)));

  return (
    <>
      <Paragraph>
        <RouterLink to="/officer/waiting" className="utrecht-link">
          {t('officer.household.back')}
        </RouterLink>
      </Paragraph>
      <Heading1>{t('officer.household.title', { reference: h.reference })}</Heading1>
      {h.erasure && <ErasedNotice erasure={h.erasure} />}
      {h.mergedInto && (
        <Alert type="info" role="status">
          <Paragraph>
            {t('officer.household.mergedInto', { reference: h.mergedInto.reference })}{' '}
            <RouterLink to={`/officer/households/${h.mergedInto.id}`} className="utrecht-link">
              {t('officer.household.openCase', { reference: h.mergedInto.reference })}
            </RouterLink>
          </Paragraph>
        </Alert>
      )}
      <dl className="matching-facts">
        <dt>{t('officer.household.status')}</dt>
        <dd>{t(STATUS_LABEL[h.status])}</dd>
        <dt>{t('officer.household.position')}</dt>
        <dd>{h.queuePosition === null || h.queuePosition === undefined ? t('officer.household.notWaiting') : String(h.queuePosition)}</dd>
        <dt>{t('officer.household.permitDate')}</dt>
        <dd>{t('officer.date', { date: new Date(`${h.permitDate}T12:00:00Z`) })}</dd>
        {h.splitFrom && (
          <>
            <dt>{t('officer.household.splitFrom')}</dt>
            <dd>
              <RouterLink to={`/officer/households/${h.splitFrom.id}`} className="utrecht-link">
                {h.splitFrom.reference}
              </RouterLink>
            </dd>
          </>
        )}
        {!h.erasure && (
          <>
            <dt>{t('officer.household.reception')}</dt>
            <dd>{h.receptionLocation}</dd>
            <dt>{t('officer.household.size')}</dt>
            <dd>{t('officer.household.sizeValue', { size: h.size, home: t(`officer.home.${bandKey(h.homeBand)}`) })}</dd>
            <dt>{t('officer.household.urgency')}</dt>
            <dd>{t(URGENCY_LABEL[h.urgency.toLowerCase() as CoreUrgency])}</dd>
            <dt>{t('officer.household.needs')}</dt>
            <dd>{needs.length > 0 ? needs.join(', ') : t('officer.household.noNeeds')}</dd>
          </>
        )}
      </dl>

      {!h.erasure && (
        <>
          <InviteHousehold key={`invite-${h.id}`} householdId={h.id} spoken={h.members.flatMap((m) => m.languages.map((l) => l.language))} />

          <section aria-labelledby="household-members" className="matching-section">
            <Heading2 id="household-members">{t('officer.household.membersTitle', { count: h.members.length })}</Heading2>
            <Table className="matching-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('officer.household.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('officer.household.birthYear')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('officer.household.professions')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('officer.household.languages')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {h.members.map((m) => (
                  <TableRow key={m.position}>
                    <TableHeaderCell scope="row">{m.fullName ?? t('officer.household.person', { number: m.position })}</TableHeaderCell>
                    <TableCell>{m.birthYear}</TableCell>
                    <TableCell>{m.professions.length > 0 ? m.professions.map((p) => p.title).join('; ') : '–'}</TableCell>
                    <TableCell>{m.languages.length > 0 ? m.languages.map((l) => `${languageName(l.language, locale)} (${l.cefr})`).join(', ') : '–'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>

          <section aria-labelledby="household-ties" className="matching-section">
            <Heading2 id="household-ties">{t('officer.household.tiesTitle')}</Heading2>
            {h.ties.length === 0 ? (
              <Paragraph>{t('officer.household.noTies')}</Paragraph>
            ) : (
              h.ties.map((tie) => (
                <div key={tie.id} className="matching-card">
                  <Paragraph>
                    <strong>{t(`officer.tieKind.${tie.kind}`)}</strong> – {nameOf(tie.municipalityCode)}: {t(TIE_STATUS_LABEL[tie.status])}
                  </Paragraph>
                  {tie.description && <Paragraph>{t('officer.tie.description', { description: tie.description })}</Paragraph>}
                  {tie.kind === 'FAMILY' && <Paragraph>{t(tie.firstDegree && tie.liveNear ? 'officer.tie.firstDegreeNear' : 'officer.tie.family')}</Paragraph>}
                  {tie.status === 'VERIFIED' ? (
                    tie.verificationNote && <Paragraph className="matching-muted">{t('officer.tie.note', { note: tie.verificationNote })}</Paragraph>
                  ) : (
                    <VerifyTie tieId={tie.id} what={`${t(`officer.tieKind.${tie.kind}`)} – ${nameOf(tie.municipalityCode)}`} />
                  )}
                </div>
              ))
            )}
          </section>

          {h.status !== 'WITHDRAWN' && (
            <>
              <RecordHouseholdChange key={`change-${h.id}`} householdId={h.id} members={h.members} onRecorded={() => void refetch()} />
              {h.members.length > 1 && <SplitHousehold key={`split-${h.id}`} householdId={h.id} members={h.members} ties={h.ties} onSplit={() => void refetch()} />}
              <MergeHousehold key={`merge-${h.id}`} householdId={h.id} reference={h.reference} onMerged={() => void refetch()} />
            </>
          )}
        </>
      )}

      <section aria-labelledby="household-proposals" className="matching-section">
        <Heading2 id="household-proposals">{t('officer.household.proposalsTitle')}</Heading2>
        {data.proposals.length === 0 ? (
          <Paragraph>{t('officer.household.noProposals')}</Paragraph>
        ) : (
          <Table className="matching-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('officer.household.period')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.household.municipality')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.household.proposalStatus')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.household.respondBy')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.proposals.map((p) => (
                <TableRow key={p.id}>
                  <TableCell>{periodWords(t, p.period)}</TableCell>
                  <TableCell>{nameOf(p.municipalityCode)}</TableCell>
                  <TableCell>
                    {t(OFFICER_PROPOSAL_STATUS[p.status])}
                    {p.changeReviewSince && (
                      <>
                        {' '}
                        <RouterLink to="/officer/proposals" className="utrecht-link">
                          {t('officer.household.changeReview')}
                        </RouterLink>
                      </>
                    )}
                  </TableCell>
                  <TableCell>{t('officer.date', { date: new Date(`${p.respondBy}T12:00:00Z`) })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>

      <section aria-labelledby="household-history" className="matching-section">
        <Heading2 id="household-history">{t('officer.household.historyTitle')}</Heading2>
        {data.auditEvents.length === 0 ? (
          <Empty>
            <Paragraph>{t('officer.household.noHistory')}</Paragraph>
          </Empty>
        ) : (
          <Table className="matching-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('officer.household.when')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.household.what')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.household.who')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.auditEvents.map((e, i) => (
                <TableRow key={`${String(e.at)}-${i}`}>
                  <TableCell>{t('officer.dateTime', { date: new Date(String(e.at)) })}</TableCell>
                  <TableCell>{isAuditAction(e.action) ? t(AUDIT_ACTION_LABEL[e.action]) : <code>{e.action}</code>}</TableCell>
                  <TableCell>{t(ACTOR_LABEL[e.actorRole])}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>

      {!h.erasure && <EraseHousehold key={`erase-${h.id}`} householdId={h.id} onErased={() => void refetch()} />}
    </>
  );
}

/** Verify a declared tie: the evidence seen, in a note (the API's rule, EVIDENCE_NOTE_LENGTH), in the shared ReasonForm. */
function VerifyTie({ tieId, what }: { tieId: string; what: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const [verify, { loading }] = useMutation(VERIFY_TIE);
  if (!open) {
    return (
      <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
        {t('officer.tie.verify', { what })}
      </Button>
    );
  }
  return (
    <ReasonForm
      texts={{
        label: t('officer.tie.noteLabel'),
        hint: t('officer.tie.noteHint', { max: EVIDENCE_NOTE_LENGTH.max }),
        error: t('officer.tie.noteError', { max: EVIDENCE_NOTE_LENGTH.max }),
        submit: t('officer.tie.confirm'),
        back: t('officer.tie.cancel'),
      }}
      sending={loading}
      rows={3}
      length={EVIDENCE_NOTE_LENGTH}
      onSubmit={(note) => {
        setFailed(false);
        verify({ variables: { tieId, note } }).catch(() => setFailed(true));
      }}
      onBack={() => setOpen(false)}
    >
      {failed && (
        <Alert type="error" role="alert">
          <Paragraph>{t('officer.tie.failed')}</Paragraph>
        </Alert>
      )}
    </ReasonForm>
  );
}
