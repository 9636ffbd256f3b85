import { useId, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { type IntlShape, useIntl } from 'react-intl';
import { Link as RouterLink, useParams } from 'react-router';
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  RadioButton,
  Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { graphql } from '../gql';
import type { FairnessDimension, FairnessFlag, HomeBand, OfficerRunFiguresQuery, OthersFirstCategory } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { directionOf } from '../i18n/languages';
import { Empty, Loading, LoadError } from '../components/PageState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useMunicipalityNames } from '../components/useMunicipalityNames';
import { EChart } from '../components/EChart';
import { shareChartHeight, shareChartOption, type ShareChartOption } from '../components/share-chart';
import { type MapArea, type MapLegendEntry, MunicipalityMap } from '../components/MunicipalityMap';
import { countRanges, countStep, MAP_STEPS, shareStep, stepBounds } from '../components/map-scale';
import { personsShare, pointsBetween } from './figures';

const FIGURES = graphql(`
  query OfficerRunFigures($roundId: ID!, $runId: ID!, $locale: String) {
    round(id: $roundId) { id name }
    run(id: $runId) {
      id
      roundId
      hasAnswer
      figures { householdsTotal householdsPlaced averageFit labourMatchShare preferredSettingShare }
      statusQuo { householdsTotal householdsPlaced averageFit labourMatchShare preferredSettingShare }
      queueHonour {
        band
        households
        earlierHalf { households placed share }
        laterHalf { households placed share }
        passedOver
        passedOverBy { category households }
      }
      priorityCost {
        rule
        priorityWeight
        withRule { householdsPlaced averageFit totalFit }
        fitOnly { householdsPlaced averageFit totalFit status }
      }
      fairness {
        anonymityThreshold
        overallPlacementRate
        overallAverageFit
        overallPreferredSettingShare
        rule(locale: $locale)
        whoIsCounted(locale: $locale) { text }
        groups { dimension group label(locale: $locale) { text } households placementRate averageFit preferredSettingShare flagged flags }
        suppressed { dimension households text(locale: $locale) { text } }
      }
      fill {
        municipalityCode
        persons
        personsCapacity
        homes1to2
        homes1to2Capacity
        homes3to4
        homes3to4Capacity
        homes5plus
        homes5plusCapacity
      }
    }
  }
`);

type Run = OfficerRunFiguresQuery['run'];
type RoundFigures = NonNullable<Run['figures']>;

const BAND_LABEL: Record<HomeBand, MessageId> = {
  HOMES_1_2: 'officer.band.homes_1_2',
  HOMES_3_4: 'officer.band.homes_3_4',
  HOMES_5_PLUS: 'officer.band.homes_5_plus',
};

const CATEGORY_LABEL: Record<OthersFirstCategory, MessageId> = {
  LINKED_FAMILY: 'officer.figures.category.LINKED_FAMILY',
  MORE_URGENT: 'officer.figures.category.MORE_URGENT',
  OFFICER_PIN: 'officer.figures.category.OFFICER_PIN',
  PRIORITY_TRADE_OFF: 'officer.figures.category.PRIORITY_TRADE_OFF',
  THEIR_HARD_TIE: 'officer.figures.category.THEIR_HARD_TIE',
  THEIR_NEEDS: 'officer.figures.category.THEIR_NEEDS',
};

/** The fairness breakdowns in the order shown. */
const DIMENSIONS: readonly { dimension: FairnessDimension; label: MessageId }[] = [
  { dimension: 'GENDER', label: 'officer.figures.dimension.GENDER' },
  { dimension: 'AGE_BAND', label: 'officer.figures.dimension.AGE_BAND' },
  { dimension: 'ORIGIN_REGION', label: 'officer.figures.dimension.ORIGIN_REGION' },
  { dimension: 'SIZE_BAND', label: 'officer.figures.dimension.SIZE_BAND' },
];

const FLAG_LABEL: Record<FairnessFlag, MessageId> = {
  PLACEMENT_RATE_LOW: 'officer.figures.flag.PLACEMENT_RATE_LOW',
  FIT_LOW: 'officer.figures.flag.FIT_LOW',
  PREFERRED_SETTING_LOW: 'officer.figures.flag.PREFERRED_SETTING_LOW',
};

/** What the reader needs to write figures: texts, shares, numbers, the direction. */
interface Format {
  readonly t: ReturnType<typeof useT>;
  readonly n: IntlShape['formatNumber'];
  readonly percent: (share: number) => string;
  readonly rtl: boolean;
  /** The reader's language: charts are drawn again when it changes. */
  readonly locale: string;
}

function useFormat(): Format {
  const t = useT();
  const intl = useIntl();
  const { locale } = useLanguage();
  return {
    t,
    n: intl.formatNumber,
    percent: (share) => intl.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 }),
    rtl: directionOf(locale) === 'rtl',
    locale,
  };
}

/** A share in the table: "85 %", or "–" when there is none. */
function shareText(f: Format, share: number | null | undefined): string {
  return share === null || share === undefined ? '–' : f.percent(share);
}

/** The difference of two shares in percentage points, signed ("+12 percentage points"), or "–". */
function pointsText(f: Format, a: number | null, b: number | null): string {
  const points = pointsBetween(a, b);
  return points === null ? '–' : f.t('officer.figures.points', { points: f.n(points, { signDisplay: 'exceptZero' }) });
}

/**
 * A run's figures (issue 13): fit against today's practice (the status-quo allocation of the same cohort), how well
 * the queue was honoured per home band, what the priority rule costs in fit, the fairness report by group (groups
 * below the k-anonymity threshold hidden, and the page says so), and the fill of every municipality of the round on a
 * map of the Netherlands and in a table. Every chart has its figures in a table beside it.
 */
export default function RunFiguresPage() {
  const f = useFormat();
  const { t } = f;
  const { locale } = useLanguage();
  const { roundId = '', runId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(FIGURES, { variables: { roundId, runId, locale } });
  useDocumentTitle(data ? t('officer.figures.title', { name: data.round.name }) : t('officer.rounds.title'));
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const { round, run } = data;

  return (
    <>
      <Paragraph>
        <RouterLink to={`/officer/rounds/${round.id}/runs/${run.id}`} className="utrecht-link">
          {t('officer.figures.back')}
        </RouterLink>
      </Paragraph>
      <Heading1>{t('officer.figures.title', { name: round.name })}</Heading1>
      {!run.hasAnswer || !run.figures ? (
        <Empty>
          <Paragraph>{t('officer.figures.noAnswer')}</Paragraph>
        </Empty>
      ) : (
        <>
          <StatusQuoSection f={f} figures={run.figures} statusQuo={run.statusQuo} />
          <QueueSection f={f} bands={run.queueHonour ?? []} />
          <PriorityCostSection f={f} cost={run.priorityCost} />
          {run.fairness && <FairnessSection f={f} fairness={run.fairness} />}
          <FillSection f={f} fill={run.fill} />
        </>
      )}
    </>
  );
}

function StatusQuoSection({ f, figures, statusQuo }: { f: Format; figures: RoundFigures; statusQuo: RoundFigures | null }) {
  const { t } = f;
  const rows: readonly { label: MessageId; share: (r: RoundFigures) => number | null; count?: (r: RoundFigures) => string }[] = [
    {
      label: 'officer.figures.placed',
      share: (r) => (r.householdsTotal === 0 ? null : r.householdsPlaced / r.householdsTotal),
      count: (r) => t('officer.figures.countOf', { count: r.householdsPlaced, total: r.householdsTotal }),
    },
    { label: 'officer.figures.averageFit', share: (r) => r.averageFit ?? null },
    { label: 'officer.figures.labourMatch', share: (r) => r.labourMatchShare ?? null },
    { label: 'officer.figures.preferredSetting', share: (r) => r.preferredSettingShare ?? null },
  ];
  const option = useMemo(
    () =>
      shareChartOption({
        categories: rows.map((r) => t(r.label)),
        series: [
          { name: t('officer.figures.thisRun'), values: rows.map((r) => r.share(figures)) },
          ...(statusQuo ? [{ name: t('officer.figures.statusQuo'), values: rows.map((r) => r.share(statusQuo)) }] : []),
        ],
        description: t('officer.figures.statusQuoChart'),
        percent: f.percent,
        rtl: f.rtl,
      }),
    // the figures of one run do not change while the page is open; the texts follow the language (rtl)
    [figures, statusQuo, f.locale],
  );
  return (
    <section aria-labelledby="figures-status-quo" className="matching-section">
      <Heading2 id="figures-status-quo">{t('officer.figures.statusQuoTitle')}</Heading2>
      <Paragraph>{t('officer.figures.statusQuoIntro')}</Paragraph>
      <div className="matching-figure-pair">
        <Table className="matching-table">
          <TableCaption>{t('officer.figures.statusQuoCaption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('officer.figures.figure')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.figures.thisRun')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.figures.statusQuo')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.figures.difference')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => {
              const ours = r.share(figures);
              const theirs = statusQuo ? r.share(statusQuo) : null;
              return (
                <TableRow key={r.label}>
                  <TableHeaderCell scope="row">{t(r.label)}</TableHeaderCell>
                  <TableCell className="matching-figure">
                    {shareText(f, ours)}
                    {r.count && ` (${r.count(figures)})`}
                  </TableCell>
                  <TableCell className="matching-figure">
                    {shareText(f, theirs)}
                    {r.count && statusQuo && ` (${r.count(statusQuo)})`}
                  </TableCell>
                  <TableCell className="matching-figure">{pointsText(f, ours, theirs)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        <EChart option={option} height={shareChartHeight(rows.length, statusQuo ? 2 : 1)} />
      </div>
      {!statusQuo && <Paragraph>{t('officer.figures.noStatusQuo')}</Paragraph>}
    </section>
  );
}

function QueueSection({ f, bands }: { f: Format; bands: NonNullable<Run['queueHonour']> }) {
  const { t, n } = f;
  const option = useMemo(
    (): ShareChartOption =>
      shareChartOption({
        categories: bands.map((b) => t(BAND_LABEL[b.band])),
        series: [
          { name: t('officer.figures.queue.earlier'), values: bands.map((b) => b.earlierHalf.share ?? null) },
          { name: t('officer.figures.queue.later'), values: bands.map((b) => b.laterHalf.share ?? null) },
        ],
        description: t('officer.figures.queue.chart'),
        percent: f.percent,
        rtl: f.rtl,
      }),
    [bands, f.locale],
  );
  const half = (h: { households: number; placed: number; share?: number | null }) =>
    h.households === 0 ? '–' : `${shareText(f, h.share)} (${t('officer.figures.countOf', { count: h.placed, total: h.households })})`;
  return (
    <section aria-labelledby="figures-queue" className="matching-section">
      <Heading2 id="figures-queue">{t('officer.figures.queue.title')}</Heading2>
      <Paragraph>{t('officer.figures.queue.intro')}</Paragraph>
      {bands.length === 0 ? (
        <Empty>
          <Paragraph>{t('officer.figures.queue.none')}</Paragraph>
        </Empty>
      ) : (
        <>
          <div className="matching-figure-pair">
            <Table className="matching-table">
              <TableCaption>{t('officer.figures.queue.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('officer.waiting.band')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('officer.check.households')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('officer.figures.queue.earlier')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('officer.figures.queue.later')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('officer.figures.queue.passedOver')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {bands.map((b) => (
                  <TableRow key={b.band}>
                    <TableHeaderCell scope="row">{t(BAND_LABEL[b.band])}</TableHeaderCell>
                    <TableCell className="matching-figure">{n(b.households)}</TableCell>
                    <TableCell className="matching-figure">{half(b.earlierHalf)}</TableCell>
                    <TableCell className="matching-figure">{half(b.laterHalf)}</TableCell>
                    <TableCell className="matching-figure">{n(b.passedOver)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <EChart option={option} height={shareChartHeight(bands.length, 2)} />
          </div>
          <Paragraph>{t('officer.figures.queue.passedOverHelp')}</Paragraph>
          {bands
            .filter((b) => b.passedOver > 0)
            .map((b) => (
              <div key={b.band}>
                <Heading3>{t('officer.figures.queue.why', { band: t(BAND_LABEL[b.band]) })}</Heading3>
                <UnorderedList>
                  {b.passedOverBy
                    .filter((c) => c.households > 0)
                    .map((c) => (
                      <UnorderedListItem key={c.category}>
                        {t('officer.figures.queue.byCategory', { category: t(CATEGORY_LABEL[c.category]), count: c.households, passedOver: b.passedOver })}
                      </UnorderedListItem>
                    ))}
                </UnorderedList>
              </div>
            ))}
        </>
      )}
    </section>
  );
}

function PriorityCostSection({ f, cost }: { f: Format; cost: Run['priorityCost'] }) {
  const { t, n } = f;
  return (
    <section aria-labelledby="figures-cost" className="matching-section">
      <Heading2 id="figures-cost">{t('officer.figures.cost.title')}</Heading2>
      {!cost ? (
        <Paragraph>{t('officer.figures.cost.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('officer.figures.cost.intro', { weight: n(cost.priorityWeight) })}</Paragraph>
          <Table className="matching-table">
            <TableCaption>{t('officer.figures.cost.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('officer.figures.figure')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.figures.cost.withRule')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.figures.cost.fitOnly')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.figures.difference')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              <TableRow>
                <TableHeaderCell scope="row">{t('officer.figures.placed')}</TableHeaderCell>
                <TableCell className="matching-figure">{n(cost.withRule.householdsPlaced)}</TableCell>
                <TableCell className="matching-figure">{n(cost.fitOnly.householdsPlaced)}</TableCell>
                <TableCell className="matching-figure">{n(cost.withRule.householdsPlaced - cost.fitOnly.householdsPlaced, { signDisplay: 'exceptZero' })}</TableCell>
              </TableRow>
              <TableRow>
                <TableHeaderCell scope="row">{t('officer.figures.averageFit')}</TableHeaderCell>
                <TableCell className="matching-figure">{shareText(f, cost.withRule.averageFit)}</TableCell>
                <TableCell className="matching-figure">{shareText(f, cost.fitOnly.averageFit)}</TableCell>
                <TableCell className="matching-figure">{pointsText(f, cost.withRule.averageFit ?? null, cost.fitOnly.averageFit ?? null)}</TableCell>
              </TableRow>
              <TableRow>
                <TableHeaderCell scope="row">{t('officer.figures.cost.totalFit')}</TableHeaderCell>
                <TableCell className="matching-figure">{n(cost.withRule.totalFit, { maximumFractionDigits: 1 })}</TableCell>
                <TableCell className="matching-figure">{n(cost.fitOnly.totalFit, { maximumFractionDigits: 1 })}</TableCell>
                <TableCell className="matching-figure">{n(cost.withRule.totalFit - cost.fitOnly.totalFit, { maximumFractionDigits: 1, signDisplay: 'exceptZero' })}</TableCell>
              </TableRow>
            </TableBody>
          </Table>
          <Paragraph>{t('officer.figures.cost.totalFitHelp')}</Paragraph>
          {cost.fitOnly.status !== 'OPTIMAL' && <Paragraph>{t('officer.figures.cost.notOptimal')}</Paragraph>}
        </>
      )}
    </section>
  );
}

function FairnessSection({ f, fairness }: { f: Format; fairness: NonNullable<Run['fairness']> }) {
  const { t } = f;
  return (
    <section aria-labelledby="figures-fairness" className="matching-section">
      <Heading2 id="figures-fairness">{t('officer.figures.fairness.title')}</Heading2>
      <Paragraph>{fairness.rule}</Paragraph>
      <Paragraph>{fairness.whoIsCounted.text}</Paragraph>
      <Paragraph>{t('officer.figures.fairness.threshold', { k: fairness.anonymityThreshold })}</Paragraph>
      {DIMENSIONS.map(({ dimension, label }) => (
        <FairnessDimensionView
          key={dimension}
          f={f}
          title={t(label)}
          fairness={fairness}
          groups={fairness.groups.filter((g) => g.dimension === dimension)}
          suppressed={fairness.suppressed.find((s) => s.dimension === dimension)?.text.text}
        />
      ))}
    </section>
  );
}

function FairnessDimensionView({
  f,
  title,
  fairness,
  groups,
  suppressed,
}: {
  f: Format;
  title: string;
  fairness: NonNullable<Run['fairness']>;
  groups: NonNullable<Run['fairness']>['groups'];
  suppressed: string | undefined;
}) {
  const { t, n } = f;
  const option = useMemo(
    () =>
      shareChartOption({
        categories: [t('officer.figures.fairness.everyone'), ...groups.map((g) => g.label.text)],
        series: [
          { name: t('officer.figures.fairness.placementRate'), values: [fairness.overallPlacementRate, ...groups.map((g) => g.placementRate)] },
          { name: t('officer.figures.averageFit'), values: [fairness.overallAverageFit ?? null, ...groups.map((g) => g.averageFit ?? null)] },
          { name: t('officer.figures.fairness.preferredSetting'), values: [fairness.overallPreferredSettingShare ?? null, ...groups.map((g) => g.preferredSettingShare ?? null)] },
        ],
        description: t('officer.figures.fairness.chart', { dimension: title }),
        percent: f.percent,
        rtl: f.rtl,
      }),
    [groups, fairness, title, f.locale],
  );
  return (
    <div className="matching-section">
      <Heading3>{title}</Heading3>
      {groups.length === 0 ? (
        <Paragraph>{t('officer.figures.fairness.noGroups')}</Paragraph>
      ) : (
        <div className="matching-figure-pair">
          <Table className="matching-table">
            <TableCaption>{t('officer.figures.fairness.caption', { dimension: title })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('officer.figures.fairness.group')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.check.households')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.figures.fairness.placementRate')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.figures.averageFit')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.figures.fairness.preferredSetting')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('officer.figures.fairness.flag')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {groups.map((g) => (
                <TableRow key={g.group}>
                  <TableHeaderCell scope="row">{g.label.text}</TableHeaderCell>
                  <TableCell className="matching-figure">{n(g.households)}</TableCell>
                  <TableCell className="matching-figure">{shareText(f, g.placementRate)}</TableCell>
                  <TableCell className="matching-figure">{shareText(f, g.averageFit)}</TableCell>
                  <TableCell className="matching-figure">{shareText(f, g.preferredSettingShare)}</TableCell>
                  <TableCell className={g.flagged ? 'matching-warning' : undefined}>
                    {g.flagged ? t('officer.figures.fairness.flagged', { flags: g.flags.map((flag) => t(FLAG_LABEL[flag])).join(', ') }) : '–'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <EChart option={option} height={shareChartHeight(groups.length + 1, 3)} />
        </div>
      )}
      {suppressed && <Paragraph>{suppressed}</Paragraph>}
    </div>
  );
}

/** What the map colours: the share of person places used, or the number of persons placed. */
type MapMeasure = 'fill' | 'persons';
const MEASURES: readonly { measure: MapMeasure; label: MessageId }[] = [
  { measure: 'fill', label: 'officer.figures.fill.byShare' },
  { measure: 'persons', label: 'officer.figures.fill.byPersons' },
];

function FillSection({ f, fill }: { f: Format; fill: Run['fill'] }) {
  const { t } = f;
  const { locale } = useLanguage();
  const nameOf = useMunicipalityNames();
  const id = useId();
  const [measure, setMeasure] = useState<MapMeasure>('fill');
  // fullest first (municipalities without places last), then by name: where the round ran out shows at the top
  const rows = useMemo(
    () =>
      [...fill].sort(
        (a, b) =>
          (personsShare(b.persons, b.personsCapacity) ?? -1) - (personsShare(a.persons, a.personsCapacity) ?? -1) ||
          nameOf(a.municipalityCode).localeCompare(nameOf(b.municipalityCode), locale),
      ),
    [fill, nameOf, locale],
  );
  const most = Math.max(0, ...fill.map((m) => m.persons));
  const areas = useMemo(
    () =>
      new Map<string, MapArea>(
        fill.map((m) => {
          const share = personsShare(m.persons, m.personsCapacity);
          const name = nameOf(m.municipalityCode);
          const label =
            share === null
              ? t('officer.figures.fill.noPlaces', { name })
              : t('officer.figures.fill.label', { name, share: f.percent(share), persons: m.persons, capacity: m.personsCapacity });
          return [m.municipalityCode, { label, step: measure === 'fill' ? shareStep(share) : countStep(m.persons, most) }];
        }),
      ),
    // the labels follow the language; the colours follow the measure
    [fill, nameOf, measure, most, f.locale],
  );
  const legend: MapLegendEntry[] = [
    ...(measure === 'fill'
      ? Array.from({ length: MAP_STEPS }, (_, step) => {
          const [from, to] = stepBounds(step);
          return { key: step, label: t('officer.figures.fill.step', { from: f.percent(from), to: f.percent(to) }) };
        })
      : countRanges(most).map(([from, to], step) => ({ key: step, label: t('officer.figures.fill.personsStep', { from, to }) }))),
    ...(measure === 'fill' ? [{ key: 'none' as const, label: t('officer.figures.fill.legendNone') }] : []),
    { key: 'outside', label: t('officer.figures.fill.legendOutside') },
  ];
  const homes = (used: number, capacity: number) => (capacity === 0 && used === 0 ? '–' : t('officer.figures.countOf', { count: used, total: capacity }));
  return (
    <section aria-labelledby="figures-fill" className="matching-section">
      <Heading2 id="figures-fill">{t('officer.figures.fill.title')}</Heading2>
      <Paragraph>{t('officer.figures.fill.intro', { count: fill.length })}</Paragraph>
      <Fieldset>
        <FieldsetLegend>{t('officer.figures.fill.colourBy')}</FieldsetLegend>
        {MEASURES.map((m) => (
          <FormField key={m.measure} type="radio">
            <RadioButton id={`${id}-${m.measure}`} name={`${id}-measure`} value={m.measure} checked={measure === m.measure} onChange={() => setMeasure(m.measure)} />
            <FormLabel htmlFor={`${id}-${m.measure}`} type="radio">
              {t(m.label)}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <MunicipalityMap
        title={t(measure === 'fill' ? 'officer.figures.fill.mapTitle' : 'officer.figures.fill.mapTitlePersons')}
        hint={t('officer.map.hint')}
        areas={areas}
        outside={(name) => t('officer.figures.fill.outside', { name })}
        legend={legend}
        locale={locale}
        rtl={f.rtl}
      />
      <details className="matching-details">
        <summary>{t('officer.figures.fill.tableOpen', { count: fill.length })}</summary>
      <Table className="matching-table matching-table--wide">
        <TableCaption>{t('officer.figures.fill.caption', { count: fill.length })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('officer.review.municipality')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('officer.figures.fill.persons')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('officer.figures.fill.share')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('officer.figures.fill.homes1to2')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('officer.figures.fill.homes3to4')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('officer.figures.fill.homes5plus')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((m) => (
            <TableRow key={m.municipalityCode}>
              <TableHeaderCell scope="row">{nameOf(m.municipalityCode)}</TableHeaderCell>
              <TableCell className="matching-figure">{t('officer.figures.countOf', { count: m.persons, total: m.personsCapacity })}</TableCell>
              <TableCell className="matching-figure">{shareText(f, personsShare(m.persons, m.personsCapacity))}</TableCell>
              <TableCell className="matching-figure">{homes(m.homes1to2, m.homes1to2Capacity)}</TableCell>
              <TableCell className="matching-figure">{homes(m.homes3to4, m.homes3to4Capacity)}</TableCell>
              <TableCell className="matching-figure">{homes(m.homes5plus, m.homes5plusCapacity)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      </details>
    </section>
  );
}
