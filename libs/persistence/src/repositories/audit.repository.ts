import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEventEntity, toAuditSnapshot } from '../entities/audit-event.entity.js';
import type { AuditActorRole } from '#matching/vocabulary/roles.js';
import type { AuditAction, AuditEntityType } from '#matching/vocabulary/audit.js';

export interface AuditEntry {
  readonly actorAccountId: string | null;
  readonly actorRole: AuditActorRole;
  /** What was done (matching/vocabulary/audit.ts AUDIT_ACTIONS). */
  readonly action: AuditAction;
  /** The kind of thing it was done to: AUDIT_ACTIONS[action]. */
  readonly entityType: AuditEntityType;
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
  /** Leave out these actions (e.g. the reads of a case, HOUSEHOLD_READ_ACTIONS, from its history). */
  readonly excludeActions?: readonly string[];
}

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Appends an event; pass the transaction's manager so the event commits with the change it records. */
  async append(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).getRepository(AuditEventEntity).insert(auditRow(entry));
  }

  /** Appends several events at once (e.g. the cases an officer's list showed medical notes of), one statement. */
  async appendMany(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.dataSource.getRepository(AuditEventEntity).insert(entries.map(auditRow));
  }

  /** Events matching `filter` (every condition given, AND), newest first, one page. */
  find(filter: AuditFilter, page: { offset: number; limit: number }): Promise<AuditEventEntity[]> {
    return this.filtered(filter).orderBy('e.id', 'DESC').offset(page.offset).limit(page.limit).getMany();
  }

  /** How many events match `filter` (the length of `find` without a page). */
  count(filter: AuditFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  private filtered(filter: AuditFilter) {
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.entityType) query.andWhere('e.entity_type = :type', { type: filter.entityType });
    if (filter.entityId) query.andWhere('e.entity_id = :id', { id: filter.entityId });
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.excludeActions?.length) query.andWhere('e.action NOT IN (:...excluded)', { excluded: [...filter.excludeActions] });
    return query;
  }
}
