import { stringify } from 'csv-stringify/sync';

/** One cell of a CSV file: text, a number, a yes/no, or nothing (an empty cell). */
export type CsvCell = string | number | boolean | null;

/**
 * The first characters by which a spreadsheet (Excel, LibreOffice, Google Sheets) takes a cell for a formula or
 * command: `=`, `+`, `-`, `@`, and tab and carriage return (OWASP, "CSV Injection",
 * https://owasp.org/www-community/attacks/CSV_Injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe to open in a spreadsheet: a text that starts like a formula gets a leading apostrophe, so it
 * is shown as text and never run (OWASP's advice). Numbers are written as numbers and need none: only texts typed by
 * people (names, notes, references) can carry a formula.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A CSV file (RFC 4180: comma-separated, double quotes where needed, CRLF line ends) with a header row, in UTF-8 with
 * a byte-order mark so that Excel reads accents and Arabic names right. Texts pass `neutraliseFormula`; numbers are
 * written as JavaScript writes them (a point for decimals); true/false as `true`/`false`; null as an empty cell.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const cell = (value: CsvCell): string => {
    if (value === null) return '';
    if (typeof value === 'string') return neutraliseFormula(value);
    return String(value);
  };
  return '\ufeff' + stringify([header.map((h) => cell(h)), ...rows.map((row) => row.map(cell))], { record_delimiter: 'windows' });
}
