/**
 * Who signs in, and who acts in the audit trail. Stored on accounts (`account.role`, CHECK constraint) and audit
 * events (`audit_event.actor_role`); GraphQL enums `Role` and `AuditActorRole`.
 */

/** What an account may do: admin (accounts), officer (cases, rounds, reviews), municipality (its own profile, capacity and proposals), newcomer (its own household). */
export const ROLES = ['admin', 'officer', 'municipality', 'newcomer'] as const;
export type Role = (typeof ROLES)[number];

/** Who did an audited action: an account's role, or `system` (the service itself, e.g. the seed on start). */
export const AUDIT_ACTOR_ROLES = [...ROLES, 'system'] as const;
export type AuditActorRole = (typeof AUDIT_ACTOR_ROLES)[number];
