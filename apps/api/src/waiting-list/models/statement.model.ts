import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType({ description: 'A fact in plain language: the text comes from the message catalogue for the code, in the reader’s language.' })
export class Statement {
  @Field({ description: 'The message code (e.g. wait.estimate.basis): the fact, whoever reads it (the text is in the reader’s words); stable, for programs, never shown to people' })
  code: string;
  @Field(() => GraphQLJSON, {
    description:
      'The parameters the text was made from, as the code defines them (matching/waiting/codes.ts and the other catalogues): counts are whole numbers, CBS codes and enumerated values are raw',
  })
  params: object;
  @Field({ description: 'The sentence for the reader, in `locale`' })
  text: string;
  @Field({ description: 'Language of the text (nl, en, ar, uk, ti, fa, tr or so); English when the asked language has no message for the code' })
  locale: string;
  @Field({ description: 'True when no message exists for the code (the code is shown instead)' })
  missing: boolean;
}
