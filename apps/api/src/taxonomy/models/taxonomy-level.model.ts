import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A CEFR language proficiency level. Public reference data.' })
export class CefrLevelInfo {
  @Field({ description: 'A1, A2, B1, B2, C1 or C2' })
  code: string;

  @Field({ description: 'Short name of the level (English)' })
  name: string;

  @Field({ description: 'What a speaker at this level can do (English)' })
  description: string;
}

@ObjectType({ description: 'An ISCED 2011 education level. Public reference data.' })
export class IscedLevelInfo {
  @Field(() => Int, { description: '0 (early childhood) … 8 (doctoral)' })
  level: number;

  @Field({ description: 'Name of the level (English)' })
  name: string;
}
