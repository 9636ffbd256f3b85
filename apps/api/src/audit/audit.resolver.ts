import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { batchLoader } from '../common/request-batch.js';
import { Roles } from '../auth/access.decorator.js';
import { AuditEventsArgs, AuditFilterArgs } from './audit.args.js';
import { HOUSEHOLD_READ_ACTIONS } from '#matching/vocabulary/audit.js';
import { AuditService } from './audit.service.js';
import { AuditEvent } from './models/audit-event.model.js';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  // Officers read the trail of their work; admins read it to oversee accounts and who did what.
  @Roles('officer', 'admin')
  @Query(() => [AuditEvent], { description: 'The append-only audit trail, newest first (officers and admins).' })
  auditEvents(@Args() args: AuditEventsArgs): Promise<AuditEvent[]> {
    const { offset, limit } = args;
    return this.audit.find(filterOf(args), { offset, limit });
  }

  @Roles('officer', 'admin')
  @Query(() => Int, { description: 'How many events of the audit trail match the filters (the length of `auditEvents` with them, unpaged).' })
  auditEventCount(@Args() args: AuditFilterArgs): Promise<number> {
    return this.audit.count(filterOf(args));
  }

  // A page of events reads its actors' addresses with one query (request-batch.ts).
  @ResolveField(() => String, {
    nullable: true,
    description: 'E-mail address of the staff account that did it (admin, officer, municipality); null for a newcomer (the role says “the household itself”; staff need not see a newcomer’s address), the service itself, or an account that no longer exists',
  })
  async actorEmail(@Parent() event: AuditEvent, @Context() context: object): Promise<string | null> {
    if (event.actorAccountId === null || event.actorRole === 'newcomer') return null;
    return (await batchLoader(context, 'AuditEvent.actorEmail', (ids: readonly string[]) => this.audit.actorEmails(ids)).load(event.actorAccountId)) ?? null;
  }
}

/** The repository's filter from the arguments (absent and null both mean "any"). */
function filterOf(args: AuditFilterArgs) {
  return {
    entityType: args.entityType ?? undefined,
    entityId: args.entityId ?? undefined,
    action: args.action ?? undefined,
    excludeActions: args.withReads === false ? HOUSEHOLD_READ_ACTIONS : undefined,
  };
}
