import { CapacityWarning } from '../../municipalities/models/capacity.model.js';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { CriterionWeights } from '../../common/criterion-weights.model.js';

@ObjectType({ description: 'How far verified hard ties reach, in km between municipality centres; the tie’s own municipality is always within reach.' })
export class TieReach {
  @Field(() => Float, { description: 'Job contract and study place ties' }) placeKm: number;
  @Field(() => Float, { description: 'First-degree family the household wants to live near' }) familyKm: number;
}

@ObjectType({ description: 'How a round scores and solves; editable until the round is published.' })
export class RoundPolicy {
  @Field(() => CriterionWeights, { description: 'Policy weight per criterion (each household’s own weights multiply these)' })
  weights: CriterionWeights;

  @Field(() => Int, { description: 'Options kept per household, best by score' })
  maxOptions: number;

  @Field(() => Float, { description: 'Value of placing a household at all, added to its fit' })
  placementValue: number;

  @Field()
  keepLinkedTogether: boolean;

  @Field(() => Int)
  alternatives: number;

  @Field()
  solver: string;

  @Field(() => Float)
  timeLimitSeconds: number;

  @Field(() => Int)
  seed: number;

  @Field(() => Float, { description: 'Trade-off parameter of the priority rule: how much an earlier place in the queue weighs against fit (0 = fit only)' })
  priorityWeight: number;

  @Field(() => TieReach, { description: 'How far verified hard ties reach' })
  tieReach: TieReach;

  @Field(() => Float, { description: 'Stable re-runs: fit a household must gain before a run moves it from where the anchor run placed it' })
  stabilityBonus: number;
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

@ObjectType()
export class RoundPin {
  @Field(() => ID) householdId: string;
  @Field() municipalityCode: string;
}

@ObjectType()
export class Round {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() period: string;
  @Field({ description: 'draft or published' }) status: string;
  @Field(() => RoundPolicy) policy: RoundPolicy;
  @Field(() => GraphQLJSON, { description: 'How the cohort was selected' }) cohortSelection: object;
  @Field(() => GraphQLJSON, { description: 'Profile version used per municipality' }) profileVersions: object;
  @Field(() => Int) householdCount: number;
  @Field(() => Int) municipalityCount: number;
  @Field(() => ID, { nullable: true }) publishedRunId: string | null;
  @Field() createdAt: Date;
}
