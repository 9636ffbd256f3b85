import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { isHouseholdDataExport } from '../../../matching/vocabulary/data-export';
import type { Locale } from '../src/i18n/languages';
import { ACCOUNTS, DEMO_PASSWORD, expectAccessible, gql, screenshot, signIn, text, tokenFor } from './support';

/**
 * The right of access (issue 16): a newcomer on a phone opens "everything we keep about you" from the household
 * page, reads it (in Dutch and in Arabic) — including that a member of staff opened the case — and downloads the
 * whole export as a JSON file, which is the API's format. Household HH-000015 is outside the browser tests' round.
 */
test('a newcomer reads and downloads everything kept about the household, on a phone', async ({ browser, request }) => {
  const email = 'data-hh000015@example.org';
  const admin = await tokenFor(request, ACCOUNTS.admin);
  const officer = await tokenFor(request, ACCOUNTS.officer);
  const householdId = (await gql(request, 'query($r: String!) { householdByReference(reference: $r) { id } }', { r: 'HH-000015' }, officer)).householdByReference.id;
  await gql(request, 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { email, password: DEMO_PASSWORD, role: 'NEWCOMER', householdId } }, admin);

  for (const locale of ['nl', 'ar'] as Locale[]) {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true })).newPage();
    await signIn(page, locale, email);
    await page.goto('/newcomer/household');
    await page.getByRole('link', { name: text(locale, 'household.dataLink') }).click();
    await expect(page.getByRole('heading', { level: 1, name: text(locale, 'data.title') })).toBeVisible();
    await expect(page.getByText('HH-000015')).toBeVisible();
    // the officer's look-up of the case (householdByReference above) is listed
    const access = page.getByRole('region', { name: text(locale, 'data.access.title') });
    await expect(access.getByRole('listitem').first()).toBeVisible();
    // the messages sent to its accounts (none: the account is new; message-words.test.ts checks their words)
    await expect(page.getByRole('region', { name: text(locale, 'messages.title') }).getByText(text(locale, 'data.none'))).toBeVisible();
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-newcomer-data`);

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: text(locale, 'data.download') }).click()]);
    expect(file.suggestedFilename()).toBe('household-data-HH-000015.json');
    const exported: unknown = JSON.parse(await readFile((await file.path())!, 'utf8'));
    expect(isHouseholdDataExport(exported)).toBe(true);
    if (isHouseholdDataExport(exported)) {
      expect(exported.household.reference).toBe('HH-000015');
      expect(exported.locale).toBe(locale);
      expect(exported.accessLog.map((e) => e.action)).toContain('household.view');
    }
  }
});
