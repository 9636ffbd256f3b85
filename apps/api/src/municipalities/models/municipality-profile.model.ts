import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class LabourMarket {
  @Field(() => [String], { description: 'Shortage occupations as ISCO-08 codes (any level)' })
  shortageOccupations: string[];

  @Field(() => [String])
  sectors: string[];

  @Field(() => [String])
  employersOpenToNewcomers: string[];
}

@ObjectType()
export class Community {
  @Field(() => String, { nullable: true, description: 'Language code: ISO 639-1 where one exists, else ISO 639-3' })
  language: string | null;

  @Field(() => String, { nullable: true })
  originRegion: string | null;

  @Field(() => Int, { nullable: true, description: 'Approximate number of people' })
  size: number | null;
}

@ObjectType()
export class Networks {
  @Field(() => [Community])
  communities: Community[];

  @Field(() => [String])
  selfOrganisations: string[];

  @Field(() => [String])
  buddySchemes: string[];
}

@ObjectType()
export class Services {
  @Field() hospital: boolean;
  @Field() mentalHealthCare: boolean;
  @Field() primarySchools: boolean;
  @Field() secondarySchools: boolean;
  @Field() mbo: boolean;
  @Field() hbo: boolean;
  @Field() university: boolean;
  @Field() dutchLanguageCourses: boolean;
  @Field() accessibleHomes: boolean;
}

@ObjectType()
export class Priorities {
  @Field(() => [String], { description: 'ISCO-08 codes of professions the municipality wants most' })
  wantedOccupations: string[];

  @Field(() => String, { nullable: true })
  statement: string | null;
}

@ObjectType({ description: 'One published version of a municipality’s self-profile; versions are never overwritten.' })
export class MunicipalityProfile {
  @Field()
  id: string;

  @Field()
  municipalityCode: string;

  @Field(() => Int)
  version: number;

  @Field(() => LabourMarket)
  labourMarket: LabourMarket;

  @Field(() => Networks)
  networks: Networks;

  @Field(() => Services)
  services: Services;

  @Field({ description: 'In the municipality’s words: what a newcomer can expect here' })
  whatToExpect: string;

  @Field(() => Priorities)
  priorities: Priorities;

  @Field({ description: 'Generated from public data for demonstration, not written by the municipality' })
  isDemo: boolean;

  @Field()
  publishedAt: Date;
}
