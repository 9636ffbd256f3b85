import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CAPACITY_FINDINGS, type CapacityFindingCode } from '#matching/vocabulary/capacity-check.js';
import { graphqlEnum } from '../../common/vocabulary.enums.js';

/** What each capacity finding means (the enum's value descriptions). */
export const CAPACITY_FINDING_MEANINGS: Readonly<Record<CapacityFindingCode, string>> = {
  too_few_persons:
    'Fewer person places than the homes need (a home for 1–2 houses at least 1 person, 3–4 at least 3, 5 or more at least 5); refused as input, shown only on figures stored before the check',
  persons_without_homes: 'Person places but no homes: nobody can be placed until homes are stated',
  persons_beyond_homes: 'More person places than the homes hold when full (only without homes for 5 or more): the places beyond cannot be used',
};

export const CapacityFindingEnum = graphqlEnum(
  CAPACITY_FINDINGS,
  'CapacityFinding',
  'Something unusual in stated capacity (matching/vocabulary/capacity-check.ts)',
  CAPACITY_FINDING_MEANINGS,
);

@ObjectType({ description: 'A warning on stated capacity: possible, but unusual. Readable by whoever may read the capacity.' })
export class CapacityWarning {
  @Field(() => CapacityFindingEnum, { description: 'What is unusual' })
  code: CapacityFindingCode;

  @Field({ description: 'The input field it is about (persons)' })
  field: string;

  @Field({ description: 'The warning in words (English, like input messages), with the figures' })
  message: string;
}

@ObjectType({ description: 'A municipality’s quota for one half-year period: person places and homes per size band, what is held, and warnings. Readable by officers and the municipality itself only.' })
export class Capacity {
  @Field({ description: 'CBS code of the municipality, e.g. GM0363' })
  municipalityCode: string;

  @Field({ description: 'Half-year period, e.g. 2027-H1' })
  period: string;

  @Field(() => Int, { description: 'Person places (taakstelling) for the period, ≥ 0' })
  persons: number;

  @Field(() => Int, { description: 'Homes for 1–2 persons' })
  homes1to2: number;

  @Field(() => Int, { description: 'Homes for 3–4 persons' })
  homes3to4: number;

  @Field(() => Int, { description: 'Homes for 5 or more persons' })
  homes5plus: number;

  @Field(() => Int, { description: 'Persons held by open proposals and placements' })
  usedPersons: number;

  @Field(() => Int, { description: 'Homes for 1–2 persons held by open proposals and placements' })
  usedHomes1to2: number;

  @Field(() => Int, { description: 'Homes for 3–4 persons held by open proposals and placements' })
  usedHomes3to4: number;

  @Field(() => Int, { description: 'Homes for 5 or more persons held by open proposals and placements' })
  usedHomes5plus: number;

  @Field({ description: 'Derived from population share of the national quota, not set by the municipality' })
  isDefault: boolean;

  @Field(() => [CapacityWarning], {
    description: 'Unusual but possible combinations of these figures (e.g. more person places than the homes can hold); empty when ordinary. Impossible figures are refused by setCapacity.',
  })
  warnings: CapacityWarning[];
}
