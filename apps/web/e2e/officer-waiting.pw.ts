import { expect, test } from '@playwright/test';
import type { Locale } from '../src/i18n/languages';
import { ACCOUNTS, expectAccessible, gql, periodIn, say, screenshot, signIn, text, tokenFor } from './support';

const OVERVIEW = `query { waitingList(locale: "en") { total period byBand { key count } byNeed { key count } unplaceableCount longestWaits { reference daysWaiting } } }`;
const WAITING = `query { households(filter: { status: WAITING }, limit: 300) { items { id reference ties { id kind status } } } }`;
const TIES = `query($id: ID!) { household(id: $id) { ties { id status verificationNote } } }`;

/** Households the other browser tests use (the round's six, the member forms' two): this test leaves them alone. */
const USED = new Set(['HH-000001', 'HH-000002', 'HH-000003', 'HH-000004', 'HH-000005', 'HH-000006', 'HH-000010', 'HH-000011']);

/**
 * The officer's waiting list and household page (issue 13, first part), at a desk in Dutch and English: the figures
 * the page shows are the API's; a case reference that does not exist is said at the field; a household found by its
 * reference opens by its opaque id (no personal data in the URL), and a tie the household declared is verified there
 * with a note of the evidence, checked against the API. Each language verifies the tie of another seeded household.
 */
for (const [index, locale] of (['nl', 'en'] as Locale[]).entries()) {
  test(`an officer reads the waiting list, finds a household and verifies its tie (${locale})`, async ({ page, request }) => {
    const token = await tokenFor(request, ACCOUNTS.officer);
    const overview = (await gql(request, OVERVIEW, {}, token)).waitingList;

    await signIn(page, locale, ACCOUNTS.officer);
    await page.getByRole('link', { name: text(locale, 'nav.officer.waiting') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'officer.waiting.title'));
    await expect(page.getByText(say(locale, 'officer.waiting.intro', { total: overview.total, period: periodIn(locale, overview.period) }))).toBeVisible();
    // the band table: each band's count is the API's
    const bands = page.getByRole('table', { name: say(locale, 'officer.waiting.bandsCaption', { total: overview.total }) });
    for (const band of ['homes_1_2', 'homes_3_4', 'homes_5_plus'] as const) {
      const row = bands.getByRole('row', { name: new RegExp(`^${text(locale, `officer.band.${band}`)}`) });
      await expect(row.getByRole('cell').first()).toHaveText(String(overview.byBand.find((b: { key: string }) => b.key === band)?.count ?? 0));
    }
    await expect(page.getByRole('heading', { level: 2, name: say(locale, 'officer.waiting.unplaceableTitle', { count: overview.unplaceableCount, period: periodIn(locale, overview.period) }) })).toBeVisible();
    const longest = page.getByRole('table', { name: say(locale, 'officer.waiting.longestCaption', { count: overview.longestWaits.length }) });
    await expect(longest.getByRole('row')).toHaveCount(overview.longestWaits.length + 1);
    await expect(longest.getByRole('row').nth(1).getByRole('rowheader')).toHaveText(overview.longestWaits[0].reference);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-waiting`);

    // a reference that does not exist: said at the field, focus there
    const search = page.getByLabel(text(locale, 'officer.find.label'));
    await search.fill('HH-999999');
    await page.getByRole('button', { name: text(locale, 'officer.find.submit') }).click();
    await expect(page.getByText(say(locale, 'officer.find.notFound', { reference: 'HH-999999' }))).toBeVisible();
    await expect(search).toBeFocused();
    await expect(search).toHaveAttribute('aria-invalid', 'true');

    // a waiting household outside the other tests with a tie it declared itself
    const candidates = (await gql(request, WAITING, {}, token)).households.items.filter(
      (h: { reference: string; ties: { status: string }[] }) => !USED.has(h.reference) && h.ties.some((t) => t.status === 'DECLARED'),
    );
    const chosen = candidates[index];
    const tie = chosen.ties.find((t: { status: string }) => t.status === 'DECLARED');
    await search.fill(chosen.reference.toLowerCase());
    await page.getByRole('button', { name: text(locale, 'officer.find.submit') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(locale, 'officer.household.title', { reference: chosen.reference }));
    expect(page.url()).toContain(`/officer/households/${chosen.id}`);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-household`);

    // verify the declared tie: an empty note is refused at the field, then a note is saved and the API has it
    const verify = page.getByRole('button', { name: new RegExp(`^${text(locale, 'officer.tie.verify').split('{')[0]}`) }).first();
    await verify.click();
    const note = page.getByLabel(text(locale, 'officer.tie.noteLabel'));
    await page.getByRole('button', { name: text(locale, 'officer.tie.confirm') }).click();
    await expect(note).toBeFocused();
    await expect(note).toHaveAttribute('aria-invalid', 'true');
    expect((await gql(request, TIES, { id: chosen.id }, token)).household.ties.find((t: { id: string }) => t.id === tie.id).status).toBe('DECLARED');
    const evidence = `Browser test ${locale}: membership card seen`;
    await note.fill(evidence);
    await page.getByRole('button', { name: text(locale, 'officer.tie.confirm') }).click();
    await expect(page.getByText(say(locale, 'officer.tie.note', { note: evidence }))).toBeVisible();
    const stored = (await gql(request, TIES, { id: chosen.id }, token)).household.ties.find((t: { id: string }) => t.id === tie.id);
    expect(stored).toMatchObject({ status: 'VERIFIED', verificationNote: evidence });
    // the history shows the verification
    await page.reload();
    await expect(page.getByRole('cell', { name: text(locale, 'officer.audit.action.household.tie_verify') }).first()).toBeVisible();
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-household-verified`);
  });
}
