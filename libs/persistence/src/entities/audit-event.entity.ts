import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActorRole } from '#matching/vocabulary/roles.js';

/** A JSON value as jsonb stores it: what `JSON.parse` of a stored value gives. */
export type JsonValue = string | number | boolean | null | JsonArray | JsonObject;
/** A JSON array. */
export interface JsonArray extends ReadonlyArray<JsonValue> {}
/** A JSON object, by key. */
export interface JsonObject { readonly [key: string]: JsonValue }
const isJsonObject = (value: JsonValue): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An audited entity's state (or the part of it an action changed): a JSON object of its audited fields, by field
 * name, as stored (dates as ISO strings, absent fields left out). Its shape is the entity's at the time of writing.
 */
export type AuditSnapshot = JsonObject;

/**
 * The stored form of an audit entry's state: `value` as jsonb stores it (its JSON form), or null for none.
 * @throws TypeError when `value` is not a JSON object (an array or a bare value is no entity state).
 */
export function toAuditSnapshot(value: unknown): AuditSnapshot | null {
  if (value === null || value === undefined) return null;
  const stored: JsonValue = JSON.parse(JSON.stringify(value));
  if (!isJsonObject(stored)) throw new TypeError(`audit state must be a JSON object, got ${JSON.stringify(stored)}`);
  return stored;
}

/**
 * Append-only record of every action (a database trigger refuses updates and deletes).
 *
 * `before`/`after` are plain JSON objects, deliberately not versioned envelopes like the other jsonb columns
 * (versioned-json.ts): an audit event is a legal record that must stay exactly as it was written, so no migration
 * may rewrite it (which wrapping the existing rows would need, by switching off the append-only trigger); and its
 * states are not one record type with one interface to version: each is the audited entity's fields at the time,
 * read back as JSON by the audit page and never decoded into a core record.
 */
@Entity('audit_event')
@Index('audit_event_entity_idx', ['entityType', 'entityId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  /** An account's role, or `system` (AUDIT_ACTOR_ROLES). */
  @Column({ name: 'actor_role', type: 'varchar', length: 12 })
  actorRole: AuditActorRole;

  @Index('audit_event_action_idx')
  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 30 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 80 })
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: AuditSnapshot | null;

  @Column({ type: 'jsonb', nullable: true })
  after: AuditSnapshot | null;

  /**
   * When `before` and `after` were erased with the case they are about (matching/vocabulary/retention.ts); null
   * while they are as recorded. The one change the database lets happen to an event, once (its append-only trigger).
   */
  @Column({ name: 'redacted_at', type: 'timestamptz', nullable: true })
  redactedAt: Date | null;
}
