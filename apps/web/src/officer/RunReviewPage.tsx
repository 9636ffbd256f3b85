import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  LinkButton,
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
import { CRITERIA, type Criterion } from '#matching/model/types.js';
import { graphql } from '../gql';
import type { PreferredPlaceKind } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/I18n';
import { directionOf } from '../i18n/languages';
import type { MapArea, MapLegendEntry } from '../components/MunicipalityMap';
import { MAP_STEPS, shareStep, stepBounds } from '../components/map-scale';
import type { MessageId } from '../i18n/catalogues';
import { Empty, Loading, LoadError } from '../components/PageState';
import { Pager } from '../components/Pager';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useMunicipalityNames } from '../components/useMunicipalityNames';
import { RUN_STATUS, type RoundPageState } from './RoundPage';
import { ExportButton } from './ExportButton';
import { CHOICES, type Choice, filterVariables, isFiltered, NO_FILTERS, publishSummary, REVIEW_PAGE, type ReviewFilters, SORTS } from './review-filters';

// The national map (d3-geo and the 342 outlines) is fetched when a household's options are first shown.
const MunicipalityMap = lazy(() => import('../components/MunicipalityMap').then((m) => ({ default: m.MunicipalityMap })));

const REVIEW = graphql(`
  query OfficerRunReview(
    $roundId: ID!
    $runId: ID!
    $offset: Int!
    $limit: Int!
    $sort: AssignmentSort!
    $placed: Boolean
    $moved: Boolean
    $hardTie: Boolean
    $override: Boolean
    $municipalityCode: String
    $locale: String
  ) {
    round(id: $roundId) {
      id
      name
      status
      publishedRunId
      policy { responseDays }
      pins { householdId municipalityCode }
      forbiddenPairs { householdId municipalityCode }
    }
    run(id: $runId) {
      id
      roundId
      status
      hasAnswer
      createdAt
      comparedWithRunId
      total: assignmentCount
      placedCount: assignmentCount(placed: true)
      count: assignmentCount(placed: $placed, moved: $moved, hardTie: $hardTie, override: $override, municipalityCode: $municipalityCode)
      assignments(
        placed: $placed
        moved: $moved
        hardTie: $hardTie
        override: $override
        municipalityCode: $municipalityCode
        sort: $sort
        offset: $offset
        limit: $limit
        locale: $locale
      ) {
        householdId
        reference
        position
        municipalityCode
        municipalityName
        fit
        moved
        linkedHouseholds
      }
      fill { municipalityCode persons }
    }
  }
`);

const ASSIGNMENT = graphql(`
  query OfficerAssignment($runId: ID!, $householdId: ID!, $locale: String) {
    run(id: $runId) {
      id
      assignments(householdId: $householdId, limit: 1, locale: $locale) {
        householdId
        reference
        position
        municipalityCode
        municipalityName
        previousMunicipalityCode
        moved
        fit
        fitting
        options
        linkedHouseholds
        outcome { code text params }
        criteria { criterion score weight reasons { code text } }
        alternatives { municipalityCode municipalityName fit verdict { code text } }
        preferred { kind municipalityCode municipalityName verdict { code text } filterReasons { code text } }
        unplaced { code text }
        othersFirst { code text }
      }
    }
  }
`);

const PIN = graphql(`
  mutation OfficerPin($roundId: ID!, $householdId: ID!, $municipalityCode: String!) {
    pinHousehold(roundId: $roundId, householdId: $householdId, municipalityCode: $municipalityCode) { householdId municipalityCode }
  }
`);
const UNPIN = graphql(`
  mutation OfficerUnpin($roundId: ID!, $householdId: ID!) {
    unpinHousehold(roundId: $roundId, householdId: $householdId) { householdId municipalityCode }
  }
`);
const FORBID = graphql(`
  mutation OfficerForbid($roundId: ID!, $householdId: ID!, $municipalityCode: String!) {
    forbidPair(roundId: $roundId, householdId: $householdId, municipalityCode: $municipalityCode) { householdId municipalityCode }
  }
`);
const ALLOW = graphql(`
  mutation OfficerAllow($roundId: ID!, $householdId: ID!, $municipalityCode: String!) {
    allowPair(roundId: $roundId, householdId: $householdId, municipalityCode: $municipalityCode) { householdId municipalityCode }
  }
`);
const RERUN = graphql(`
  mutation OfficerRerun($roundId: ID!) {
    runRound(roundId: $roundId) { id status }
  }
`);
const EXPORT = graphql(`
  mutation OfficerExportRun($runId: ID!) {
    exportRunPlacements(runId: $runId) { filename contentType rows content }
  }
`);
const PUBLISH = graphql(`
  mutation OfficerPublish($runId: ID!) {
    publishRun(runId: $runId) { proposals newlyPublished }
  }
`);

/** Criteria as the officer reads them (matching/model/types.ts CRITERIA). */
const CRITERION_LABEL: Record<Criterion, MessageId> = {
  labour: 'officer.criterion.labour',
  setting: 'officer.criterion.setting',
  network: 'officer.criterion.network',
  services: 'officer.criterion.services',
  ties: 'officer.criterion.ties',
  priorities: 'officer.criterion.priorities',
};

/** Why a place is preferred (PreferredPlaceKind), as the label before its verdict. */
const PREFERRED_LABEL: Record<PreferredPlaceKind, MessageId> = {
  BEST_SCORE: 'officer.review.preferred.BEST_SCORE',
  COMMUNITY: 'officer.review.preferred.COMMUNITY',
  FAMILY: 'officer.review.preferred.FAMILY',
  JOB_CONTRACT: 'officer.review.preferred.JOB_CONTRACT',
  STUDY_PLACE: 'officer.review.preferred.STUDY_PLACE',
};

/** The criterion the API names (`CriterionBreakdown.criterion`, a string), if it is one of ours. */
const criterionOf = (name: string): Criterion | undefined => CRITERIA.find((c) => c === name);

const CHOICE_LABEL: Record<Choice, MessageId> = { any: 'officer.review.any', yes: 'officer.review.yes', no: 'officer.review.no' };

type ChoiceFilter = 'placed' | 'moved' | 'hardTie' | 'override';
const CHOICE_FILTERS: readonly { readonly key: ChoiceFilter; readonly label: MessageId }[] = [
  { key: 'placed', label: 'officer.review.filter.placed' },
  { key: 'moved', label: 'officer.review.filter.moved' },
  { key: 'hardTie', label: 'officer.review.filter.hardTie' },
  { key: 'override', label: 'officer.review.filter.override' },
];

/**
 * One run of a round for the officer's review (issue 13): the placements table, filtered, sorted and paged by the
 * API (`Run.assignments` and `assignmentCount` with the same filters), a household's explanation with its
 * alternatives and preferred places, pin / forbid / allow from there, a new run, and publishing with a
 * confirmation that says what is sent to whom. Pins and forbidden pairs change the round, so they count from the
 * next run; the page says so.
 */
export function RunReviewPage() {
  const t = useT();
  const n = useIntl().formatNumber;
  const { locale } = useLanguage();
  const { roundId = '', runId = '' } = useParams();
  const [filters, setFilters] = useState<ReviewFilters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [canCompare, setCanCompare] = useState(false);
  const [published, setPublished] = useState<number | null>(null);
  const receipt = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    // the actions are gone once the round is published: the reader goes on from the receipt
    if (published !== null) receipt.current?.focus();
  }, [published]);
  const { data, previousData, loading, error, refetch } = useQuery(REVIEW, {
    variables: { roundId, runId, offset, limit: REVIEW_PAGE, sort: filters.sort, locale, ...filterVariables(filters, canCompare) },
  });
  const shown = data ?? previousData;
  const nameOf = useMunicipalityNames();
  const [exportRun] = useMutation(EXPORT);
  useEffect(() => {
    if (data) setCanCompare(data.run.comparedWithRunId !== null);
  }, [data]);
  useDocumentTitle(shown ? t('officer.review.title', { name: shown.round.name }) : t('officer.rounds.title'));
  if (loading && !shown) return <Loading />;
  if (error && !shown) return <LoadError onRetry={() => void refetch()} />;
  if (!shown) return <Loading />;
  const { round, run } = shown;
  const inRound = run.fill.map((f) => f.municipalityCode).sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  const draft = round.status === 'DRAFT';
  const change = (next: Partial<ReviewFilters>) => {
    setFilters({ ...filters, ...next });
    setOffset(0);
  };

  return (
    <>
      <Paragraph>
        <RouterLink to={`/officer/rounds/${round.id}`} className="utrecht-link">
          {t('officer.review.back', { name: round.name })}
        </RouterLink>
      </Paragraph>
      <Heading1>{t('officer.review.title', { name: round.name })}</Heading1>
      <dl className="matching-facts">
        <dt>{t('officer.round.started')}</dt>
        <dd>{t('officer.dateTime', { date: new Date(String(run.createdAt)) })}</dd>
        <dt>{t('officer.rounds.status')}</dt>
        <dd>
          {t(RUN_STATUS[run.status])}
          {run.id === round.publishedRunId && ` ${t('officer.round.publishedRun')}`}
        </dd>
        <dt>{t('officer.review.placedTitle')}</dt>
        <dd>{t('officer.review.placedOf', { placed: run.placedCount, total: run.total })}</dd>
      </dl>
      {run.hasAnswer && (
        <Paragraph>
          <RouterLink to={`/officer/rounds/${round.id}/runs/${run.id}/figures`} className="utrecht-link">
            {t('officer.review.figures')}
          </RouterLink>
        </Paragraph>
      )}
      {run.hasAnswer && (
        <ExportButton label={t('officer.export.run')} help={t('officer.export.runHelp')} make={async () => (await exportRun({ variables: { runId: run.id } })).data?.exportRunPlacements} />
      )}
      {run.comparedWithRunId && (
        <Paragraph>
          <RouterLink to={`/officer/rounds/${round.id}/compare/${run.comparedWithRunId}/${run.id}`} className="utrecht-link">
            {t('officer.review.compare')}
          </RouterLink>
        </Paragraph>
      )}

      {!run.hasAnswer ? (
        <Empty>
          <Paragraph>{t('officer.review.noAnswer')}</Paragraph>
        </Empty>
      ) : (
        <>
          {published !== null && (
            <Alert type="ok" ref={receipt} tabIndex={-1}>
              <Paragraph>{t('officer.publish.done', { proposals: published })}</Paragraph>
              <Paragraph>{t('officer.publish.next', { days: round.policy.responseDays })}</Paragraph>
            </Alert>
          )}
          {draft && (
            <RoundActions
              roundId={round.id}
              runId={run.id}
              responseDays={round.policy.responseDays}
              summary={publishSummary(run.total, run.placedCount, run.fill)}
              onPublished={(proposals) => {
                setPublished(proposals);
                void refetch();
              }}
            />
          )}

          <section aria-labelledby={`${id}-table`} className="matching-section">
            <Heading2 id={`${id}-table`}>{t('officer.review.tableTitle')}</Heading2>
            <div className="matching-filters">
              {CHOICE_FILTERS.filter((f) => f.key !== 'moved' || canCompare).map((f) => (
                <FormField key={f.key}>
                  <FormLabel htmlFor={`${id}-${f.key}`}>{t(f.label)}</FormLabel>
                  <Select id={`${id}-${f.key}`} value={filters[f.key]} onChange={(event) => change({ [f.key]: CHOICES.find((c) => c === event.target.value) ?? 'any' })}>
                    {CHOICES.map((c) => (
                      <SelectOption key={c} value={c}>
                        {t(CHOICE_LABEL[c])}
                      </SelectOption>
                    ))}
                  </Select>
                </FormField>
              ))}
              <FormField>
                <FormLabel htmlFor={`${id}-municipality`}>{t('officer.review.filter.municipality')}</FormLabel>
                <Select id={`${id}-municipality`} value={filters.municipalityCode} onChange={(event) => change({ municipalityCode: event.target.value })}>
                  <SelectOption value="">{t('officer.review.anyMunicipality')}</SelectOption>
                  {inRound.map((code) => (
                    <SelectOption key={code} value={code}>
                      {nameOf(code)}
                    </SelectOption>
                  ))}
                </Select>
              </FormField>
              <FormField>
                <FormLabel htmlFor={`${id}-sort`}>{t('officer.review.sort')}</FormLabel>
                <Select id={`${id}-sort`} value={filters.sort} onChange={(event) => change({ sort: SORTS.find((o) => o === event.target.value) ?? 'QUEUE' })}>
                  <SelectOption value="QUEUE">{t('officer.review.sort.queue')}</SelectOption>
                  <SelectOption value="FIT">{t('officer.review.sort.fit')}</SelectOption>
                </Select>
              </FormField>
            </div>
            <Paragraph role="status" className="matching-count">
              {loading ? t('state.loading') : isFiltered(filters) ? t('officer.review.countFiltered', { count: run.count, total: run.total }) : t('officer.review.count', { count: run.count })}
            </Paragraph>
            {run.count === 0 ? (
              <Empty>
                <Paragraph>{t('officer.review.noneFiltered')}</Paragraph>
              </Empty>
            ) : (
              <Table className="matching-table">
                <TableCaption>{t('officer.review.caption', { from: offset + 1, to: offset + run.assignments.length, count: run.count })}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('officer.review.position')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('officer.waiting.reference')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('officer.review.municipality')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('officer.review.fit')}</TableHeaderCell>
                    {canCompare && <TableHeaderCell scope="col">{t('officer.review.movedColumn')}</TableHeaderCell>}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {run.assignments.map((a) => (
                    <TableRow key={a.householdId}>
                      <TableCell className="matching-figure">{a.position === null ? '–' : n(a.position)}</TableCell>
                      <TableHeaderCell scope="row">
                        <LinkButton inline aria-expanded={selected === a.householdId} aria-controls={`${id}-detail`} onClick={() => setSelected(selected === a.householdId ? null : a.householdId)}>
                          {a.reference}
                        </LinkButton>
                        {a.linkedHouseholds > 1 && <span className="matching-muted"> {t('officer.review.linked', { count: a.linkedHouseholds })}</span>}
                      </TableHeaderCell>
                      <TableCell>{a.municipalityName ?? t('officer.review.notPlaced')}</TableCell>
                      <TableCell className="matching-figure">{a.fit === null ? '–' : n(a.fit, { style: 'percent' })}</TableCell>
                      {canCompare && <TableCell>{a.moved ? t('officer.review.yes') : t('officer.review.no')}</TableCell>}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            <Pager label={t('officer.review.pages')} offset={offset} limit={REVIEW_PAGE} total={run.count} onChange={setOffset} />
          </section>

          <div id={`${id}-detail`}>
            {selected && (
              <AssignmentDetail
                key={selected}
                runId={run.id}
                roundId={round.id}
                householdId={selected}
                draft={draft}
                pin={round.pins.find((p) => p.householdId === selected)?.municipalityCode ?? null}
                forbidden={round.forbiddenPairs.filter((p) => p.householdId === selected).map((p) => p.municipalityCode)}
                nameOf={nameOf}
                onChanged={() => void refetch()}
                onClose={() => setSelected(null)}
              />
            )}
          </div>
        </>
      )}
    </>
  );
}

/**
 * One household of the run, explained (what `Run.assignments(householdId)` gives in the officer's language): the
 * outcome, each criterion's score, weight and reasons, the alternatives and why each was not chosen, the preferred
 * places with their verdicts, and why it waits. In a draft round: pin it to its outcome or an alternative, forbid
 * a municipality, undo either.
 */
function AssignmentDetail({ runId, roundId, householdId, draft, pin, forbidden, nameOf: name, onChanged, onClose }: {
  runId: string;
  roundId: string;
  householdId: string;
  draft: boolean;
  pin: string | null;
  forbidden: readonly string[];
  nameOf: (code: string) => string;
  onChanged: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const n = useIntl().formatNumber;
  const { locale } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error, refetch } = useQuery(ASSIGNMENT, { variables: { runId, householdId, locale } });
  const [pinHousehold, pinning] = useMutation(PIN);
  const [unpinHousehold, unpinning] = useMutation(UNPIN);
  const [forbidPair, forbidding] = useMutation(FORBID);
  const [allowPair, allowing] = useMutation(ALLOW);
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const busy = pinning.loading || unpinning.loading || forbidding.loading || allowing.loading;
  const a = data?.run.assignments[0];
  useEffect(() => {
    if (a) heading.current?.focus();
  }, [a?.householdId]);
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError onRetry={() => void refetch()} />;
  if (!a) return null;
  const criterionName = (criterion: string) => {
    const known = criterionOf(criterion);
    return known ? t(CRITERION_LABEL[known]) : criterion;
  };

  const act = async (action: () => Promise<unknown>, receipt: string) => {
    setFailed(false);
    setDone(null);
    try {
      await action();
      setDone(receipt);
      onChanged();
    } catch {
      setFailed(true);
    }
  };
  const pinTo = (code: string) => act(() => pinHousehold({ variables: { roundId, householdId, municipalityCode: code } }), t('officer.review.pinned', { reference: a.reference, municipality: name(code) }));
  const forbid = (code: string) => act(() => forbidPair({ variables: { roundId, householdId, municipalityCode: code } }), t('officer.review.forbidden', { reference: a.reference, municipality: name(code) }));

  return (
    <section aria-labelledby={`detail-${householdId}`} className="matching-card matching-section">
      <Heading2 id={`detail-${householdId}`} ref={heading} tabIndex={-1}>
        {t('officer.review.detailTitle', { reference: a.reference })}
      </Heading2>
      <Paragraph>{a.outcome.text}</Paragraph>
      {a.moved && <Paragraph>{a.previousMunicipalityCode ? t('officer.review.movedFrom', { municipality: name(a.previousMunicipalityCode) }) : t('officer.review.movedFromNone')}</Paragraph>}
      <Paragraph className="matching-muted">{t('officer.review.fitting', { fitting: a.fitting ?? 0, options: a.options })}</Paragraph>
      <Paragraph>
        <RouterLink to={`/officer/households/${a.householdId}`} className="utrecht-link">
          {t('officer.review.openHousehold', { reference: a.reference })}
        </RouterLink>
      </Paragraph>

      {/* the NL Design System alert's message is a status region: read out when it appears */}
      {done && (
        <Alert type="ok">
          <Paragraph>{done}</Paragraph>
          <Paragraph>{t('officer.review.nextRun')}</Paragraph>
        </Alert>
      )}
      {failed && (
        <Alert type="error" role="alert">
          <Paragraph>{t('officer.review.actionFailed')}</Paragraph>
        </Alert>
      )}

      {draft && (
        <>
          <Heading3>{t('officer.review.overridesTitle')}</Heading3>
          {pin === null && forbidden.length === 0 && <Paragraph>{t('officer.review.noOverrides')}</Paragraph>}
          {pin !== null && (
            <div className="matching-actions">
              <Paragraph>{t('officer.review.pinnedTo', { municipality: name(pin) })}</Paragraph>
              <Button appearance="secondary-action-button" disabled={busy} onClick={() => void act(() => unpinHousehold({ variables: { roundId, householdId } }), t('officer.review.unpinned', { reference: a.reference }))}>
                {t('officer.review.unpin')}
              </Button>
            </div>
          )}
          {forbidden.map((code) => (
            <div className="matching-actions" key={code}>
              <Paragraph>{t('officer.review.forbiddenIn', { municipality: name(code) })}</Paragraph>
              <Button appearance="secondary-action-button" disabled={busy} onClick={() => void act(() => allowPair({ variables: { roundId, householdId, municipalityCode: code } }), t('officer.review.allowed', { reference: a.reference, municipality: name(code) }))}>
                {t('officer.review.allow', { municipality: name(code) })}
              </Button>
            </div>
          ))}
          {a.municipalityCode && pin !== a.municipalityCode && !forbidden.includes(a.municipalityCode) && (
            <div className="matching-actions">
              <Button appearance="secondary-action-button" disabled={busy} onClick={() => void pinTo(a.municipalityCode!)}>
                {t('officer.review.pinHere', { municipality: name(a.municipalityCode) })}
              </Button>
              <Button appearance="secondary-action-button" disabled={busy} onClick={() => void forbid(a.municipalityCode!)}>
                {t('officer.review.forbid', { municipality: name(a.municipalityCode) })}
              </Button>
            </div>
          )}
        </>
      )}

      {a.criteria.length > 0 && (
        <Table className="matching-table">
          <TableCaption>{t('officer.review.criteriaCaption', { municipality: a.municipalityName ?? '' })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('officer.review.criterion')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.review.score')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.review.weight')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.review.why')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {a.criteria.map((c) => (
              <TableRow key={c.criterion}>
                <TableHeaderCell scope="row">{criterionName(c.criterion)}</TableHeaderCell>
                <TableCell className="matching-figure">{c.score === null ? '–' : n(c.score, { style: 'percent' })}</TableCell>
                <TableCell className="matching-figure">{n(c.weight)}</TableCell>
                <TableCell>
                  {c.reasons.map((r) => (
                    <Paragraph key={r.code + r.text}>{r.text}</Paragraph>
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      {a.alternatives.length > 0 && (
        <Table className="matching-table">
          <TableCaption>{t('officer.review.alternativesCaption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('officer.review.municipality')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.review.fit')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.review.whyNot')}</TableHeaderCell>
              {draft && <TableHeaderCell scope="col">{t('officer.review.action')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {a.alternatives.map((alt) => (
              <TableRow key={alt.municipalityCode}>
                <TableHeaderCell scope="row">{alt.municipalityName}</TableHeaderCell>
                <TableCell className="matching-figure">{alt.fit === null ? '–' : n(alt.fit, { style: 'percent' })}</TableCell>
                <TableCell>{alt.verdict.text}</TableCell>
                {draft && (
                  <TableCell>
                    {pin === alt.municipalityCode ? (
                      t('officer.review.pinnedHere')
                    ) : (
                      <Button appearance="secondary-action-button" disabled={busy || forbidden.includes(alt.municipalityCode)} onClick={() => void pinTo(alt.municipalityCode)}>
                        {t('officer.review.pinHere', { municipality: alt.municipalityName })}
                      </Button>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      {(a.municipalityCode !== null || a.alternatives.length > 0) && (
        <Suspense fallback={<Loading />}>
          <OptionsMap
            outcome={a.municipalityCode === null ? null : { code: a.municipalityCode, fit: outcomeFit(a.outcome.params, a.fit ?? null) }}
            alternatives={a.alternatives}
            nameOf={name}
          />
        </Suspense>
      )}

      {a.preferred.length > 0 && (
        <>
          <Heading3>{t('officer.review.preferredTitle')}</Heading3>
          <ul className="matching-plain-list">
            {a.preferred.map((p) => (
              <li key={`${p.kind}-${p.municipalityCode}`}>
                <strong>{t(PREFERRED_LABEL[p.kind], { municipality: p.municipalityName })}</strong> {p.verdict.text}
                {p.filterReasons.map((r) => ` ${r.text}`).join('')}
              </li>
            ))}
          </ul>
        </>
      )}

      {[...a.unplaced, ...a.othersFirst].length > 0 && (
        <>
          <Heading3>{t('officer.review.waitingTitle')}</Heading3>
          {[...a.unplaced, ...a.othersFirst].map((s) => (
            <Paragraph key={s.code + s.text}>{s.text}</Paragraph>
          ))}
        </>
      )}

      <div className="matching-actions">
        <Button appearance="subtle-button" onClick={onClose}>
          {t('officer.review.close')}
        </Button>
      </div>
    </section>
  );
}

/**
 * The fit at a household's outcome on the alternatives' scale: the outcome's `params.fit` (for linked households the
 * mean over them, as the alternatives' fits are), else the household's own fit.
 */
function outcomeFit(params: unknown, own: number | null): number | null {
  if (typeof params === 'object' && params !== null && 'fit' in params && typeof params.fit === 'number') return params.fit;
  return own;
}

/**
 * A household's options on the map of the Netherlands (issue 13): its outcome (with a thick edge) and the best other
 * options the explanation lists, each coloured by the household's fit there; every other municipality is "not among
 * the options shown". The same figures are in the alternatives table above.
 */
function OptionsMap({ outcome, alternatives, nameOf }: {
  outcome: { code: string; fit: number | null } | null;
  alternatives: readonly { municipalityCode: string; fit?: number | null }[];
  nameOf: (code: string) => string;
}) {
  const t = useT();
  const n = useIntl().formatNumber;
  const { locale } = useLanguage();
  const percent = (share: number) => n(share, { style: 'percent', maximumFractionDigits: 0 });
  const areas = new Map<string, MapArea>();
  for (const alt of alternatives) {
    const fit = alt.fit ?? null;
    const name = nameOf(alt.municipalityCode);
    areas.set(alt.municipalityCode, { step: shareStep(fit), label: fit === null ? t('officer.review.map.noFit', { name }) : t('officer.review.map.alternative', { name, fit: percent(fit) }) });
  }
  if (outcome) {
    const name = nameOf(outcome.code);
    areas.set(outcome.code, {
      step: shareStep(outcome.fit),
      marked: true,
      label: outcome.fit === null ? t('officer.review.map.outcomeNoFit', { name }) : t('officer.review.map.outcome', { name, fit: percent(outcome.fit) }),
    });
  }
  const legend: MapLegendEntry[] = [
    ...Array.from({ length: MAP_STEPS }, (_, step) => {
      const [from, to] = stepBounds(step);
      return { key: step, label: t('officer.review.map.step', { from: percent(from), to: percent(to) }) };
    }),
    ...(outcome ? [{ key: 'marked' as const, label: t('officer.review.map.legendOutcome') }] : []),
    { key: 'outside', label: t('officer.review.map.legendOutside') },
  ];
  return (
    <MunicipalityMap
      title={t('officer.review.map.title', { count: areas.size })}
      hint={t('officer.map.hint')}
      areas={areas}
      outside={(name) => t('officer.review.map.outside', { name })}
      legend={legend}
      locale={locale}
      rtl={directionOf(locale) === 'rtl'}
    />
  );
}

/**
 * What an officer does with a draft round's run: compute again (pins and forbidden pairs count from the next run;
 * the round page follows its progress), or publish this run after a confirmation that says what is sent to whom,
 * with a receipt.
 */
function RoundActions({ roundId, runId, responseDays, summary, onPublished }: {
  roundId: string;
  runId: string;
  responseDays: number;
  summary: ReturnType<typeof publishSummary>;
  onPublished: (proposals: number) => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const [rerun, rerunning] = useMutation(RERUN);
  const [publish, publishing] = useMutation(PUBLISH);
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState<MessageId | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    // focus follows the step: to what publishing sends, and back to the button that asked
    if (confirming) confirmation.current?.focus();
    else if (asked.current) start.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  const again = async () => {
    setFailed(null);
    try {
      const result = await rerun({ variables: { roundId } });
      const state: RoundPageState | null = result.data ? { roundId, startedRun: result.data.runRound.id } : null;
      void navigate(`/officer/rounds/${roundId}`, { state });
    } catch {
      setFailed('officer.review.rerunFailed');
    }
  };
  const send = async () => {
    setFailed(null);
    try {
      const result = await publish({ variables: { runId } });
      setConfirming(false);
      onPublished(result.data?.publishRun.proposals ?? 0);
    } catch {
      setFailed('officer.publish.failed');
    }
  };

  return (
    <section aria-labelledby="run-actions" className="matching-card matching-section">
      <Heading2 id="run-actions">{t('officer.review.actionsTitle')}</Heading2>
      {failed && (
        <Alert type="error" role="alert">
          <Paragraph>{t(failed)}</Paragraph>
        </Alert>
      )}
      {!confirming ? (
        <>
          <Paragraph>{t('officer.review.actionsIntro')}</Paragraph>
          <div className="matching-actions">
            <Button appearance="secondary-action-button" disabled={rerunning.loading} onClick={() => void again()}>
              {t('officer.review.rerun')}
            </Button>
            <Button appearance="primary-action-button" ref={start} onClick={() => setConfirming(true)}>
              {t('officer.publish.start')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <div ref={confirmation} tabIndex={-1}>
            <Paragraph>{t('officer.publish.confirmProposals', { proposals: summary.proposals, municipalities: summary.municipalities })}</Paragraph>
            <Paragraph>{t('officer.publish.confirmDeadline', { days: responseDays })}</Paragraph>
            {summary.waiting > 0 && <Paragraph>{t('officer.publish.confirmWaiting', { waiting: summary.waiting })}</Paragraph>}
            <Paragraph>{t('officer.publish.confirmFinal')}</Paragraph>
          </div>
          <div className="matching-actions">
            <Button appearance="primary-action-button" disabled={publishing.loading} onClick={() => void send()}>
              {t('officer.publish.confirm')}
            </Button>
            <Button appearance="subtle-button" onClick={() => setConfirming(false)}>
              {t('officer.publish.back')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
