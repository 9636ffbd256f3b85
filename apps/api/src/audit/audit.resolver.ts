import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AuditRepository } from '#persistence/repositories/audit.repository.js';
import { Roles } from '../auth/access.decorator.js';
import { AuditEvent } from './models/audit-event.model.js';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditRepository) {}

  @Roles('officer')
  @Query(() => [AuditEvent], { description: 'The append-only audit trail, newest first.' })
  async auditEvents(
    @Args('entityType', { type: () => String, nullable: true }) entityType: string | null,
    @Args('entityId', { type: () => String, nullable: true }) entityId: string | null,
    @Args('action', { type: () => String, nullable: true }) action: string | null,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
  ): Promise<AuditEvent[]> {
    const events = await this.audit.find(
      { entityType: entityType ?? undefined, entityId: entityId ?? undefined, action: action ?? undefined },
      { offset: Math.max(0, offset), limit: Math.min(Math.max(1, limit), 500) },
    );
    return events.map((e) => ({ ...e, id: String(e.id) }));
  }
}
