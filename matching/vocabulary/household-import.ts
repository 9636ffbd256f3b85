/**
 * The columns of a household import file (one row per member; the API's `importHouseholds`, the officer's import
 * page): one definition for the reader (apps/api/src/households/household-import.ts has what each holds) and the
 * page that explains them.
 */
export const IMPORT_COLUMNS = [
  'household', 'permit_date', 'reception_location', 'urgency', 'preferred_setting', 'care_needs', 'accessibility_needs',
  'full_name', 'birth_year', 'role', 'gender', 'education_level', 'work_experience_years', 'professions', 'languages',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The columns every file must have (a household's own columns are required in its first row). */
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['household', 'permit_date', 'reception_location', 'birth_year', 'role'];
