/**
 * Getting in (issue 16): an officer makes an invitation letter for a household; its holder uses the code once to make
 * the account and is signed in; a second letter for the same household resets that account's password (the old
 * sessions and password stop working); a newer letter replaces an older one; an expired, used or unknown code is
 * refused naming `code`, saying why; municipality staff are invited by e-mail address. Only hashes are stored, and
 * the audit trail never holds a code.
 */
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { normaliseAccessCode } from '#matching/vocabulary/access-codes.js';
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { newHouseholds, required } from './support/factories.js';

const INVITE = `mutation($h: ID!, $locale: Locale!) { inviteHousehold(input: { householdId: $h, locale: $locale }) {
  code path purpose role expiresAt locale householdReference municipalityName email } }`;
const STAFF = `mutation($m: String!, $email: String!) { inviteMunicipalityStaff(input: { municipalityCode: $m, email: $email, locale: NL }) {
  code path purpose role municipalityName email } }`;
const INFO = 'query($code: String!) { accessCode(code: $code) { refusal purpose role expiresAt locale municipalityName email } }';
const REDEEM = `mutation($code: String!, $email: String, $password: String!) { redeemAccessCode(input: { code: $code, email: $email, password: $password }) {
  token account { email role householdId municipalityCode } } }`;
const ME = '{ me { email role householdId municipalityCode } }';

interface Issued {
  code: string;
  path: string;
  purpose: string;
  role: string;
  expiresAt: string;
  locale: string;
  householdReference: string | null;
  municipalityName: string | null;
  email: string | null;
}

function fields(response: GraphQLResponse): string[] {
  return response.errors?.[0]?.extensions?.fields?.map((f) => f.field) ?? [];
}

describe('access codes: invitations and password resets', () => {
  let t: TestApp;
  let officer: string;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 10 });
    officer = await t.login('officer@demo.local');
    db = t.app.get(DataSource);
  }, 120_000);
  afterAll(() => t?.close());

  const invite = async (householdId: string, locale = 'AR') => required<Issued>(await t.gql(INVITE, { h: householdId, locale }, officer), 'inviteHousehold');
  const access = async (householdId: string) =>
    required<{ appAccess: unknown }>(await t.gql('query($id: ID!) { household(id: $id) { appAccess { accountEmails openLetterPurpose openLetterExpiresAt } } }', { id: householdId }, officer), 'household').appAccess;

  it('invites a household: the code is used once to make its account, which is signed in', async () => {
    const [household] = await newHouseholds(t, officer, 1);
    // the officer sees the household has no account and no letter yet, then a letter that works
    expect(await access(household.id)).toEqual({ accountEmails: [], openLetterPurpose: null, openLetterExpiresAt: null });
    const letter = await invite(household.id);
    expect(await access(household.id)).toEqual({ accountEmails: [], openLetterPurpose: 'INVITATION', openLetterExpiresAt: letter.expiresAt });
    expect(letter).toMatchObject({ purpose: 'INVITATION', role: 'NEWCOMER', locale: 'AR', householdReference: household.reference, email: null, municipalityName: null });
    expect(letter.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(letter.path).toBe(`/welcome#code=${letter.code}`);
    const days = (Date.parse(letter.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    // the holder reads what the code is for (typed loosely: lower case, spaces), without naming anyone
    const typed = letter.code.toLowerCase().replace(/-/g, ' ');
    expect(required(await t.gql(INFO, { code: typed }), 'accessCode')).toMatchObject({ refusal: null, purpose: 'INVITATION', role: 'NEWCOMER', locale: 'AR', email: null, municipalityName: null });

    // an invitation that leaves the address to its holder needs one
    const password = 'a-new-password-2026';
    const noEmail = await t.gql(REDEEM, { code: letter.code, password });
    expect(errorCode(noEmail)).toBe('BAD_USER_INPUT');
    expect(fields(noEmail)).toEqual(['email']);
    // a password the rule refuses: refused at the field, the code still works afterwards
    const weak = await t.gql(REDEEM, { code: letter.code, email: `first-${household.reference}@example.org`, password: 'short' });
    expect(fields(weak)).toEqual(['password']);

    const email = `Family-${household.reference}@Example.org`;
    const session = required<{ token: string; account: { email: string; role: string; householdId: string } }>(await t.gql(REDEEM, { code: typed, email, password }), 'redeemAccessCode');
    expect(session.account).toMatchObject({ email: email.toLowerCase(), role: 'NEWCOMER', householdId: household.id });
    expect(required(await t.gql(ME, {}, session.token), 'me')).toMatchObject({ role: 'NEWCOMER', householdId: household.id });
    expect(await t.login(email.toLowerCase(), password)).toEqual(expect.any(String));
    // the officer sees the account, and no letter that still works
    expect(await access(household.id)).toEqual({ accountEmails: [email.toLowerCase()], openLetterPurpose: null, openLetterExpiresAt: null });

    // single use
    const again = await t.gql(REDEEM, { code: letter.code, email: `other-${household.reference}@example.org`, password });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'code', message: expect.stringContaining('used already') });
    expect(required(await t.gql(INFO, { code: letter.code }), 'accessCode')).toEqual({ refusal: 'USED', purpose: null, role: null, expiresAt: null, locale: null, municipalityName: null, email: null });

    // only the hash is stored; the audit trail has both steps and never the code
    const normal = normaliseAccessCode(letter.code)!;
    // (the row as text, every column: only the SHA-256 of the code's normal form, never the code)
    const stored = (await db.query('SELECT code_hash, row_to_json(c)::text AS row FROM access_code c WHERE household_id = $1', [household.id])) as { code_hash: string; row: string }[];
    expect(stored).toHaveLength(1);
    expect(stored[0].code_hash).toBe(createHash('sha256').update(normal).digest('hex'));
    expect(stored[0].row.toUpperCase().replace(/-/g, '')).not.toContain(normal);
    const events = required<{ action: string; actorRole: string; before: unknown; after: unknown }[]>(
      await t.gql('{ auditEvents(entityType: "access_code", limit: 200) { action actorRole before after } }', {}, officer),
      'auditEvents',
    );
    const mine = events.filter((e) => JSON.stringify(e.after).includes(household.id) || JSON.stringify(e.after).includes(email.toLowerCase()));
    expect(mine.map((e) => `${e.action}/${e.actorRole}`).sort()).toEqual(['access_code.create/OFFICER', 'access_code.redeem/NEWCOMER']);
    for (const event of events) expect(JSON.stringify(event).toUpperCase().replace(/-/g, '')).not.toContain(normal);
  });

  it('a second letter for a household with an account resets its password: old sessions and the old password stop working', async () => {
    const [household] = await newHouseholds(t, officer, 1);
    const email = `reset-${household.reference}@example.org`.toLowerCase();
    const first = await invite(household.id, 'NL');
    const oldSession = required<{ token: string }>(await t.gql(REDEEM, { code: first.code, email, password: 'the-first-password-1' }), 'redeemAccessCode').token;

    const reset = await invite(household.id, 'NL');
    expect(reset).toMatchObject({ purpose: 'PASSWORD_RESET', email });
    expect(required(await t.gql(INFO, { code: reset.code }), 'accessCode')).toMatchObject({ purpose: 'PASSWORD_RESET', email });
    // the address is the account's: another one given is ignored
    const session = required<{ account: { email: string } }>(await t.gql(REDEEM, { code: reset.code, email: 'ignored@example.org', password: 'the-second-password-2' }), 'redeemAccessCode');
    expect(session.account.email).toBe(email);
    expect(errorCode(await t.gql(ME, {}, oldSession))).toBe('UNAUTHENTICATED');
    await expect(t.login(email, 'the-first-password-1')).rejects.toThrow();
    expect(await t.login(email, 'the-second-password-2')).toEqual(expect.any(String));
    const accounts = (await db.query('SELECT count(*)::int AS n FROM account WHERE household_id = $1', [household.id])) as { n: number }[];
    expect(accounts[0].n).toBe(1);
  });

  it('a newer letter replaces an older one; an expired or unknown code is refused, saying why', async () => {
    const [household] = await newHouseholds(t, officer, 1);
    const older = await invite(household.id);
    const newer = await invite(household.id);
    const replaced = await t.gql(REDEEM, { code: older.code, email: `x-${household.reference}@example.org`, password: 'a-good-password-3' });
    expect(replaced.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'code', message: expect.stringContaining('newer letter') });

    await db.query(`UPDATE access_code SET expires_at = now() - interval '1 minute' WHERE household_id = $1 AND used_at IS NULL AND revoked_at IS NULL`, [household.id]);
    const expired = await t.gql(REDEEM, { code: newer.code, email: `x-${household.reference}@example.org`, password: 'a-good-password-3' });
    expect(expired.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'code', message: expect.stringContaining('too old') });

    const check = async (code: string) => required<{ refusal: string | null }>(await t.gql(INFO, { code }), 'accessCode').refusal;
    expect(await check(older.code)).toBe('REVOKED');
    expect(await check(newer.code)).toBe('EXPIRED');
    expect(await check('0000-0000-0000-0000')).toBe('UNKNOWN');
    expect(await check('abc')).toBe('MALFORMED');
    const malformed = await t.gql(REDEEM, { code: 'abc', email: 'm@example.org', password: 'a-good-password-3' });
    expect(malformed.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'code', message: expect.stringContaining('16 letters and digits') });
    const accounts = (await db.query('SELECT count(*)::int AS n FROM account WHERE household_id = $1', [household.id])) as { n: number }[];
    expect(accounts[0].n).toBe(0);
  });

  it('refuses an address another account has, and keeps the code usable', async () => {
    const [household] = await newHouseholds(t, officer, 1);
    const letter = await invite(household.id);
    const taken = await t.gql(REDEEM, { code: letter.code, email: 'officer@demo.local', password: 'a-good-password-4' });
    expect(fields(taken)).toEqual(['email']);
    const session = required<{ account: { householdId: string } }>(
      await t.gql(REDEEM, { code: letter.code, email: `free-${household.reference}@example.org`, password: 'a-good-password-4' }),
      'redeemAccessCode',
    );
    expect(session.account.householdId).toBe(household.id);
  });

  it('lets one of two redemptions of the same code at the same time succeed', async () => {
    const [household] = await newHouseholds(t, officer, 1);
    const letter = await invite(household.id);
    const results = await Promise.all(
      ['a', 'b'].map((who) => t.gql(REDEEM, { code: letter.code, email: `race-${who}-${household.reference}@example.org`, password: 'a-good-password-5' })),
    );
    expect(results.filter((r) => r.data?.redeemAccessCode).length).toBe(1);
    expect(results.filter((r) => errorCode(r) === 'BAD_USER_INPUT').length).toBe(1);
    const accounts = (await db.query('SELECT count(*)::int AS n FROM account WHERE household_id = $1', [household.id])) as { n: number }[];
    expect(accounts[0].n).toBe(1);
  });

  it('invites municipality staff by e-mail address; an address of another role is refused naming email', async () => {
    const admin = await t.login('admin@demo.local');
    const email = `staff-${Date.now()}@utrecht.example`;
    const letter = required<Issued>(await t.gql(STAFF, { m: 'GM0344', email }, admin), 'inviteMunicipalityStaff');
    expect(letter).toMatchObject({ purpose: 'INVITATION', role: 'MUNICIPALITY', municipalityName: 'Utrecht', email });
    expect(required(await t.gql(INFO, { code: letter.code }), 'accessCode')).toMatchObject({ role: 'MUNICIPALITY', municipalityName: 'Utrecht', email });
    // the address is the invitation's, whatever else is sent
    const session = required<{ account: { email: string; role: string; municipalityCode: string } }>(
      await t.gql(REDEEM, { code: letter.code, email: 'someone-else@example.org', password: 'staff-password-2026' }),
      'redeemAccessCode',
    );
    expect(session.account).toEqual({ email, role: 'MUNICIPALITY', householdId: null, municipalityCode: 'GM0344' });

    // a second invitation for the same person (an officer this time) resets the password
    expect(required<Issued>(await t.gql(STAFF, { m: 'GM0344', email }, officer), 'inviteMunicipalityStaff').purpose).toBe('PASSWORD_RESET');
    // an address of another role, an unknown municipality
    expect(fields(await t.gql(STAFF, { m: 'GM0344', email: 'officer@demo.local' }, admin))).toEqual(['email']);
    expect(fields(await t.gql(STAFF, { m: 'GM0363', email }, admin))).toEqual(['email']);
    expect(fields(await t.gql(STAFF, { m: 'GM9999', email: 'new@example.org' }, admin))).toEqual(['municipalityCode']);
  });

  it('does not give a disabled account a new password: a reset made before it was disabled is refused, a new letter invites afresh', async () => {
    const [household] = await newHouseholds(t, officer, 1);
    const admin = await t.login('admin@demo.local');
    const email = `disabled-${household.reference}@example.org`.toLowerCase();
    const first = await invite(household.id, 'NL');
    const accountId = required<{ account: { email: string } }>(await t.gql(REDEEM, { code: first.code, email, password: 'a-good-password-6' }), 'redeemAccessCode');
    expect(accountId.account.email).toBe(email);
    const reset = await invite(household.id, 'NL');
    expect(reset.purpose).toBe('PASSWORD_RESET');
    const [{ id }] = (await db.query('SELECT id FROM account WHERE email = $1', [email])) as { id: string }[];
    required(await t.gql('mutation($id: ID!) { disableAccount(id: $id) { disabled } }', { id }, admin), 'disableAccount');
    const refused = await t.gql(REDEEM, { code: reset.code, password: 'another-password-7' });
    expect(refused.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'code', message: expect.stringContaining('disabled') });
    // the disabled account keeps its password and stays disabled; a new letter is an invitation for a new account
    const [stored] = (await db.query('SELECT disabled FROM account WHERE id = $1', [id])) as { disabled: boolean }[];
    expect(stored.disabled).toBe(true);
    expect((await invite(household.id, 'NL')).purpose).toBe('INVITATION');
    // a staff address of a disabled account is refused when inviting
    const staffEmail = `disabled-staff-${household.reference}@utrecht.example`.toLowerCase();
    const staffLetter = required<Issued>(await t.gql(STAFF, { m: 'GM0344', email: staffEmail }, admin), 'inviteMunicipalityStaff');
    required(await t.gql(REDEEM, { code: staffLetter.code, password: 'staff-password-2026' }), 'redeemAccessCode');
    const [{ id: staffId }] = (await db.query('SELECT id FROM account WHERE email = $1', [staffEmail])) as { id: string }[];
    required(await t.gql('mutation($id: ID!) { disableAccount(id: $id) { disabled } }', { id: staffId }, admin), 'disableAccount');
    expect(fields(await t.gql(STAFF, { m: 'GM0344', email: staffEmail }, admin))).toEqual(['email']);
  });

  it('lets only officers invite households, and newcomers or municipalities invite no one', async () => {
    const [household] = await newHouseholds(t, officer, 1);
    const admin = await t.login('admin@demo.local');
    expect(errorCode(await t.gql(INVITE, { h: household.id, locale: 'NL' }, admin))).toBe('FORBIDDEN');
    const municipality = await t.login('utrecht@demo.local');
    expect(errorCode(await t.gql(STAFF, { m: 'GM0344', email: 'x@example.org' }, municipality))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(INVITE, { h: '00000000-0000-4000-8000-000000000000', locale: 'NL' }, officer))).toBe('NOT_FOUND');
  });

  it('writes a household’s letter in a newcomer language, and keeps staff to the languages their pages exist in, naming locale', async () => {
    // a household's letter and account in Tigrinya
    const [household] = await newHouseholds(t, officer, 1);
    const letter = await invite(household.id, 'TI');
    expect(letter.locale).toBe('TI');
    const REDEEM_IN = `mutation($code: String!, $email: String, $locale: Locale) { redeemAccessCode(input: { code: $code, email: $email, password: "tigrinya-password-2026", locale: $locale }) { token } }`;
    const newcomer = required<{ token: string }>(await t.gql(REDEEM_IN, { code: letter.code, email: `ti-${Date.now()}@example.org`, locale: 'TI' }), 'redeemAccessCode').token;
    const SETTINGS = 'mutation($l: Locale!) { updateMySettings(input: { locale: $l }) { locale } }';
    expect(required<{ locale: string }>(await t.gql(SETTINGS, { l: 'FA' }, newcomer), 'updateMySettings').locale).toBe('FA');

    // staff: an invitation, a first sign-in and their own setting in Turkish are refused, naming locale; nothing changes
    const admin = await t.login('admin@demo.local');
    const INVITE_STAFF = `mutation($email: String!, $l: Locale!) { inviteMunicipalityStaff(input: { municipalityCode: "GM0344", email: $email, locale: $l }) { code } }`;
    const email = `staff-lang-${Date.now()}@utrecht.example`;
    expect(fields(await t.gql(INVITE_STAFF, { email, l: 'TR' }, admin))).toEqual(['locale']);
    const staffLetter = required<{ code: string }>(await t.gql(INVITE_STAFF, { email, l: 'UK' }, admin), 'inviteMunicipalityStaff');
    expect(fields(await t.gql(REDEEM_IN, { code: staffLetter.code, locale: 'SO' }))).toEqual(['locale']);
    expect(required(await t.gql(INFO, { code: staffLetter.code }), 'accessCode')).toMatchObject({ refusal: null, locale: 'UK' });
    const staff = required<{ token: string }>(await t.gql(REDEEM_IN, { code: staffLetter.code, locale: 'UK' }), 'redeemAccessCode').token;
    expect(fields(await t.gql(SETTINGS, { l: 'TI' }, staff))).toEqual(['locale']);
    expect(required<{ locale: string }>(await t.gql('{ me { locale } }', {}, staff), 'me').locale).toBe('UK');
    const utrecht = await t.login('utrecht@demo.local');
    expect(fields(await t.gql(SETTINGS, { l: 'SO' }, utrecht))).toEqual(['locale']);
    expect(fields(await t.gql(SETTINGS, { l: 'TI' }, officer))).toEqual(['locale']);
    expect(required<{ locale: string }>(await t.gql(SETTINGS, { l: 'AR' }, utrecht), 'updateMySettings').locale).toBe('AR');
    await t.gql(SETTINGS, { l: 'NL' }, utrecht);
  });
});
