import { expect, test } from '@playwright/test';
import type { Locale } from '../src/i18n/languages';
import { ACCOUNTS, expectAccessible, gql, say, screenshot, signIn, text, tokenFor } from './support';

const ROUNDS = `query { roundList(limit: 20) { id name runs(limit: 5) { id assignmentCount } publishedRunId } }`;
const CHECK = `query($id: ID!) { preRunCheck(roundId: $id) { personPlacesNeeded personPlacesAvailable unhonourableTieCount withoutFitCount bands { band households } } }`;

/**
 * The officer's round page (issue 13, first part), in Dutch and English, on the round the `round` project published:
 * opened from the rounds list; its check before running and its runs show the API's figures.
 */
for (const locale of ['nl', 'en'] as Locale[]) {
  test(`an officer opens a round and reads its check and runs (${locale})`, async ({ page, request }) => {
    const token = await tokenFor(request, ACCOUNTS.officer);
    const round = (await gql(request, ROUNDS, {}, token)).roundList.find((r: { name: string }) => r.name === 'Browser tests');
    const check = (await gql(request, CHECK, { id: round.id }, token)).preRunCheck;

    await signIn(page, locale, ACCOUNTS.officer);
    await page.getByRole('link', { name: 'Browser tests' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(locale, 'officer.round.title', { name: 'Browser tests' }));
    expect(page.url()).toContain(`/officer/rounds/${round.id}`);
    await expect(page.getByText(say(locale, 'officer.check.places', { needed: check.personPlacesNeeded, available: check.personPlacesAvailable }), { exact: false })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: say(locale, 'officer.check.tiesTitle', { count: check.unhonourableTieCount }) })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: say(locale, 'officer.check.withoutFitTitle', { count: check.withoutFitCount }) })).toBeVisible();
    const bands = page.getByRole('table', { name: text(locale, 'officer.check.bandsCaption') });
    for (const b of check.bands) {
      const row = bands.getByRole('row', { name: new RegExp(`^${text(locale, `officer.band.${b.band.toLowerCase()}` as 'officer.band.homes_1_2')}`) });
      await expect(row.getByRole('cell').first()).toHaveText(String(b.households));
    }
    // the published run: done, marked published, with the API's number of households
    const runs = page.getByRole('table', { name: text(locale, 'officer.round.runsTitle') });
    const published = round.runs.find((r: { id: string }) => r.id === round.publishedRunId);
    await expect(runs.getByRole('row')).toHaveCount(round.runs.length + 1);
    const row = runs.getByRole('row', { name: new RegExp(text(locale, 'officer.round.publishedRun').replace(/[()]/g, '\\$&')) });
    await expect(row).toContainText(text(locale, 'officer.run.succeeded'));
    // the start time heads the row (a link to the run's review); then status, households, fill
    await expect(row.getByRole('cell').nth(1)).toHaveText(String(published.assignmentCount));
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-round`);
  });
}
