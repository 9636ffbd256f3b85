import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { HouseholdStatus, ProposalStatus } from '#matching/vocabulary/lifecycle.js';
import { HouseholdStatusEnum } from '../../households/models/household-enums.js';
import { ProposalStatusEnum } from '../../proposals/models/proposal-status.enum.js';
import { Statement } from './statement.model.js';
import type { Locale } from '#matching/messages/index.js';
import type { WaitingListSummary } from '#matching/waiting/index.js';

@ObjectType({ description: 'The household’s latest proposal, as a pointer: open it with myProposalView (newcomer) or proposals (officer).' })
export class WaitingProposal {
  @Field(() => ID, { description: 'Proposal.id' }) id: string;
  @Field(() => ProposalStatusEnum, { description: 'Where the proposal stands in its life cycle' }) status: ProposalStatus;
  @Field({ description: 'CBS code of the municipality it proposes (e.g. GM0363); statusText names it' }) municipalityCode: string;
  @Field(() => ID, { description: 'The round that made it' }) roundId: string;
}

@ObjectType({ description: 'An honest wait estimate: a range with its basis, never a promise.' })
export class WaitEstimateView {
  @Field(() => Int, { nullable: true, description: 'Fewest matching rounds until a proposal (≥ 1); null when no honest estimate can be made (drivers[0] says why)' }) roundsLow: number | null;
  @Field(() => Int, { nullable: true, description: 'Most matching rounds until a proposal (≥ roundsLow); null with roundsLow' }) roundsHigh: number | null;
  @Field(() => Float, { nullable: true, description: 'The low end in months, in halves of a month (0 = within the high end); rounds are assumed every 4 weeks; null with roundsLow' }) monthsLow: number | null;
  @Field(() => Float, { nullable: true, description: 'The high end in months, in halves of a month; null with roundsLow' }) monthsHigh: number | null;
  @Field(() => Statement, { description: 'The estimate in a sentence (wait.estimate.rounds or .months), or "we cannot estimate your waiting time yet" (wait.estimate.none)' }) summary: Statement;
  @Field(() => Statement, {
    description:
      'What the estimate rests on, in whole households: how many households like this one found a home in the rounds observed, on average per round, how many are ahead; ' +
      'when there is no estimate, why these counts give none (params.reason: none, no_history, no_recent_placements, urgent_take_all, no_free_home_now, no_home_of_band, no_municipality_meets_needs, no_municipality_in_reach, hard_tie_reaches_apart)',
  })
  basis: Statement;
  @Field(() => Statement, { description: 'That this is an estimate, not a promise' }) notAPromise: Statement;
  @Field(() => Float, { description: 'Households like this one (same home size band, placed where it fits) placed per round, mean over the rounds observed, one decimal: a statistic for officers and programs; the texts say it in whole households' }) similarPlacedPerRound: number;
  @Field(() => Int, { description: 'Households of the same home size band ahead in the queue' }) aheadOfYou: number;
  @Field(() => Int, { description: 'Published rounds the estimate looked at (the latest, at most 6)' }) roundsObserved: number;
  @Field(() => Int, {
    description:
      'Municipalities that could take the household at all: within reach, meeting every hard need, with a home of its size band and as many person places as it has members in the capacity stated for this period or the one before (free or not)',
  })
  fittingMunicipalities: number;
  @Field(() => Statement, { description: 'What fittingMunicipalities counts, in a sentence' }) fittingText: Statement;
  @Field(() => [Statement], { description: 'What drives the wait' }) drivers: Statement[];
}

@ObjectType({ description: 'What the last published round this household took part in said about it.' })
export class LastRoundOutcome {
  @Field(() => ID, { description: 'The round' }) roundId: string;
  @Field(() => String, { nullable: true, description: 'Where it was proposed (CBS code); null when it was not placed' }) municipalityCode: string | null;
  @Field(() => [Statement], { description: 'Why it was not placed because of a checked tie (job, study place, family): the town and what was short; empty otherwise' })
  unplaced: Statement[];
  @Field(() => [Statement], {
    description:
      'When not placed in that round: how many households of its home size got a home in a municipality where it could also have lived although they stand after it in the queue, or registered later (a later permit date) but stand before it because they are more urgent, and why ' +
      '(more urgent, pinned, a tie, needs met there, family placed together, a better fit). Counts only; counts from 1 to 2 said as "fewer than 3"; empty when it was placed. ' +
      'Not the same question as othersWentFirst (the last round in all municipalities, every household placed), so the counts differ.',
  })
  othersFirst: Statement[];
}

@ObjectType({ description: 'Where a household stands: position, change, estimate and why others went first.' })
export class WaitingStatus {
  @Field(() => ID, { description: 'Household.id' }) householdId: string;
  @Field({ description: 'Case reference, e.g. HH-000123' }) reference: string;
  @Field(() => HouseholdStatusEnum, { description: 'Where the household stands in its life cycle' }) status: HouseholdStatus;
  @Field(() => Statement, { description: 'Where the household stands, in a sentence: waiting, proposed (and what is awaited), accepted, moved in, or back in the queue after a proposal ended' })
  statusText: Statement;
  @Field(() => WaitingProposal, { nullable: true, description: 'The latest proposal, also one that ended; null when there was none' })
  proposal: WaitingProposal | null;
  @Field({ description: 'Language of the texts: nl, en, ar, uk, ti, fa, tr or so' }) locale: string;
  @Field(() => Statement, { description: 'The priority rule of the queue' }) rule: Statement;
  @Field(() => Int, { nullable: true, description: 'Place in the queue under the priority rule (1 = first; the same as Household.queuePosition); null when the household is not waiting (see status and proposal)' }) position: number | null;
  @Field(() => Int, { description: 'Households waiting in all' }) ofTotal: number;
  @Field(() => Int, { nullable: true, description: 'Households ahead that need a home of the same size band; null when not waiting' }) aheadSameBand: number | null;
  @Field(() => Int, { nullable: true, description: 'Households ahead because of a more urgent category; null when not waiting' }) moreUrgentAhead: number | null;
  @Field(() => Statement, { nullable: true, description: 'The position in a sentence; null when not waiting' }) positionText: Statement | null;
  @Field(() => [Statement], { description: 'How the position changed since the last round, and why' }) change: Statement[];
  @Field(() => WaitEstimateView, { nullable: true, description: 'The wait estimate with its basis; null when the household is not waiting' }) estimate: WaitEstimateView | null;
  @Field(() => [Statement], {
    description:
      'Who got a home in the last published round, in all municipalities together, and why before this household (the question between rounds): ' +
      'households more urgent than it; of its home size and urgency with an older permit; of its home size after it in the queue that got a home through a job, study place or family there, or a profession the municipality needs. ' +
      'Each household is counted only under the category that is its true reason under the queue rule (urgency, then permit date). Counts only, groups smaller than 3 hidden; empty when the household is not waiting. ' +
      'Not the same question as lastRound.othersFirst (only where this household could also have lived, in the round it took part in), so the counts differ. Readable by the household and officers.',
  })
  othersWentFirst: Statement[];
  @Field(() => LastRoundOutcome, { nullable: true, description: 'Its own outcome in the last published round it took part in, with the reasons; null when it was in none' })
  lastRound: LastRoundOutcome | null;
}

@ObjectType({ description: 'A count of waiting households under a key. Officers only.' })
export class BandCount {
  @Field({ description: 'What is counted: a home size band (homes_1_2…), an urgency (medical, social, none), a hard need (hospital…), or band:need' }) key: string;
  @Field(() => Int, { description: 'Waiting households' }) count: number;
}

@ObjectType({ description: 'A household among the longest waits (earliest permit date). Officers only.' })
export class LongWait {
  @Field(() => ID, { description: 'Household.id' }) householdId: string;
  @Field({ description: 'Case reference' }) reference: string;
  @Field({ description: 'Date the residence permit was granted (YYYY-MM-DD)' }) permitDate: string;
  @Field(() => Int, { nullable: true, description: 'Days since the permit date, today' }) daysWaiting: number | null;
}

@ObjectType({ description: 'A waiting household no municipality can take this period, with why. Officers only.' })
export class UnplaceableHousehold {
  @Field(() => ID, { description: 'Household.id' }) householdId: string;
  @Field({ description: 'Case reference' }) reference: string;
  @Field(() => [Statement], { description: 'Why no municipality can take it (waiting.* codes), in the asked language' }) reasons: Statement[];
}

@ObjectType({ description: 'The waiting list as a whole, for officers: where the bottlenecks are.' })
export class WaitingListOverview {
  @Field(() => Int, { description: 'Households waiting' }) total: number;
  @Field({ description: 'The current capacity period (e.g. 2026-H2) whose free capacity "this period" means' }) period: string;
  @Field(() => [BandCount], { description: 'Waiting households by home size band' }) byBand: BandCount[];
  @Field(() => [BandCount], { description: 'Waiting households by urgency category' }) byUrgency: BandCount[];
  @Field(() => [BandCount], { description: 'Households with each hard need' }) byNeed: BandCount[];
  @Field(() => [BandCount], { description: 'band:need pairs' }) byBandAndNeed: BandCount[];
  @Field(() => [LongWait], { description: 'The 20 longest waits: earliest permit dates first' }) longestWaits: LongWait[];
  /**
   * Not in the schema: what the `unplaceable` field (WaitingListOverviewListsResolver) renders one page from (the
   * households with their reasons as message codes, and the language), so a page renders its own texts only.
   */
  unplaceableSource: UnplaceableListSource;
}

/** The households no municipality can take (reasons as codes) and the language of the texts; see `WaitingListOverview.unplaceableSource`. */
export interface UnplaceableListSource {
  readonly households: WaitingListSummary['unplaceable'];
  readonly locale: Locale;
}
