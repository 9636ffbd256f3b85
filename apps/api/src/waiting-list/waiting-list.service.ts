import { Injectable } from '@nestjs/common';
import { DomainError } from '#common/domain-error.js';
import { WaitingRepository } from '#persistence/repositories/waiting.repository.js';
import { householdView } from '#matching/explain/household-view.js';
import { othersFirstMessages } from '#matching/explain/others-first.js';
import { estimateWait, noEstimateReason, perRoundCount, waitingListSummary, whyOthersWentFirst } from '#matching/waiting/index.js';
import type { Locale } from '#matching/messages/index.js';
import { StatementsService } from './statements.service.js';
import { WaitingReadModel, type WaitingContext } from './waiting-read-model.js';
import type { LastRoundOutcome, UnplaceableHousehold, UnplaceableListSource, WaitingListOverview, WaitingStatus } from './models/waiting-status.model.js';
import { pageOf, type Page } from '../common/page.args.js';

export { RECENT_PERIODS } from './waiting-read-model.js';

/** Rounds are assumed to be held every this many weeks when turning rounds into months. */
export const ROUND_INTERVAL_WEEKS = 4;

@Injectable()
export class WaitingListService {
  constructor(
    private readonly waiting: WaitingRepository,
    private readonly readModel: WaitingReadModel,
    private readonly statements: StatementsService,
  ) {}

  /** A household's place in the queue, its wait estimate and why others went first, in its language. */
  async status(householdId: string, locale: Locale, now = new Date()): Promise<WaitingStatus> {
    // The context first: it reads the read-model version before its data, and the household's own rows after it.
    const context = await this.readModel.context(now);
    const own = await this.waiting.own(householdId);
    if (!own) throw DomainError.notFound(`household ${householdId}`);
    const say = (code: string, params: Readonly<Record<string, unknown>> = {}) => this.statements.say(code, params, locale);
    // Its latest proposal (a re-proposal in a later round is a new one): what a proposed, accepted or placed
    // household is told about, and what a household back in the queue is told has ended.
    const latest = own.latest;
    const statusText = await say('queue.status', {
      status: own.status,
      proposal: latest?.status ?? 'none',
      municipality: latest?.municipalityCode ?? '',
      youAnswered: latest?.newcomerResponse ? 'yes' : 'no',
    });
    const proposal = latest ? { id: latest.id, status: latest.status, municipalityCode: latest.municipalityCode, roundId: latest.roundId } : null;
    const lastRound = await this.lastRound(householdId, context, locale);
    const base = { householdId, reference: own.reference, status: own.status, statusText, proposal, locale, rule: await say('queue.rule'), ofTotal: context.entries.length, lastRound };
    const entry = own.status === 'waiting' ? context.entryById.get(householdId) : undefined;
    if (!entry) {
      return { ...base, position: null, aheadSameBand: null, moreUrgentAhead: null, positionText: null, change: [], estimate: null, othersWentFirst: [] };
    }
    const position = context.positions.get(householdId)!;
    const estimate = estimateWait(entry, position, context.history, context.capacities.atAll, { roundIntervalWeeks: ROUND_INTERVAL_WEEKS, freeNow: context.capacities.freeNow });
    const change = context.last?.changes.get(householdId);
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
  private async lastRound(householdId: string, context: WaitingContext, locale: Locale): Promise<LastRoundOutcome | null> {
    // The published runs, newest first, come from the context; the household's rows in them are primary-key reads.
    const [row] = await this.waiting.assignmentsIn(householdId, context.publishedRunIds);
    if (!row) return null;
    const view = householdView(row.explanation, householdId);
    return {
      roundId: context.roundOfRun.get(row.runId)!,
      municipalityCode: row.municipalityCode,
      unplaced: await this.statements.sayAll(view.unplaced.map((r) => ({ code: r.code, params: { ...r.params } })), locale),
      othersFirst: view.othersFirst ? await this.statements.sayAll(othersFirstMessages(view.othersFirst, 'newcomer'), locale) : [],
    };
  }

  /** The officers' overview: counts by band and need, longest waits, households no municipality can take. */
  async overview(locale: Locale, now = new Date()): Promise<WaitingListOverview> {
    const context = await this.readModel.context(now);
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
      unplaceableSource: { households: summary.unplaceable, locale },
    };
  }

  /** One page of the households no municipality can take (`source`: WaitingListOverview.unplaceableSource), with their reasons in words. */
  async unplaceable(source: UnplaceableListSource, page: Page): Promise<UnplaceableHousehold[]> {
    return Promise.all(
      pageOf(source.households, page).map(async (u) => ({ householdId: u.id, reference: u.reference, reasons: await this.statements.sayAll(u.reasons, source.locale) })),
    );
  }
}
