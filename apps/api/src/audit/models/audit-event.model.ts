import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { AuditSnapshot } from '#persistence/entities/index.js';

@ObjectType({ description: 'One recorded action: who did what, when, and what changed.' })
export class AuditEvent {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => ID, { nullable: true }) actorAccountId: string | null;
  @Field() actorRole: string;
  @Field() action: string;
  @Field() entityType: string;
  @Field() entityId: string;
  @Field(() => GraphQLJSON, { nullable: true }) before: AuditSnapshot | null;
  @Field(() => GraphQLJSON, { nullable: true }) after: AuditSnapshot | null;
}
