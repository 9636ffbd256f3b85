import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEventEntity, toAuditSnapshot } from '../entities/audit-event.entity.js';
import type { AuditActorRole } from '#matching/vocabulary/roles.js';

export interface AuditEntry {
  readonly actorAccountId: string | null;
  readonly actorRole: AuditActorRole;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  /** The entity's state before and after the action: any value whose JSON form is an object, or null/absent for none (stored by `toAuditSnapshot`). */
  readonly before?: unknown;
  readonly after?: unknown;
}

/** The row for an audit entry; used by every repository that records an action in its own transaction. */
export function auditRow(entry: AuditEntry): Partial<AuditEventEntity> {
  return {
    actorAccountId: entry.actorAccountId,
    actorRole: entry.actorRole,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: toAuditSnapshot(entry.before),
    after: toAuditSnapshot(entry.after),
  };
}

export interface AuditFilter {
  readonly entityType?: string;
  readonly entityId?: string;
  readonly action?: string;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Appends an event; pass the transaction's manager so the event commits with the change it records. */
  async append(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).getRepository(AuditEventEntity).insert(auditRow(entry));
  }

  find(filter: AuditFilter, page: { offset: number; limit: number }): Promise<AuditEventEntity[]> {
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e').orderBy('e.id', 'DESC').offset(page.offset).limit(page.limit);
    if (filter.entityType) query.andWhere('e.entity_type = :type', { type: filter.entityType });
    if (filter.entityId) query.andWhere('e.entity_id = :id', { id: filter.entityId });
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    return query.getMany();
  }
}
