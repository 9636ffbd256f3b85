/**
 * Retention and erasure (issue 16; AVG/GDPR art. 5(1)(e) and 17; matching/vocabulary/retention.ts): the scheduled
 * pass erases a placed case once the retention period after moving in has passed, and an officer erases a case on
 * request with a reason. Nothing personal of an erased case remains anywhere in the database (every table is
 * searched for what was stored), while a case that is not erased keeps all of it, and the figures — the run's, the
 * proposals', the capacity used — stay exactly as they were.
 */
import { DataSource } from 'typeorm';
import { dutchDate } from '#matching/vocabulary/lifecycle.js';
import { ErasureService } from '#api/erasure/erasure.service.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { newHousehold, newMunicipalitySession, newPublishedRound, newRound, required, type NewHousehold } from './support/factories.js';
import { RUN_FIELDS } from './support/rounds.js';

const ERASE = 'mutation($input: EraseHouseholdInput!) { eraseHousehold(input: $input) { id status size members { position } ties { id } erasure { at kind reason } } }';

/** Strings only one household of this file stores, so a search of the whole database finds where they are. */
function secrets(tag: string) {
  const s = `${tag}${Math.random().toString(36).slice(2, 8)}`;
  return {
    name: `Zahra ${s}`,
    childName: `Omar ${s}`,
    medical: `Astma ${s}, inhaler daily`,
    reception: `AZC ${s}`,
    tie: `Cousin ${s} lives here`,
    origin: `Region ${s}`,
    email: `newcomer.${s.toLowerCase()}@test.local`,
    contactName: `Contact ${s}`,
    contactEmail: `contact.${s.toLowerCase()}@gemeente.test`,
    contest: `Too far from the hospital ${s}`,
    review: `Hospital letter seen ${s}`,
  };
}
type Secrets = ReturnType<typeof secrets>;

describe('retention and erasure of a case’s personal data', () => {
  let t: TestApp;
  let officer: string;
  let admin: string;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 10 });
    officer = await t.login('officer@demo.local');
    admin = await t.login('admin@demo.local');
    db = t.app.get(DataSource);
  }, 120_000);
  afterAll(() => t?.close());

  /** A household with everything a case holds: names, a profession, languages, notes, a tie, protected traits, and a newcomer account. */
  async function richHousehold(s: Secrets): Promise<NewHousehold & { newcomer: string }> {
    const year = new Date().getUTCFullYear();
    const household = await newHousehold(t, officer, {
      input: {
        receptionLocation: s.reception,
        medicalNotes: s.medical,
        protectedTraits: { nationality: 'SY', originRegion: s.origin },
        members: [
          { fullName: s.name, birthYear: year - 34, role: 'APPLICANT', gender: 'FEMALE', educationLevel: 6, professions: ['2142'], languages: [{ language: 'ar', cefr: 'C2' }, { language: 'en', cefr: 'B1' }] },
          { fullName: s.childName, birthYear: year - 7, role: 'CHILD' },
        ],
        ties: [{ kind: 'COMMUNITY', municipalityCode: 'GM0363', description: s.tie, verificationNote: `Seen ${s.tie}` }],
      },
    });
    required(await t.gql('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { role: 'NEWCOMER', householdId: household.id, email: s.email, password: 'a-long-test-password' } }, admin), 'createAccount');
    return { ...household, newcomer: await t.login(s.email, 'a-long-test-password') };
  }

  /** Every row of every table of the database as text, and which of `values` occur in it. */
  async function foundInDatabase(values: readonly string[]): Promise<string[]> {
    const tables: { name: string }[] = await db.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`);
    expect(tables.map((x) => x.name)).toEqual(expect.arrayContaining(['household', 'household_member', 'audit_event', 'round_snapshot', 'run_assignment', 'notification', 'proposal']));
    const found = new Set<string>();
    for (const { name } of tables) {
      const rows: { row: string }[] = await db.query(`SELECT t::text AS row FROM "${name}" t`);
      for (const { row } of rows) for (const v of values) if (row.toLowerCase().includes(v.toLowerCase())) found.add(v);
    }
    return [...found];
  }

  /** What the figures of a round are: the run as officers see it, the stored run columns, the proposals and the capacity they hold. */
  async function figures(roundId: string, runId: string) {
    const run = required(await t.gql(`query($id: ID!) { run(id: $id) { ${RUN_FIELDS} assignmentCount assignments(limit: 500) { householdId municipalityCode fit } } }`, { id: runId }, officer), 'run');
    const stored = await db.query(`SELECT input_hash, figures, status_quo, fairness, fill, prices, priority_cost, queue_honour, objective, bound FROM run WHERE id = $1`, [runId]);
    const proposals = await db.query(`SELECT id, household_id, municipality_code, period, persons, home_resource, status, respond_by, housed_on FROM proposal WHERE round_id = $1 ORDER BY id`, [roundId]);
    const capacity = await db.query(`SELECT c.municipality_code, c.period, c.used_persons, c.used_homes_1_2, c.used_homes_3_4, c.used_homes_5_plus FROM capacity c WHERE c.municipality_code IN ('GM0363', 'GM0344') ORDER BY 1, 2`);
    const queue = await db.query(`SELECT household_id, queue_position, urgency, permit_date FROM round_household WHERE round_id = $1 ORDER BY queue_position`, [roundId]);
    return { run, stored, proposals, capacity, queue };
  }

  it('erases a placed case after the retention period, leaves nothing personal, and keeps every figure equal', async () => {
    const placedSecrets = secrets('Wistoets');
    const keptSecrets = secrets('Bewaard');
    const placed = await richHousehold(placedSecrets);
    const kept = await richHousehold(keptSecrets);
    const { roundId, run, proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: [placed.id, kept.id] } }, [
      { householdId: placed.id, municipalityCode: 'GM0363' },
      { householdId: kept.id, municipalityCode: 'GM0344' },
    ]);
    const proposalOf = (h: NewHousehold) => proposals.find((p) => p.householdId === h.id)!;

    // the placed household: the municipality names a contact, both accept, it moves in today
    const amsterdam = await newMunicipalitySession(t, 'GM0363');
    const arranged = await t.gql(
      'mutation($id: ID!, $input: ProposalArrangementsInput!) { setProposalArrangements(proposalId: $id, input: $input) { __typename } }',
      { id: proposalOf(placed).id, input: { contact: { name: placedSecrets.contactName, email: placedSecrets.contactEmail } } },
      amsterdam,
    );
    required(arranged, 'setProposalArrangements');
    const respond = 'mutation($id: ID!, $input: ProposalResponseInput!) { respondToProposal(proposalId: $id, input: $input) { status } }';
    required(await t.gql(respond, { id: proposalOf(placed).id, input: { accept: true } }, amsterdam), 'respondToProposal');
    required(await t.gql(respond, { id: proposalOf(placed).id, input: { accept: true } }, placed.newcomer), 'respondToProposal');
    const movedIn = dutchDate(new Date());
    required(await t.gql('mutation($id: ID!) { recordHousing(proposalId: $id, input: { housedOn: "' + movedIn + '" }) { status } }', { id: proposalOf(placed).id }, amsterdam), 'recordHousing');
    // the other contests, and the officer upholds it: it waits again, with its words on the proposal
    required(await t.gql(respond, { id: proposalOf(kept).id, input: { accept: false, reason: keptSecrets.contest } }, kept.newcomer), 'respondToProposal');
    required(await t.gql('mutation($id: ID!, $input: ContestReviewInput!) { reviewContest(proposalId: $id, input: $input) { status } }', { id: proposalOf(kept).id, input: { uphold: true, note: keptSecrets.review } }, officer), 'reviewContest');
    // an officer opened the case (a read recorded in the audit trail)
    required(await t.gql('query($id: ID!) { household(id: $id) { id medicalNotes } }', { id: placed.id }, officer), 'household');

    // what each stored: the placed case no contest, the contested case no contact person
    const all = (s: Secrets, without: readonly (keyof Secrets)[]) => Object.entries(s).filter(([k]) => !without.includes(k as keyof Secrets)).map(([, v]) => v);
    const placedValues = all(placedSecrets, ['contest', 'review']);
    const keptValues = all(keptSecrets, ['contactName', 'contactEmail']);
    // before: the database holds every one of both households' values (so the search below can find them)
    expect((await foundInDatabase([...placedValues, ...keptValues])).sort()).toEqual([...placedValues, ...keptValues].sort());
    const before = await figures(roundId, run.id);
    expect(before.proposals.find((p: { household_id: string }) => p.household_id === placed.id)).toMatchObject({ status: 'placed', persons: 2 });

    const service = t.app.get(ErasureService);
    // the pass of today, and of a day before the period ends, erases nothing
    expect((await service.erasePastRetention()).erased).toEqual([]);
    const aYearOn = new Date(`${Number(movedIn.slice(0, 4)) + 1}${movedIn.slice(4)}T12:00:00Z`);
    expect((await service.erasePastRetention(new Date(aYearOn.getTime() - 86_400_000))).erased).toEqual([]);
    // twelve months after moving in, the placed case goes; the contested one, waiting, stays
    const pass = await service.erasePastRetention(aYearOn);
    expect(pass).toEqual({ today: dutchDate(aYearOn), cutoff: movedIn, erased: [placed.id] });
    expect((await service.erasePastRetention(aYearOn)).erased).toEqual([]);

    // nothing of the erased case is anywhere in the database; everything of the other case still is
    expect((await foundInDatabase([...placedValues, ...keptValues])).sort()).toEqual(keptValues.sort());
    const counts = await db.query(
      `SELECT (SELECT count(*) FROM household_member WHERE household_id = $1)::int AS members, (SELECT count(*) FROM household_tie WHERE household_id = $1)::int AS ties,
              (SELECT count(*) FROM household_protected WHERE household_id = $1)::int AS traits, (SELECT count(*) FROM account WHERE household_id = $1)::int AS accounts,
              (SELECT count(*) FROM access_code WHERE household_id = $1)::int AS codes, (SELECT count(*) FROM notification n JOIN proposal p ON p.id = n.proposal_id WHERE p.household_id = $1)::int AS notifications,
              (SELECT count(*) FROM round_snapshot s, jsonb_array_elements(s.model->'data'->'households') h WHERE h->>'id' = $1::text)::int AS snapshots,
              (SELECT count(*) FROM run_assignment WHERE household_id = $1 AND (explanation->'data'->'breakdown' <> 'null'::jsonb OR jsonb_array_length(explanation->'data'->'alternatives') > 0))::int AS explained`,
      [placed.id],
    );
    expect(counts).toEqual([{ members: 0, ties: 0, traits: 0, accounts: 0, codes: 0, notifications: 0, snapshots: 0, explained: 0 }]);
    // the figures: the run as officers see it, its stored columns, the proposals, the capacity they hold, the round's queue
    expect(await figures(roundId, run.id)).toEqual(before);

    // the case says it was erased, by the schedule; the audit trail keeps who did what, not what it was
    const household = required<{ status: string; size: number; members: unknown[]; erasure: { kind: string; reason: string | null } }>(
      await t.gql('query($id: ID!) { household(id: $id) { status size members { position } erasure { kind reason } } }', { id: placed.id }, officer),
      'household',
    );
    expect(household).toEqual({ status: 'PLACED', size: 0, members: [], erasure: { kind: 'RETENTION', reason: null } });
    const events: { action: string; actor_role: string; before: unknown; after: unknown; redacted: boolean }[] = await db.query(
      `SELECT action, actor_role, before, after, redacted_at IS NOT NULL AS redacted FROM audit_event WHERE entity_type = 'household' AND entity_id = $1 ORDER BY id`,
      [placed.id],
    );
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['household.register', 'household.view', 'household.erase']));
    const erasedAt = events.findIndex((e) => e.action === 'household.erase');
    expect(events.slice(0, erasedAt).every((e) => e.redacted && e.before === null && e.after === null)).toBe(true);
    expect(events[erasedAt]).toEqual({ action: 'household.erase', actor_role: 'system', before: null, after: { kind: 'retention', movedInOnOrBefore: movedIn }, redacted: false });
    // after it: the officer's opening of the erased case just now, which recorded nothing of it
    expect(events.slice(erasedAt + 1)).toEqual([{ action: 'household.view', actor_role: 'officer', before: null, after: null, redacted: false }]);

    // the newcomer's account is gone; nobody can give the case a way in again
    expect(errorCode(await t.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: placedSecrets.email, p: 'a-long-test-password' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql('mutation($id: ID!) { inviteHousehold(input: { householdId: $id, locale: NL }) { code } }', { id: placed.id }, officer))).toBe('CONFLICT');
    expect(errorCode(await t.gql('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { role: 'NEWCOMER', householdId: placed.id, email: `again.${placedSecrets.email}`, password: 'a-long-test-password' } }, admin))).toBe('CONFLICT');

    // the municipality still sees its placement: the reference, the persons it took in and the home, no people
    const seen = required<{ proposals: { reference: string; status: string; erased: boolean; persons: number; homeBand: string; names: string[] | null; professions: unknown[] | null; whyProposed: unknown[] | null }[] }>(
      await t.gql('{ myMunicipalityView { proposals(limit: 100) { reference status erased persons homeBand names professions { code } whyProposed { text } } } }', {}, amsterdam),
      'myMunicipalityView',
    ).proposals.find((p) => p.reference === placed.reference);
    expect(seen).toEqual({ reference: placed.reference, status: 'PLACED', erased: true, persons: 2, homeBand: 'HOMES_1_2', names: null, professions: null, whyProposed: null });
  });

  it('audit events stay append-only: only their before/after can be erased, once', async () => {
    const household = await newHousehold(t, officer);
    required(await t.gql(ERASE, { input: { householdId: household.id, reason: 'Request by letter' } }, officer), 'eraseHousehold');
    const [{ id }]: { id: string }[] = await db.query(`SELECT id FROM audit_event WHERE entity_id = $1 AND action = 'household.register' AND redacted_at IS NOT NULL`, [household.id]);
    await expect(db.query(`UPDATE audit_event SET redacted_at = now() WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(db.query(`UPDATE audit_event SET action = 'household.view' WHERE id = (SELECT max(id) FROM audit_event)`)).rejects.toThrow(/append-only/);
    await expect(db.query(`UPDATE audit_event SET "after" = NULL, "before" = NULL, redacted_at = now(), actor_role = 'admin' WHERE id = (SELECT max(id) FROM audit_event WHERE redacted_at IS NULL)`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_event WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
  });

  it('erases a case on request with the officer’s reason, and refuses what it must not erase', async () => {
    const s = secrets('Verzoek');
    const waiting = await richHousehold(s);
    const invited = required<{ code: string }>(await t.gql('mutation($id: ID!) { inviteHousehold(input: { householdId: $id, locale: AR }) { code } }', { id: waiting.id }, officer), 'inviteHousehold');
    expect(invited.code).toEqual(expect.any(String));

    // the input is checked, naming the field
    const bad = await t.gql(ERASE, { input: { householdId: waiting.id, reason: ' x ' } }, officer);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toContain('reason');
    expect(JSON.stringify((await t.gql(ERASE, { input: { householdId: 'HH-1', reason: 'Request by letter' } }, officer)).errors)).toContain('householdId');
    expect(errorCode(await t.gql(ERASE, { input: { householdId: '00000000-0000-4000-8000-000000000000', reason: 'Request by letter' } }, officer))).toBe('NOT_FOUND');

    // a case with an open proposal, or in a round not published yet, is not erased (and nothing of it changes)
    const proposed = await richHousehold(secrets('Open'));
    await newPublishedRound(t, officer, { cohort: { householdIds: [proposed.id] } }, [{ householdId: proposed.id, municipalityCode: 'GM0344' }]);
    const refused = await t.gql(ERASE, { input: { householdId: proposed.id, reason: 'Request by letter' } }, officer);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(JSON.stringify(refused.errors)).toMatch(/proposal that is open/);
    const inDraft = await richHousehold(secrets('Draft'));
    await newRound(t, officer, { cohort: { householdIds: [inDraft.id] } });
    expect(errorCode(await t.gql(ERASE, { input: { householdId: inDraft.id, reason: 'Request by letter' } }, officer))).toBe('CONFLICT');
    expect(required<{ size: number; erasure: null }>(await t.gql('query($id: ID!) { household(id: $id) { size erasure { kind } } }', { id: inDraft.id }, officer), 'household')).toEqual({ size: 2, erasure: null });

    // the waiting case is erased: it leaves the queue, with the reason kept for officers
    const erased = required<{ status: string; size: number; members: unknown[]; ties: unknown[]; erasure: { at: string; kind: string; reason: string } }>(
      await t.gql(ERASE, { input: { householdId: waiting.id, reason: '  Request by letter of 3 December 2026  ' } }, officer),
      'eraseHousehold',
    );
    expect(erased).toEqual({ id: waiting.id, status: 'WITHDRAWN', size: 0, members: [], ties: [], erasure: { at: expect.any(String), kind: 'REQUEST', reason: 'Request by letter of 3 December 2026' } });
    expect(await foundInDatabase(Object.values(s))).toEqual([]);
    expect(await db.query(`SELECT count(*)::int AS n FROM access_code WHERE household_id = $1`, [waiting.id])).toEqual([{ n: 0 }]);
    const event = required<{ actorRole: string; after: unknown }[]>(await t.gql('query($id: String) { auditEvents(entityId: $id, action: "household.erase") { actorRole after } }', { id: waiting.id }, officer), 'auditEvents');
    expect(event).toEqual([{ actorRole: 'OFFICER', after: { kind: 'request', reason: 'Request by letter of 3 December 2026' } }]);

    // once is enough; the waiting list no longer has it; its preferences cannot be set again
    expect(errorCode(await t.gql(ERASE, { input: { householdId: waiting.id, reason: 'Request by letter' } }, officer))).toBe('CONFLICT');
    expect(required<{ queuePosition: number | null }>(await t.gql('query($id: ID!) { household(id: $id) { queuePosition } }', { id: waiting.id }, officer), 'household').queuePosition).toBeNull();
    expect(errorCode(await t.gql('mutation($id: ID!) { updateHouseholdPreferences(id: $id, input: { preferredSetting: URBAN }) { id } }', { id: waiting.id }, officer))).toBe('CONFLICT');
  });

  it('erases the cases merged into a case with it: nothing of either stays', async () => {
    const kept = secrets('Kept');
    const merged = secrets('Merged');
    const family = await richHousehold(kept);
    const other = await richHousehold(merged);
    required(
      await t.gql('mutation($input: MergeHouseholdsInput!) { mergeHouseholds(input: $input) { effect } }', { input: { householdId: family.id, mergedHouseholdId: other.id, reason: 'One family, registered twice' } }, officer),
      'mergeHouseholds',
    );
    // what stayed with the merged case (where it was received) is found before the erasure
    expect(await foundInDatabase([merged.reception])).toEqual([merged.reception]);

    required(await t.gql(ERASE, { input: { householdId: family.id, reason: 'Request by letter' } }, officer), 'eraseHousehold');
    expect(await foundInDatabase([...Object.values(kept), ...Object.values(merged)])).toEqual([]);
    const shell = required<{ status: string; erasure: { kind: string } }>(await t.gql('query($id: ID!) { household(id: $id) { status erasure { kind } } }', { id: other.id }, officer), 'household');
    expect(shell).toEqual({ status: 'WITHDRAWN', erasure: { kind: 'REQUEST' } });
    const events = required<unknown[]>(await t.gql('query($id: String) { auditEvents(entityId: $id, action: "household.erase") { actorRole } }', { id: other.id }, officer), 'auditEvents');
    expect(events).toEqual([{ actorRole: 'OFFICER' }]);
  });
});
