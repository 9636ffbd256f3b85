import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/access.decorator.js';
import { AuditEventsArgs } from './audit.args.js';
import { AuditService } from './audit.service.js';
import { AuditEvent } from './models/audit-event.model.js';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles('officer')
  @Query(() => [AuditEvent], { description: 'The append-only audit trail, newest first.' })
  auditEvents(@Args() args: AuditEventsArgs): Promise<AuditEvent[]> {
    const { entityType, entityId, action, offset, limit } = args;
    return this.audit.find({ entityType: entityType ?? undefined, entityId: entityId ?? undefined, action: action ?? undefined }, { offset, limit });
  }
}
