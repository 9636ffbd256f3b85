import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { Criterion } from '#matching/model/types.js';

@ObjectType({ description: 'A weight per criterion: a household’s own (0–5, 1 = normal) or a round’s policy weights.' })
export class CriterionWeights implements Record<Criterion, number> {
  @Field(() => Float) labour: number;
  @Field(() => Float) setting: number;
  @Field(() => Float) network: number;
  @Field(() => Float) services: number;
  @Field(() => Float) ties: number;
  @Field(() => Float) priorities: number;
}
