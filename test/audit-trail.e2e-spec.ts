/**
 * The audit trail as officers and admins read it (issue 13's audit page): every action recorded is one of the
 * vocabulary's (matching/vocabulary/audit.ts) with the kind of thing it names; registering a household and creating,
 * disabling and enabling an account are recorded with who did it (the actor's e-mail, batched per page) and never a
 * password; the count matches the list under every filter; a refused change records nothing.
 */
import { AUDIT_ACTIONS, isAuditAction } from '#matching/vocabulary/audit.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { newHousehold, newRound, required } from './support/factories.js';

interface Event {
  action: string;
  entityType: string;
  entityId: string;
  actorRole: string;
  actorEmail: string | null;
  before: unknown;
  after: unknown;
}

const EVENTS = `query($entityType: String, $entityId: String, $action: String, $limit: Int!, $offset: Int!) {
  auditEvents(entityType: $entityType, entityId: $entityId, action: $action, limit: $limit, offset: $offset) { action entityType entityId actorRole actorEmail before after }
  auditEventCount(entityType: $entityType, entityId: $entityId, action: $action)
}`;

describe('audit trail', () => {
  let t: TestApp;
  let officer: string;
  let admin: string;

  const read = async (token: string, filter: Record<string, string> = {}, limit = 500, offset = 0) => {
    const response = await t.gql(EVENTS, { limit, offset, ...filter }, token);
    if (response.errors?.length) throw new Error(JSON.stringify(response.errors));
    return response.data as { auditEvents: Event[]; auditEventCount: number };
  };

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 10 });
    officer = await t.login('officer@demo.local');
    admin = await t.login('admin@demo.local');
  }, 120_000);
  afterAll(() => t?.close());

  it('records a household registered and a round made, by whom, with actions of the vocabulary only', async () => {
    const household = await newHousehold(t, officer);
    const round = await newRound(t, officer, { cohort: { householdIds: [household.id] } });
    const registered = await read(officer, { entityId: household.id, action: 'household.register' });
    expect(registered.auditEventCount).toBe(1);
    expect(registered.auditEvents[0]).toMatchObject({ entityType: 'household', actorRole: 'OFFICER', actorEmail: 'officer@demo.local', before: null, after: { members: 1, ties: 0 } });
    // no personal data of the household in the trail's entry
    expect(JSON.stringify(registered.auditEvents[0])).not.toMatch(/fullName|birthYear/);
    expect((await read(officer, { entityId: round.id })).auditEvents.map((e) => e.action)).toEqual(['round.create']);

    const all = await read(admin);
    expect(all.auditEvents.length).toBeGreaterThan(0);
    for (const event of all.auditEvents) {
      expect(isAuditAction(event.action)).toBe(true);
      if (isAuditAction(event.action)) expect(event.entityType).toBe(AUDIT_ACTIONS[event.action]);
    }
  });

  it('records accounts created, disabled and enabled by the admin, without the password; a refusal records nothing', async () => {
    const password = 'a-long-test-password';
    const created = required<{ id: string }>(
      await t.gql('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { email: 'Audit.Officer@Test.local', password, role: 'OFFICER' } }, admin),
      'createAccount',
    );
    required(await t.gql('mutation($id: ID!) { disableAccount(id: $id) { id } }', { id: created.id }, admin), 'disableAccount');
    required(await t.gql('mutation($id: ID!) { enableAccount(id: $id) { id } }', { id: created.id }, admin), 'enableAccount');
    const trail = await read(admin, { entityType: 'account', entityId: created.id });
    // newest first
    expect(trail.auditEvents.map((e) => [e.action, e.actorEmail, e.after])).toEqual([
      ['account.enable', 'admin@demo.local', { disabled: false }],
      ['account.disable', 'admin@demo.local', { disabled: true }],
      ['account.create', 'admin@demo.local', { email: 'audit.officer@test.local', role: 'officer', municipalityCode: null, householdId: null }],
    ]);
    expect(JSON.stringify(trail)).not.toContain(password);

    // the last admin may not disable itself: refused, and nothing recorded
    const before = (await read(admin, { entityType: 'account' })).auditEventCount;
    const adminId = required<{ id: string }>(await t.gql('{ me { id } }', {}, admin), 'me').id;
    expect(errorCode(await t.gql('mutation($id: ID!) { disableAccount(id: $id) { id } }', { id: adminId }, admin))).toBe('CONFLICT');
    // a taken e-mail address: refused, nothing recorded
    expect(errorCode(await t.gql('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { email: 'officer@demo.local', password, role: 'OFFICER' } }, admin))).toBe('CONFLICT');
    expect((await read(admin, { entityType: 'account' })).auditEventCount).toBe(before);
  });

  it('names staff by their e-mail address, never a newcomer', async () => {
    const newcomer = await t.login('newcomer@demo.local');
    const own = required<{ householdId: string }>(await t.gql('{ me { householdId } }', {}, newcomer), 'me').householdId;
    required(await t.gql('mutation($id: ID!) { updateHouseholdPreferences(id: $id, input: { preferredSetting: RURAL }) { id } }', { id: own }, newcomer), 'updateHouseholdPreferences');
    const events = (await read(officer, { entityId: own, action: 'household.preferences_update' })).auditEvents;
    expect(events[0]).toMatchObject({ actorRole: 'NEWCOMER', actorEmail: null });
  });

  it('counts what the list gives under each filter, and pages without gaps or repeats', async () => {
    const filters: Record<string, string>[] = [{}, { entityType: 'round' }, { action: 'household.register' }, { entityType: 'account', action: 'account.create' }, { action: 'no.such_action' }];
    for (const filter of filters) {
      const { auditEvents, auditEventCount } = await read(officer, filter);
      expect(auditEventCount).toBe(auditEvents.length);
    }
    const whole = (await read(officer)).auditEvents;
    const pages = [...(await read(officer, {}, 2, 0)).auditEvents, ...(await read(officer, {}, 2, 2)).auditEvents];
    expect(pages).toEqual(whole.slice(0, 4));
  });

  it('makes a newcomer account from the household’s case reference, and names the field when the reference is wrong', async () => {
    const household = await newHousehold(t, officer);
    const reference = required<{ reference: string }>(await t.gql('query($id: ID!) { household(id: $id) { reference } }', { id: household.id }, officer), 'household').reference;
    const create = (input: Record<string, unknown>) =>
      t.gql('mutation($input: CreateAccountInput!) { createAccount(input: $input) { householdId role } }', { input: { password: 'a-long-test-password', role: 'NEWCOMER', ...input } }, admin);
    const made = await create({ email: 'by-reference@test.local', householdReference: ` ${reference.toLowerCase()} ` });
    expect(made.data?.createAccount).toEqual({ householdId: household.id, role: 'NEWCOMER' });
    const listed = required<{ email: string; householdReference: string | null }[]>(await t.gql('{ accounts { email householdReference } }', {}, admin), 'accounts');
    expect(listed.find((a) => a.email === 'by-reference@test.local')?.householdReference).toBe(reference);
    expect(listed.find((a) => a.email === 'officer@demo.local')?.householdReference).toBeNull();
    for (const wrong of [{ householdReference: 'HH-999999' }, { householdReference: reference, householdId: household.id }, {}]) {
      const refused = await create({ email: 'refused@test.local', ...wrong });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions?.fields?.map((f) => f.field)).toEqual(['householdReference']);
    }
  });
});
