import { expect, test } from '@playwright/test';
import type { Locale } from '../src/i18n/languages';
import { ACCOUNTS, expectAccessible, gql, say, screenshot, signIn, text, tokenFor } from './support';

const HEADER = 'household,permit_date,reception_location,full_name,birth_year,role,professions,languages';

/**
 * Households from a CSV file through the officer's page (issue 13), in Dutch and English: a file with problems is
 * checked (every problem by row and column, as the API's dry run lists them; nothing stored, no way to store it), then
 * a clean file is checked and read in, and the new households are on the waiting list as the file has them.
 */
for (const locale of ['nl', 'en'] as Locale[]) {
  test(`an officer checks a CSV file of households and reads it in (${locale})`, async ({ page, request }) => {
    const token = await tokenFor(request, ACCOUNTS.officer);
    const waiting = async () => (await gql(request, '{ households(filter: { status: WAITING }, limit: 1) { total } }', {}, token)).households.total as number;
    const before = await waiting();
    const tag = `${locale}${Date.now()}`;
    const bad = `${HEADER}\n1,2026-02-01,AZC,Import ${tag} A,1980,boss,9999,nl:B1\n2,2026-02-01,AZC,Import ${tag} B,nineteen,applicant,,\n`;
    const good = `${HEADER}\n1,2026-02-01,AZC Ter Apel,Import ${tag} A,1980,applicant,2512,ar:C2; nl:A2\n1,,,Import ${tag} C,2016,child,,\n2,2026-02-03,AZC Budel,Import ${tag} B,1992,applicant,,uk:C2\n`;

    await signIn(page, locale, ACCOUNTS.officer);
    await page.goto('/officer/waiting');
    await page.getByRole('link', { name: text(locale, 'officer.import.link') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'officer.import.title'));

    // a file with problems: the page lists what the API's dry run lists, and offers no way to store it
    const dry = (await gql(request, 'mutation($csv: String!) { importHouseholds(csv: $csv, dryRun: true) { problems { row column } } }', { csv: bad }, token)).importHouseholds as { problems: { row: number; column: string | null }[] };
    expect(dry.problems.length).toBeGreaterThan(1);
    await page.getByLabel(text(locale, 'officer.import.file')).setInputFiles({ name: 'households.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: text(locale, 'officer.import.check') }).click();
    await expect(page.getByText(say(locale, 'officer.import.problems', { count: dry.problems.length }))).toBeVisible();
    const table = page.getByRole('table', { name: text(locale, 'officer.import.problemsCaption') });
    await expect(table.getByRole('rowheader')).toHaveText(dry.problems.map((p) => String(p.row)));
    await expect(page.getByRole('button', { name: text(locale, 'officer.import.store') })).toHaveCount(0);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-import-problems`);
    expect(await waiting()).toBe(before);

    // a clean file: checked, then read in; two households on the waiting list with the members of the file
    await page.getByLabel(text(locale, 'officer.import.file')).setInputFiles({ name: 'households.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: text(locale, 'officer.import.check') }).click();
    await expect(page.getByText(text(locale, 'officer.import.clean'))).toBeVisible();
    await expect(page.getByText(say(locale, 'officer.import.checked', { rows: 3, households: 2 }))).toBeVisible();
    expect(await waiting()).toBe(before);
    await page.getByRole('button', { name: text(locale, 'officer.import.store') }).click();
    await expect(page.getByText(say(locale, 'officer.import.stored', { count: 2 }))).toBeVisible();
    expect(await waiting()).toBe(before + 2);
    const references = ((await page.getByText(/HH-\d{6}, HH-\d{6}/).textContent()) ?? '').match(/HH-\d{6}/g)!;
    const first = (await gql(request, 'query($r: String!) { householdByReference(reference: $r) { members { fullName } } }', { r: references[0] }, token)).householdByReference as { members: { fullName: string }[] };
    expect(first.members.map((m) => m.fullName)).toEqual([`Import ${tag} A`, `Import ${tag} C`]);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-import`);
  });
}
