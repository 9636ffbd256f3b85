import { problemAt, readHouseholdCsv } from './household-import.js';

const HEADER = 'household,permit_date,reception_location,full_name,birth_year,role,professions,languages';

describe('readHouseholdCsv', () => {
  it('groups member rows by household, in the file’s order, reading lists and levels', () => {
    const read = readHouseholdCsv(
      `\ufeff${HEADER}\n` +
        'A,2026-05-01,AZC Ter Apel,Amal Haddad,1985,applicant,2512; 2511,ar:C2; nl:A2\n' +
        'B,2026-06-01,AZC Budel,Olena Koval,1990,APPLICANT,,uk:C2\n' +
        'A,,,Sami Haddad,2016,child,,\n',
    );
    expect(read.problems).toEqual([]);
    expect(read.rows).toBe(3);
    expect(read.households.map((h) => [h.key, h.rows])).toEqual([['A', [2, 4]], ['B', [3]]]);
    const a = read.households[0].input;
    expect(a).toMatchObject({ permitDate: '2026-05-01', receptionLocation: 'AZC Ter Apel', urgency: 'none', preferredSetting: 'no_preference', careNeeds: [], ties: [] });
    expect(a.members).toEqual([
      { fullName: 'Amal Haddad', birthYear: 1985, role: 'applicant', gender: null, educationLevel: null, workExperienceYears: 0, aspirations: [], professions: ['2512', '2511'], languages: [{ language: 'ar', cefr: 'C2' }, { language: 'nl', cefr: 'A2' }] },
      { fullName: 'Sami Haddad', birthYear: 2016, role: 'child', gender: null, educationLevel: null, workExperienceYears: 0, aspirations: [], professions: [], languages: [] },
    ]);
    expect(read.households[1].input.members[0].role).toBe('applicant');
  });

  it('refuses a header without the required columns or with an unknown one, before reading any row', () => {
    const read = readHouseholdCsv('household,permit_date,name\n1,2026-01-01,X\n');
    expect(read.households).toEqual([]);
    expect(read.problems).toEqual([
      { row: 1, column: null, message: expect.stringContaining('unknown column "name"') },
      { row: 1, column: 'reception_location', message: 'this column is required' },
      { row: 1, column: 'birth_year', message: 'this column is required' },
      { row: 1, column: 'role', message: 'this column is required' },
    ]);
  });

  it('lists every problem of every row by row and column', () => {
    const read = readHouseholdCsv(
      `${HEADER},urgency\n` +
        '1,2026-05-01,AZC,,nineteen,boss,,nl-B1,soon\n' +
        '1,2026-05-02,,,2010,child,,,\n' +
        ',2026-05-01,AZC,,1980,applicant,,,\n',
    );
    expect(read.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'urgency'],
      [2, 'birth_year'],
      [2, 'role'],
      [2, 'languages'],
      [3, 'permit_date'],
      [4, 'household'],
    ]);
    expect(read.problems.find((p) => p.column === 'permit_date')?.message).toBe('differs from row 2, the first row of household 1; leave it empty or give the same');
  });

  it('says so when the file is not CSV or is empty', () => {
    expect(readHouseholdCsv('').problems[0]).toMatchObject({ row: 1, message: expect.stringContaining('empty') });
    expect(readHouseholdCsv('a,b\n"unclosed').problems[0]).toMatchObject({ row: 1, message: expect.stringContaining('not CSV') });
  });
});

describe('problemAt', () => {
  const household = readHouseholdCsv(`${HEADER}\nA,2026-05-01,AZC,,1985,applicant,,\nA,,,,2016,child,9999,\n`).households[0];
  it('puts a member’s problem on its row and column, a household’s on its first row', () => {
    expect(problemAt(household, { field: 'members[1].professions[0]', message: 'unknown ISCO-08 code "9999"' })).toEqual({ row: 3, column: 'professions', message: 'unknown ISCO-08 code "9999"' });
    expect(problemAt(household, { field: 'permitDate', message: 'lies in the future' })).toEqual({ row: 2, column: 'permit_date', message: 'lies in the future' });
    expect(problemAt(household, { field: 'members', message: 'a household needs at least one adult' })).toEqual({ row: 2, column: null, message: 'household A: a household needs at least one adult' });
  });
});
