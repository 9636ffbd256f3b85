import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A weight per criterion: a household’s own (0–5, 1 = normal) or a round’s policy weights.' })
export class CriterionWeights {
  @Field(() => Float) labour: number;
  @Field(() => Float) setting: number;
  @Field(() => Float) network: number;
  @Field(() => Float) services: number;
  @Field(() => Float) ties: number;
  @Field(() => Float) priorities: number;
}
