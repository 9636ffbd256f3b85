import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An ISCO-08 occupation group (major, sub-major, minor or unit group).' })
export class IscoOccupation {
  @Field({ description: 'Code of 1–4 digits; each digit narrows the group.' })
  code: string;

  @Field(() => Int, { description: '1 major group … 4 unit group' })
  level: number;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  parentCode: string | null;
}
