import type { AuditEntry } from '#persistence/repositories/audit.repository.js';
import type { Viewer } from '../auth/viewer.js';

/**
 * The audit entry for `action` (e.g. `round.pin`, `proposal.withdraw`) done by `viewer` to one entity, with its
 * state before and after (null where there is none); repositories write it in the transaction of the change.
 */
export function auditEntry(viewer: Pick<Viewer, 'accountId' | 'role'>, action: string, entityType: string, entityId: string, before: unknown, after: unknown): AuditEntry {
  return { actorAccountId: viewer.accountId, actorRole: viewer.role, action, entityType, entityId, before, after };
}
