import { expect, test } from '@playwright/test';
import type { Locale } from '../src/i18n/languages';
import { PASSWORD_MIN_CHARACTERS } from '../../../matching/vocabulary/password-rule';
import { ACCOUNTS, expectAccessible, gql, say, screenshot, signIn, text, tokenFor } from './support';

interface Account {
  id: string;
  email: string;
  role: string;
  disabled: boolean;
}

/**
 * The admin's accounts and the audit trail (issue 13), in Dutch and English, each step checked against the API: the
 * admin lands on the accounts (not on the officer's console, whose data the API refuses admins), finds every account
 * counted, makes an officer's account through the form (the problems named at their fields first), disables and
 * enables it from its row, cannot disable the last enabled admin (the page says why), and reads the trail of those
 * changes; an officer filters the trail by kind and action and opens a round from it.
 */
for (const locale of ['nl', 'en'] as Locale[]) {
  test(`an admin manages accounts and reads the audit trail (${locale})`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const admin = await tokenFor(request, ACCOUNTS.admin);
    const accounts = async () => (await gql(request, '{ accountCount accounts { id email role disabled } }', {}, admin)) as { accountCount: number; accounts: Account[] };

    await signIn(page, locale, ACCOUNTS.admin);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'admin.accounts.title'));
    const nav = page.getByRole('navigation').first();
    await expect(nav.getByRole('link', { name: text(locale, 'nav.audit') })).toBeVisible();
    await expect(nav.getByRole('link', { name: text(locale, 'nav.officer.rounds') })).toHaveCount(0);
    const before = await accounts();
    await expect(page.getByText(say(locale, 'admin.accounts.count', { count: before.accountCount }), { exact: true })).toBeVisible();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(Math.min(50, before.accountCount) + 1);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-admin-accounts`);

    // a new officer account: nothing typed gives the problems at their fields, focus on the first
    const form = page.getByRole('region', { name: text(locale, 'admin.accounts.newTitle') });
    await form.getByRole('button', { name: text(locale, 'admin.accounts.create') }).click();
    await expect(form.getByLabel(text(locale, 'admin.accounts.email'))).toBeFocused();
    await expect(form.getByText(text(locale, 'admin.accounts.problem.email'))).toBeVisible();
    await expect(form.getByText(say(locale, 'password.problem.tooShort', { min: PASSWORD_MIN_CHARACTERS }))).toBeVisible();
    await expect(form.getByLabel(text(locale, 'admin.accounts.email'))).toHaveAttribute('aria-invalid', 'true');
    const email = `officer-${locale}-${Date.now()}@test.local`;
    await form.getByLabel(text(locale, 'admin.accounts.email')).fill(email);
    await form.getByLabel(text(locale, 'admin.accounts.password')).fill('a-long-first-password');
    await form.getByLabel(text(locale, 'admin.accounts.role')).selectOption('OFFICER');
    await form.getByRole('button', { name: text(locale, 'admin.accounts.create') }).click();
    await expect(page.getByText(say(locale, 'admin.accounts.created', { email }))).toBeVisible();
    const made = (await accounts()).accounts.find((a) => a.email === email)!;
    expect(made).toMatchObject({ role: 'OFFICER', disabled: false });

    // disable it from its row (the button names the account), then enable it again
    await page.getByRole('button', { name: say(locale, 'admin.accounts.disableLabel', { email }) }).click();
    await expect(page.getByText(say(locale, 'admin.accounts.disabledDone', { email }))).toBeVisible();
    expect((await accounts()).accounts.find((a) => a.id === made.id)?.disabled).toBe(true);
    await page.getByRole('button', { name: say(locale, 'admin.accounts.enableLabel', { email }) }).click();
    await expect(page.getByText(say(locale, 'admin.accounts.enabledDone', { email }))).toBeVisible();
    expect((await accounts()).accounts.find((a) => a.id === made.id)?.disabled).toBe(false);

    // the last enabled admin: refused, and the page says why
    await page.getByRole('button', { name: say(locale, 'admin.accounts.disableLabel', { email: ACCOUNTS.admin }) }).click();
    await expect(page.getByRole('alert')).toHaveText(text(locale, 'admin.accounts.lastAdmin'));
    expect((await accounts()).accounts.find((a) => a.email === ACCOUNTS.admin)?.disabled).toBe(false);
    await expectAccessible(page, locale);

    // the trail of this account: created, disabled, enabled, newest first, by the admin
    await nav.getByRole('link', { name: text(locale, 'nav.audit') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'officer.audit.title'));
    await page.getByLabel(text(locale, 'officer.audit.entityId')).fill(made.id);
    await page.getByRole('button', { name: text(locale, 'officer.audit.apply') }).click();
    await expect(page.getByText(say(locale, 'officer.audit.count', { count: 3 }), { exact: true })).toBeVisible();
    const rows = page.getByRole('table').getByRole('rowheader');
    await expect(rows).toHaveText([
      text(locale, 'officer.audit.action.account.enable'),
      text(locale, 'officer.audit.action.account.disable'),
      text(locale, 'officer.audit.action.account.create'),
    ]);
    await expect(page.getByRole('table').getByText(ACCOUNTS.admin).first()).toBeVisible();
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-admin-audit`);
  });

  test(`an officer filters the audit trail and opens a round from it (${locale})`, async ({ page, request }) => {
    const officer = await tokenFor(request, ACCOUNTS.officer);
    const now = new Date();
    const period = `${now.getUTCFullYear()}-H${now.getUTCMonth() < 6 ? 1 : 2}`;
    await gql(request, 'mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }', { input: { name: `Audit ${locale} ${Date.now()}`, period, cohort: { limit: 3 } } }, officer);
    const api = (await gql(request, '{ auditEventCount(entityType: "round", action: "round.create") auditEvents(entityType: "round", action: "round.create", limit: 1) { entityId } }', {}, officer)) as {
      auditEventCount: number;
      auditEvents: { entityId: string }[];
    };
    await signIn(page, locale, ACCOUNTS.officer);
    await page.getByRole('navigation').first().getByRole('link', { name: text(locale, 'nav.audit') }).click();
    await page.getByLabel(text(locale, 'officer.audit.entityType')).selectOption('round');
    await page.getByLabel(text(locale, 'officer.audit.action')).selectOption('round.create');
    await page.getByRole('button', { name: text(locale, 'officer.audit.apply') }).click();
    await expect(page.getByText(say(locale, 'officer.audit.count', { count: api.auditEventCount }), { exact: true })).toBeVisible();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(Math.min(50, api.auditEventCount) + 1);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-audit`);
    // the newest round made: its link opens the round's page
    const subject = `${text(locale, 'officer.audit.entity.round')} ${api.auditEvents[0].entityId.slice(0, 8)}`;
    await page.getByRole('link', { name: subject }).first().click();
    await expect(page).toHaveURL(new RegExp(`/officer/rounds/${api.auditEvents[0].entityId}$`));
  });
}
