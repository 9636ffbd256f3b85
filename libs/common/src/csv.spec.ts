import { parse } from 'csv-parse/sync';
import { neutraliseFormula, toCsv } from './csv.js';

describe('CSV export', () => {
  it('neutralises every text that a spreadsheet would run, and nothing else', () => {
    for (const formula of ['=SUM(A1)', '+31 6 1234', '-2+3', '@cmd', '\t=1', '\r=1']) expect(neutraliseFormula(formula)).toBe(`'${formula}`);
    for (const text of ['HH-000123', 'Amsterdam', "'s-Gravenhage", '', 'a=b']) expect(neutraliseFormula(text)).toBe(text);
  });

  it('writes RFC 4180 with a BOM and CRLF, quotes where needed, and reads back the same cells', () => {
    const csv = toCsv(['case_reference', 'fit', 'note'], [
      ['HH-000001', 0.75, 'says "hi", twice'],
      ['=HYPERLINK("http://x")', null, true],
    ]);
    expect(csv.startsWith('\ufeffcase_reference,fit,note\r\n')).toBe(true);
    expect(csv).toContain('"says ""hi"", twice"');
    const back = parse(csv.slice(1)) as string[][];
    expect(back).toEqual([
      ['case_reference', 'fit', 'note'],
      ['HH-000001', '0.75', 'says "hi", twice'],
      ['\'=HYPERLINK("http://x")', '', 'true'],
    ]);
  });

  it('keeps negative numbers as numbers (only texts are neutralised)', () => {
    expect(toCsv(['x'], [[-0.5]])).toBe('\ufeffx\r\n-0.5\r\n');
  });
});
