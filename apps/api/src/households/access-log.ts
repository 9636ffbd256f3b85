import { Injectable } from '@nestjs/common';
import { AuditRepository } from '#persistence/repositories/audit.repository.js';
import type { HouseholdReadAction } from '#matching/vocabulary/audit.js';
import { auditEntry } from '../common/audit-entry.js';
import type { Viewer } from '../auth/viewer.js';

/** The reads of a case recorded here (matching/vocabulary/audit.ts); the export records its own (`household.export`). */
export type HouseholdRead = Exclude<HouseholdReadAction, 'household.export'>;

/**
 * Who of the staff opened a household's case, and when (issue 16, the right of access: the household's data export
 * lists it). Recorded in the audit trail, without what was read: opening the case page (`household.view`) and every
 * showing of medical notes (`household.view_medical`, also in lists). Only staff reads count: a newcomer reading
 * their own case is not recorded.
 */
@Injectable()
export class HouseholdAccessLog {
  constructor(private readonly audit: AuditRepository) {}

  /** Records that `viewer` read these households (nothing for a newcomer); answers each id, for a batch loader. */
  async record(viewer: Viewer, read: HouseholdRead, householdIds: readonly string[]): Promise<Map<string, true>> {
    if (viewer.role === 'officer' || viewer.role === 'admin') {
      await this.audit.appendMany([...new Set(householdIds)].map((id) => auditEntry(viewer, read, id, null, null)));
    }
    return new Map(householdIds.map((id) => [id, true]));
  }
}
