import type { Locale } from '#matching/messages/index.js';
import type { IscoOccupation } from './models/isco-occupation.model.js';

/** The fields of a stored ISCO-08 occupation the API shows. */
export interface StoredOccupation {
  readonly code: string;
  readonly level: number;
  /** English title. */
  readonly title: string;
  /** Dutch title; null where the reference data has none. */
  readonly titleNl: string | null;
  readonly parentCode: string | null;
}

/** A stored ISCO-08 occupation as the API shows it; `viewLocale` is the language of the view it is shown in, if any. */
export function toOccupation(entity: StoredOccupation, viewLocale?: Locale): IscoOccupation {
  return { code: entity.code, level: entity.level, titleEn: entity.title, titleNl: entity.titleNl, parentCode: entity.parentCode, ...(viewLocale ? { viewLocale } : {}) };
}

/**
 * The occupation of ISCO-08 code `code` from `stored` (occupations by code); a code missing there (e.g. removed
 * from the reference data after it was recorded) is shown with the code as its title and its length as its level.
 */
export function occupationOf(code: string, stored: ReadonlyMap<string, StoredOccupation>, viewLocale?: Locale): IscoOccupation {
  return toOccupation(stored.get(code) ?? { code, level: code.length, title: code, titleNl: null, parentCode: null }, viewLocale);
}
