import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { AuditSnapshot } from '#persistence/entities/index.js';
import type { AuditActorRole } from '#matching/vocabulary/roles.js';
import { AuditActorRoleEnum } from '../../common/vocabulary.enums.js';

/**
 * One audit event (officers and admins). `action` and `entityType` stay open strings: each part of the service adds its
 * own actions, and an event written once must stay readable whatever is added later.
 */
@ObjectType({ description: 'One recorded action: who did what, when, and what changed (officers and admins; the trail is append-only).' })
export class AuditEvent {
  @Field(() => ID, { description: 'Sequence number of the event (increasing; as text)' }) id: string;
  @Field({ description: 'When it happened (UTC)' }) at: Date;
  @Field(() => ID, { nullable: true, description: 'The account that did it; null for the service itself (actorRole SYSTEM)' }) actorAccountId: string | null;
  @Field(() => AuditActorRoleEnum, { description: 'The role the actor had when acting' }) actorRole: AuditActorRole;
  @Field({ description: 'What was done, `<entity>.<verb>`, e.g. round.publish, run.start, proposal.withdraw, municipalities.sync (matching/vocabulary/audit.ts lists every action the service records)' }) action: string;
  @Field({ description: 'Kind of thing acted on, e.g. round, run, proposal, household, account, reference_data' }) entityType: string;
  @Field({ description: 'Id of the thing acted on (a UUID, or a name for reference data, e.g. municipalities)' }) entityId: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Its recorded state before the action (the fields the action changes); null when it did not exist' }) before: AuditSnapshot | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Its recorded state after the action; null when it was removed' }) after: AuditSnapshot | null;
}
