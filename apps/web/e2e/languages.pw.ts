import { expect, test } from '@playwright/test';
import { LANGUAGE_NAMES, STAFF_LOCALES, type Locale } from '../src/i18n/languages';
import { ACCOUNTS, DEMO_PASSWORD, expectAccessible, gql, screenshot, signIn, text, tokenFor } from './support';

// Newcomer pages are built for a phone first.
test.use({ viewport: { width: 390, height: 844 } });

const STATUS = `query($l: String) { myWaitingStatus(locale: $l) { positionText { text locale } statusText { text } } }`;
const SETTINGS = `mutation($l: Locale!) { updateMySettings(input: { locale: $l }) { locale } }`;

/**
 * The four newcomer languages of issue 16 (Tigrinya, Persian in Dari wording, Turkish, Somali): a newcomer reads
 * where they stand in each, in the API's words in that language, with the line that says no native speaker has
 * reviewed the translation yet; Persian right to left. Axe-clean on a phone. The account's language is put back after.
 */
test('a newcomer reads their place in Tigrinya, Persian, Turkish and Somali, each marked as not yet reviewed', async ({ page, request }) => {
  const token = await tokenFor(request, ACCOUNTS.newcomer);
  const before = (await gql(request, '{ me { locale } }', {}, token)).me.locale as string;
  try {
    for (const locale of ['ti', 'fa', 'tr', 'so'] as Locale[]) {
      await signIn(page, locale, ACCOUNTS.newcomer);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'standing.title'));
      const status = (await gql(request, STATUS, { l: locale }, token)).myWaitingStatus;
        expect(status.positionText.locale).toBe(locale);
      await expect(page.getByText(status.positionText.text, { exact: true })).toBeVisible();
      await expect(page.getByText(status.statusText.text, { exact: true })).toBeVisible();
      await expect(page.getByText(text(locale, 'language.unreviewed'), { exact: true })).toBeVisible();
      // the menu names each language in itself, the chosen one selected
      await expect(page.getByLabel(text(locale, 'language.label'))).toHaveValue(locale);
      await expectAccessible(page, locale);
      await screenshot(page, `${locale}-newcomer-standing`);
      await page.getByRole('button', { name: text(locale, 'layout.signOut') }).click();
    }
    // a reviewed language says nothing of the kind
    await signIn(page, 'nl', ACCOUNTS.newcomer);
    await expect(page.getByText(text('nl', 'language.unreviewed'))).toHaveCount(0);
  } finally {
    await gql(request, SETTINGS, { l: before }, token);
  }
});

/**
 * A member of staff who chose Tigrinya before signing in: the sign-in page is in Tigrinya (marked), the municipality's
 * pages exist in four languages only, so after signing in the whole site is in the account's own language (English
 * here; the one its e-mails are in) and the menu offers those four. The API refuses a staff account a language its
 * pages lack, naming the field.
 */
test('a municipality’s staff member who chose Tigrinya reads their pages in their account’s language, and is offered the staff languages', async ({ page, request }) => {
  const token = await tokenFor(request, ACCOUNTS.amsterdam);
  const setLanguage = async (l: string) => request.post('/graphql', { data: { query: SETTINGS, variables: { l } }, headers: { authorization: `Bearer ${token}` } });
  const before = (await gql(request, '{ me { locale } }', {}, token)).me.locale as string;
  expect((await (await setLanguage('EN')).json()).data.updateMySettings.locale).toBe('EN');
  try {
    await page.goto('/sign-in?lang=ti');
    await expect(page.getByText(text('ti', 'language.unreviewed'), { exact: true })).toBeVisible();
    await page.getByLabel(text('ti', 'signIn.email')).fill(ACCOUNTS.amsterdam);
    await page.getByLabel(text('ti', 'signIn.password')).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: text('ti', 'signIn.submit') }).click();
    await expect(page.getByRole('button', { name: text('en', 'layout.signOut') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const menu = page.getByLabel(text('en', 'language.label'));
    await expect(menu.getByRole('option')).toHaveText(STAFF_LOCALES.map((l) => LANGUAGE_NAMES[l]));
    await expect(menu).toHaveValue('en');
    await expect(page.getByText(text('en', 'language.unreviewed'))).toHaveCount(0);
    await expectAccessible(page, 'en');

    // the account keeps its language (the sign-in stored nothing for Tigrinya), and the API refuses Tigrinya for it
    expect((await gql(request, '{ me { locale } }', {}, token)).me.locale).toBe('EN');
    const refused = await (await setLanguage('TI')).json();
    expect(refused.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.errors[0].extensions)).toContain('locale');
  } finally {
    await setLanguage(before);
  }
});
