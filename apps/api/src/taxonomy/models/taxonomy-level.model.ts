import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A CEFR language proficiency level.' })
export class CefrLevelInfo {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  description: string;
}

@ObjectType({ description: 'An ISCED 2011 education level.' })
export class IscedLevelInfo {
  @Field(() => Int)
  level: number;

  @Field()
  name: string;
}
