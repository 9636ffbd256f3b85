import { expect, test } from '@playwright/test';
import type { Locale } from '../src/i18n/languages';
import { ACCOUNTS, expectAccessible, gql, screenshot, signIn, text, tokenFor } from './support';

// Newcomer pages are built for a phone first.
test.use({ viewport: { width: 390, height: 844 } });

const STATUS = `query($l: String) { myWaitingStatus(locale: $l) { position ofTotal positionText { text } statusText { text } rule { text } estimate { summary { text } notAPromise { text } } } }`;

/**
 * A newcomer reads where they stand (issue 12), before any round: newcomer@ in Dutch and in Ukrainian (the fourth
 * language, once), newcomer2@ in Arabic. What the page says is what the API says to that newcomer in that language:
 * the position sentence, the picture's numbers
 * (households ahead = position − 1, households waiting in all), the status and the estimate with "not a promise".
 */
for (const [locale, email] of [['nl', ACCOUNTS.newcomer], ['ar', ACCOUNTS.newcomer2], ['uk', ACCOUNTS.newcomer]] as [Locale, string][]) {
  test(`a newcomer reads their place in the queue and their wait estimate (${locale})`, async ({ page, request }) => {
    await signIn(page, locale, email);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'standing.title'));
    const status = (await gql(request, STATUS, { l: locale }, await tokenFor(request, email))).myWaitingStatus;
    expect(status.position).toBeGreaterThan(0);
    await expect(page.getByText(status.statusText.text, { exact: true })).toBeVisible();
    await expect(page.getByText(status.positionText.text, { exact: true })).toBeVisible();
    await expect(page.getByText(status.rule.text, { exact: true })).toBeVisible();
    await expect(page.getByText(status.estimate.summary.text, { exact: true })).toBeVisible();
    await expect(page.getByText(status.estimate.notAPromise.text)).toBeVisible();
    // the picture's sentence carries the API's numbers, in the API's digits (Latin in Arabic too)
    const caption = page.locator('figcaption');
    await expect(caption).toContainText(String(status.ofTotal));
    if (status.position > 1) await expect(caption).toContainText(String(status.position - 1));
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-newcomer-standing`);
    // before a round there is no proposal: the proposal page says so and what happens next
    await page.getByRole('link', { name: text(locale, 'nav.newcomer.proposal') }).click();
    await expect(page.getByText(text(locale, 'proposal.none'))).toBeVisible();
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-newcomer-no-proposal`);
  });
}

const HOUSEHOLD = `query($id: ID!) { household(id: $id) { preferredSetting preferenceWeights { labour network priorities services setting ties } ties { kind municipalityCode status } } }`;

/**
 * A newcomer reads what is registered about their household, changes one wish (saving a part keeps the rest), and
 * declares a tie that an officer will verify (issue 12, "My household and preferences"), before any round.
 */
for (const [locale, email, tieTo] of [['nl', ACCOUNTS.newcomer, 'Zwolle'], ['ar', ACCOUNTS.newcomer2, 'Groningen']] as [Locale, string, string][]) {
  test(`a newcomer changes a wish and declares a tie (${locale})`, async ({ page, request }) => {
    const token = await tokenFor(request, email);
    const me = (await gql(request, '{ me { householdId } }', {}, token)).me.householdId;
    const before = (await gql(request, HOUSEHOLD, { id: me }, token)).household;
    const { code } = (await gql(request, '{ municipalities { code name } }', {}, token)).municipalities.find((m: { name: string }) => m.name === tieTo);

    await signIn(page, locale, email);
    await page.getByRole('link', { name: text(locale, 'nav.newcomer.household') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'household.title'));
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-newcomer-household`);

    // one weight changes; the others and the setting stay as they were
    await page.getByLabel(text(locale, 'household.weightFor.labour')).selectOption('2');
    await page.getByRole('button', { name: text(locale, 'household.preferences.save') }).click();
    await expect(page.getByText(text(locale, 'household.preferences.saved'))).toBeVisible();
    const after = (await gql(request, HOUSEHOLD, { id: me }, token)).household;
    expect(after.preferenceWeights).toEqual({ ...before.preferenceWeights, labour: 2 });
    expect(after.preferredSetting).toBe(before.preferredSetting);

    // a tie without a municipality is refused on the page, naming the field
    await page.getByRole('button', { name: text(locale, 'household.tie.submit') }).click();
    await expect(page.getByLabel(text(locale, 'household.tie.municipality'), { exact: true })).toBeFocused();
    await expect(page.getByText(text(locale, 'household.tie.chooseMunicipality'))).toBeVisible();
    await page.getByLabel(text(locale, 'household.tie.kind'), { exact: true }).selectOption('STUDY_PLACE');
    await page.getByLabel(text(locale, 'household.tie.municipality'), { exact: true }).selectOption(code);
    await page.getByRole('button', { name: text(locale, 'household.tie.submit') }).click();
    await expect(page.getByText(text(locale, 'household.tie.done'))).toBeVisible();
    const ties = (await gql(request, HOUSEHOLD, { id: me }, token)).household.ties;
    expect(ties).toEqual([...before.ties, { kind: 'STUDY_PLACE', municipalityCode: code, status: 'DECLARED' }]);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-newcomer-household-saved`);
  });
}
