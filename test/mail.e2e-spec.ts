/**
 * E-mail (issue 16): a proposal's notifications reach the person's mailbox as a notice in their language (a local
 * SMTP catcher, test/support/mail-catcher.ts), once; what was read in the app first or belongs to an account with
 * e-mail off is not mailed; a refused mail is tried again later and given up after the last attempt; a new password
 * can be asked for by e-mail, without telling anyone whether an address has an account.
 */
import { MailDispatchService } from '#api/mail/mail-dispatch.service.js';
import { MAIL_LEASE_SECONDS, MAIL_MAX_ATTEMPTS, MAIL_RETRY_MINUTES, RESET_EMAILS_PER_HOUR } from '#matching/vocabulary/mail.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { createAccount, newHouseholds, newPublishedRound, required } from './support/factories.js';
import { startMailCatcher, type MailCatcher } from './support/mail-catcher.js';

const SITE = 'https://wonen.test';

describe('e-mail', () => {
  let t: TestApp;
  let catcher: MailCatcher;
  let officer: string;
  let dispatcher: MailDispatchService;

  beforeAll(async () => {
    catcher = await startMailCatcher();
    t = await startTestApp({ seedHouseholds: 10, mail: { transport: { kind: 'smtp', url: catcher.url }, from: 'Wonen <no-reply@wonen.test>', publicUrl: SITE, dispatchIntervalSeconds: 0 } });
    officer = await t.login('officer@demo.local');
    dispatcher = t.app.get(MailDispatchService);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await catcher?.close();
  });

  const me = async (token: string) => required<{ id: string; email: string; locale: string; emailNotifications: boolean }>(await t.gql('{ me { id email locale emailNotifications } }', {}, token), 'me');
  const settings = async (token: string, input: Record<string, unknown>) =>
    required(await t.gql('mutation($input: MySettingsInput!) { updateMySettings(input: $input) { locale emailNotifications } }', { input }, token), 'updateMySettings');
  const unread = async (token: string) => required<number>(await t.gql('{ myNotificationCount }', {}, token), 'myNotificationCount');

  it('says that it sends e-mail', async () => {
    expect(required(await t.gql('{ mailEnabled }'), 'mailEnabled')).toBe(true);
  });

  it('mails each account a notice in its own language, once, with a link to its messages and nothing of the case', async () => {
    const [a] = await newHouseholds(t, officer, 1);
    const newcomer = await createAccount(t, { role: 'NEWCOMER', householdId: a.id });
    const staff = await createAccount(t, { role: 'MUNICIPALITY', municipalityCode: 'GM0344' });
    expect(await settings(newcomer, { locale: 'AR' })).toEqual({ locale: 'AR', emailNotifications: true });
    const newcomerAddress = (await me(newcomer)).email;
    const staffAddress = (await me(staff)).email;

    await newPublishedRound(t, officer, { cohort: { householdIds: [a.id] } }, [{ householdId: a.id, municipalityCode: 'GM0344' }]);
    expect(catcher.to(newcomerAddress)).toEqual([]); // nothing before the dispatcher's pass
    const pass = await dispatcher.dispatch();
    expect(pass.sent).toBeGreaterThanOrEqual(2);

    const [arabic] = catcher.to(newcomerAddress);
    expect(catcher.to(newcomerAddress)).toHaveLength(1);
    expect(arabic.subject).toBe('توجد رسالة جديدة لك');
    expect(arabic.language).toBe('ar');
    expect(arabic.text).toContain(`${SITE}/newcomer/messages`);
    expect(arabic.html).toContain('dir="rtl"');
    expect(arabic.html).toContain(`href="${SITE}/newcomer/messages"`);
    // a notice only: neither the municipality nor the household's reference is in it
    expect(`${arabic.subject} ${arabic.text}`).not.toMatch(/Utrecht|GM0344|HH-/);

    const [dutch] = catcher.to(staffAddress);
    expect(catcher.to(staffAddress)).toHaveLength(1);
    expect(dutch.subject).toBe('Er is een nieuw bericht voor uw gemeente');
    expect(dutch.language).toBe('nl');
    expect(dutch.text).toContain(`${SITE}/municipality/messages`);

    // sent once: a pass after the lease would have ended has nothing for them, and the message is still unread in the app
    await dispatcher.dispatch(new Date(Date.now() + (MAIL_LEASE_SECONDS + 60) * 1000));
    expect(catcher.to(newcomerAddress)).toHaveLength(1);
    expect(catcher.to(staffAddress)).toHaveLength(1);
    expect(await unread(newcomer)).toBe(1);
  });

  it('does not mail what was read in the app first, nor to an account that turned e-mail off', async () => {
    const [a, b, c] = await newHouseholds(t, officer, 3);
    const reader = await createAccount(t, { role: 'NEWCOMER', householdId: a.id });
    const quiet = await createAccount(t, { role: 'NEWCOMER', householdId: b.id });
    const control = await createAccount(t, { role: 'NEWCOMER', householdId: c.id });
    expect(await settings(quiet, { emailNotifications: false })).toEqual({ locale: 'NL', emailNotifications: false });
    await newPublishedRound(t, officer, { cohort: { householdIds: [a.id, b.id, c.id] } }, [
      { householdId: a.id, municipalityCode: 'GM0344' },
      { householdId: b.id, municipalityCode: 'GM0344' },
      { householdId: c.id, municipalityCode: 'GM0344' },
    ]);
    expect(required(await t.gql('mutation { markNotificationsRead }', {}, reader), 'markNotificationsRead')).toBe(1);
    await dispatcher.dispatch();
    expect(catcher.to((await me(control)).email)).toHaveLength(1);
    expect(catcher.to((await me(reader)).email)).toEqual([]);
    expect(catcher.to((await me(quiet)).email)).toEqual([]);
    expect(await unread(quiet)).toBe(1); // still told in the app
  });

  it('tries a refused mail again after the wait, and gives up after the last attempt', async () => {
    const [a, b] = await newHouseholds(t, officer, 2);
    const once = await createAccount(t, { role: 'NEWCOMER', householdId: a.id });
    const never = await createAccount(t, { role: 'NEWCOMER', householdId: b.id });
    const onceAddress = (await me(once)).email;
    const neverAddress = (await me(never)).email;
    catcher.refuse(onceAddress, 1);
    catcher.refuse(neverAddress, MAIL_MAX_ATTEMPTS + 5);
    await newPublishedRound(t, officer, { cohort: { householdIds: [a.id, b.id] } }, [
      { householdId: a.id, municipalityCode: 'GM0344' },
      { householdId: b.id, municipalityCode: 'GM0344' },
    ]);
    const start = Date.now();
    const at = (minutes: number) => new Date(start + minutes * 60_000);

    expect((await dispatcher.dispatch(at(0))).failed).toBe(2);
    expect((await dispatcher.dispatch(at(0.5))).failed).toBe(0); // not due again before its wait
    expect(catcher.to(onceAddress)).toEqual([]);
    await dispatcher.dispatch(at(1.01));
    expect(catcher.to(onceAddress)).toHaveLength(1);

    // the other one fails at every attempt: after each wait of MAIL_RETRY_MINUTES once more, then never again
    let minutes = 1.01;
    for (const wait of MAIL_RETRY_MINUTES.slice(1)) {
      minutes += wait + 0.01;
      expect({ minutes, failed: (await dispatcher.dispatch(at(minutes))).failed }).toEqual({ minutes, failed: 1 });
    }
    expect((await dispatcher.dispatch(at(minutes + 24 * 60))).failed).toBe(0);
    expect(catcher.to(neverAddress)).toEqual([]);
    expect(catcher.to(onceAddress)).toHaveLength(1);
  });

  it('mails a new password link when asked, in the page’s language, and tells nobody whether the address has an account', async () => {
    const [a] = await newHouseholds(t, officer, 1);
    const newcomer = await createAccount(t, { role: 'NEWCOMER', householdId: a.id });
    const address = (await me(newcomer)).email;
    const ask = async (email: string, locale = 'UK') =>
      required<boolean>(await t.gql('mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }', { input: { email, locale } }), 'requestPasswordReset');

    // an address without an account, an officer's, and the newcomer's in capitals: the same answer
    expect(await ask('nobody-at-all@test.local')).toBe(true);
    expect(await ask('officer@demo.local')).toBe(true);
    expect(await ask(address.toUpperCase())).toBe(true);
    const [mail] = await catcher.waitFor(address, 1);
    expect(mail.subject).toBe('Новий пароль для застосунку «Житло після дозволу на проживання»');
    expect(mail.language).toBe('uk');
    expect(mail.text).toContain('60 хвилин');
    expect(catcher.to('nobody-at-all@test.local')).toEqual([]);
    expect(catcher.to('officer@demo.local')).toEqual([]);

    const code = /#code=([0-9A-Z-]+)/.exec(mail.text)?.[1];
    expect(mail.text).toContain(`${SITE}/welcome#code=${code}`);
    const check = required<{ purpose: string; email: string }>(await t.gql('query($c: String!) { accessCode(code: $c) { purpose email } }', { c: code }), 'accessCode');
    expect(check).toEqual({ purpose: 'PASSWORD_RESET', email: address });
    const session = required<{ token: string; account: { locale: string } }>(
      await t.gql('mutation($input: RedeemAccessCodeInput!) { redeemAccessCode(input: $input) { token account { locale } } }', { input: { code, password: 'a new password for me' } }),
      'redeemAccessCode',
    );
    expect(session.account.locale).toBe('UK');
    expect(await t.login(address, 'a new password for me')).toEqual(expect.any(String));
    expect(errorCode(await t.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: address, p: 'a-long-test-password' }))).toBe('UNAUTHENTICATED');

    // made by the service on request, audited without the code
    const audit = required<{ actorRole: string; after: unknown }[]>(await t.gql('{ auditEvents(action: "access_code.create", limit: 100) { actorRole after } }', {}, officer), 'auditEvents');
    const made = audit.map((e) => ({ actorRole: e.actorRole, after: JSON.stringify(e.after) })).find((e) => e.after.includes(address));
    expect(made?.actorRole).toBe('SYSTEM');
    expect(made?.after).not.toContain(code!.replace(/-/g, ''));
  });

  it('writes a staff member’s reset asked for in a newcomer language in the account’s own language, and a newcomer’s in the one asked for', async () => {
    const admin = await t.login('admin@demo.local');
    const staffAddress = `staff-reset-${Date.now()}@utrecht.example`;
    const letter = required<{ code: string }>(
      await t.gql('mutation($e: String!) { inviteMunicipalityStaff(input: { municipalityCode: "GM0344", email: $e, locale: AR }) { code } }', { e: staffAddress }, admin),
      'inviteMunicipalityStaff',
    );
    required(await t.gql('mutation($c: String!) { redeemAccessCode(input: { code: $c, password: "staff-password-2026", locale: AR }) { token } }', { c: letter.code }), 'redeemAccessCode');
    required(await t.gql('mutation($e: String!) { requestPasswordReset(input: { email: $e, locale: TI }) }', { e: staffAddress }), 'requestPasswordReset');
    const [staffMail] = await catcher.waitFor(staffAddress, 1);
    expect(staffMail.language).toBe('ar');

    const [h] = await newHouseholds(t, officer, 1);
    const newcomerAddress = (await me(await createAccount(t, { role: 'NEWCOMER', householdId: h.id }))).email;
    required(await t.gql('mutation($e: String!) { requestPasswordReset(input: { email: $e, locale: TI }) }', { e: newcomerAddress }), 'requestPasswordReset');
    const [newcomerMail] = await catcher.waitFor(newcomerAddress, 1);
    expect(newcomerMail.language).toBe('ti');
  });

  it('mails at most a few reset links an hour to one address', async () => {
    const [a] = await newHouseholds(t, officer, 1);
    const address = (await me(await createAccount(t, { role: 'NEWCOMER', householdId: a.id }))).email;
    for (let i = 0; i < RESET_EMAILS_PER_HOUR + 2; i++) {
      required(await t.gql('mutation($e: String!) { requestPasswordReset(input: { email: $e, locale: NL }) }', { e: address }), 'requestPasswordReset');
    }
    await catcher.waitFor(address, RESET_EMAILS_PER_HOUR);
    await new Promise((r) => setTimeout(r, 300));
    expect(catcher.to(address)).toHaveLength(RESET_EMAILS_PER_HOUR);
    // only the newest link works: each new one replaced the one before
    const codes = catcher.to(address).map((m) => /#code=([0-9A-Z-]+)/.exec(m.text)?.[1]);
    const refusals = [];
    for (const code of codes) refusals.push(required<{ refusal: string | null }>(await t.gql('query($c: String!) { accessCode(code: $c) { refusal } }', { c: code }), 'accessCode').refusal);
    expect(refusals.filter((r) => r === null)).toHaveLength(1);
  });

  it('does not mail a disabled account', async () => {
    const [a] = await newHouseholds(t, officer, 1);
    const account = await me(await createAccount(t, { role: 'NEWCOMER', householdId: a.id }));
    const admin = await t.login('admin@demo.local');
    required(await t.gql('mutation($id: ID!) { disableAccount(id: $id) { disabled } }', { id: account.id }, admin), 'disableAccount');
    expect(required(await t.gql('mutation($e: String!) { requestPasswordReset(input: { email: $e, locale: NL }) }', { e: account.email }), 'requestPasswordReset')).toBe(true);
    // a control asked for after it: once its mail has come, a mail to the disabled account would have come too
    const [b] = await newHouseholds(t, officer, 1);
    const control = (await me(await createAccount(t, { role: 'NEWCOMER', householdId: b.id }))).email;
    required(await t.gql('mutation($e: String!) { requestPasswordReset(input: { email: $e, locale: NL }) }', { e: control }), 'requestPasswordReset');
    expect(await catcher.waitFor(control, 1)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(catcher.to(account.email)).toEqual([]);
  });
});

describe('without e-mail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 0 });
  }, 120_000);
  afterAll(() => t?.close());

  it('says so, and refuses a reset by e-mail (an officer’s letter gives a new password)', async () => {
    expect(required(await t.gql('{ mailEnabled }'), 'mailEnabled')).toBe(false);
    expect(errorCode(await t.gql('mutation { requestPasswordReset(input: { email: "newcomer@demo.local", locale: NL }) }'))).toBe('CONFLICT');
  });
});
