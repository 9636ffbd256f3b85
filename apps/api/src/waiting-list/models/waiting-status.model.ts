import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { HouseholdStatus, ProposalStatus } from '#matching/vocabulary/lifecycle.js';
import { HouseholdStatusEnum } from '../../households/models/household-enums.js';
import { ProposalStatusEnum } from '../../proposals/models/proposal-status.enum.js';
import { Statement } from './statement.model.js';

@ObjectType({ description: 'The household’s latest proposal, as a pointer: open it with myProposalView (newcomer) or proposals (officer).' })
export class WaitingProposal {
  @Field(() => ID) id: string;
  @Field(() => ProposalStatusEnum) status: ProposalStatus;
  @Field() municipalityCode: string;
  @Field(() => ID) roundId: string;
}

@ObjectType({ description: 'An honest wait estimate: a range with its basis, never a promise.' })
export class WaitEstimateView {
  @Field(() => Int, { nullable: true, description: 'null when no honest estimate can be made (see drivers)' }) roundsLow: number | null;
  @Field(() => Int, { nullable: true }) roundsHigh: number | null;
  @Field(() => Float, { nullable: true }) monthsLow: number | null;
  @Field(() => Float, { nullable: true }) monthsHigh: number | null;
  @Field(() => Statement) summary: Statement;
  @Field(() => Statement) basis: Statement;
  @Field(() => Statement) notAPromise: Statement;
  @Field(() => Float) similarPlacedPerRound: number;
  @Field(() => Int) aheadOfYou: number;
  @Field(() => Int) roundsObserved: number;
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
  @Field(() => ID) roundId: string;
  @Field(() => String, { nullable: true, description: 'Where it was proposed (CBS code); null when it was not placed' }) municipalityCode: string | null;
  @Field(() => [Statement], { description: 'Why it was not placed because of a checked tie (job, study place, family): the town and what was short; empty otherwise' })
  unplaced: Statement[];
  @Field(() => [Statement], { description: 'When not placed: how many households of its home size went first where it could also have gone, and why (counts only; small counts hidden)' })
  othersFirst: Statement[];
}

@ObjectType({ description: 'Where a household stands: position, change, estimate and why others went first.' })
export class WaitingStatus {
  @Field(() => ID) householdId: string;
  @Field() reference: string;
  @Field(() => HouseholdStatusEnum) status: HouseholdStatus;
  @Field(() => Statement, { description: 'Where the household stands, in a sentence: waiting, proposed (and what is awaited), accepted, moved in, or back in the queue after a proposal ended' })
  statusText: Statement;
  @Field(() => WaitingProposal, { nullable: true, description: 'The latest proposal, also one that ended; null when there was none' })
  proposal: WaitingProposal | null;
  @Field() locale: string;
  @Field(() => Statement, { description: 'The priority rule of the queue' }) rule: Statement;
  @Field(() => Int, { nullable: true, description: 'Place in the queue; null when the household is not waiting (see status and proposal)' }) position: number | null;
  @Field(() => Int) ofTotal: number;
  @Field(() => Int, { nullable: true }) aheadSameBand: number | null;
  @Field(() => Int, { nullable: true }) moreUrgentAhead: number | null;
  @Field(() => Statement, { nullable: true }) positionText: Statement | null;
  @Field(() => [Statement], { description: 'How the position changed since the last round, and why' }) change: Statement[];
  @Field(() => WaitEstimateView, { nullable: true }) estimate: WaitEstimateView | null;
  @Field(() => [Statement], { description: 'Why others went first in the last round: counts only, nobody’s data' }) othersWentFirst: Statement[];
  @Field(() => LastRoundOutcome, { nullable: true, description: 'Its own outcome in the last published round it took part in, with the reasons; null when it was in none' })
  lastRound: LastRoundOutcome | null;
}

@ObjectType()
export class BandCount {
  @Field() key: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class LongWait {
  @Field(() => ID) householdId: string;
  @Field() reference: string;
  @Field() permitDate: string;
  @Field(() => Int, { nullable: true }) daysWaiting: number | null;
}

@ObjectType()
export class UnplaceableHousehold {
  @Field(() => ID) householdId: string;
  @Field() reference: string;
  @Field(() => [Statement]) reasons: Statement[];
}

@ObjectType({ description: 'The waiting list as a whole, for officers: where the bottlenecks are.' })
export class WaitingListOverview {
  @Field(() => Int) total: number;
  @Field() period: string;
  @Field(() => [BandCount], { description: 'Waiting households by home size band' }) byBand: BandCount[];
  @Field(() => [BandCount]) byUrgency: BandCount[];
  @Field(() => [BandCount], { description: 'Households with each hard need' }) byNeed: BandCount[];
  @Field(() => [BandCount], { description: 'band:need pairs' }) byBandAndNeed: BandCount[];
  @Field(() => [LongWait]) longestWaits: LongWait[];
  @Field(() => [UnplaceableHousehold], { description: 'Households no municipality can take this period: none meets their needs, or none has a home of their band and enough person places free' }) unplaceable: UnplaceableHousehold[];
}
