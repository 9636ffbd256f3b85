import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MAX_FORBIDDEN_PAIRS_PER_ROUND, MAX_PINS_PER_ROUND } from '#persistence/repositories/round.repository.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { newHouseholds, newPublishedRound, newRound, newSucceededRun, newMunicipalitySession, required, runToEnd } from './support/factories.js';

/*
 * Issue 14: every list a caller can reach is sized for the query budget. Lists that grow with the waiting list or the
 * rounds are given a page at a time (`offset`, `limit` up to 500, every item up to 500 when not paged) with their
 * count beside them; pins and forbidden pairs, set by hand, are bounded per round instead.
 */
describe('lists that grow are paged or bounded', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.login('officer@demo.local');
  }, 120_000);
  afterAll(() => t?.close());

  it('pages accounts, and gives every account when not paged', async () => {
    const admin = await t.login('admin@demo.local');
    const all = required<{ email: string }[]>(await t.gql('{ accounts { email } }', {}, admin), 'accounts');
    expect(all.length).toBeGreaterThanOrEqual(6);
    const second = required<{ email: string }[]>(await t.gql('{ accounts(offset: 1, limit: 2) { email } }', {}, admin), 'accounts');
    expect(second).toEqual(all.slice(1, 3));
    const tooMany = await t.gql('{ accounts(limit: 501) { email } }', {}, admin);
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].message).toMatch(/limit/);
  });

  it('pages the round list (newest first) and a round’s runs (oldest first)', async () => {
    const [h] = await newHouseholds(t, officer, 1);
    const older = await newRound(t, officer, { cohort: { householdIds: [h.id] } });
    const newer = await newRound(t, officer, { cohort: { householdIds: [h.id] } });
    const first = required<{ id: string }[]>(await t.gql('{ roundList(limit: 1) { id } }', {}, officer), 'roundList');
    expect(first).toEqual([{ id: newer.id }]);
    const next = required<{ id: string }[]>(await t.gql('{ roundList(offset: 1, limit: 1) { id } }', {}, officer), 'roundList');
    expect(next).toEqual([{ id: older.id }]);

    const a = await runToEnd(t, officer, older.id);
    const b = await runToEnd(t, officer, older.id);
    const runs = (offset: number, limit: number) =>
      t.gql('query($id: ID!, $o: Int!, $l: Int!) { round(id: $id) { runs(offset: $o, limit: $l) { id } } }', { id: older.id, o: offset, l: limit }, officer);
    expect(required(await runs(0, 1), 'round').runs).toEqual([{ id: a.id }]);
    expect(required(await runs(1, 5), 'round').runs).toEqual([{ id: b.id }]);
    const unpaged = required(await t.gql('query($id: ID!) { round(id: $id) { runs { id } } }', { id: older.id }, officer), 'round');
    expect(unpaged.runs).toEqual([{ id: a.id }, { id: b.id }]);
  }, 120_000);

  it('pages who moved between two runs, with movedCount', async () => {
    const households = await newHouseholds(t, officer, 3);
    const { roundId, run } = await newSucceededRun(t, officer, { cohort: { householdIds: households.map((h) => h.id) }, municipalityCodes: ['GM0363', 'GM0344'] });
    const { assignments } = required<{ assignments: { householdId: string; municipalityCode: string | null }[] }>(
      await t.gql('query($id: ID!) { run(id: $id) { assignments { householdId municipalityCode } } }', { id: run.id }, officer),
      'run',
    );
    for (const a of assignments.filter((x) => x.municipalityCode !== null)) {
      required(await t.gql(
        'mutation($r: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }',
        { r: roundId, h: a.householdId, m: a.municipalityCode === 'GM0363' ? 'GM0344' : 'GM0363' },
        officer,
      ), 'pinHousehold');
    }
    const rerun = await runToEnd(t, officer, roundId);
    const compare = (args: string) =>
      t.gql(`query($a: ID!, $b: ID!) { compareRuns(a: $a, b: $b) { movedCount moved${args} { householdId householdReference } byCause { households } } }`, { a: run.id, b: rerun.id }, officer);
    const whole = required<{ movedCount: number; moved: { householdId: string; householdReference: string }[]; byCause: { households: number }[] }>(await compare(''), 'compareRuns');
    expect(whole.movedCount).toBeGreaterThanOrEqual(1);
    // each moved household is named by its case reference, as the officer finds it
    const reference = new Map(households.map((h) => [h.id, h.reference]));
    for (const m of whole.moved) expect(m.householdReference).toBe(reference.get(m.householdId));
    expect(whole.moved).toHaveLength(whole.movedCount);
    expect(whole.byCause.reduce((n, c) => n + c.households, 0)).toBe(whole.movedCount);
    const page = required<{ movedCount: number; moved: { householdId: string }[] }>(await compare('(offset: 1, limit: 1)'), 'compareRuns');
    expect(page.movedCount).toBe(whole.movedCount);
    expect(page.moved).toEqual(whole.moved.slice(1, 2));
  }, 180_000);

  it('pages the pre-run check’s households without a fitting place, with withoutFitCount', async () => {
    const households = await newHouseholds(t, officer, 3);
    const round = await newRound(t, officer, { cohort: { householdIds: households.map((h) => h.id) }, municipalityCodes: ['GM0363'] });
    // no room at all in the one municipality of the round: nobody fits
    required(await t.gql(
      'mutation($r: ID!, $input: RoundCapacityInput!) { setRoundCapacity(roundId: $r, municipalityCode: "GM0363", input: $input) { municipalityCode } }',
      { r: round.id, input: { persons: 0, homes1to2: 0, homes3to4: 0, homes5plus: 0 } },
      officer,
    ), 'setRoundCapacity');
    const check = (args: string) =>
      t.gql(`query($id: ID!) { preRunCheck(roundId: $id) { withoutFitCount withoutFit${args} { unit { id } } unhonourableTieCount unhonourableTies${args} { kind } } }`, { id: round.id }, officer);
    const whole = required<{ withoutFitCount: number; withoutFit: { unit: { id: string }[] }[]; unhonourableTieCount: number }>(await check(''), 'preRunCheck');
    expect(whole.withoutFitCount).toBe(3);
    expect(whole.withoutFit).toHaveLength(3);
    expect(whole.unhonourableTieCount).toBe(0);
    const page = required<{ withoutFitCount: number; withoutFit: unknown[] }>(await check('(offset: 2, limit: 2)'), 'preRunCheck');
    expect(page.withoutFitCount).toBe(3);
    expect(page.withoutFit).toEqual(whole.withoutFit.slice(2));
  }, 120_000);

  it('pages the households proposed to a municipality, with proposalCount', async () => {
    const households = await newHouseholds(t, officer, 3);
    await newPublishedRound(t, officer, { cohort: { householdIds: households.map((h) => h.id) }, municipalityCodes: ['GM0363'] }, households.map((h) => ({ householdId: h.id, municipalityCode: 'GM0363' })));
    const amsterdam = await newMunicipalitySession(t, 'GM0363');
    const view = (args: string) => t.gql(`{ myMunicipalityView { proposalCount proposals${args} { reference } } }`, {}, amsterdam);
    const whole = required<{ proposalCount: number; proposals: { reference: string }[] }>(await view(''), 'myMunicipalityView');
    expect(whole.proposalCount).toBeGreaterThanOrEqual(3);
    expect(whole.proposals).toHaveLength(whole.proposalCount);
    const page = required<{ proposalCount: number; proposals: { reference: string }[] }>(await view('(offset: 1, limit: 2)'), 'myMunicipalityView');
    expect(page.proposals).toEqual(whole.proposals.slice(1, 3));
  }, 180_000);

  it('pages the households no municipality can take in the waiting list, with unplaceableCount', async () => {
    // verified hard ties 250 km apart (a job in Groningen, a study place in Maastricht): no municipality is within reach of both
    const ties = [
      { kind: 'JOB_CONTRACT', municipalityCode: 'GM0014', verificationNote: 'Signed contract seen' },
      { kind: 'STUDY_PLACE', municipalityCode: 'GM0935', verificationNote: 'Enrolment letter seen' },
    ];
    const apart = await newHouseholds(t, officer, 3, { input: { ties } });
    const list = (args: string) => t.gql(`{ waitingList { unplaceableCount unplaceable${args} { reference } } }`, {}, officer);
    const whole = required<{ unplaceableCount: number; unplaceable: { reference: string }[] }>(await list(''), 'waitingList');
    expect(whole.unplaceable.map((u) => u.reference)).toEqual(expect.arrayContaining(apart.map((h) => h.reference)));
    expect(whole.unplaceable).toHaveLength(whole.unplaceableCount);
    const page = required<{ unplaceableCount: number; unplaceable: { reference: string }[] }>(await list('(offset: 1, limit: 2)'), 'waitingList');
    expect(page.unplaceableCount).toBe(whole.unplaceableCount);
    expect(page.unplaceable).toEqual(whole.unplaceable.slice(1, 3));
  }, 120_000);

  it(`refuses a pin beyond ${MAX_PINS_PER_ROUND} in one round (CONFLICT), and a forbidden pair beyond ${MAX_FORBIDDEN_PAIRS_PER_ROUND}; nothing is stored`, async () => {
    const [h] = await newHouseholds(t, officer, 1);
    const round = await newRound(t, officer, { cohort: { householdIds: [h.id] } });
    // fill the round to the bound directly (an officer would set each by hand); household ids need not exist here
    const db = t.app.get(DataSource);
    const fill = async (table: string, n: number) => {
      const values = Array.from({ length: n }, (_, i) => `('${round.id}', '${randomUUID()}', '${i % 2 ? 'GM0363' : 'GM0344'}')`).join(', ');
      await db.query(`INSERT INTO "${table}" ("round_id", "household_id", "municipality_code") VALUES ${values}`);
    };
    await fill('round_pin', MAX_PINS_PER_ROUND);
    await fill('round_forbidden', MAX_FORBIDDEN_PAIRS_PER_ROUND);

    const pin = await t.gql('mutation($r: ID!, $h: ID!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: "GM0363") { householdId } }', { r: round.id, h: h.id }, officer);
    expect(errorCode(pin)).toBe('CONFLICT');
    expect(pin.errors?.[0].message).toMatch(new RegExp(`already holds ${MAX_PINS_PER_ROUND} pins`));
    const forbid = await t.gql('mutation($r: ID!, $h: ID!) { forbidPair(roundId: $r, householdId: $h, municipalityCode: "GM0599") { householdId } }', { r: round.id, h: h.id }, officer);
    expect(errorCode(forbid)).toBe('CONFLICT');
    expect(forbid.errors?.[0].message).toMatch(new RegExp(`already holds ${MAX_FORBIDDEN_PAIRS_PER_ROUND} forbidden pairs`));

    const stored = required<{ pins: { householdId: string }[]; forbiddenPairs: { householdId: string }[] }>(
      await t.gql('query($id: ID!) { round(id: $id) { pins { householdId } forbiddenPairs { householdId } } }', { id: round.id }, officer),
      'round',
    );
    expect(stored.pins).toHaveLength(MAX_PINS_PER_ROUND);
    expect(stored.pins.some((p) => p.householdId === h.id)).toBe(false);
    expect(stored.forbiddenPairs).toHaveLength(MAX_FORBIDDEN_PAIRS_PER_ROUND);

    // one place freed: the pin goes through
    await db.query(`DELETE FROM "round_pin" WHERE "round_id" = $1 AND "household_id" = (SELECT "household_id" FROM "round_pin" WHERE "round_id" = $1 LIMIT 1)`, [round.id]);
    const again = await t.gql('mutation($r: ID!, $h: ID!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: "GM0363") { householdId } }', { r: round.id, h: h.id }, officer);
    expect(again.errors).toBeUndefined();
    expect(again.data.pinHousehold).toHaveLength(MAX_PINS_PER_ROUND);
  }, 120_000);
});
