import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A municipality’s quota for one half-year period.' })
export class Capacity {
  @Field()
  municipalityCode: string;

  @Field({ description: 'e.g. 2027-H1' })
  period: string;

  @Field(() => Int)
  persons: number;

  @Field(() => Int, { description: 'Homes for 1–2 persons' })
  homes1to2: number;

  @Field(() => Int, { description: 'Homes for 3–4 persons' })
  homes3to4: number;

  @Field(() => Int, { description: 'Homes for 5 or more persons' })
  homes5plus: number;

  @Field(() => Int, { description: 'Persons held by open proposals and placements' })
  usedPersons: number;

  @Field(() => Int)
  usedHomes1to2: number;

  @Field(() => Int)
  usedHomes3to4: number;

  @Field(() => Int)
  usedHomes5plus: number;

  @Field({ description: 'Derived from population share of the national quota, not set by the municipality' })
  isDefault: boolean;
}
