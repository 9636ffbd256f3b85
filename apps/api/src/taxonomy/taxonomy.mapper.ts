import type { IscoOccupation } from './models/isco-occupation.model.js';

/** The fields of a stored ISCO-08 occupation the API shows. */
export interface StoredOccupation {
  readonly code: string;
  readonly level: number;
  readonly title: string;
  readonly parentCode: string | null;
}

/** A stored ISCO-08 occupation as the API shows it. */
export function toOccupation(entity: StoredOccupation): IscoOccupation {
  return { code: entity.code, level: entity.level, title: entity.title, parentCode: entity.parentCode };
}

/**
 * The occupation of ISCO-08 code `code` from `stored` (occupations by code); a code missing there (e.g. removed
 * from the reference data after it was recorded) is shown with the code as its title and its length as its level.
 */
export function occupationOf(code: string, stored: ReadonlyMap<string, StoredOccupation>): IscoOccupation {
  return toOccupation(stored.get(code) ?? { code, level: code.length, title: code, parentCode: null });
}
