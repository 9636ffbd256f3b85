import { errorCode, startTestApp, type TestApp, type GraphQLResponse } from './support/test-app.js';

/*
 * Issue 14 (Low): the last admin could disable itself, leaving nobody to create or enable accounts. Every test starts
 * and ends with the seeded admin as the only enabled admin.
 */
describe('the last enabled admin cannot be disabled', () => {
  let t: TestApp;
  const PASSWORD = 'a-long-test-password';
  const ADMIN = 'admin@demo.local';

  const disable = (id: string, token: string) => t.gql('mutation($id: ID!) { disableAccount(id: $id) { id disabled } }', { id }, token);
  const enable = (id: string, token: string) => t.gql('mutation($id: ID!) { enableAccount(id: $id) { id disabled } }', { id }, token);
  const accounts = async (token: string) =>
    (await t.gql('{ accounts { id email role disabled } }', {}, token)).data.accounts as { id: string; email: string; role: string; disabled: boolean }[];
  const idOf = async (email: string, token: string) => (await accounts(token)).find((a) => a.email === email)!.id;
  const enabledAdmins = async (token: string) =>
    (await accounts(token)).filter((a) => a.role === 'ADMIN' && !a.disabled).map((a) => a.email);
  async function createAdmin(email: string, token: string): Promise<string> {
    const created = await t.gql('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { email, password: PASSWORD, role: 'ADMIN' } }, token);
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return created.data.createAccount.id;
  }
  /** Exactly one error, CONFLICT (a refused request, never INTERNAL_SERVER_ERROR), saying why. */
  const expectLastAdminRefusal = (response: GraphQLResponse) => {
    expect(response.errors).toHaveLength(1);
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors![0].message).toBe('This is the last enabled admin account: enable or create another admin before disabling it');
    expect(response.data).toBeNull();
  };

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 10 });
  }, 120_000);
  afterAll(() => t?.close());

  it('the only admin disabling itself is refused with CONFLICT; read again, it is still enabled and its token still works', async () => {
    const admin = await t.login(ADMIN);
    const id = await idOf(ADMIN, admin);
    expectLastAdminRefusal(await disable(id, admin));
    expect((await accounts(admin)).find((a) => a.id === id)).toMatchObject({ role: 'ADMIN', disabled: false });
    expect((await t.gql('{ me { email } }', {}, admin)).data.me.email).toBe(ADMIN); // token version untouched
    expect(await enabledAdmins(admin)).toEqual([ADMIN]);
  });

  it('with a second admin, one may disable the other; then the one left cannot disable itself', async () => {
    const admin = await t.login(ADMIN);
    const secondId = await createAdmin('second-admin@test.local', admin);
    const second = await t.login('second-admin@test.local', PASSWORD);
    const adminId = await idOf(ADMIN, admin);

    // the second admin disables the first (two enabled: allowed), and cannot then disable itself
    expect((await disable(adminId, second)).data.disableAccount.disabled).toBe(true);
    expectLastAdminRefusal(await disable(secondId, second));
    expect(await enabledAdmins(second)).toEqual(['second-admin@test.local']);

    // back to the start: the first admin enabled again, the second disabled by it
    expect((await enable(adminId, second)).data.enableAccount.disabled).toBe(false);
    const again = await t.login(ADMIN);
    expect((await disable(secondId, again)).data.disableAccount.disabled).toBe(true);
    expectLastAdminRefusal(await disable(adminId, again));
    expect(await enabledAdmins(again)).toEqual([ADMIN]);
  });

  it('two admins disabling each other at the same moment: one succeeds, the other is refused, one admin stays enabled', async () => {
    const admin = await t.login(ADMIN);
    const otherId = await createAdmin('racing-admin@test.local', admin);
    const other = await t.login('racing-admin@test.local', PASSWORD);
    const adminId = await idOf(ADMIN, admin);

    // On PostgreSQL both requests can pass the access guard before either writes: the locked admin rows make the second
    // one see the first one's update (CONFLICT). On the embedded database, or when the first write lands before the
    // second request's guard runs, the second caller's token is already revoked (UNAUTHENTICATED). Never both.
    const [byAdmin, byOther] = await Promise.all([disable(otherId, admin), disable(adminId, other)]);
    const outcomes = [byAdmin, byOther].map((r) => (r.errors ? errorCode(r) : 'disabled'));
    expect(outcomes.filter((o) => o === 'disabled')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'disabled')).toEqual([expect.stringMatching(/^(CONFLICT|UNAUTHENTICATED)$/)]);
    const survivor = byAdmin.errors ? other : admin;
    expect(await enabledAdmins(survivor)).toHaveLength(1);

    // back to the start
    if (byAdmin.errors) {
      await enable(adminId, other);
      await disable(otherId, await t.login(ADMIN));
    }
    expect(await enabledAdmins(await t.login(ADMIN))).toEqual([ADMIN]);
  });

  it('disabling and enabling other accounts is unaffected', async () => {
    const admin = await t.login(ADMIN);
    const created = await t.gql(
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
      { input: { email: 'plain-officer@test.local', password: PASSWORD, role: 'OFFICER' } },
      admin,
    );
    const id = created.data.createAccount.id as string;
    expect((await disable(id, admin)).data.disableAccount.disabled).toBe(true);
    expect((await enable(id, admin)).data.enableAccount.disabled).toBe(false);
  });
});
