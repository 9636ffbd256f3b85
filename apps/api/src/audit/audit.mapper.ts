import type { AuditEventEntity } from '#persistence/entities/index.js';
import type { AuditEvent } from './models/audit-event.model.js';

/** A stored audit event as the API shows it; its bigint id as text. */
export function toAuditEvent(entity: AuditEventEntity): AuditEvent {
  return { ...entity, id: String(entity.id) };
}
