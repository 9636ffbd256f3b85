import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import {
  FairnessDimensionEnum, FairnessFlagEnum, FairnessSubjectEnum, HomeBandEnum, MoveCauseEnum, OthersFirstCategoryEnum, PreferredPlaceKindEnum,
  RunStageEnum, RunStatusEnum, SolveStatusEnum, StableRerunKeptEnum,
} from '../../common/vocabulary.enums.js';
import type {
  FairnessDimension, FairnessFlag, FairnessSubject, RunStage, RunStatus, SolveStatus, StableRerunKept,
} from '#matching/vocabulary/index.js';
import type { FillRow } from '#matching/rounds/run-matching.js';
import { Statement } from '../../waiting-list/models/statement.model.js';

@ObjectType({ description: 'Round-level figures of an allocation (officers only): counts and shares over the round’s households.' })
export class RoundFigures {
  @Field(() => Int, { description: 'Households in the round' }) householdsTotal: number;
  @Field(() => Int, { description: 'Households placed (given a municipality)' }) householdsPlaced: number;
  @Field(() => Int, { description: 'Persons in the round’s households' }) personsTotal: number;
  @Field(() => Int, { description: 'Persons in the placed households' }) personsPlaced: number;
  @Field(() => Float, { nullable: true, description: 'Mean fit (0–1) of placed households; null when nobody was placed' }) averageFit: number | null;
  @Field(() => Float, { nullable: true, description: 'Share (0–1) of placed households with a setting preference who got it; null when none had one' }) preferredSettingShare: number | null;
  @Field(() => Float, { nullable: true, description: 'Share (0–1) of placed households with a labour-market match; null when nobody was placed' }) labourMatchShare: number | null;
}

@ObjectType({ description: 'How long a run took, per stage, in milliseconds (wall clock).' })
export class RunTimings {
  @Field(() => Int, { description: 'Scoring the options and building the solver’s instance, ms' }) buildMs: number;
  @Field(() => Int, { description: 'Solving (both solves when the priority rule is priced), ms' }) solveMs: number;
  @Field(() => Int, { description: 'Writing the explanations, ms' }) explainMs: number;
  @Field(() => Int, { description: 'The whole computation, ms' }) totalMs: number;
}

@ObjectType({ description: 'Fill of one municipality against its round capacity: what this run placed there, per resource.' })
export class MunicipalityFill {
  @Field({ description: 'CBS code of the municipality, e.g. GM0363' }) municipalityCode: string;
  @Field(() => Int, { description: 'Persons placed there' }) persons: number;
  @Field(() => Int, { description: 'Person places it had in the round' }) personsCapacity: number;
  @Field(() => Int, { description: 'Homes for 1–2 persons used' }) homes1to2: number;
  @Field(() => Int, { description: 'Homes for 1–2 persons it had in the round' }) homes1to2Capacity: number;
  @Field(() => Int, { description: 'Homes for 3–4 persons used' }) homes3to4: number;
  @Field(() => Int, { description: 'Homes for 3–4 persons it had in the round' }) homes3to4Capacity: number;
  @Field(() => Int, { description: 'Homes for 5 or more persons used' }) homes5plus: number;
  @Field(() => Int, { description: 'Homes for 5 or more persons it had in the round' }) homes5plusCapacity: number;
}

@ObjectType({ description: 'Outcomes of one group of a fairness breakdown, e.g. dimension GENDER, group "female". Each household is in one group per dimension.' })
export class FairnessGroup {
  @Field(() => FairnessDimensionEnum, { description: 'What the breakdown groups by' }) dimension: FairnessDimension;
  @Field({ description: 'The group: a gender (female, male, x), a home band (homes_1_2, homes_3_4, homes_5_plus), an age band (0-17, 18-24, 25-34, 35-49, 50-64, 65+) or an origin region; "not stated" when unknown' })
  group: string;
  @Field(() => Int, { description: 'Households in the group' }) households: number;
  @Field(() => Float, { description: 'Share (0–1) of the group’s households placed' }) placementRate: number;
  @Field(() => Float, { nullable: true, description: 'Mean fit (0–1) of the group’s placed households; null when none was placed' }) averageFit: number | null;
  @Field(() => Float, { nullable: true, description: 'Share (0–1) of the group’s placed households with a setting preference who got it; null when none had one' }) preferredSettingShare: number | null;
  @Field({ description: 'True when the group is clearly worse off than the whole cohort (see FairnessReport.rule)' }) flagged: boolean;
  @Field(() => [FairnessFlagEnum], { description: 'On which figures it is worse off; empty when not flagged' }) flags: FairnessFlag[];
}

@ObjectType({ description: 'Households of one fairness dimension in groups the report does not show (k-anonymity): how many, never which groups.' })
export class FairnessSuppressed {
  @Field(() => FairnessDimensionEnum, { description: 'The breakdown with hidden groups' }) dimension: FairnessDimension;
  @Field(() => Int, { description: 'Households in the hidden groups together (at least the threshold, or the whole round when the round is smaller)' }) households: number;
  /** The report's threshold, for the text. */
  threshold: number;
}

@ObjectType({
  description: 'Outcomes by gender, household size, age and origin (officers only): the only place those traits are read, after the solve, never to score. '
    + 'Groups with fewer than `anonymityThreshold` households are hidden, and so is the next smallest group where the hidden ones could otherwise be worked out from the totals (`suppressed` says how many households that hides).',
})
export class FairnessReport {
  @Field(() => Float, { description: 'Share (0–1) of the round’s households placed' }) overallPlacementRate: number;
  @Field(() => Float, { nullable: true, description: 'Mean fit (0–1) of all placed households; null when nobody was placed' }) overallAverageFit: number | null;
  @Field(() => Float, { nullable: true, description: 'Of all placed households with a setting preference, the share (0–1) placed in that setting (the cohort’s figure the groups are compared with); null when none had one' }) overallPreferredSettingShare: number | null;
  @Field(() => [FairnessGroup], { description: 'Every group shown, of every dimension, by dimension, then group name: only groups of at least `anonymityThreshold` households (see `suppressed`)' }) groups: FairnessGroup[];
  @Field(() => Int, { description: 'The k-anonymity threshold, in households: no group smaller than this is shown (the same k as “why others went first”)' }) anonymityThreshold: number;
  @Field(() => [FairnessSuppressed], { description: 'Per dimension with hidden groups, how many households they hold together (dimension order); empty when every group is shown. The sentence is in `text`' }) suppressed: FairnessSuppressed[];
  @Field(() => Int, { description: 'Smallest group that can be flagged, in households' }) minGroupSize: number;
  @Field(() => Float, { description: 'How far (0–1, e.g. 0.1 = 10 percentage points) a group’s figure must be below the cohort’s to be flagged' }) maxShortfall: number;
  @Field(() => FairnessSubjectEnum, { description: 'Whose gender and age were counted (see whoIsCounted for the sentence)' }) counted: FairnessSubject;
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
  @Field(() => Float, { nullable: true, description: 'Fit there (0–1): the mean fit over the household and the households linked to it (Assignment.linkedHouseholds; the household’s own fit when not linked), without the placement value; compare it with the outcome’s fit in `outcome.params.fit`, not with Assignment.fit; null when not known (a pin to a municipality outside the round)' }) fit: number | null;
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
  @Field(() => Float, {
    nullable: true,
    description: 'The household’s own fit at its outcome (0–1); null when not placed. For linked households (linkedHouseholds > 1) the outcome’s and the alternatives’ fits are the '
      + 'mean over the linked households, and the outcome text names both figures',
  })
  fit: number | null;
  @Field(() => Int, {
    description: 'How many households were placed together as one unit with this one (1 when not linked). The fits in `outcome`, `alternatives` and `preferred` are the mean over them; `fit` is this household’s own',
  })
  linkedHouseholds: number;
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
  @Field(() => Int, { description: 'Households placed' }) householdsPlaced: number;
  @Field(() => Float, { nullable: true, description: 'Mean fit (0–1) of the placed households; null when nobody was placed' }) averageFit: number | null;
  @Field(() => Float, { description: 'Sum of the placed households’ fit (0–1 each)' }) totalFit: number;
}

@ObjectType({ description: 'The fit-only solve of the same round (priority weight 0, no anchor), with its own solve status and gap' })
export class FitOnlySummary extends FitSummary {
  @Field(() => SolveStatusEnum, { description: 'What the solver reported for the fit-only solve' }) status: SolveStatus;
  @Field(() => Float, { nullable: true, description: 'Its certified gap (bound − objective) / bound, 0–1; null when not known' }) gap: number | null;
}

@ObjectType({ description: 'What the priority rule cost in fit and in households placed: this run against a fit-only solve of the same round' })
export class PriorityCost {
  @Field({ description: 'The priority rule’s version, e.g. queue-rank-linear/1' }) rule: string;
  @Field(() => Float, { description: 'The round’s trade-off parameter of the rule (0–2) this run used' }) priorityWeight: number;
  @Field(() => FitSummary, { description: 'This run’s figures (with the priority rule)' }) withRule: FitSummary;
  @Field(() => FitOnlySummary, { description: 'The figures of the same round solved for fit only' }) fitOnly: FitOnlySummary;
}

@ObjectType({ description: 'One half of a home band’s households in queue order, and how many were placed.' })
export class QueueHalf {
  @Field(() => Int, { description: 'Households in this half' }) households: number;
  @Field(() => Int, { description: 'Of them, placed' }) placed: number;
  @Field(() => Float, { nullable: true, description: 'placed / households (0–1); null for an empty half' }) share: number | null;
}

@ObjectType({ description: 'How many passed-over households of a band had at least one household of this category placed before them.' })
export class PassedOverCount {
  @Field(() => OthersFirstCategoryEnum, { description: 'Why the other household went first' }) category: string;
  @Field(() => Int, { description: 'Passed-over households with at least one such household' }) households: number;
}

@ObjectType({ description: 'Is the queue newcomers are shown the queue that is used? Figures for one home band, by the round’s queue order' })
export class BandHonour {
  @Field(() => HomeBandEnum, { description: 'The home band' }) band: string;
  @Field(() => Int, { description: 'Households of the round in this band' }) households: number;
  @Field(() => QueueHalf, { description: 'The first half of the band’s households in queue order' }) earlierHalf: QueueHalf;
  @Field(() => QueueHalf, { description: 'The second half of the band’s households in queue order' }) laterHalf: QueueHalf;
  @Field(() => Float, { nullable: true, description: 'earlierHalf.share / laterHalf.share; null when a share is missing or the later share is 0' }) ratio: number | null;
  @Field(() => Int, { description: 'Unplaced households of the band passed over: a household of the band later in the queue (or more urgent though it came later) was placed where this one could also go' })
  passedOver: number;
  @Field(() => [PassedOverCount], { description: 'Of those passed over, how many had at least one such household in each category' }) passedOverBy: PassedOverCount[];
}

@ObjectType({ description: 'How an anchored run kept its anchor' })
export class StableRerun {
  @Field(() => Int, { description: 'Households (or linked units) that had a place in the anchor run' }) anchoredUnits: number;
  @Field(() => StableRerunKeptEnum, { description: 'Which answer the run returned' }) kept: StableRerunKept;
}

@ObjectType({ description: 'One matching run of a round (officers only): its status, what the solver found, and the round-level figures. Per-household results are in assignments.' })
export class Run {
  @Field(() => ID, { description: 'The run’s id' }) id: string;
  @Field(() => ID, { description: 'The round it belongs to' }) roundId: string;
  @Field(() => ID, { nullable: true, description: 'The run this one is anchored on (stable re-runs: households stay where it placed them unless moving gains more than the stability bonus); null for a fresh run' })
  anchorRunId: string | null;
  @Field(() => RunStatusEnum, { description: 'Where the run is in its life cycle' }) status: RunStatus;
  @Field({ description: 'Whether the run has a checked answer that can be reviewed, compared and published' }) hasAnswer: boolean;
  @Field(() => Float, { description: 'How far the computation is, 0–1 (1 when finished)' }) progress: number;
  @Field(() => RunStageEnum, { nullable: true, description: 'What a running run is doing; null before it starts' }) stage: RunStage | null;
  @Field(() => String, { nullable: true, description: 'The solver that answered: core-lp, lagrangian-greedy, highs-mip, highs-lp or javascript-lp-solver (SolverChoice names them); null before it has. A string: solvers can be plugged in' }) solver: string | null;
  @Field(() => String, { nullable: true, description: 'Version of that solver (e.g. the HiGHS version); null before it has answered' }) solverVersion: string | null;
  @Field(() => String, { nullable: true, description: 'Version of the matching core (scoring, solver, explanations) that made the run; a re-run with the same version and input gives the same answer' }) matchingVersion: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the scored instance and solver options' }) inputHash: string | null;
  @Field(() => SolveStatusEnum, { nullable: true, description: 'What the solver reported; null before it has answered' }) solveStatus: SolveStatus | null;
  @Field(() => Float, { nullable: true, description: 'Objective of the answer: the sum of the placed households’ scores (fit plus placement value, minus the priority rule’s term)' }) objective: number | null;
  @Field(() => Float, { nullable: true, description: 'Certified upper bound on the objective (no allocation can score higher)' }) bound: number | null;
  @Field(() => Float, { nullable: true, description: 'Certified gap (bound − objective) / bound, 0–1' }) gap: number | null;
  @Field(() => String, { nullable: true, description: 'What went wrong or what the solver noted (English, for officers and operators); null when nothing' }) message: string | null;
  @Field(() => RunTimings, { nullable: true, description: 'Time per stage; null until the run finished computing' }) timings: RunTimings | null;
  @Field(() => RoundFigures, { nullable: true, description: 'This run’s round-level figures; null without an answer' }) figures: RoundFigures | null;
  @Field(() => RoundFigures, { nullable: true, description: 'The same cohort allocated as today: random among municipalities with room' }) statusQuo: RoundFigures | null;
  @Field(() => FairnessReport, { nullable: true, description: 'Outcomes by gender, household size, age and origin; null without an answer' }) fairness: FairnessReport | null;
  @Field(() => PriorityCost, { nullable: true, description: 'The price of the priority rule; null without an answer or at priority weight 0' }) priorityCost: PriorityCost | null;
  @Field(() => [BandHonour], { nullable: true, description: 'Queue-honour figures per home band; null without an answer' }) queueHonour: BandHonour[] | null;
  @Field(() => StableRerun, { nullable: true, description: 'Anchored runs only' }) stableRerun: StableRerun | null;
  @Field(() => GraphQLJSON, { description: 'Policy, pins, forbidden pairs and capacities this run used (as stored, versioned: see RoundPolicy, RoundPin, RoundCapacity for the fields)' }) options: object;
  @Field({ description: 'When the run was started (queued), UTC' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it began computing, UTC; null while queued' }) startedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it ended (any final status), UTC; null while queued or running' }) finishedAt: Date | null;
  /** The run's stored fill rows (null until it has an answer), read with the run, so `fill` reads nothing more. Not a GraphQL field. */
  fillRows: readonly FillRow[] | null;
}

@ObjectType({ description: 'A household whose outcome differs between two runs.' })
export class MovedHousehold {
  @Field(() => ID, { description: 'The household' }) householdId: string;
  @Field(() => String, { nullable: true, description: 'CBS code of its municipality in run a; null when not placed there' }) from: string | null;
  @Field(() => String, { nullable: true, description: 'CBS code of its municipality in run b; null when not placed there' }) to: string | null;
  @Field(() => Float, { nullable: true, description: 'Fit in b minus fit in a; null when not placed in one of them' }) fitChange: number | null;
  @Field(() => MoveCauseEnum, { description: 'Why it moved: the first of pin, forbid, capacity, weights/priority (a round-wide change), cascade that applies' }) cause: string;
}

@ObjectType({ description: 'How many households moved for one cause.' })
export class MovesByCause {
  @Field(() => MoveCauseEnum, { description: 'The cause' }) cause: string;
  @Field(() => Int, { description: 'Households that moved for it (0 or more)' }) households: number;
}

@ObjectType({ description: 'Two runs of the same round compared household by household (officers only).' })
export class RunComparison {
  @Field(() => Run, { description: 'The earlier run (as asked)' }) a: Run;
  @Field(() => Run, { description: 'The later run (as asked)' }) b: Run;
  @Field(() => [MovedHousehold], { description: 'Households whose outcome differs between the runs' }) moved: MovedHousehold[];
  @Field(() => Int, { description: 'Households with the same outcome in both' }) unchanged: number;
  @Field(() => [MovesByCause], { description: 'Moved households per cause, every cause listed' }) byCause: MovesByCause[];
}
