/**
 * The right of access (issue 16; AVG/GDPR art. 15 and 20): a newcomer downloads everything stored about the
 * household — its members as registered (protected traits and medical notes too), its accounts, its proposals, every
 * run that considered it with the outcome in words, its messages, its history, and who of the staff opened the case
 * (every officer's view and every showing of the medical notes is recorded). Nothing about another household.
 */
import { DataSource } from 'typeorm';
import type { HouseholdDataExport } from '#matching/vocabulary/data-export.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { createAccount, newHouseholds, newPublishedRound, required } from './support/factories.js';

const MINE = 'query($locale: String) { myHouseholdData(locale: $locale) }';

describe('a household’s data export', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 10 });
    officer = await t.login('officer@demo.local');
  }, 120_000);
  afterAll(() => t?.close());

  it('holds everything about the household, the runs that considered it and who of the staff opened it, and nothing of others', async () => {
    const [own, other] = await newHouseholds(t, officer, 2, {
      input: { medicalNotes: 'Dialysis three times a week.', protectedTraits: { nationality: 'SY', originRegion: 'Aleppo' } },
    });
    const newcomer = await createAccount(t, { role: 'NEWCOMER', householdId: own.id });
    const { run, proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: [own.id, other.id] } }, [
      { householdId: own.id, municipalityCode: 'GM0344' },
      { householdId: other.id, municipalityCode: 'GM0363' },
    ]);
    const proposal = proposals.find((p) => p.householdId === own.id)!;

    // the officer opens the case (with its medical notes) once, and a list that shows them; the newcomer reads their own
    required(await t.gql('query($id: ID!) { household(id: $id) { id medicalNotes } }', { id: own.id }, officer), 'household');
    required(await t.gql('{ households(limit: 500) { items { id medicalNotes } } }', {}, officer), 'households');
    required(await t.gql('query($id: ID!) { household(id: $id) { id } }', { id: own.id }, newcomer), 'household');

    const data = required<HouseholdDataExport>(await t.gql(MINE, { locale: 'nl' }, newcomer), 'myHouseholdData');
    expect(data.format).toEqual({ name: 'newcomer-matching/household-data', version: 1 });
    expect(data.locale).toBe('nl');
    expect(data.household).toMatchObject({ id: own.id, reference: own.reference, receptionLocation: 'AZC Test', medicalNotes: 'Dialysis three times a week.' });
    expect(data.household.protectedTraits).toEqual({ nationality: 'SY', originRegion: 'Aleppo' });
    expect(data.household.members).toEqual([expect.objectContaining({ position: 0, fullName: expect.stringMatching(/^Test Applicant/), role: 'applicant' })]);
    expect(data.accounts).toEqual([expect.objectContaining({ email: expect.stringContaining('@test.local'), locale: 'nl', emailNotifications: true, disabled: false })]);
    expect(data.proposals.map((p) => [p.id, p.municipalityCode, p.status])).toEqual([[proposal.id, 'GM0344', 'open']]);
    expect(data.notifications).toEqual([expect.objectContaining({ account: data.accounts[0].email, kind: 'proposal_received', proposalId: proposal.id, params: {}, readAt: null })]);
    expect(data.household.toldPosition).toBeNull(); // in the round's cohort with a proposal: no longer waiting, never told a place

    // the run that proposed it: where, why in words, and what makes it repeatable
    const considered = data.runs.find((r) => r.runId === run.id);
    expect(considered).toMatchObject({ published: true, municipalityCode: 'GM0344', status: 'succeeded' });
    expect(considered?.outcome).toMatch(/Utrecht/);
    expect(considered?.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(considered?.explanation).toEqual(expect.objectContaining({ households: [own.id] }));

    // its history (registration, the proposal's publication) and who of the staff opened it: the officer, not the newcomer
    expect(data.history.map((e) => e.action)).toContain('household.register');
    const reads = data.accessLog.map((e) => [e.action, e.actorRole]);
    expect(reads).toEqual([
      ['household.view', 'officer'],
      ['household.view_medical', 'officer'],
      ['household.view_medical', 'officer'],
    ]);

    // nothing about the other household of the same round
    const text = JSON.stringify(data);
    expect(text).not.toContain(other.id);
    expect(text).not.toContain(other.reference);

    // the export itself is recorded, and the next one lists it
    const again = required<HouseholdDataExport>(await t.gql(MINE, { locale: 'ar' }, newcomer), 'myHouseholdData');
    expect(again.accessLog.map((e) => [e.action, e.actorRole]).at(-1)).toEqual(['household.export', 'newcomer']);
    expect(again.runs.find((r) => r.runId === run.id)?.outcome).toMatch(/أوتريخت|Utrecht/);
  });

  it('is given to an officer for a written request, and recorded as the officer’s', async () => {
    const [own] = await newHouseholds(t, officer, 1);
    const data = required<HouseholdDataExport>(await t.gql('query($id: ID!) { householdData(householdId: $id, locale: "en") }', { id: own.id }, officer), 'householdData');
    expect(data.household.reference).toBe(own.reference);
    expect(data.runs).toEqual([]);
    const events = required<{ action: string; actorRole: string }[]>(await t.gql('query($id: String) { auditEvents(entityId: $id, action: "household.export") { action actorRole } }', { id: own.id }, officer), 'auditEvents');
    expect(events).toEqual([{ action: 'household.export', actorRole: 'OFFICER' }]);
    expect(errorCode(await t.gql('query($id: ID!) { householdData(householdId: $id) }', { id: '00000000-0000-4000-8000-000000000000' }, officer))).toBe('NOT_FOUND');
  });

  it('records nothing when a newcomer reads the own case, and the medical notes only when there are some', async () => {
    const [plain] = await newHouseholds(t, officer, 1);
    required(await t.gql('query($id: ID!) { household(id: $id) { id medicalNotes } }', { id: plain.id }, officer), 'household');
    const db = t.app.get(DataSource);
    const rows: { action: string }[] = await db.query("SELECT action FROM audit_event WHERE entity_type = 'household' AND entity_id = $1 ORDER BY id", [plain.id]);
    expect(rows.map((r) => r.action)).toEqual(['household.register', 'household.view']);
    // a read is not a change: the case's history leaves it out (Household.changes, and auditEvents with withReads: false)
    const history = required<{ changes: unknown[] }>(await t.gql('query($id: ID!) { household(id: $id) { changes { kind } } }', { id: plain.id }, officer), 'household');
    expect(history.changes).toEqual([]);
    const events = required<{ action: string }[]>(await t.gql('query($id: String) { auditEvents(entityType: "household", entityId: $id, withReads: false) { action } }', { id: plain.id }, officer), 'auditEvents');
    expect(events.map((e) => e.action)).toEqual(['household.register']);
  });
});
