import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType({ description: 'A fact in plain language: the text comes from the message catalogue for the code, in the reader’s language.' })
export class Statement {
  @Field() code: string;
  @Field(() => GraphQLJSON) params: object;
  @Field() text: string;
  @Field({ description: 'Language of the text (nl, en, ar or uk)' }) locale: string;
  @Field({ description: 'True when no message exists for the code (the code is shown instead)' }) missing: boolean;
}
