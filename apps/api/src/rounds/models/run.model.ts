import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { HomeBandEnum, MoveCauseEnum, OthersFirstCategoryEnum, PreferredPlaceKindEnum } from '../../common/vocabulary.enums.js';
import { Statement } from '../../waiting-list/models/statement.model.js';

@ObjectType({ description: 'Round-level figures of an allocation.' })
export class RoundFigures {
  @Field(() => Int) householdsTotal: number;
  @Field(() => Int) householdsPlaced: number;
  @Field(() => Int) personsTotal: number;
  @Field(() => Int) personsPlaced: number;
  @Field(() => Float, { nullable: true, description: 'Mean fit (0–1) of placed households' }) averageFit: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of placed households with a setting preference who got it' }) preferredSettingShare: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of placed households with a labour-market match' }) labourMatchShare: number | null;
}

@ObjectType()
export class RunTimings {
  @Field(() => Int) buildMs: number;
  @Field(() => Int) solveMs: number;
  @Field(() => Int) explainMs: number;
  @Field(() => Int) totalMs: number;
}

@ObjectType({ description: 'Fill of one municipality against its round capacity.' })
export class MunicipalityFill {
  @Field() municipalityCode: string;
  @Field(() => Int) persons: number;
  @Field(() => Int) personsCapacity: number;
  @Field(() => Int) homes1to2: number;
  @Field(() => Int) homes1to2Capacity: number;
  @Field(() => Int) homes3to4: number;
  @Field(() => Int) homes3to4Capacity: number;
  @Field(() => Int) homes5plus: number;
  @Field(() => Int) homes5plusCapacity: number;
}

@ObjectType()
export class FairnessGroup {
  @Field() dimension: string;
  @Field() group: string;
  @Field(() => Int) households: number;
  @Field(() => Float) placementRate: number;
  @Field(() => Float, { nullable: true }) averageFit: number | null;
  @Field(() => Float, { nullable: true }) preferredSettingShare: number | null;
  @Field() flagged: boolean;
  @Field(() => [String]) flags: string[];
}

@ObjectType({ description: 'Outcomes by gender, household size, age and origin: the only place those traits are read.' })
export class FairnessReport {
  @Field(() => Float) overallPlacementRate: number;
  @Field(() => Float, { nullable: true }) overallAverageFit: number | null;
  @Field(() => [FairnessGroup]) groups: FairnessGroup[];
  @Field({ description: 'The rule behind the flags' }) rule: string;
}

@ObjectType()
export class Reason {
  @Field() code: string;
  @Field(() => GraphQLJSON) params: object;
}

@ObjectType()
export class CriterionBreakdown {
  @Field() criterion: string;
  @Field(() => Float, { nullable: true, description: 'null when the criterion does not apply' }) score: number | null;
  @Field(() => Float) weight: number;
  @Field(() => [Reason]) reasons: Reason[];
}

@ObjectType()
export class AlternativePlace {
  @Field() municipalityCode: string;
  @Field(() => Float, { nullable: true, description: 'Fit there (0–1): the mean fit of the household and the households linked to it, without the placement value; null when not known (a pin to a municipality outside the round)' }) fit: number | null;
  @Field(() => Int) rank: number;
  @Field(() => Reason, { description: 'Why it was not chosen (or that it scored lower)' }) verdict: Reason;
}

@ObjectType()
export class PreferredPlaceVerdict {
  @Field() municipalityCode: string;
  @Field(() => PreferredPlaceKindEnum) kind: string;
  @Field(() => Reason) verdict: Reason;
}

@ObjectType({ description: 'One household’s outcome in a run, with the reasons.' })
export class Assignment {
  @Field(() => ID) householdId: string;
  @Field(() => String, { nullable: true }) municipalityCode: string | null;
  @Field(() => Float, { nullable: true }) fit: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank of the chosen place among the household’s options' }) rank: number | null;
  @Field(() => Int) options: number;
  @Field(() => [CriterionBreakdown]) criteria: CriterionBreakdown[];
  @Field(() => [AlternativePlace]) alternatives: AlternativePlace[];
  @Field(() => [PreferredPlaceVerdict]) preferred: PreferredPlaceVerdict[];
  @Field(() => [Statement], {
    description: 'Why the household waits because of a verified hard tie (the tie’s municipality, its reach and the resource that was short), in the officer’s words and language; empty when placed or not held back by a tie',
  })
  unplaced: Statement[];
  @Field(() => [Statement], {
    description: 'When not placed: how many households of the same home band were placed first where this household could also go, per reason (counts below the k-anonymity threshold are hidden), in the officer’s words and language',
  })
  othersFirst: Statement[];
  @Field(() => GraphQLJSON, { description: 'The full explanation as data (codes and parameters)' }) explanation: object;
}

@ObjectType({ description: 'Households placed and their fit in one solve of the round' })
export class FitSummary {
  @Field(() => Int) householdsPlaced: number;
  @Field(() => Float, { nullable: true, description: 'Mean fit (0–1) of the placed households; null when nobody was placed' }) averageFit: number | null;
  @Field(() => Float, { description: 'Sum of the placed households’ fit' }) totalFit: number;
}

@ObjectType({ description: 'The fit-only solve of the same round (priority weight 0, no anchor), with its own solve status and gap' })
export class FitOnlySummary extends FitSummary {
  @Field({ description: 'optimal, feasible or timed_out' }) status: string;
  @Field(() => Float, { nullable: true }) gap: number | null;
}

@ObjectType({ description: 'What the priority rule cost in fit and in households placed: this run against a fit-only solve of the same round' })
export class PriorityCost {
  @Field({ description: 'The priority rule’s version, e.g. queue-rank-linear/1' }) rule: string;
  @Field(() => Float) priorityWeight: number;
  @Field(() => FitSummary) withRule: FitSummary;
  @Field(() => FitOnlySummary) fitOnly: FitOnlySummary;
}

@ObjectType()
export class QueueHalf {
  @Field(() => Int) households: number;
  @Field(() => Int) placed: number;
  @Field(() => Float, { nullable: true, description: 'placed / households; null for an empty half' }) share: number | null;
}

@ObjectType()
export class PassedOverCount {
  @Field(() => OthersFirstCategoryEnum) category: string;
  @Field(() => Int) households: number;
}

@ObjectType({ description: 'Is the queue newcomers are shown the queue that is used? Figures for one home band, by the round’s queue order' })
export class BandHonour {
  @Field(() => HomeBandEnum) band: string;
  @Field(() => Int) households: number;
  @Field(() => QueueHalf, { description: 'The first half of the band’s households in queue order' }) earlierHalf: QueueHalf;
  @Field(() => QueueHalf) laterHalf: QueueHalf;
  @Field(() => Float, { nullable: true, description: 'earlierHalf.share / laterHalf.share; null when a share is missing or the later share is 0' }) ratio: number | null;
  @Field(() => Int, { description: 'Unplaced households of the band passed over: a household of the band later in the queue (or more urgent though it came later) was placed where this one could also go' })
  passedOver: number;
  @Field(() => [PassedOverCount], { description: 'Of those passed over, how many had at least one such household in each category' }) passedOverBy: PassedOverCount[];
}

@ObjectType({ description: 'How an anchored run kept its anchor' })
export class StableRerun {
  @Field(() => Int, { description: 'Households (or linked units) that had a place in the anchor run' }) anchoredUnits: number;
  @Field({ description: 'solver: the solver’s answer; repaired_anchor: the anchor run’s answer, made to fit this run’s pins, forbids and capacity, because it scored higher' }) kept: string;
}

@ObjectType()
export class Run {
  @Field(() => ID) id: string;
  @Field(() => ID) roundId: string;
  @Field(() => ID, { nullable: true, description: 'The run this one is anchored on (stable re-runs: households stay where it placed them unless moving gains more than the stability bonus); null for a fresh run' })
  anchorRunId: string | null;
  @Field({ description: 'queued, running, succeeded, timed_out (with its best answer when hasAnswer), failed or cancelled' }) status: string;
  @Field({ description: 'Whether the run has a checked answer that can be reviewed, compared and published' }) hasAnswer: boolean;
  @Field(() => Float) progress: number;
  @Field(() => String, { nullable: true }) stage: string | null;
  @Field(() => String, { nullable: true }) solver: string | null;
  @Field(() => String, { nullable: true }) solverVersion: string | null;
  @Field(() => String, { nullable: true }) matchingVersion: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the scored instance and solver options' }) inputHash: string | null;
  @Field(() => String, { nullable: true, description: 'optimal, feasible, infeasible, timed_out or error' }) solveStatus: string | null;
  @Field(() => Float, { nullable: true }) objective: number | null;
  @Field(() => Float, { nullable: true }) bound: number | null;
  @Field(() => Float, { nullable: true, description: 'Certified gap (bound − objective) / bound' }) gap: number | null;
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => RunTimings, { nullable: true }) timings: RunTimings | null;
  @Field(() => RoundFigures, { nullable: true }) figures: RoundFigures | null;
  @Field(() => RoundFigures, { nullable: true, description: 'The same cohort allocated as today: random among municipalities with room' }) statusQuo: RoundFigures | null;
  @Field(() => FairnessReport, { nullable: true }) fairness: FairnessReport | null;
  @Field(() => PriorityCost, { nullable: true, description: 'The price of the priority rule; null without an answer or at priority weight 0' }) priorityCost: PriorityCost | null;
  @Field(() => [BandHonour], { nullable: true, description: 'Queue-honour figures per home band; null without an answer' }) queueHonour: BandHonour[] | null;
  @Field(() => StableRerun, { nullable: true, description: 'Anchored runs only' }) stableRerun: StableRerun | null;
  @Field(() => GraphQLJSON, { description: 'Policy, pins, forbidden pairs and capacities this run used' }) options: object;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}

@ObjectType()
export class MovedHousehold {
  @Field(() => ID) householdId: string;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
  @Field(() => Float, { nullable: true, description: 'Fit in b minus fit in a; null when not placed in one of them' }) fitChange: number | null;
  @Field(() => MoveCauseEnum, { description: 'Why it moved: the first of pin, forbid, capacity, weights/priority (a round-wide change), cascade that applies' }) cause: string;
}

@ObjectType()
export class MovesByCause {
  @Field(() => MoveCauseEnum) cause: string;
  @Field(() => Int) households: number;
}

@ObjectType()
export class RunComparison {
  @Field(() => Run) a: Run;
  @Field(() => Run) b: Run;
  @Field(() => [MovedHousehold], { description: 'Households whose outcome differs between the runs' }) moved: MovedHousehold[];
  @Field(() => Int) unchanged: number;
  @Field(() => [MovesByCause], { description: 'Moved households per cause, every cause listed' }) byCause: MovesByCause[];
}
