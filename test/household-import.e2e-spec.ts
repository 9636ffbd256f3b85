/**
 * Households from CSV with a dry run (issue 13): every row's problems listed by row and column before anything is
 * stored (the rules of registerHousehold, not a copy), nothing stored on a dry run or when any row has a problem (all
 * or none), and a clean file stored with its members, professions and languages as written, each household audited.
 */
import { startTestApp, type TestApp } from './support/test-app.js';
import { required } from './support/factories.js';

interface Import {
  dryRun: boolean;
  rows: number;
  households: number;
  stored: boolean;
  problems: { row: number; column: string | null; message: string }[];
  problemCount: number;
  references: string[];
}

const IMPORT = 'mutation($csv: String!, $dryRun: Boolean!) { importHouseholds(csv: $csv, dryRun: $dryRun) { dryRun rows households stored problems { row column message } problemCount references } }';
const HEADER = 'household,permit_date,reception_location,urgency,full_name,birth_year,role,gender,professions,languages';
const GOOD = `${HEADER}\r\n` +
  'H1,2026-03-02,AZC Ter Apel,,Import Amal,1984,applicant,female,2512,ar:C2; nl:A2\r\n' +
  'H1,,,,Import Sami,2015,child,,,ar:B1\r\n' +
  'H2,2026-04-10,AZC Budel,medical,Import Olena,1991,applicant,,2211,uk:C2; en:B2\r\n';

describe('household import from CSV', () => {
  let t: TestApp;
  let officer: string;
  const imported = async (csv: string, dryRun: boolean) => required<Import>(await t.gql(IMPORT, { csv, dryRun }, officer), 'importHouseholds');
  const waitingCount = async () => required<{ total: number }>(await t.gql('{ households(filter: { status: WAITING }, limit: 1) { total } }', {}, officer), 'households').total;

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 10 });
    officer = await t.login('officer@demo.local');
  }, 120_000);
  afterAll(() => t?.close());

  it('lists every problem by row and column with the rules of registerHousehold, and stores nothing', async () => {
    const before = await waitingCount();
    const year = new Date().getUTCFullYear();
    const bad = `${HEADER}\r\n` +
      `B1,2026-03-02,AZC,,Only Child,${year - 6},child,,,\r\n` + // no adult, no applicant
      'B2,2099-01-01,AZC,,Future Permit,1980,applicant,,9999,nl:B1; nl:A2\r\n' + // date in the future, unknown ISCO code, a language twice
      'B3,2026-01-01,AZC,soon,Bad Values,1980,boss,none,,nl-B1\r\n'; // urgency, role, gender, languages not allowed
    const result = await imported(bad, false);
    expect(result).toMatchObject({ dryRun: false, rows: 3, households: 3, stored: false, references: [] });
    // (one problem per cell: the household's first, "needs at least one adult", for row 2)
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [2, null],
      [3, 'permit_date'],
      [3, 'professions'],
      [3, 'languages'],
      [4, null], // no member with the role applicant: "boss" is none
      [4, 'urgency'],
      [4, 'role'],
      [4, 'gender'],
      [4, 'languages'],
    ]);
    expect(result.problems[0].message).toMatch(/^household B1: a household needs/);
    expect(result.problems.find((p) => p.column === 'professions')?.message).toBe('unknown ISCO-08 code "9999"');
    expect(await waitingCount()).toBe(before);
  });

  it('checks a clean file on a dry run without storing it, then stores all of it at once', async () => {
    const before = await waitingCount();
    const dry = await imported(GOOD, true);
    expect(dry).toEqual({ dryRun: true, rows: 3, households: 2, stored: false, problems: [], problemCount: 0, references: [] });
    expect(await waitingCount()).toBe(before);

    const done = await imported(GOOD, false);
    expect(done).toMatchObject({ dryRun: false, rows: 3, households: 2, stored: true, problems: [] });
    expect(done.references).toHaveLength(2);
    expect(await waitingCount()).toBe(before + 2);
    const first = required<{ id: string; permitDate: string; urgency: string; members: { fullName: string; role: string; professions: { code: string }[]; languages: { language: string; cefr: string }[] }[] }>(
      await t.gql('query($r: String!) { householdByReference(reference: $r) { id permitDate urgency members { fullName role professions { code } languages { language cefr } } } }', { r: done.references[0] }, officer),
      'householdByReference',
    );
    expect(first).toMatchObject({
      permitDate: '2026-03-02',
      urgency: 'NONE',
      members: [
        { fullName: 'Import Amal', role: 'APPLICANT', professions: [{ code: '2512' }], languages: [{ language: 'ar', cefr: 'C2' }, { language: 'nl', cefr: 'A2' }] },
        { fullName: 'Import Sami', role: 'CHILD', professions: [], languages: [{ language: 'ar', cefr: 'B1' }] },
      ],
    });
    const second = required<{ urgency: string }>(await t.gql('query($r: String!) { householdByReference(reference: $r) { urgency } }', { r: done.references[1] }, officer), 'householdByReference');
    expect(second.urgency).toBe('MEDICAL');
    const audit = required<{ after: { imported: boolean; members: number } }[]>(
      await t.gql('query($id: String) { auditEvents(entityId: $id, action: "household.register") { after } }', { id: first.id }, officer),
      'auditEvents',
    );
    expect(audit.map((e) => e.after)).toEqual([{ members: 2, ties: 0, imported: true }]);
  });

  it('stores none of a file when one household has a problem', async () => {
    const before = await waitingCount();
    const oneBad = `${GOOD}H3,2026-04-10,AZC Budel,,Import Late,1970,applicant,,,xx:B1\r\n`;
    const result = await imported(oneBad, false);
    expect(result.stored).toBe(false);
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([[5, 'languages']]);
    expect(await waitingCount()).toBe(before);
  });

  it('lists the first 1,000 problems of a file in the wrong shape and counts them all', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => `W${i},2026-01-01,AZC,,Wrong ${i},nineteen,boss,,,`);
    const result = await imported(`${HEADER}\r\n${rows.join('\r\n')}\r\n`, true);
    // three per row (each row is a household): no adult applicant, birth_year, role
    expect(result.problemCount).toBe(1800);
    expect(result.problems).toHaveLength(1000);
    expect(result.problems.slice(0, 3).map((p) => [p.row, p.column])).toEqual([[2, null], [2, 'birth_year'], [2, 'role']]);
    expect(result.problems[999]).toMatchObject({ row: 335, column: null });
  });
});
