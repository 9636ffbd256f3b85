import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { simpleParser } from 'mailparser';
import { ACCOUNTS, expectAccessible, gql, say, screenshot, text, tokenFor } from './support';
import { WEB_TEST_MAIL_DIR } from './data-dir';
import { isolated, unbroken } from '../src/components/bidi';

/**
 * A new password by e-mail (issue 16): a newcomer who forgot the password asks for it on a phone in Arabic from the
 * sign-in page, gets an e-mail in Arabic (read from the service's mail folder, as a mail program would), follows its
 * link, chooses a new password and is signed in. On the messages page the newcomer turns e-mail off, and changing the
 * site's language changes the account's (the e-mails' language). Household HH-000014 is outside the browser tests' round.
 */

interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly language: unknown;
}

/** The e-mails written to `address` so far, oldest first. */
async function mailsTo(address: string): Promise<Mail[]> {
  const files = (await readdir(WEB_TEST_MAIL_DIR).catch(() => [])).filter((f) => f.endsWith('.eml')).sort();
  const mails: Mail[] = [];
  for (const file of files) {
    const mail = await simpleParser(await readFile(join(WEB_TEST_MAIL_DIR, file)));
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    if (to?.value[0]?.address === address) mails.push({ to: address, subject: mail.subject ?? '', text: mail.text ?? '', language: mail.headers.get('content-language') });
  }
  return mails;
}

test('a newcomer asks for a new password by e-mail on a phone, in Arabic, and chooses whether messages are e-mailed', async ({ browser, request }) => {
  const locale = 'ar';
  const email = 'reset-hh000014@example.org';
  const admin = await tokenFor(request, ACCOUNTS.admin);
  const officer = await tokenFor(request, ACCOUNTS.officer);
  const householdId = (await gql(request, 'query($r: String!) { householdByReference(reference: $r) { id } }', { r: 'HH-000014' }, officer)).householdByReference.id;
  await gql(request, 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { email, password: 'the first password 2026', role: 'NEWCOMER', householdId } }, admin);

  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await page.goto(`/sign-in?lang=${locale}`);
  await page.getByRole('link', { name: text(locale, 'signIn.forgotLink') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(locale, 'forgot.title') })).toBeVisible();
  // nothing typed: said at the field
  await page.getByRole('button', { name: text(locale, 'forgot.submit') }).click();
  await expect(page.getByText(text(locale, 'welcome.problem.email'))).toBeVisible();
  await expect(page.getByLabel(text(locale, 'forgot.email'))).toBeFocused();
  await expectAccessible(page, locale);
  await screenshot(page, `${locale}-forgot-password`);

  await page.getByLabel(text(locale, 'forgot.email')).fill(email);
  await page.getByRole('button', { name: text(locale, 'forgot.submit') }).click();
  await expect(page.getByRole('status')).toContainText(say(locale, 'forgot.sent', { email: isolated(unbroken(email)), minutes: 60 }));
  await expectAccessible(page, locale);
  await screenshot(page, `${locale}-forgot-password-sent`);

  // the e-mail, in Arabic, with the link to the welcome page
  await expect.poll(async () => (await mailsTo(email)).length, { timeout: 10_000 }).toBe(1);
  const [mail] = await mailsTo(email);
  expect(mail.subject).toBe('كلمة مرور جديدة لتطبيق السكن بعد تصريح الإقامة');
  expect(mail.language).toBe('ar');
  const link = /https?:\/\/\S+\/welcome#code=[0-9A-Z-]+/.exec(mail.text)?.[0];
  expect(link).toBeDefined();

  await page.goto(link!);
  await expect(page.getByRole('heading', { level: 2, name: text(locale, 'welcome.formTitleReset') })).toBeVisible();
  await page.getByLabel(text(locale, 'welcome.passwordNew')).fill('a second password 2026');
  await page.getByRole('button', { name: text(locale, 'welcome.submitReset') }).click();
  await expect(page.getByRole('button', { name: text(locale, 'layout.signOut') })).toBeVisible();
  const login = (p: string) => request.post('/graphql', { data: { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p } } }).then((r) => r.json());
  expect((await login('the first password 2026')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const token: string = (await login('a second password 2026')).data.login.token;
  const me = async () => (await gql(request, '{ me { locale emailNotifications } }', {}, token)).me;
  expect(await me()).toEqual({ locale: 'AR', emailNotifications: true });

  // the messages page: e-mail is on; the newcomer turns it off
  await page.goto('/newcomer/messages');
  const choice = page.getByRole('checkbox', { name: text(locale, 'messages.email') });
  await expect(choice).toBeChecked();
  await choice.click();
  await expect(page.getByRole('status').filter({ hasText: text(locale, 'messages.emailOff') })).toBeVisible();
  await expect(choice).not.toBeChecked();
  expect(await me()).toEqual({ locale: 'AR', emailNotifications: false });
  await expectAccessible(page, locale);
  await screenshot(page, `${locale}-messages-email-off`);

  // the site's language is the e-mails' language
  await page.getByLabel(text(locale, 'language.label')).selectOption('nl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect.poll(async () => (await me()).locale).toBe('NL');
});
