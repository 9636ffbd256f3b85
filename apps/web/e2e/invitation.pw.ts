import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { LANGUAGE_NAMES, type Locale } from '../src/i18n/languages';
import { isolated } from '../src/components/bidi';
import { ACCOUNTS, expectAccessible, gql, say, screenshot, signIn, text, tokenFor } from './support';

/**
 * Getting in (issue 16): an officer makes a letter with an access code on a household's page, in the household's
 * language; the letter's QR code holds the welcome page's link with the code; a newcomer on a phone opens it, reads in
 * the letter's language (or chooses another) what the app does and does not, makes the account and lands on their
 * home. A second letter gives the account a new password. An admin invites a member of a municipality's staff the
 * same way. Every step is checked against the API; axe on every page; households HH-000012 and HH-000013 are outside
 * the browser tests' round.
 */

const ACCOUNTS_NOW = '{ accounts(limit: 500) { email role householdReference municipalityCode } }';

/** The text a QR code in the page holds, read from a screenshot of it (jsQR), as a phone's camera would. */
async function readQrCode(page: Page): Promise<string> {
  const png = PNG.sync.read(await page.locator('.matching-letter__qr').screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) throw new Error('no QR code could be read from the letter');
  return found.data;
}

/** Chooses a language on the welcome page as a person does (a click); the page then speaks it. */
async function chooseLanguage(page: Page, locale: Locale): Promise<void> {
  const radio = page.getByRole('radio', { name: LANGUAGE_NAMES[locale] });
  await radio.click();
  await expect(radio).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** A phone with nothing remembered (no language, no session): the newcomer's own. */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  return context.newPage();
}

/** Makes a letter on the household's page; returns its code and link as the page shows them. */
async function makeLetter(page: Page, officerLocale: Locale, householdId: string, letterLocale: Locale): Promise<{ code: string; link: string }> {
  await page.goto(`/officer/households/${householdId}`);
  const section = page.getByRole('region', { name: text(officerLocale, 'officer.invite.title') });
  await section.getByLabel(text(officerLocale, 'officer.invite.language')).selectOption(letterLocale);
  await section.getByRole('button', { name: text(officerLocale, 'officer.invite.make') }).click();
  const letter = section.getByRole('article');
  await expect(letter).toBeVisible();
  await expect(letter).toHaveAttribute('lang', letterLocale);
  const code = (await letter.locator('.matching-letter__code').textContent())?.trim() ?? '';
  const link = (await letter.locator('.matching-letter__url').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  expect(link).toBe(`${new URL(page.url()).origin}/welcome#code=${code}`);
  // the QR code holds the same link
  expect(await readQrCode(page)).toBe(link);
  return { code, link };
}

/**
 * The household page says what the API says of the household's way in: its accounts (and their addresses) and its
 * letter that still works.
 */
async function expectAccessShown(page: Page, request: APIRequestContext, locale: Locale, householdId: string, token: string): Promise<void> {
  const access = (await gql(request, 'query($id: ID!) { household(id: $id) { appAccess { accountEmails openLetterPurpose openLetterExpiresAt } } }', { id: householdId }, token)).household.appAccess;
  const section = page.getByRole('region', { name: text(locale, 'officer.invite.title') });
  await expect(section).toContainText(say(locale, 'officer.invite.accounts', { count: access.accountEmails.length, emails: access.accountEmails.map((e: string) => isolated(e)).join(', ') }));
  if (access.openLetterPurpose) await expect(section).toContainText(say(locale, 'officer.invite.openLetter', { purpose: access.openLetterPurpose, date: new Date(access.openLetterExpiresAt) }));
  else await expect(section).not.toContainText(say(locale, 'officer.invite.openLetter', { purpose: 'INVITATION', date: new Date() }).split('.')[0]);
}

const CASES: { officer: Locale; letter: Locale; reader: Locale; reference: string }[] = [
  // the letter in Arabic, read in Arabic
  { officer: 'nl', letter: 'ar', reader: 'ar', reference: 'HH-000012' },
  // the letter in Ukrainian; the newcomer chooses Dutch on the welcome page
  { officer: 'en', letter: 'uk', reader: 'nl', reference: 'HH-000013' },
];

for (const { officer: officerLocale, letter: letterLocale, reader, reference } of CASES) {
  test(`an officer makes a letter in ${letterLocale}; the newcomer makes the account in ${reader} on a phone, and later a new password`, async ({ page, browser, request }) => {
    const officer = await tokenFor(request, ACCOUNTS.officer);
    const householdId = (await gql(request, 'query($r: String!) { householdByReference(reference: $r) { id } }', { r: reference }, officer)).householdByReference.id;

    await signIn(page, officerLocale, ACCOUNTS.officer);
    // no account, no letter yet
    await page.goto(`/officer/households/${householdId}`);
    await expectAccessShown(page, request, officerLocale, householdId, officer);
    const first = await makeLetter(page, officerLocale, householdId, letterLocale);
    // the letter that now works is said above the choice
    await expectAccessShown(page, request, officerLocale, householdId, officer);
    await expect(page.getByRole('region', { name: text(officerLocale, 'officer.invite.title') }).getByRole('status')).toContainText(text(officerLocale, 'officer.invite.made').split('.')[0]);
    await expectAccessible(page, officerLocale);
    await screenshot(page, `${officerLocale}-officer-invitation-letter-${letterLocale}`);

    // the newcomer opens the link on a phone: the page speaks the letter's language
    const phonePage = await phone(browser);
    await phonePage.goto(first.link);
    await expect(phonePage.getByRole('heading', { level: 1, name: text(letterLocale, 'welcome.title') })).toBeVisible();
    await expect(phonePage.locator('html')).toHaveAttribute('lang', letterLocale);
    await expect(phonePage.getByLabel(text(letterLocale, 'welcome.code'))).toHaveValue(first.code);
    if (reader !== letterLocale) await chooseLanguage(phonePage, reader);
    await expect(phonePage.getByRole('heading', { level: 2, name: text(reader, 'welcome.aboutTitle') })).toBeVisible();
    await expect(phonePage.getByText(text(reader, 'welcome.doesNot'))).toBeVisible();
    await expectAccessible(phonePage, reader);
    await screenshot(phonePage, `${reader}-welcome`);

    // a short password: said at the field, nothing made
    const email = `letter-${reference.toLowerCase()}@example.org`;
    await phonePage.getByLabel(text(reader, 'welcome.email')).fill(email);
    await phonePage.getByLabel(text(reader, 'welcome.password')).fill('kort');
    await phonePage.getByRole('button', { name: text(reader, 'welcome.submit') }).click();
    await expect(phonePage.getByText(say(reader, 'password.problem.tooShort', { min: 12 }))).toBeVisible();
    await expect(phonePage.getByLabel(text(reader, 'welcome.password'))).toBeFocused();
    await expectAccessible(phonePage, reader);
    await screenshot(phonePage, `${reader}-welcome-problem`);
    const admin = await tokenFor(request, ACCOUNTS.admin);
    expect((await gql(request, ACCOUNTS_NOW, {}, admin)).accounts.some((a: { email: string }) => a.email === email)).toBe(false);

    const password = 'our new home 2026';
    await phonePage.getByLabel(text(reader, 'welcome.password')).fill(password);
    await phonePage.getByRole('button', { name: text(reader, 'welcome.submit') }).click();
    // signed in: the newcomer's home, in the language chosen
    await expect(phonePage.getByRole('button', { name: text(reader, 'layout.signOut') })).toBeVisible();
    await expect(phonePage).toHaveURL(/\/newcomer/);
    await expect(phonePage.locator('html')).toHaveAttribute('lang', reader);
    const made = (await gql(request, ACCOUNTS_NOW, {}, admin)).accounts.find((a: { email: string }) => a.email === email);
    expect(made).toEqual({ email, role: 'NEWCOMER', householdReference: reference, municipalityCode: null });
    // the code works once
    const used = await gql(request, 'query($c: String!) { accessCode(code: $c) { refusal } }', { c: first.code });
    expect(used.accessCode.refusal).toBe('USED');

    // a second letter gives the account a new password; the old one stops working
    await page.goto(`/officer/households/${householdId}`);
    await expectAccessShown(page, request, officerLocale, householdId, officer);
    await expect(page.getByRole('region', { name: text(officerLocale, 'officer.invite.title') })).toContainText(email);
    const second = await makeLetter(page, officerLocale, householdId, letterLocale);
    await expect(page.getByRole('region', { name: text(officerLocale, 'officer.invite.title') }).getByRole('status')).toContainText(text(officerLocale, 'officer.invite.madeReset').split('.')[0]);
    const resetPage = await phone(browser);
    await resetPage.goto(`${second.link}`);
    await chooseLanguage(resetPage, reader);
    await expect(resetPage.getByRole('heading', { level: 2, name: text(reader, 'welcome.formTitleReset') })).toBeVisible();
    await expect(resetPage.getByText(say(reader, 'welcome.emailFixed', { email: isolated(email) }))).toBeVisible();
    await resetPage.getByLabel(text(reader, 'welcome.passwordNew')).fill('a different home 2027');
    await resetPage.getByRole('button', { name: text(reader, 'welcome.submitReset') }).click();
    await expect(resetPage.getByRole('button', { name: text(reader, 'layout.signOut') })).toBeVisible();
    const login = (p: string) => request.post('/graphql', { data: { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p } } }).then((r) => r.json());
    expect((await login(password)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login('a different home 2027')).data.login.token).toEqual(expect.any(String));
    // the first code is still refused, saying why
    await resetPage.goto(`/welcome?lang=${reader}#code=${first.code}`);
    await expect(resetPage.getByText(text(reader, 'welcome.refusal.used'))).toBeVisible();
    await expectAccessible(resetPage, reader);
    await screenshot(resetPage, `${reader}-welcome-used`);
  });
}

test('an admin invites a member of Utrecht’s staff, who makes the account and lands on the municipality’s pages', async ({ page, browser, request }) => {
  const locale: Locale = 'nl';
  await signIn(page, locale, ACCOUNTS.admin);
  const invite = page.getByRole('region', { name: text(locale, 'admin.invite.title') });
  // nothing chosen: said at the fields
  await invite.getByRole('button', { name: text(locale, 'admin.invite.make') }).click();
  await expect(invite.getByText(text(locale, 'admin.invite.problem.municipality'))).toBeVisible();
  await expect(invite.getByLabel(text(locale, 'admin.accounts.municipality'))).toBeFocused();
  // an address of another kind of account
  await invite.getByLabel(text(locale, 'admin.accounts.municipality')).selectOption({ label: 'Utrecht' });
  await invite.getByLabel(text(locale, 'admin.invite.email')).fill(ACCOUNTS.officer);
  await invite.getByRole('button', { name: text(locale, 'admin.invite.make') }).click();
  await expect(invite.getByText(text(locale, 'admin.invite.problem.emailOther'))).toBeVisible();
  const email = `staff-${Date.now()}@utrecht.example`;
  await invite.getByLabel(text(locale, 'admin.invite.email')).fill(email);
  await invite.getByLabel(text(locale, 'admin.invite.language')).selectOption('en');
  await invite.getByRole('button', { name: text(locale, 'admin.invite.make') }).click();
  const letter = invite.getByRole('article');
  await expect(letter).toHaveAttribute('lang', 'en');
  await expect(letter).toContainText(say('en', 'letter.staffFor', { municipality: 'Utrecht' }));
  // staff read a title of their own (the newcomer's speaks of "your residence permit")
  await expect(letter.getByRole('heading', { level: 2 })).toHaveText(text('en', 'letter.titleStaff'));
  await expectAccessible(page, locale);
  await screenshot(page, `${locale}-admin-invite-staff`);
  const link = (await letter.locator('.matching-letter__url').textContent())?.trim() ?? '';
  expect(await readQrCode(page)).toBe(link);

  const staff = await browser.newPage();
  await staff.goto(link);
  await expect(staff.getByText(say('en', 'welcome.emailFixed', { email: isolated(email) }))).toBeVisible();
  await expect(staff.getByText(text('en', 'welcome.doesStaff'))).toBeVisible();
  await staff.getByLabel(text('en', 'welcome.password')).fill('municipal housing 2026');
  await staff.getByRole('button', { name: text('en', 'welcome.submit') }).click();
  await expect(staff).toHaveURL(/\/municipality/);
  const admin = await tokenFor(request, ACCOUNTS.admin);
  const made = (await gql(request, ACCOUNTS_NOW, {}, admin)).accounts.find((a: { email: string }) => a.email === email);
  expect(made).toEqual({ email, role: 'MUNICIPALITY', householdReference: null, municipalityCode: 'GM0344' });
  // the staff member signs in with the chosen password as anyone would
  const login = await request.post('/graphql', { data: { query: 'mutation($e: String!) { login(email: $e, password: "municipal housing 2026") { account { role } } }', variables: { e: email } } });
  expect((await login.json()).data.login.account.role).toBe('MUNICIPALITY');
});
