import { expect, test, type Page } from '@playwright/test';
import type { Locale } from '../src/i18n/languages';
import { LIST_ROWS_SHOWN } from '../src/municipality/profile-lists';
import { ACCOUNTS, expectAccessible, gql, periodIn, say, screenshot, signIn, text, tokenFor } from './support';

/** The half-year period of today (the API's format), as the capacity page picks it. */
function currentPeriod(): string {
  const now = new Date();
  return `${now.getUTCFullYear()}-H${now.getUTCMonth() < 6 ? 1 : 2}`;
}

const VIEW = `query {
  myMunicipalityView {
    proposals { reference status municipalityResponse names }
    capacities { period persons homes1to2 homes3to4 homes5plus usedPersons }
    profileVersions { version labourMarket { sectors employersOpenToNewcomers } priorities { wantedOccupations } }
  }
}`;

interface View {
  myMunicipalityView: {
    proposals: { reference: string; status: string; municipalityResponse: string | null; names: string[] | null }[];
    capacities: { period: string; persons: number; homes1to2: number; homes3to4: number; homes5plus: number; usedPersons: number }[];
    profileVersions: { version: number; labourMarket: { sectors: string[]; employersOpenToNewcomers: string[] }; priorities: { wantedOccupations: string[] } }[];
  };
}

/** The card of one household, found by its case reference (its heading). */
function household(page: Page, locale: Locale, reference: string) {
  return page.getByRole('region', { name: say(locale, 'municipality.household.title', { reference }) });
}

const CASES: { locale: Locale; account: string; accept: string; decline: string }[] = [
  { locale: 'nl', account: ACCOUNTS.amsterdam, accept: 'HH-000003', decline: 'HH-000004' },
  { locale: 'ar', account: ACCOUNTS.utrecht, accept: 'HH-000005', decline: 'HH-000006' },
];

for (const { locale, account, accept, decline } of CASES) {
  test(`${locale}: a municipality answers its proposals, changes its capacity and publishes its profile`, async ({ page, request }) => {
    // Three pages with axe runs and full-page screenshots (the profile page is long): more than the default minute.
    test.setTimeout(180_000);
    const token = await tokenFor(request, account);
    await signIn(page, locale, account);

    // Proposals (the home): both households are shown with what to prepare and why, then one is accepted, one declined.
    await expect(page).toHaveURL(/\/municipality$/);
    await expect(page.getByRole('heading', { level: 1, name: text(locale, 'municipality.proposals.title') })).toBeVisible();
    const accepted = household(page, locale, accept);
    const declined = household(page, locale, decline);
    await expect(accepted).toBeVisible();
    await expect(declined).toBeVisible();
    await expect(accepted.getByRole('heading', { name: text(locale, 'municipality.household.prepare') })).toBeVisible();
    await expect(accepted.getByRole('heading', { name: text(locale, 'municipality.household.why') })).toBeVisible();
    await expect(accepted.getByRole('heading', { name: text(locale, 'municipality.household.names') })).toHaveCount(0);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-municipality-proposals`);

    await accepted.getByRole('button', { name: say(locale, 'municipality.answer.accept', { reference: accept }) }).click();
    await accepted.getByRole('button', { name: text(locale, 'municipality.answer.confirmAcceptButton') }).click();
    await expect(accepted.getByRole('heading', { name: text(locale, 'municipality.receipt.acceptedTitle') })).toBeVisible();
    await expect(accepted.getByText(text(locale, 'municipality.receipt.acceptedNext'))).toBeVisible();

    await declined.getByRole('button', { name: say(locale, 'municipality.answer.decline', { reference: decline }) }).click();
    const reason = declined.getByLabel(text(locale, 'municipality.answer.reason'));
    await declined.getByRole('button', { name: text(locale, 'municipality.answer.confirmDeclineButton') }).click();
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(reason).toBeFocused();
    await expectAccessible(page, locale);
    await reason.fill('Er is nu geen passende woning vrij.');
    await declined.getByRole('button', { name: text(locale, 'municipality.answer.confirmDeclineButton') }).click();
    await expect(declined.getByRole('heading', { name: text(locale, 'municipality.receipt.declinedTitle') })).toBeVisible();

    const afterAnswers = (await gql<View>(request, VIEW, {}, token)).myMunicipalityView;
    const acceptedNow = afterAnswers.proposals.find((p) => p.reference === accept);
    const declinedNow = afterAnswers.proposals.find((p) => p.reference === decline);
    expect(acceptedNow?.municipalityResponse).toBe('ACCEPTED');
    expect(acceptedNow?.names?.length).toBeGreaterThan(0);
    expect(declinedNow?.municipalityResponse).toBe('DECLINED');
    expect(declinedNow?.status).toBe('DECLINED');
    // The names appear on the page after accepting, never before.
    await expect(accepted.getByRole('heading', { name: text(locale, 'municipality.household.names') })).toBeVisible();
    for (const name of acceptedNow?.names ?? []) await expect(accepted.getByText(name, { exact: true })).toBeVisible();
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-municipality-proposals-answered`);

    // Capacity: a refused figure is shown at its field, then new figures for the current period are saved.
    await page.getByRole('link', { name: text(locale, 'nav.municipality.capacity') }).click();
    await expect(page.getByRole('heading', { level: 1, name: text(locale, 'municipality.capacity.title') })).toBeVisible();
    await expectAccessible(page, locale);
    const period = currentPeriod();
    const before = afterAnswers.capacities.find((c) => c.period === period);
    const persons = page.getByLabel(text(locale, 'municipality.capacity.persons'), { exact: true });
    const save = page.getByRole('button', { name: new RegExp(text(locale, 'municipality.capacity.save').replace(/\{period\}.*$/, '').trim().replace(/[()]/g, '\\$&')) });
    if (before && (before.usedPersons > 0 || before.homes1to2 + before.homes3to4 + before.homes5plus > 0)) {
      await persons.fill('0');
      await save.click();
      await expect(persons).toHaveAttribute('aria-invalid', 'true');
      const describedBy = (await persons.getAttribute('aria-describedby')) ?? '';
      const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
      expect(errorId).toBeTruthy();
      await expect(page.locator(`[id="${errorId}"]`)).toBeVisible();
      await expectAccessible(page, locale);
      await screenshot(page, `${locale}-municipality-capacity-refused`);
    }
    const homes1to2 = (before?.homes1to2 ?? 0) + 2;
    const homes3to4 = before?.homes3to4 ?? 0;
    const homes5plus = before?.homes5plus ?? 0;
    const wanted = Math.max(before?.persons ?? 0, before?.usedPersons ?? 0, homes1to2 + 3 * homes3to4 + 5 * homes5plus) + 7;
    await persons.fill(String(wanted));
    await page.getByLabel(text(locale, 'municipality.capacity.homes1to2'), { exact: true }).fill(String(homes1to2));
    // the button and the receipt name the half year in words, as a sentence has it
    await expect(save).toHaveText(say(locale, 'municipality.capacity.save', { period: periodIn(locale, period) }));
    await save.click();
    await expect(page.locator('#capacity-receipt')).toBeVisible();
    await expect(page.locator('#capacity-receipt')).toContainText(say(locale, 'municipality.capacity.saved', { period: periodIn(locale, period) }));
    const capacity = (await gql<View>(request, VIEW, {}, token)).myMunicipalityView.capacities.find((c) => c.period === period);
    expect(capacity?.persons).toBe(wanted);
    expect(capacity?.homes1to2).toBe(homes1to2);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-municipality-capacity`);

    // Our profile: add a sector and a wanted occupation found by its title, publish as a new version.
    await page.getByRole('link', { name: text(locale, 'nav.municipality.profile') }).click();
    await expect(page.getByRole('heading', { level: 1, name: text(locale, 'municipality.profile.title') })).toBeVisible();
    await expectAccessible(page, locale);
    const versionsBefore = (await gql<View>(request, VIEW, {}, token)).myMunicipalityView.profileVersions;
    const latest = versionsBefore[0];
    const sectorCount = latest?.labourMarket.sectors.length ?? 0;
    const sector = `Testsector ${locale} ${Date.now()}`;
    await page.getByRole('button', { name: say(locale, 'municipality.profile.add', { what: text(locale, 'municipality.profile.sectors') }) }).click();
    const sectorField = page.getByLabel(say(locale, 'municipality.profile.sector', { n: sectorCount + 1 }), { exact: true });
    await expect(sectorField).toBeFocused();
    await sectorField.fill(sector);
    const wantedGroup = page.getByRole('group', { name: text(locale, 'municipality.profile.wantedOccupations') });
    await wantedGroup.getByRole('searchbox').fill('nurse');
    await wantedGroup.getByRole('button', { name: text(locale, 'occupation.find'), exact: true }).click();
    // A found occupation's button ("Kies: <title>"), not a chosen one's remove button.
    const chooseLabel = text(locale, 'occupation.add').replace('{what}', '');
    const choose = wantedGroup.getByRole('button', { name: chooseLabel }).first();
    await expect(choose).toBeVisible();
    await choose.click();
    await expect(page.locator('.matching-profile__preview').getByText(sector)).toBeVisible();

    // A long list of names is folded after LIST_ROWS_SHOWN rows; unfolding shows every row, and folded rows are kept.
    const employers = latest?.labourMarket.employersOpenToNewcomers ?? [];
    expect(employers.length).toBeGreaterThan(LIST_ROWS_SHOWN); // the seeded profiles name 25
    const employerGroup = page.getByRole('group', { name: text(locale, 'municipality.profile.employers') });
    await expect(employerGroup.getByRole('textbox')).toHaveCount(LIST_ROWS_SHOWN);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-municipality-profile`);
    const unfold = employerGroup.getByRole('button', { name: say(locale, 'municipality.profile.showAll', { count: employers.length }) });
    await expect(unfold).toHaveAttribute('aria-expanded', 'false');
    await unfold.click();
    await expect(employerGroup.getByRole('textbox')).toHaveCount(employers.length);
    await expect(employerGroup.getByRole('textbox').nth(LIST_ROWS_SHOWN)).toBeFocused();
    await employerGroup.getByRole('button', { name: say(locale, 'municipality.profile.showFewer', { shown: LIST_ROWS_SHOWN }) }).click();
    await expect(employerGroup.getByRole('textbox')).toHaveCount(LIST_ROWS_SHOWN);

    await page.getByRole('button', { name: text(locale, 'municipality.profile.publish') }).click();
    await page.getByRole('button', { name: text(locale, 'municipality.profile.confirmButton') }).click();
    await expect(page.locator('#profile-receipt')).toBeVisible();
    const versionsAfter = (await gql<View>(request, VIEW, {}, token)).myMunicipalityView.profileVersions;
    expect(versionsAfter[0].version).toBe((latest?.version ?? 0) + 1);
    expect(versionsAfter[0].labourMarket.sectors).toContain(sector);
    expect(versionsAfter[0].labourMarket.employersOpenToNewcomers).toEqual(employers);
    expect(versionsAfter[0].priorities.wantedOccupations.length).toBe((latest?.priorities.wantedOccupations.length ?? 0) + 1);
    await expect(page.getByRole('heading', { name: text(locale, 'municipality.profile.historyTitle') })).toBeVisible();
    await expect(page.locator('.matching-history li').first().getByText(sector)).toBeVisible();
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-municipality-profile-published`);
  });
}
