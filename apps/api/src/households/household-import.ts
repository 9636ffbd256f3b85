import { parse } from 'csv-parse/sync';
import { ACCESSIBILITY_NEEDS, CARE_NEEDS, GENDERS, MEMBER_ROLES, PREFERRED_SETTINGS } from '#persistence/entities/index.js';
import { URGENCIES } from '#matching/vocabulary/urgency.js';
import type { FieldProblem } from '#common/domain-error.js';
import { IMPORT_COLUMNS, REQUIRED_IMPORT_COLUMNS, type ImportColumn } from '#matching/vocabulary/household-import.js';

/**
 * Households from a CSV file (issue 13: "import of households from CSV with a dry run that lists every row's errors
 * before anything is stored"). One row per member; rows with the same `household` key are one household, in the
 * order the file gives them. The household's own columns are read from its first row; a later row may leave them
 * empty or repeat them, not differ. Lists within a cell are separated by `;`.
 *
 * Columns (matching/vocabulary/household-import.ts; header row, any order; unknown columns are refused):
 * - `household` (required): any text that groups the rows of one household, e.g. 1, 2, 3
 * - `permit_date` (required): the residence permit's date, YYYY-MM-DD
 * - `reception_location` (required): where the household lives now
 * - `urgency`: medical, social or none (default none)
 * - `preferred_setting`: urban, suburban, rural or no_preference (default)
 * - `care_needs`: hospital; mental_health; chronic_care
 * - `accessibility_needs`: wheelchair; ground_floor
 * - `full_name`, `birth_year` (required), `role` (required: applicant, partner, child, relative), `gender` (female,
 *   male, x), `education_level` (ISCED 0–8), `work_experience_years` (0–80)
 * - `professions`: ISCO-08 codes, e.g. 2512; 7411
 * - `languages`: language and CEFR level, e.g. ar:C2; nl:A2
 *
 * Ties (job, study, family) are not imported: an officer verifies each with a note on the household's page.
 */
const HOUSEHOLD_COLUMNS: readonly ImportColumn[] = ['permit_date', 'reception_location', 'urgency', 'preferred_setting', 'care_needs', 'accessibility_needs'];

/** Most data rows one file may hold (members); a larger list is split into several files. */
export const MAX_IMPORT_ROWS = 5000;

/**
 * Most problems one answer lists (the first, in the file's order; the answer counts them all): a file of another
 * shape can have a problem in every cell, and a list of them all would cost more than an operation may.
 */
export const MAX_IMPORT_PROBLEMS = 1000;

/** One problem of an import: the file's row (1 is the header, the first member is row 2) and its column. */
export interface ImportProblem {
  readonly row: number;
  /** The column the problem is in; null for the row or household as a whole. */
  readonly column: ImportColumn | null;
  readonly message: string;
}

/** A member as `registerHousehold` takes it (before its validation). */
export interface ImportedMember {
  fullName: string | null;
  birthYear: number;
  role: string;
  gender: string | null;
  educationLevel: number | null;
  workExperienceYears: number;
  aspirations: string[];
  professions: string[];
  languages: { language: string; cefr: string }[];
}

/** A household as `registerHousehold` takes it (before its validation), with the file rows it came from. */
export interface ImportedHousehold {
  readonly key: string;
  /** The file row of each member, in order (the first is the household's own row). */
  readonly rows: readonly number[];
  readonly input: {
    permitDate: string;
    receptionLocation: string;
    urgency: string;
    preferredSetting: string;
    careNeeds: string[];
    accessibilityNeeds: string[];
    members: ImportedMember[];
    ties: never[];
  };
}

/** The households read from a file and the problems found while reading it (none: every row could be read). */
export interface ImportRead {
  readonly rows: number;
  readonly households: readonly ImportedHousehold[];
  readonly problems: readonly ImportProblem[];
}

/** Problems in the file's order: by row, then by column in the order of IMPORT_COLUMNS (the row as a whole first). */
export function byRowAndColumn(a: ImportProblem, b: ImportProblem): number {
  const at = (p: ImportProblem) => (p.column === null ? -1 : IMPORT_COLUMNS.indexOf(p.column));
  return a.row - b.row || at(a) - at(b);
}

const list = (cell: string): string[] => cell.split(';').map((s) => s.trim()).filter((s) => s !== '');

/**
 * Reads a CSV file of households (UTF-8, with or without a byte-order mark, comma-separated, RFC 4180 quoting) into
 * `registerHousehold` inputs, listing every problem it finds by row and column: a missing or unknown column, a
 * missing required value, a value not among the allowed ones, a number that is not whole, a household column that
 * differs between rows of one household. What is not the file's shape (an age, a date's range, an ISCO code) is
 * checked afterwards with the rules of `registerHousehold` (`problemAt` maps their fields back to rows and columns).
 */
export function readHouseholdCsv(csv: string): ImportRead {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: false }) as string[][];
  } catch (error) {
    return { rows: 0, households: [], problems: [{ row: 1, column: null, message: `the file is not CSV that can be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  if (records.length === 0) return { rows: 0, households: [], problems: [{ row: 1, column: null, message: 'the file is empty: it needs a header row and a row per member' }] };
  const [header, ...data] = records;
  const problems: ImportProblem[] = [];
  const names = header.map((h) => h.toLowerCase());
  for (const name of names) {
    if (!IMPORT_COLUMNS.some((c) => c === name)) problems.push({ row: 1, column: null, message: `unknown column "${name}"; the columns are ${IMPORT_COLUMNS.join(', ')}` });
  }
  for (const column of REQUIRED_IMPORT_COLUMNS) if (!names.includes(column)) problems.push({ row: 1, column, message: 'this column is required' });
  if (data.length === 0) problems.push({ row: 1, column: null, message: 'the file has no member rows' });
  if (data.length > MAX_IMPORT_ROWS) problems.push({ row: 1, column: null, message: `the file has ${data.length} rows; at most ${MAX_IMPORT_ROWS} at a time` });
  if (problems.length > 0) return { rows: data.length, households: [], problems };

  const byKey = new Map<string, { rows: number[]; cells: Record<string, string>[] }>();
  data.forEach((record, i) => {
    const cells = Object.fromEntries(names.map((name, j) => [name, record[j] ?? '']));
    const row = i + 2;
    const key = cells.household;
    if (!key) {
      problems.push({ row, column: 'household', message: 'is required: it says which household the member belongs to' });
      return;
    }
    const group = byKey.get(key) ?? { rows: [], cells: [] };
    group.rows.push(row);
    group.cells.push(cells);
    byKey.set(key, group);
  });

  const households: ImportedHousehold[] = [];
  for (const [key, group] of byKey) {
    const first = group.cells[0];
    const firstRow = group.rows[0];
    group.cells.slice(1).forEach((cells, i) => {
      for (const column of HOUSEHOLD_COLUMNS) {
        if (cells[column] && cells[column] !== first[column]) {
          problems.push({ row: group.rows[i + 1], column, message: `differs from row ${firstRow}, the first row of household ${key}; leave it empty or give the same` });
        }
      }
    });
    const required = (column: ImportColumn, row: number, cells: Record<string, string>): string => {
      const value = cells[column] ?? '';
      if (!value) problems.push({ row, column, message: 'is required' });
      return value;
    };
    const oneOf = (column: ImportColumn, row: number, value: string, allowed: readonly string[], fallback: string): string => {
      if (!value) return fallback;
      const v = value.toLowerCase();
      if (!allowed.includes(v)) problems.push({ row, column, message: `"${value}" is not one of ${allowed.join(', ')}` });
      return v;
    };
    const someOf = (column: ImportColumn, row: number, value: string, allowed: readonly string[]): string[] =>
      list(value).map((item) => oneOf(column, row, item, allowed, item));
    const whole = (column: ImportColumn, row: number, value: string, fallback: number | null): number | null => {
      if (!value) return fallback;
      if (!/^-?\d+$/.test(value)) {
        problems.push({ row, column, message: `"${value}" is not a whole number` });
        return fallback;
      }
      return Number(value);
    };
    const members = group.cells.map((cells, i): ImportedMember => {
      const row = group.rows[i];
      const languages = list(cells.languages ?? '').map((item) => {
        const [language, cefr, ...rest] = item.split(':').map((s) => s.trim());
        if (!language || !cefr || rest.length > 0) problems.push({ row, column: 'languages', message: `"${item}" is not a language with its level, such as nl:B1` });
        return { language: language ?? '', cefr: (cefr ?? '').toUpperCase() };
      });
      return {
        fullName: cells.full_name || null,
        birthYear: whole('birth_year', row, required('birth_year', row, cells), 0) ?? 0,
        role: oneOf('role', row, required('role', row, cells), MEMBER_ROLES, ''),
        gender: cells.gender ? oneOf('gender', row, cells.gender, GENDERS, '') : null,
        educationLevel: whole('education_level', row, cells.education_level ?? '', null),
        workExperienceYears: whole('work_experience_years', row, cells.work_experience_years ?? '', 0) ?? 0,
        aspirations: [],
        professions: list(cells.professions ?? ''),
        languages,
      };
    });
    households.push({
      key,
      rows: group.rows,
      input: {
        permitDate: required('permit_date', firstRow, first),
        receptionLocation: required('reception_location', firstRow, first),
        urgency: oneOf('urgency', firstRow, first.urgency ?? '', URGENCIES, 'none'),
        preferredSetting: oneOf('preferred_setting', firstRow, first.preferred_setting ?? '', PREFERRED_SETTINGS, 'no_preference'),
        careNeeds: someOf('care_needs', firstRow, first.care_needs ?? '', CARE_NEEDS),
        accessibilityNeeds: someOf('accessibility_needs', firstRow, first.accessibility_needs ?? '', ACCESSIBILITY_NEEDS),
        members,
        ties: [],
      },
    });
  }
  return { rows: data.length, households, problems: problems.sort(byRowAndColumn) };
}

/** The input's field → the file's column (`members[i].x` fields are on member i's row). */
const COLUMN_OF_FIELD: Readonly<Record<string, ImportColumn>> = {
  permitDate: 'permit_date',
  receptionLocation: 'reception_location',
  urgency: 'urgency',
  preferredSetting: 'preferred_setting',
  careNeeds: 'care_needs',
  accessibilityNeeds: 'accessibility_needs',
  fullName: 'full_name',
  birthYear: 'birth_year',
  role: 'role',
  gender: 'gender',
  educationLevel: 'education_level',
  workExperienceYears: 'work_experience_years',
  professions: 'professions',
  languages: 'languages',
};

/**
 * A problem `registerHousehold`'s rules found in one household (a field such as `members[1].birthYear`,
 * `members[0].professions[2]`, `permitDate`, `members`) as a problem at the file's row and column.
 */
export function problemAt(household: ImportedHousehold, problem: FieldProblem): ImportProblem {
  const member = /^(?:input\.)?members\[(\d+)\]\.?([a-zA-Z]*)/.exec(problem.field);
  if (member) {
    const row = household.rows[Number(member[1])] ?? household.rows[0];
    return { row, column: COLUMN_OF_FIELD[member[2]] ?? null, message: problem.message };
  }
  const field = problem.field.replace(/^input\./, '').replace(/\[.*$/, '').split('.')[0];
  return { row: household.rows[0], column: COLUMN_OF_FIELD[field] ?? null, message: field === 'members' ? `household ${household.key}: ${problem.message}` : problem.message };
}
