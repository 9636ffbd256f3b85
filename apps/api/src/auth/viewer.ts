import type { Role } from '#persistence/entities/account.entity.js';
import { DomainError } from '#common/domain-error.js';

/** Who is asking: taken from a verified token and a fresh read of the account. */
export interface Viewer {
  readonly accountId: string;
  readonly role: Role;
  readonly municipalityCode: string | null;
  readonly householdId: string | null;
}

/**
 * Ownership rules. They run before any lookup, so asking for someone else's record gives FORBIDDEN
 * whether or not that record exists: ids of others leak nothing.
 */
export const Ownership = {
  household(viewer: Viewer, householdId: string): void {
    if (viewer.role === 'officer') return;
    if (viewer.role === 'newcomer' && viewer.householdId === householdId) return;
    throw DomainError.forbidden('You may only see or change your own household');
  },
  municipality(viewer: Viewer, municipalityCode: string): void {
    if (viewer.role === 'officer') return;
    if (viewer.role === 'municipality' && viewer.municipalityCode === municipalityCode) return;
    throw DomainError.forbidden('You may only change your own municipality');
  },
  ownMunicipalityOnly(viewer: Viewer, municipalityCode: string): void {
    if (viewer.role === 'municipality' && viewer.municipalityCode === municipalityCode) return;
    throw DomainError.forbidden('Only the municipality itself may do this');
  },
};
