import type { AuditEntry } from '#persistence/repositories/audit.repository.js';
import { AUDIT_ACTIONS, type AuditAction } from '#matching/vocabulary/audit.js';
import type { AuditActorRole } from '#matching/vocabulary/roles.js';

/**
 * The audit entry for `action` (e.g. `round.pin`, `proposal.withdraw`; matching/vocabulary/audit.ts) done by `viewer`
 * (a signed-in account, or the service itself: `system` without an account) to one entity of the action's kind (AUDIT_ACTIONS[action]), with its state before and after (null where there is
 * none); repositories write it in the transaction of the change.
 */
export function auditEntry(viewer: { readonly accountId: string | null; readonly role: AuditActorRole }, action: AuditAction, entityId: string, before: unknown, after: unknown): AuditEntry {
  return { actorAccountId: viewer.accountId, actorRole: viewer.role, action, entityType: AUDIT_ACTIONS[action], entityId, before, after };
}
