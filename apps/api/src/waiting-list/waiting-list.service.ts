import { Injectable } from '@nestjs/common';
import { DomainError } from '#common/domain-error.js';
import { WaitingRepository, type QueueRow } from '#persistence/repositories/waiting.repository.js';
import { MunicipalityRepository } from '#persistence/repositories/municipality.repository.js';
import { MunicipalityProfileRepository } from '#persistence/repositories/municipality-profile.repository.js';
import { CapacityRepository, freeCapacityOf } from '#persistence/repositories/capacity.repository.js';
import { ProposalRepository } from '#persistence/repositories/proposal.repository.js';
import { RunRepository } from '#persistence/repositories/run.repository.js';
import { householdView } from '#matching/explain/household-view.js';
import { othersFirstMessages } from '#matching/explain/others-first.js';
import { projectMunicipality } from '#matching/model/project.js';
import { CAPACITY_FIELD, HOME_BANDS, homeBand } from '#matching/vocabulary/index.js';
import { DEFAULT_TIE_REACH, type Centroid } from '#matching/fits.js';
import {
  capacityOf,
  estimateWait,
  lastRoundAggregate,
  noEstimateReason,
  perRoundCount,
  positionChange,
  queueAtRound,
  queueEntry,
  queuePositions,
  summariseRound,
  waitingListSummary,
  whyOthersWentFirst,
  withTieReach,
  type LastRoundAggregate,
  type MunicipalityCapacity,
  type QueueEntry,
  type RoundStats,
} from '#matching/waiting/index.js';
import type { Locale } from '#matching/messages/index.js';
import { periodOf, previousPeriods } from '../common/period.js';
import { StatementsService } from './statements.service.js';
import type { LastRoundOutcome, WaitingListOverview, WaitingStatus } from './models/waiting-status.model.js';

/** Rounds are assumed to be held every this many weeks when turning rounds into months. */
export const ROUND_INTERVAL_WEEKS = 4;

/** "Capacity at all" looks at the current period and the ones before it, this many half years in all (one year). */
export const RECENT_PERIODS = 2;

interface WaitingContext {
  readonly entries: QueueEntry[];
  readonly rows: Map<string, QueueRow>;
  /** Capacity in both senses of `fits`: free in the current period, and stated at all in recent periods. */
  readonly capacities: { readonly freeNow: MunicipalityCapacity[]; readonly atAll: MunicipalityCapacity[]; readonly centroids: Centroid[] };
  readonly history: RoundStats[];
  readonly last: { readonly aggregate: LastRoundAggregate; readonly previous: QueueEntry[]; readonly placed: Set<string> } | null;
  readonly period: string;
}

@Injectable()
export class WaitingListService {
  constructor(
    private readonly waiting: WaitingRepository,
    private readonly municipalities: MunicipalityRepository,
    private readonly profiles: MunicipalityProfileRepository,
    private readonly capacityRepository: CapacityRepository,
    private readonly statements: StatementsService,
    private readonly proposals: ProposalRepository,
    private readonly runs: RunRepository,
  ) {}

  /** A household's place in the queue, its wait estimate and why others went first, in its language. */
  async status(householdId: string, locale: Locale, now = new Date()): Promise<WaitingStatus> {
    const [own] = await this.waiting.queue([householdId]);
    if (!own) throw DomainError.notFound(`household ${householdId}`);
    const context = await this.context(now);
    const say = (code: string, params: Readonly<Record<string, unknown>> = {}) => this.statements.say(code, params, locale);
    // Its latest proposal (a re-proposal in a later round is a new one): what a proposed, accepted or placed
    // household is told about, and what a household back in the queue is told has ended.
    const latest = (await this.proposals.find({ householdId })).at(-1) ?? null;
    const statusText = await say('queue.status', {
      status: own.status,
      proposal: latest?.status ?? 'none',
      municipality: latest?.municipalityCode ?? '',
      youAnswered: latest?.newcomerResponse ? 'yes' : 'no',
    });
    const proposal = latest ? { id: latest.id, status: latest.status, municipalityCode: latest.municipalityCode, roundId: latest.roundId } : null;
    const lastRound = await this.lastRound(householdId, locale);
    const base = { householdId, reference: own.reference, status: own.status, statusText, proposal, locale, rule: await say('queue.rule'), ofTotal: context.entries.length, lastRound };
    const entry = own.status === 'waiting' ? context.entries.find((e) => e.id === householdId) : undefined;
    if (!entry) {
      return { ...base, position: null, aheadSameBand: null, moreUrgentAhead: null, positionText: null, change: [], estimate: null, othersWentFirst: [] };
    }
    const position = queuePositions(context.entries).get(householdId)!;
    const estimate = estimateWait(entry, position, context.history, context.capacities.atAll, { roundIntervalWeeks: ROUND_INTERVAL_WEEKS, freeNow: context.capacities.freeNow });
    const change = context.last ? positionChange(context.last.previous, context.entries, { placed: context.last.placed }).get(householdId) : undefined;
    const others = context.last ? whyOthersWentFirst({ homeBand: entry.homeBand, urgency: entry.urgency, permitDate: entry.permitDate }, context.last.aggregate) : [];
    const rounds = estimate.rounds;
    return {
      ...base,
      position: position.position,
      aheadSameBand: position.ahead.sameBand,
      moreUrgentAhead: position.ahead.moreUrgent,
      positionText: await say('queue.position', {
        position: position.position, ofTotal: position.ofTotal, ahead: position.ahead.total, sameBand: position.ahead.sameBand, band: entry.homeBand,
      }),
      change: change ? await this.statements.sayAll([{ code: change.code, params: change.params }, ...change.reasons], locale) : [],
      estimate: {
        roundsLow: rounds?.low ?? null,
        roundsHigh: rounds?.high ?? null,
        monthsLow: estimate.months?.low ?? null,
        monthsHigh: estimate.months?.high ?? null,
        summary: rounds
          ? await say(estimate.months ? 'wait.estimate.months' : 'wait.estimate.rounds', { ...(estimate.months ?? rounds) })
          : await say('wait.estimate.none'),
        // Whole households (perRoundCount), and why there is no estimate when there is none, so the counts and
        // "we cannot estimate your waiting time" read as both true.
        basis: await say('wait.estimate.basis', {
          total: estimate.basis.similarPlacedTotal,
          perRound: perRoundCount(estimate.basis.similarPlacedPerRound.mean),
          aheadOfYou: estimate.basis.aheadOfYou,
          roundsObserved: estimate.basis.roundsObserved,
          reason: noEstimateReason(estimate),
        }),
        notAPromise: await say('wait.estimate.not_a_promise'),
        similarPlacedPerRound: estimate.basis.similarPlacedPerRound.mean,
        aheadOfYou: estimate.basis.aheadOfYou,
        roundsObserved: estimate.basis.roundsObserved,
        fittingMunicipalities: estimate.basis.fittingMunicipalities,
        fittingText: await say('wait.estimate.fitting', { municipalities: estimate.basis.fittingMunicipalities, band: entry.homeBand, persons: entry.persons }),
        drivers: await this.statements.sayAll(estimate.drivers, locale),
      },
      othersWentFirst: await this.statements.sayAll(others, locale),
    };
  }

  /**
   * The household's own outcome in the last published round it took part in, from the published run's stored
   * explanation (`householdView`): the unplaced reasons (newcomer keys: the codes) and why others went first
   * (`othersFirstMessages(…, 'newcomer')`), in its language; null when it was in no published round.
   */
  private async lastRound(householdId: string, locale: Locale): Promise<LastRoundOutcome | null> {
    const row = await this.runs.lastPublishedAssignment(householdId);
    if (!row) return null;
    const run = await this.runs.findById(row.runId);
    if (!run) throw new Error(`run ${row.runId} of a stored assignment is missing`);
    const view = householdView(row.explanation, householdId);
    return {
      roundId: run.roundId,
      municipalityCode: row.municipalityCode,
      unplaced: await this.statements.sayAll(view.unplaced.map((r) => ({ code: r.code, params: { ...r.params } })), locale),
      othersFirst: view.othersFirst ? await this.statements.sayAll(othersFirstMessages(view.othersFirst, 'newcomer'), locale) : [],
    };
  }

  /** The officers' overview: counts by band and need, longest waits, households no municipality can take. */
  async overview(locale: Locale, now = new Date()): Promise<WaitingListOverview> {
    const context = await this.context(now);
    const summary = waitingListSummary(context.entries, context.capacities.freeNow, { today: now.toISOString().slice(0, 10), longest: 20 });
    const counts = (record: Readonly<Record<string, number>>) => Object.entries(record).map(([key, count]) => ({ key, count }));
    return {
      total: summary.total,
      period: context.period,
      byBand: counts(summary.byBand),
      byUrgency: counts(summary.byUrgency),
      byNeed: counts(summary.byNeed),
      byBandAndNeed: Object.entries(summary.byBandAndNeed).flatMap(([band, needs]) => Object.entries(needs).map(([need, count]) => ({ key: `${band}:${need}`, count }))),
      longestWaits: summary.longestWaits.map((w) => ({ householdId: w.id, reference: w.reference, permitDate: w.permitDate, daysWaiting: w.daysWaiting })),
      unplaceable: await Promise.all(
        summary.unplaceable.map(async (u) => ({ householdId: u.id, reference: u.reference, reasons: await this.statements.sayAll(u.reasons, locale) })),
      ),
    };
  }

  private async context(now: Date): Promise<WaitingContext> {
    const period = periodOf(now);
    const [rows, capacities, rounds] = await Promise.all([this.waiting.queue(), this.currentCapacities(period), this.waiting.publishedRounds()]);
    // A verified hard tie limits where a household fits (the scoring filter's predicate). Between rounds there is no
    // round policy, so the waiting list uses the default reach, DEFAULT_TIE_REACH.
    const entries = rows.map((r) => withTieReach(queueEntry(r), r.ties, capacities.centroids, DEFAULT_TIE_REACH));
    const roundIds = rounds.map((r) => r.id);
    const [placements, homes] = await Promise.all([this.waiting.placements(roundIds), this.waiting.roundHomes(roundIds)]);
    const history = rounds.map((round) =>
      summariseRound({
        roundId: round.id,
        date: round.publishedAt.slice(0, 10),
        placements: placements
          .filter((p) => p.roundId === round.id)
          .map((p) => ({ municipality: p.municipalityCode, band: homeBand(p.persons), hardNeeds: [...p.careNeeds, ...p.accessibilityNeeds] })),
        homesByMunicipality: Object.fromEntries(
          homes.filter((h) => h.roundId === round.id).map((h) => [h.municipalityCode, Object.fromEntries(HOME_BANDS.map((b) => [b, h[CAPACITY_FIELD[b]]]))]),
        ),
      }),
    );
    let last: WaitingContext['last'] = null;
    const lastRound = rounds.at(-1);
    if (lastRound) {
      const lastPlacements = placements.filter((p) => p.roundId === lastRound.id);
      const proposedThen = await this.waiting.queue(lastPlacements.map((p) => p.householdId));
      last = {
        aggregate: lastRoundAggregate(lastRound.id, lastPlacements),
        previous: queueAtRound(rows, proposedThen, lastRound.publishedAt).map(queueEntry),
        placed: new Set(lastPlacements.map((p) => p.householdId)),
      };
    }
    return { entries, rows: new Map(rows.map((r) => [r.id, r])), capacities, history, last, period };
  }

  /**
   * What each municipality offers, in both senses of `fits` (matching/fits.ts): `freeNow`, the current period's
   * capacity minus what proposals hold; `atAll`, per resource the most it stated for the current period or the
   * one before it (`RECENT_PERIODS` half years: the last year), taken or not. Both with the hard needs it meets.
   */
  private async currentCapacities(period: string): Promise<{ freeNow: MunicipalityCapacity[]; atAll: MunicipalityCapacity[]; centroids: Centroid[] }> {
    const periods = [period, ...previousPeriods(period, RECENT_PERIODS - 1)];
    const [municipalities, profiles, capacities] = await Promise.all([
      this.municipalities.find(),
      this.profiles.latestOf(),
      this.capacityRepository.forPeriods(periods),
    ]);
    const profileByCode = new Map(profiles.map((p) => [p.municipalityCode, p]));
    const rowsByCode = new Map<string, typeof capacities>();
    for (const c of capacities) rowsByCode.set(c.municipalityCode, [...(rowsByCode.get(c.municipalityCode) ?? []), c]);
    const freeNow: MunicipalityCapacity[] = [];
    const atAll: MunicipalityCapacity[] = [];
    for (const m of municipalities) {
      const rows = rowsByCode.get(m.cbsCode) ?? [];
      const current = rows.find((c) => c.period === period);
      const free = current ? freeCapacityOf(current) : null;
      const most = rows.length
        ? { persons: Math.max(...rows.map((c) => c.persons)), homes1to2: Math.max(...rows.map((c) => c.homes1to2)), homes3to4: Math.max(...rows.map((c) => c.homes3to4)), homes5plus: Math.max(...rows.map((c) => c.homes5plus)) }
        : null;
      const profile = profileByCode.get(m.cbsCode) ?? null;
      freeNow.push(capacityOf(projectMunicipality(m, profile, free)));
      atAll.push(capacityOf(projectMunicipality(m, profile, most)));
    }
    return { freeNow, atAll, centroids: municipalities.map((m) => ({ id: m.cbsCode, lat: Number(m.lat), lon: Number(m.lon) })) };
  }
}
