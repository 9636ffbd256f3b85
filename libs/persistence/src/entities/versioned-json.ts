import type { ValueTransformer } from 'typeorm';

/**
 * Versioned jsonb columns.
 *
 * A jsonb column that holds a record of the matching core (a round's snapshot, a run's options and results, a
 * household's explanation) stores it in an envelope `{ "schemaVersion": n, "data": <the record> }`. The entity
 * property has the record's interface; `versionedJson` (a column transformer) wraps on every write and, on every
 * read through TypeORM, checks the version and unwraps: a stored version other than the column's current one is
 * an error naming the column, never a silent cast. Raw SQL on such a column goes through `data`
 * (`model->'data'->'households'`).
 *
 * Changing a record's shape: bump the column's version (`SCHEMA_VERSIONS`) and write a migration that rewrites the
 * stored envelopes to it (see VersionedJsonColumns1795990300000 and VersionedJsonRecords1795990400000, which
 * introduced version 1 of each). `audit_event.before`/`after` are deliberately not enveloped (audit-event.entity.ts).
 */
export interface VersionedJson<T> {
  readonly schemaVersion: number;
  readonly data: T;
}

/**
 * The current schema version of each versioned column (`table.column`): every jsonb column except the audit
 * trail's `audit_event.before`/`after`.
 */
export const SCHEMA_VERSIONS = {
  'notification.params': 1,
  'round_snapshot.model': 2,
  'run.options': 2,
  'run.timings': 1,
  'run.figures': 1,
  'run.status_quo': 1,
  'run.fairness': 2,
  'run.fill': 1,
  'run.prices': 1,
  'run.priority_cost': 1,
  'run.queue_honour': 1,
  'run.stable_rerun': 1,
  'run_assignment.explanation': 2,
  'round.policy': 3,
  'round.cohort_selection': 1,
  'round.profile_versions': 1,
  'municipality_profile.labour_market': 1,
  'municipality_profile.networks': 1,
  'municipality_profile.services': 1,
  'municipality_profile.priorities': 1,
  'municipality_profile.translations': 1,
  'household.preference_weights': 1,
} as const;
export type VersionedColumn = keyof typeof SCHEMA_VERSIONS;

/** A stored value that is not an envelope of `version`; names the column and what was found. */
export class SchemaVersionError extends Error {
  constructor(column: VersionedColumn, found: unknown) {
    super(`${column}: stored schema version ${JSON.stringify(found)} is not the supported version ${SCHEMA_VERSIONS[column]} (a migration is missing)`);
    this.name = 'SchemaVersionError';
  }
}

/**
 * The envelope check. The version names the payload's interface, and payloads are written only by
 * `versionedJson` from a value of that interface, so a matching version is what makes `data` a `T`.
 */
function isEnvelopeOf<T>(stored: unknown, version: number): stored is VersionedJson<T> {
  return typeof stored === 'object' && stored !== null && 'schemaVersion' in stored && stored.schemaVersion === version && 'data' in stored;
}

/** Wraps `value` as the column's current version (what the transformer writes). */
function envelope<T>(column: VersionedColumn, value: T): VersionedJson<T> {
  return { schemaVersion: SCHEMA_VERSIONS[column], data: value };
}

/**
 * Reads a stored envelope of `column`: its record, or null for SQL NULL.
 * @throws SchemaVersionError when the stored value is not an envelope of the column's current version.
 */
function readVersioned<T>(column: VersionedColumn, stored: unknown): T | null {
  if (stored === null || stored === undefined) return null;
  if (!isEnvelopeOf<T>(stored, SCHEMA_VERSIONS[column])) {
    throw new SchemaVersionError(column, typeof stored === 'object' && 'schemaVersion' in stored ? stored.schemaVersion : undefined);
  }
  return stored.data;
}

/** Column transformer for a versioned jsonb column of records `T` (see the file comment). NULL stays NULL. */
export function versionedJson<T>(column: VersionedColumn): ValueTransformer {
  return {
    to: (value: T | null | undefined): VersionedJson<T> | null | undefined => {
      if (value === undefined) return undefined; // not written (e.g. a partial update)
      return value === null ? null : envelope(column, value);
    },
    from: (stored: unknown): T | null => readVersioned<T>(column, stored),
  };
}
