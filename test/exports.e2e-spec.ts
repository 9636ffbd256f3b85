/**
 * CSV exports for case systems (issue 13; formula escaping from issue 16): the waiting list and a run's placements,
 * each row checked against what the API says elsewhere, no names in them, a text typed as a formula neutralised, and
 * each export audited with its row count.
 */
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { defaultLimits } from '#api/config/app-config.js';
import { newHousehold, newSucceededRun, required } from './support/factories.js';

interface CsvFile {
  filename: string;
  contentType: string;
  rows: number;
  content: string;
}

/** The file's rows as objects by column name (after the byte-order mark and the header). */
function rowsOf(file: CsvFile): Record<string, string>[] {
  expect(file.content.startsWith('\ufeff')).toBe(true);
  return parse(file.content.slice(1), { columns: true }) as Record<string, string>[];
}

describe('CSV exports', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 30 });
    officer = await t.login('officer@demo.local');
  }, 120_000);
  afterAll(() => t?.close());

  const lastExport = async (action: string) =>
    required<{ entityId: string; after: { rows: number } }[]>(await t.gql('query($action: String) { auditEvents(action: $action, limit: 1) { entityId after } }', { action }, officer), 'auditEvents')[0];

  it('gives the waiting list in queue order, without names, with a formula typed by a person made harmless', async () => {
    const sneaky = await newHousehold(t, officer, { input: { receptionLocation: '=HYPERLINK("http://evil.example","AZC")' } });
    const file = required<CsvFile>(await t.gql('mutation { exportWaitingList { filename contentType rows content } }', {}, officer), 'exportWaitingList');
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.filename).toMatch(/^waiting-list-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = rowsOf(file);
    expect(rows).toHaveLength(file.rows);
    // the same households in the same order as the officer's list of waiting households
    const listed = required<{ total: number; items: { reference: string; size: number }[] }>(
      await t.gql('{ households(filter: { status: WAITING }, limit: 500) { total items { reference size } } }', {}, officer),
      'households',
    );
    expect(rows.map((r) => r.case_reference)).toEqual(listed.items.map((h) => h.reference));
    expect(rows.map((r) => Number(r.queue_position))).toEqual(rows.map((_, i) => i + 1));
    expect(rows.map((r) => Number(r.persons))).toEqual(listed.items.map((h) => h.size));
    const mine = rows.find((r) => r.case_reference === sneaky.reference)!;
    expect(mine.reception_location).toBe('\'=HYPERLINK("http://evil.example","AZC")');
    expect(mine).toMatchObject({ persons: '1', home_band: 'homes_1_2', ties_verified: '0', ties_declared: '0' });
    expect(file.content).not.toMatch(/Test Applicant/);
    expect(await lastExport('waiting_list.export')).toEqual({ entityId: 'waiting_list', after: { rows: file.rows } });
  });

  it('gives a run’s placements as the review has them, and audits the export', async () => {
    const { roundId, run } = await newSucceededRun(t, officer, { cohort: { limit: 12 } });
    const file = required<CsvFile>(await t.gql('mutation($id: ID!) { exportRunPlacements(runId: $id) { filename rows content } }', { id: run.id }, officer), 'exportRunPlacements');
    expect(file.filename).toBe(`placements-run-${String(run.id).slice(0, 8)}.csv`);
    const rows = rowsOf(file);
    expect(rows).toHaveLength(12);
    const review = required<{ assignments: { reference: string; position: number; municipalityCode: string | null; municipalityName: string | null; fit: number | null }[] }>(
      await t.gql('query($id: ID!) { run(id: $id) { assignments(limit: 50) { reference position municipalityCode municipalityName fit } } }', { id: run.id }, officer),
      'run',
    ).assignments;
    expect(rows.map((r) => [r.case_reference, Number(r.queue_position), r.placed === 'true', r.municipality_code || null, r.municipality_name || null])).toEqual(
      review.map((a) => [a.reference, a.position, a.municipalityCode !== null, a.municipalityCode, a.municipalityName]),
    );
    for (const [i, a] of review.entries()) {
      expect(rows[i].fit === '' ? null : Number(rows[i].fit)).toBe(a.fit === null ? null : Math.round(a.fit * 1000) / 1000);
    }
    // a first run has nothing to compare with: the column is empty
    expect(new Set(rows.map((r) => r.moved_since_previous_run))).toEqual(new Set(['']));
    expect(await lastExport('run.export')).toEqual({ entityId: run.id, after: { roundId, rows: 12 } });
  });

  it('refuses a run without an answer, naming the run', async () => {
    const { run } = await newSucceededRun(t, officer, { cohort: { limit: 2 } });
    // a run that ended without an answer (as a failed solve leaves it)
    await t.app.get(DataSource).query(`UPDATE run SET status = 'failed', solve_status = NULL WHERE id = $1`, [run.id]);
    const refused = await t.gql('mutation($id: ID!) { exportRunPlacements(runId: $id) { rows } }', { id: run.id }, officer);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions?.fields?.map((f) => f.field)).toEqual(['runId']);
  });
});

/* Exports and imports are costly for the service (every household of a run or of the waiting list): they share the
 * limit of runs per client address (`expensive`), so one caller cannot take the service down with them. */
describe('exports and imports are rate-limited like runs', () => {
  it('refuses the third costly call within a minute when two are allowed', async () => {
    const t = await startTestApp({ limits: { ...defaultLimits(), expensiveMutationsPerMinute: 2 } }, {});
    try {
      const officer = await t.login('officer@demo.local');
      required(await t.gql('mutation { exportWaitingList { rows } }', {}, officer), 'exportWaitingList');
      required(await t.gql('mutation { importHouseholds(csv: "household,permit_date,reception_location,birth_year,role\\n1,2026-01-01,AZC,1980,applicant\\n") { households } }', {}, officer), 'importHouseholds');
      expect(errorCode(await t.gql('mutation { exportWaitingList { rows } }', {}, officer))).toBe('RATE_LIMITED');
      expect(errorCode(await t.gql('mutation($id: ID!) { exportRunPlacements(runId: $id) { rows } }', { id: '00000000-0000-4000-8000-000000000000' }, officer))).toBe('RATE_LIMITED');
    } finally {
      await t.close();
    }
  }, 120_000);
});
