import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { Alert, Button, Heading1, Heading2, Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { HomeBand } from '#matching/vocabulary/index.js';
import { graphql } from '../gql';
import { periodWords } from '../components/period';
import type { RunStage, RunStatus } from '../gql/graphql';
import { useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { Empty, Loading, LoadError } from '../components/PageState';
import { useDocumentTitle } from '../components/useDocumentTitle';

/** Rows of each pre-run list shown (the page says how many there are in all). */
export const CHECK_ROWS = 20;

const ROUND = graphql(`
  query OfficerRound($id: ID!, $rows: Int!) {
    round(id: $id) {
      id
      name
      period
      status
      householdCount
      municipalityCount
      createdAt
      publishedRunId
      runs(limit: 50) {
        id
        status
        createdAt
        finishedAt
        assignmentCount
        fill { persons personsCapacity }
      }
    }
    preRunCheck(roundId: $id) {
      personPlacesNeeded
      personPlacesAvailable
      pinnedUnits
      bands { band households persons homes shortOfHomes withHardTie }
      unhonourableTieCount
      unhonourableTies(limit: $rows) {
        household { id reference }
        kind
        tiePlace { code name }
        known
        reachKm
        honourWith { municipality { code name } persons homes1to2 homes3to4 homes5plus }
      }
      withoutFitCount
      withoutFit(limit: $rows) { unit { id reference } why { key municipalities } }
    }
  }
`);

const RUN_ROUND = graphql(`
  mutation OfficerRunRound($roundId: ID!) {
    runRound(roundId: $roundId) { id status }
  }
`);

const RUN_PROGRESS = graphql(`
  query OfficerRunProgress($id: ID!) {
    run(id: $id) { id status stage progress message }
  }
`);

const CANCEL_RUN = graphql(`
  mutation OfficerCancelRun($id: ID!) {
    cancelRun(runId: $id) { id status }
  }
`);

/** How often the page asks how a run is getting on, in milliseconds (the refresh button asks at once). */
export const PROGRESS_POLL_MS = 1000;

const FINAL: readonly RunStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED', 'TIMED_OUT'];

const STAGE_LABEL: Record<RunStage, MessageId> = {
  STARTING: 'officer.stage.starting',
  SCORING: 'officer.stage.scoring',
  SOLVING: 'officer.stage.solving',
  EXPLAINING: 'officer.stage.explaining',
  DONE: 'officer.stage.done',
};

export const RUN_STATUS: Record<RunStatus, MessageId> = {
  QUEUED: 'officer.run.queued',
  RUNNING: 'officer.run.running',
  SUCCEEDED: 'officer.run.succeeded',
  FAILED: 'officer.run.failed',
  CANCELLED: 'officer.run.cancelled',
  TIMED_OUT: 'officer.run.timedOut',
};

const bandKey = (band: string) => band.toLowerCase() as HomeBand;

/**
 * Why no municipality of the round can take a unit, per reason (matching/fits.ts codes, `fit.capacity_short:<resource>`
 * naming what is short): the reader's sentence with how many municipalities fail that way.
 */
function misfitText(t: ReturnType<typeof useT>, key: string, municipalities: number): string {
  const [code, resource] = key.split(':');
  if (code === 'fit.need_unmet') return t('officer.check.misfit.needs', { municipalities });
  if (code === 'fit.outside_reach') return t('officer.check.misfit.reach', { municipalities });
  if (code === 'fit.capacity_short') return t(resource === 'persons' ? 'officer.check.misfit.persons' : 'officer.check.misfit.homes', { municipalities });
  return t('officer.check.misfit.other', { municipalities });
}

/**
 * One round for an officer (issue 13): what it is, the pre-run check (is there room for the cohort per home size,
 * which verified hard ties the round's capacity cannot honour and what capacity would, which households no
 * municipality of the round can take and why), and its runs with their size and fill. Read from `round` and
 * `preRunCheck`; nothing here changes the round.
 */
export function RoundPage() {
  const t = useT();
  const n = useIntl().formatNumber;
  const { id = '' } = useParams();
  // cache-and-network: a run started elsewhere shows once the round is read again
  const { data, loading, error, refetch } = useQuery(ROUND, { variables: { id, rows: CHECK_ROWS }, fetchPolicy: 'cache-and-network' });
  // the run the review's "run again" started for this round: the run control's first run, even when it ended before
  // the round was read (then the round lists it as ended, not as running)
  const started = startedRunOf(useLocation().state, id);
  useDocumentTitle(data ? t('officer.round.title', { name: data.round.name }) : t('officer.rounds.title'));
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const { round, preRunCheck: check } = data;

  return (
    <>
      <Paragraph>
        <RouterLink to="/officer" className="utrecht-link">
          {t('officer.round.back')}
        </RouterLink>
      </Paragraph>
      <Heading1>{t('officer.round.title', { name: round.name })}</Heading1>
      <dl className="matching-facts">
        <dt>{t('officer.rounds.period')}</dt>
        <dd>{periodWords(t, round.period)}</dd>
        <dt>{t('officer.rounds.status')}</dt>
        <dd>{t(round.status === 'PUBLISHED' ? 'officer.rounds.published' : 'officer.rounds.draft')}</dd>
        <dt>{t('officer.rounds.households')}</dt>
        <dd>{t('officer.rounds.count', { households: round.householdCount, municipalities: round.municipalityCount })}</dd>
        <dt>{t('officer.rounds.created')}</dt>
        <dd>{t('officer.rounds.createdAt', { date: new Date(String(round.createdAt)) })}</dd>
      </dl>

      <section aria-labelledby="round-check" className="matching-section">
        <Heading2 id="round-check">{t('officer.check.title')}</Heading2>
        <Paragraph>
          {t('officer.check.places', { needed: check.personPlacesNeeded, available: check.personPlacesAvailable })}
          {check.pinnedUnits > 0 && ` ${t('officer.check.pinned', { count: check.pinnedUnits })}`}
        </Paragraph>
        <Table className="matching-table">
          <TableCaption>{t('officer.check.bandsCaption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('officer.waiting.band')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.check.households')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.check.persons')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.check.homes')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.check.short')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.check.withHardTie')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {check.bands.map((b) => (
              <TableRow key={b.band}>
                <TableHeaderCell scope="row">{t(`officer.band.${bandKey(b.band)}`)}</TableHeaderCell>
                <TableCell className="matching-figure">{n(b.households)}</TableCell>
                <TableCell className="matching-figure">{n(b.persons)}</TableCell>
                <TableCell className="matching-figure">{n(b.homes)}</TableCell>
                <TableCell className={b.shortOfHomes > 0 ? 'matching-figure matching-warning' : 'matching-figure'}>{n(b.shortOfHomes)}</TableCell>
                <TableCell className="matching-figure">{n(b.withHardTie)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>

        <Heading3 id="round-ties">{t('officer.check.tiesTitle', { count: check.unhonourableTieCount })}</Heading3>
        {check.unhonourableTieCount > 0 && (
          <Table className="matching-table" aria-labelledby="round-ties">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('officer.waiting.reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.check.tie')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.check.honourWith')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {check.unhonourableTies.map((u) => (
                <TableRow key={`${u.household.id}-${u.tiePlace.code}-${u.kind}`}>
                  <TableHeaderCell scope="row">
                    <RouterLink to={`/officer/households/${u.household.id}`} className="utrecht-link">
                      {u.household.reference}
                    </RouterLink>
                  </TableHeaderCell>
                  <TableCell>
                    {t('officer.check.tieText', { kind: t(`officer.tieKind.${u.kind}`), place: u.tiePlace.name, km: u.reachKm })}
                    {!u.known && ` ${t('officer.check.tieNotInRound')}`}
                  </TableCell>
                  <TableCell>
                    {u.honourWith.length === 0
                      ? t('officer.check.noCapacityHelps')
                      : u.honourWith.slice(0, 3).map((c) => (
                          <Paragraph key={c.municipality.code}>
                            {t('officer.check.add', { municipality: c.municipality.name, persons: c.persons, homes: c.homes1to2 + c.homes3to4 + c.homes5plus })}
                          </Paragraph>
                        ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {check.unhonourableTieCount > check.unhonourableTies.length && <Paragraph className="matching-muted">{t('officer.check.more', { shown: check.unhonourableTies.length, total: check.unhonourableTieCount })}</Paragraph>}

        <Heading3 id="round-without-fit">{t('officer.check.withoutFitTitle', { count: check.withoutFitCount })}</Heading3>
        {check.withoutFitCount > 0 && (
          <Table className="matching-table" aria-labelledby="round-without-fit">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('officer.waiting.reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.waiting.why')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {check.withoutFit.map((w) => (
                <TableRow key={w.unit.map((h) => h.id).join('+')}>
                  <TableHeaderCell scope="row">
                    {w.unit.map((h, i) => (
                      <span key={h.id}>
                        {i > 0 && ', '}
                        <RouterLink to={`/officer/households/${h.id}`} className="utrecht-link">
                          {h.reference}
                        </RouterLink>
                      </span>
                    ))}
                  </TableHeaderCell>
                  <TableCell>
                    {w.why.map((m) => (
                      <Paragraph key={m.key}>{misfitText(t, m.key, m.municipalities)}</Paragraph>
                    ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {check.withoutFitCount > check.withoutFit.length && <Paragraph className="matching-muted">{t('officer.check.more', { shown: check.withoutFit.length, total: check.withoutFitCount })}</Paragraph>}
      </section>

      <section aria-labelledby="round-runs" className="matching-section">
        <Heading2 id="round-runs">{t('officer.round.runsTitle')}</Heading2>
        {round.status === 'DRAFT' && (
          <RunControl
            key={round.id}
            roundId={round.id}
            active={runningRun(round.runs)}
            first={firstRunToFollow(round.runs, started)}
            onChanged={() => void refetch()}
          />
        )}
        {round.runs.length === 0 ? (
          <Empty>
            <Paragraph>{t('officer.round.noRuns')}</Paragraph>
          </Empty>
        ) : (
          <Table className="matching-table" aria-labelledby="round-runs">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('officer.round.started')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.rounds.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.round.households')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.round.fill')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {round.runs.map((r) => {
                const used = r.fill.reduce((sum, f) => sum + f.persons, 0);
                const capacity = r.fill.reduce((sum, f) => sum + f.personsCapacity, 0);
                return (
                  <TableRow key={r.id}>
                    <TableHeaderCell scope="row">
                      <RouterLink to={`/officer/rounds/${round.id}/runs/${r.id}`} className="utrecht-link">
                        {t('officer.dateTime', { date: new Date(String(r.createdAt)) })}
                      </RouterLink>
                    </TableHeaderCell>
                    <TableCell>
                      {t(RUN_STATUS[r.status])}
                      {r.id === round.publishedRunId && ` ${t('officer.round.publishedRun')}`}
                    </TableCell>
                    <TableCell className="matching-figure">{n(r.assignmentCount)}</TableCell>
                    <TableCell>{capacity > 0 ? t('officer.round.fillValue', { used, capacity }) : '–'}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </section>
    </>
  );
}

/** The state another page navigates here with to have a run it started for the round followed. */
export interface RoundPageState {
  roundId: string;
  startedRun: string;
}

type RunRow = { readonly id: string; readonly status: string };

/** The round's queued or running run, or null. */
export function runningRun(runs: readonly RunRow[]): string | null {
  return runs.find((r) => r.status === 'QUEUED' || r.status === 'RUNNING')?.id ?? null;
}

/**
 * The run the round page's run control starts with: the round's queued or running run, else the run another page
 * said it started (`started`) — whether the round as read does not list it yet (the cached round) or lists it as ended
 * already (a short run that ended before the round was read). Only the first: after that the control follows the
 * runs the round lists as running and the runs started on the page, so a later run is never swapped back for it.
 */
export function firstRunToFollow(runs: readonly RunRow[], started: string | null): string | null {
  return runningRun(runs) ?? started;
}

function startedRunOf(state: unknown, roundId: string): string | null {
  if (typeof state !== 'object' || state === null || !('startedRun' in state) || !('roundId' in state) || state.roundId !== roundId) return null;
  return typeof state.startedRun === 'string' ? state.startedRun : null;
}

/**
 * Run a draft round and follow the run: its stage and progress, asked every `PROGRESS_POLL_MS` while it is queued
 * or running (with the time of the last answer and a button to ask now), and a button to stop it. When a run starts
 * or ends, `onChanged` reads the runs table again; the page says how the run ended.
 */
function RunControl({ roundId, active, first, onChanged }: { roundId: string; active: string | null; first: string | null; onChanged: () => void }) {
  const t = useT();
  const [runId, setRunId] = useState<string | null>(first);
  const [failed, setFailed] = useState(false);
  const [start, { loading: starting }] = useMutation(RUN_ROUND);
  const [cancel, { loading: cancelling }] = useMutation(CANCEL_RUN);
  const { data, refetch, startPolling, stopPolling } = useQuery(RUN_PROGRESS, { variables: { id: runId ?? '' }, skip: !runId, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false });
  const run = runId && data?.run.id === runId ? data.run : null;
  const ended = run !== null && FINAL.includes(run.status);
  const [askedAt, setAskedAt] = useState<Date | null>(null);
  useEffect(() => {
    // a run the page learns of later (started elsewhere, read after the cached runs) is followed too
    if (active && active !== runId && (!run || FINAL.includes(run.status))) setRunId(active);
  }, [active]);

  useEffect(() => {
    if (!runId || ended) {
      stopPolling();
      return;
    }
    startPolling(PROGRESS_POLL_MS);
    return () => stopPolling();
  }, [runId, ended, startPolling, stopPolling]);
  useEffect(() => {
    if (data) setAskedAt(new Date());
  }, [data]);
  useEffect(() => {
    // once per run that ends (onChanged is a new function at every render of the page)
    if (ended) onChanged();
  }, [ended, runId]);

  const begin = async () => {
    setFailed(false);
    try {
      const result = await start({ variables: { roundId } });
      if (result.data) setRunId(result.data.runRound.id);
      onChanged();
    } catch {
      setFailed(true);
    }
  };

  if (!runId) {
    return (
      <div className="matching-actions">
        <Button appearance="primary-action-button" disabled={starting} onClick={() => void begin()}>
          {t('officer.run.start')}
        </Button>
        {failed && (
          <Alert type="error" role="alert">
            <Paragraph>{t('officer.run.startFailed')}</Paragraph>
          </Alert>
        )}
      </div>
    );
  }
  const percent = Math.round((run?.progress ?? 0) * 100);
  return (
    <section className="matching-card" aria-labelledby="run-progress-label">
      <Paragraph id="run-progress-label">
        <strong>{t('officer.run.progressTitle')}</strong>
      </Paragraph>
      <div role="status">
        {run && (
          <Paragraph>
            {ended
              ? t(RUN_STATUS[run.status])
              : t('officer.run.progressText', { stage: run.stage ? t(STAGE_LABEL[run.stage]) : t(RUN_STATUS[run.status]), percent })}
          </Paragraph>
        )}
      </div>
      {!ended && <progress className="matching-progress" max={100} value={percent} aria-labelledby="run-progress-label" />}
      {run?.message && ended && run.status !== 'SUCCEEDED' && <Paragraph className="matching-muted">{run.message}</Paragraph>}
      {askedAt && !ended && <Paragraph className="matching-muted">{t('officer.run.askedAt', { time: askedAt })}</Paragraph>}
      <div className="matching-actions">
        {!ended && (
          <>
            <Button appearance="secondary-action-button" onClick={() => void refetch()}>
              {t('officer.run.refresh')}
            </Button>
            <Button appearance="secondary-action-button" disabled={cancelling} onClick={() => void cancel({ variables: { id: runId } }).then(() => refetch())}>
              {t('officer.run.cancel')}
            </Button>
          </>
        )}
        {ended && run.status !== 'FAILED' && run.status !== 'CANCELLED' && (
          <RouterLink to={`/officer/rounds/${roundId}/runs/${runId}`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
            {t('officer.run.review')}
          </RouterLink>
        )}
        {ended && (
          <Button appearance="secondary-action-button" disabled={starting} onClick={() => void begin()}>
            {t('officer.run.again')}
          </Button>
        )}
      </div>
    </section>
  );
}
