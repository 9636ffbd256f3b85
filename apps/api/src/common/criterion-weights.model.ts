import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { Criterion } from '#matching/model/types.js';

@ObjectType({ description: 'A weight per criterion: a household’s own (0–5, 1 = normal) or a round’s policy weights (0–10). A criterion’s effective weight is the two multiplied; 0 ignores it.' })
export class CriterionWeights implements Record<Criterion, number> {
  @Field(() => Float, { description: 'Work: professions against the labour market' }) labour: number;
  @Field(() => Float, { description: 'Living environment (urban, suburban, rural) against the preference' }) setting: number;
  @Field(() => Float, { description: 'Family, community and support networks there' }) network: number;
  @Field(() => Float, { description: 'Care, accessible homes, schools and Dutch courses needed' }) services: number;
  @Field(() => Float, { description: 'Distance to a job contract or study place' }) ties: number;
  @Field(() => Float, { description: 'The municipality’s wanted occupations' }) priorities: number;
}
