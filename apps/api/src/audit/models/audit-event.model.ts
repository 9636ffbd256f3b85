import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType({ description: 'One recorded action: who did what, when, and what changed.' })
export class AuditEvent {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => ID, { nullable: true }) actorAccountId: string | null;
  @Field() actorRole: string;
  @Field() action: string;
  @Field() entityType: string;
  @Field() entityId: string;
  @Field(() => GraphQLJSON, { nullable: true }) before: object | null;
  @Field(() => GraphQLJSON, { nullable: true }) after: object | null;
}
