import { expect, test } from '@playwright/test';
import type { Locale } from '../src/i18n/languages';
import { ACCOUNTS, expectAccessible, gql, say, screenshot, signIn, text, tokenFor } from './support';

const ROUNDS = `query { roundList(limit: 50) { id name status householdCount policy { responseDays timeLimitSeconds priorityWeight } runs(limit: 5) { id status assignmentCount } } }`;
const DEFAULTS = `query { defaultRoundPolicy { responseDays timeLimitSeconds priorityWeight } }`;

/**
 * An officer creates a round through the console and runs it (issue 13), in Dutch and English: a problem is said at
 * its field before anything is sent; the round the API stores has the cohort and the one changed policy value (the
 * others stay the defaults); the run's progress is followed on the page until it is done, and the runs table then
 * shows what the API has. A draft round holds no capacity, so the other tests' round is not touched.
 */
for (const locale of ['nl', 'en'] as Locale[]) {
  test(`an officer creates a round and runs it (${locale})`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const token = await tokenFor(request, ACCOUNTS.officer);
    const defaults = (await gql(request, DEFAULTS, {}, token)).defaultRoundPolicy;
    const name = `Console ${locale} ${Date.now()}`;

    await signIn(page, locale, ACCOUNTS.officer);
    await page.getByRole('link', { name: text(locale, 'officer.rounds.new') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'officer.new.title'));
    // the defaults are shown in the fields
    await expect(page.getByLabel(text(locale, 'officer.new.responseDays'))).toHaveValue(String(defaults.responseDays));
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-new-round`);

    // no name: said at the field, nothing stored
    await page.getByRole('button', { name: text(locale, 'officer.new.submit') }).click();
    const nameField = page.getByLabel(text(locale, 'officer.new.name'));
    await expect(page.getByText(text(locale, 'officer.new.problem.name'))).toBeVisible();
    await expect(nameField).toBeFocused();
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, locale);

    await nameField.fill(name);
    await page.getByLabel(text(locale, 'officer.new.limit')).fill('20');
    await page.getByLabel(text(locale, 'officer.new.responseDays')).fill('21');
    await page.getByRole('button', { name: text(locale, 'officer.new.submit') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(locale, 'officer.round.title', { name }));
    const stored = (await gql(request, ROUNDS, {}, token)).roundList.find((r: { name: string }) => r.name === name);
    expect(stored).toMatchObject({ status: 'DRAFT', householdCount: 20, policy: { ...defaults, responseDays: 21 }, runs: [] });
    expect(page.url()).toContain(`/officer/rounds/${stored.id}`);

    // run it and follow the progress until it is done
    await page.getByRole('button', { name: text(locale, 'officer.run.start') }).click();
    const progress = page.getByRole('region', { name: text(locale, 'officer.run.progressTitle'), exact: true });
    await expect(progress).toBeVisible();
    await expect(progress.getByRole('status')).toHaveText(text(locale, 'officer.run.succeeded'), { timeout: 90_000 });
    const run = (await gql(request, ROUNDS, {}, token)).roundList.find((r: { name: string }) => r.name === name).runs[0];
    expect(run.status).toBe('SUCCEEDED');
    const runs = page.getByRole('table', { name: text(locale, 'officer.round.runsTitle') });
    await expect(runs.getByRole('row')).toHaveCount(2);
    await expect(runs.getByRole('row').nth(1)).toContainText(text(locale, 'officer.run.succeeded'));
    // the start time heads the row (a link to the run's review); then status, households, fill
    await expect(runs.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText(String(run.assignmentCount));
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-round-run`);
  });
}
