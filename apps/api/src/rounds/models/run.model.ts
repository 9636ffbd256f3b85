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

@ObjectType({
  description: 'A reason, verdict or outcome of an explanation: its code and parameters (the data), and the text for the officer rendered from them '
    + '(third person, with figures; fit on the scale 0–1, the placement value named apart). Officers only.',
})
export class Reason {
  @Field({ description: 'The code (e.g. labour.shortage_exact, filter.capacity_insufficient, explain.alt_capacity, explain.placed)' }) code: string;
  @Field(() => GraphQLJSON, {
    description: 'The code’s parameters as stored with the run (matching/scoring/reasons.ts, matching/explain/types.ts). Verdict and outcome figures: `fit`/`outcomeFit` on 0–1 '
      + '(null when not recorded), `value`/`outcomeValue`/`netValueThere`/`netValueOutcome` the placement value (the option score on the solver’s scale)',
  })
  params: object;
  @Field({ description: 'The officer’s text for the code and parameters, in `locale`' }) text: string;
  @Field({ description: 'Language of the text: nl or en (officer texts exist in Dutch and English; other languages get English)' }) locale: string;
}

@ObjectType({ description: 'One criterion of the household’s fit at its outcome, with its score, weight and reasons.' })
export class CriterionBreakdown {
  @Field({ description: 'Criterion: labour, setting, network, services, ties or priorities' }) criterion: string;
  @Field(() => Float, { nullable: true, description: 'Score 0–1; null when the criterion does not apply' }) score: number | null;
  @Field(() => Float, { description: 'Effective weight (round policy × household preference)' }) weight: number;
  @Field(() => [Reason], { description: 'The facts behind the score, with the officer’s texts' }) reasons: Reason[];
}

@ObjectType({ description: 'A better option of the household (best first) and why it did not get it.' })
export class AlternativePlace {
  @Field({ description: 'CBS code' }) municipalityCode: string;
  @Field({ description: 'The municipality’s name' }) municipalityName: string;
  @Field(() => Float, { nullable: true, description: 'Fit there (0–1): the mean fit of the household and the households linked to it, without the placement value; null when not known (a pin to a municipality outside the round)' }) fit: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Placement value there: the household’s (or linked unit’s) term in the solver’s objective, i.e. the policy’s value of placing at all + priority value + stability bonus + fit, summed over linked households; ranks the options. Not a fit',
  })
  placementValue: number | null;
  @Field(() => Int, { description: '1 + the number of the household’s options with a strictly higher placement value' }) rank: number;
  @Field(() => Reason, { description: 'Why it was not chosen (or that its placement value was not higher), with the officer’s text' }) verdict: Reason;
}

@ObjectType({ description: 'A preferred place of the household (a tie, or its best option) and the verdict on it.' })
export class PreferredPlaceVerdict {
  @Field({ description: 'CBS code' }) municipalityCode: string;
  @Field({ description: 'The municipality’s name (the code when the municipality is unknown)' }) municipalityName: string;
  @Field(() => PreferredPlaceKindEnum, { description: 'Why it is preferred: the kind of tie, or BEST_SCORE' }) kind: string;
  @Field(() => Reason, { description: 'Chosen, or why not, with the officer’s text' }) verdict: Reason;
  @Field(() => [Reason], { description: 'When a hard constraint ruled the place out (explain.preferred_filtered): each constraint with the officer’s text; empty otherwise' })
  filterReasons: Reason[];
}

@ObjectType({ description: 'One household’s outcome in a run, with the reasons, in the officer’s language. Officers only.' })
export class Assignment {
  @Field(() => ID, { description: 'The household’s id' }) householdId: string;
  @Field({ description: 'The household’s case reference (e.g. HH-000123)' }) reference: string;
  @Field(() => Int, { nullable: true, description: 'Position in the round’s queue under the priority rule (the queue frozen when the round was created; 1 = first); null when not in it' })
  position: number | null;
  @Field(() => String, { nullable: true, description: 'CBS code of the proposed municipality; null when not placed' }) municipalityCode: string | null;
  @Field(() => String, { nullable: true, description: 'Name of the proposed municipality; null when not placed' }) municipalityName: string | null;
  @Field(() => Float, { nullable: true, description: 'The household’s own fit at its outcome (0–1); null when not placed' }) fit: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Placement value at the outcome: the household’s (or linked unit’s) term in the solver’s objective (value of placing at all + priority + stability bonus + fit); null when not placed. Not a fit',
  })
  placementValue: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank of the outcome by placement value among the municipalities that fit the household this round (see outcome); null when not placed' }) rank: number | null;
  @Field(() => Int, { description: 'How many of the fitting municipalities were kept as options for the solver (the round’s maxOptions cut-off, plus tie places)' }) options: number;
  @Field(() => Int, {
    nullable: true,
    description: 'How many municipalities fit the household this round: its needs, the reach of its hard ties, a home of its band and enough person places free in the round’s capacity (this period’s free capacity), and no officer’s forbid; null for runs stored before this was counted',
  })
  fitting: number | null;
  @Field(() => Reason, { description: 'The outcome (explain.placed or explain.unplaced) with the officer’s text' }) outcome: Reason;
  @Field(() => String, { nullable: true, description: 'The outcome in the comparison run (Run.comparedWithRunId): CBS code, or null when not placed there or when there is no comparison run' })
  previousMunicipalityCode: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the outcome differs from the comparison run’s; null when the run has no comparison run' }) moved: boolean | null;
  @Field(() => [CriterionBreakdown], { description: 'The household’s criteria at its outcome; empty when not placed' }) criteria: CriterionBreakdown[];
  @Field(() => [AlternativePlace], { description: 'The household’s best options other than the outcome, best first, each with the verdict why not there' }) alternatives: AlternativePlace[];
  @Field(() => [PreferredPlaceVerdict], { description: 'Its preferred places (ties, and the best option) with the verdict on each' }) preferred: PreferredPlaceVerdict[];
  @Field(() => [Statement], {
    description: 'Why the household waits because of a verified hard tie (the tie’s municipality, its reach and the resource that was short), in the officer’s words and language; empty when placed or not held back by a tie',
  })
  unplaced: Statement[];
  @Field(() => [Statement], {
    description: 'When not placed: how many households of the same home band were placed first where this household could also go, per reason (counts below the k-anonymity threshold are hidden), in the officer’s words and language',
  })
  othersFirst: Statement[];
  @Field(() => GraphQLJSON, { description: 'The full explanation as data (codes and parameters; matching/explain/types.ts, stored schema version 2)' }) explanation: object;
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
