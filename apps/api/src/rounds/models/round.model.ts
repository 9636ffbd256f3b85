import { CapacityWarning } from '../../municipalities/models/capacity.model.js';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { CriterionWeights } from '../../common/criterion-weights.model.js';
import { RoundStatusEnum, SolverChoiceEnum } from '../../common/vocabulary.enums.js';
import type { RoundStatus, SolverChoice } from '#matching/vocabulary/runs.js';

@ObjectType({ description: 'How far verified hard ties reach, in km between municipality centres; the tie’s own municipality is always within reach.' })
export class TieReach {
  @Field(() => Float, { description: 'Job contract and study place ties' }) placeKm: number;
  @Field(() => Float, { description: 'First-degree family the household wants to live near' }) familyKm: number;
}

@ObjectType({ description: 'How a round scores and solves; editable until the round is published.' })
export class RoundPolicy {
  @Field(() => CriterionWeights, { description: 'Policy weight per criterion (each household’s own weights multiply these)' })
  weights: CriterionWeights;

  @Field(() => Int, { description: 'Options kept per household, best by score (1–342)' })
  maxOptions: number;

  @Field(() => Float, { description: 'Value of placing a household at all, added to its fit (0–100)' })
  placementValue: number;

  @Field({ description: 'Linked households (same link group) are placed in the same municipality, or not at all' })
  keepLinkedTogether: boolean;

  @Field(() => Int, { description: 'Alternatives explained per household (0–20)' })
  alternatives: number;

  @Field(() => SolverChoiceEnum, { description: 'The solver runs use' })
  solver: SolverChoice;

  @Field(() => Float, { description: 'Time limit of a solve, seconds (1–600); a run with the priority rule priced solves twice' })
  timeLimitSeconds: number;

  @Field(() => Int, { description: 'Seed of the random choices (the solver’s and the status-quo allocation’s): the same seed and input give the same run' })
  seed: number;

  @Field(() => Float, { description: 'Trade-off parameter of the priority rule: how much an earlier place in the queue weighs against fit (0 = fit only)' })
  priorityWeight: number;

  @Field(() => TieReach, { description: 'How far verified hard ties reach' })
  tieReach: TieReach;

  @Field(() => Float, { description: 'Stable re-runs: fit a household must gain before a run moves it from where the anchor run placed it' })
  stabilityBonus: number;

  @Field(() => Int, { description: 'Days the municipality and the newcomer have to answer a proposal, counted from the day of publication (1–90, default 14): each proposal’s respondBy. Read at publication; not part of a run’s options' })
  responseDays: number;
}


@ObjectType({ description: 'The capacity a municipality offers in one round (a copy of its free capacity when the round was made, editable while a draft). Officers only.' })
export class RoundCapacity {
  @Field({ description: 'CBS code of the municipality' }) municipalityCode: string;
  @Field(() => Int, { description: 'Person places offered in this round, ≥ 0' }) persons: number;
  @Field(() => Int, { description: 'Homes for 1–2 persons offered in this round' }) homes1to2: number;
  @Field(() => Int, { description: 'Homes for 3–4 persons offered in this round' }) homes3to4: number;
  @Field(() => Int, { description: 'Homes for 5 or more persons offered in this round' }) homes5plus: number;
  @Field(() => [CapacityWarning], { description: 'Unusual but possible combinations of these figures; empty when ordinary. Impossible figures are refused by setRoundCapacity.' })
  warnings: CapacityWarning[];
}

@ObjectType({ description: 'An officer’s pin: the household goes to this municipality in the round’s runs (overrides filters and reach).' })
export class RoundPin {
  @Field(() => ID, { description: 'The pinned household' }) householdId: string;
  @Field({ description: 'CBS code of the municipality it is pinned to' }) municipalityCode: string;
}

@ObjectType({ description: 'A matching round (officers only): a cohort of waiting households, the participating municipalities with their capacity for one period, and a policy; snapshotted when created.' })
export class Round {
  @Field(() => ID, { description: 'The round’s id' }) id: string;
  @Field({ description: 'Name for people' }) name: string;
  @Field({ description: 'Half-year period whose capacity the round uses, e.g. 2026-H2' }) period: string;
  @Field(() => RoundStatusEnum, { description: 'Draft (editable) or published' }) status: RoundStatus;
  @Field(() => RoundPolicy, { description: 'How the round scores and solves' }) policy: RoundPolicy;
  @Field(() => GraphQLJSON, { description: 'How the cohort was selected: the CohortInput given (householdIds, permit dates, reception location, limit)' }) cohortSelection: object;
  @Field(() => GraphQLJSON, { description: 'Profile version used per municipality: { "<CBS code>": <version> }' }) profileVersions: object;
  @Field(() => Int, { description: 'Households in the round' }) householdCount: number;
  @Field(() => Int, { description: 'Municipalities taking part' }) municipalityCount: number;
  @Field(() => ID, { nullable: true, description: 'The run whose allocation was published as proposals; null while a draft' }) publishedRunId: string | null;
  @Field({ description: 'When the round was created (UTC); its snapshot counts ages in this year' }) createdAt: Date;
}
