import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import type { Locale } from '../src/i18n/languages';
import { ACCOUNTS, expectAccessible, gql, say, signIn, text, tokenFor } from './support';

/** The rows of a downloaded CSV file as objects by column (after its byte-order mark and header). */
function rowsOf(path: string): Record<string, string>[] {
  const content = readFileSync(path, 'utf8');
  expect(content.startsWith('\ufeff')).toBe(true);
  return parse(content.slice(1), { columns: true }) as Record<string, string>[];
}

/**
 * The CSV downloads of the officer's console (issue 13), in Dutch and English: the waiting list from its page and a
 * run's placements from its review, each file's rows against the API, the page saying how many rows went into which
 * file, and the download recorded in the audit trail.
 */
for (const locale of ['nl', 'en'] as Locale[]) {
  test(`an officer downloads the waiting list and a run's placements as CSV (${locale})`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const token = await tokenFor(request, ACCOUNTS.officer);
    await signIn(page, locale, ACCOUNTS.officer);

    // the waiting list: every waiting household, in the order of the officer's list
    await page.goto('/officer/waiting');
    const [waiting] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: text(locale, 'officer.export.waiting') }).click()]);
    const listed = (await gql(request, '{ households(filter: { status: WAITING }, limit: 500) { total items { reference } } }', {}, token)).households as { total: number; items: { reference: string }[] };
    const rows = rowsOf(await waiting.path());
    expect(rows.length).toBe(listed.total);
    expect(rows.slice(0, listed.items.length).map((r) => r.case_reference)).toEqual(listed.items.map((h) => h.reference));
    await expect(page.getByText(say(locale, 'officer.export.done', { rows: listed.total, filename: waiting.suggestedFilename() }))).toBeVisible();
    await expectAccessible(page, locale);

    // a run's placements, from its review
    const now = new Date();
    const period = `${now.getUTCFullYear()}-H${now.getUTCMonth() < 6 ? 1 : 2}`;
    const round = (await gql(request, 'mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }', { input: { name: `Export ${locale} ${Date.now()}`, period, cohort: { limit: 6 } } }, token)).createRound as { id: string };
    const runId = ((await gql(request, 'mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: round.id }, token)).runRound as { id: string }).id;
    await expect.poll(async () => (await gql(request, 'query($id: ID!) { run(id: $id) { status } }', { id: runId }, token)).run.status, { timeout: 90_000 }).toBe('SUCCEEDED');
    await page.goto(`/officer/rounds/${round.id}/runs/${runId}`);
    const [placements] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: text(locale, 'officer.export.run') }).click()]);
    expect(placements.suggestedFilename()).toBe(`placements-run-${runId.slice(0, 8)}.csv`);
    const review = (await gql(request, 'query($id: ID!) { run(id: $id) { assignments(limit: 50) { reference municipalityCode } } }', { id: runId }, token)).run.assignments as { reference: string; municipalityCode: string | null }[];
    expect(rowsOf(await placements.path()).map((r) => [r.case_reference, r.municipality_code || null])).toEqual(review.map((a) => [a.reference, a.municipalityCode]));
    await expect(page.getByText(say(locale, 'officer.export.done', { rows: 6, filename: placements.suggestedFilename() }))).toBeVisible();
    const audit = (await gql(request, 'query($id: String) { auditEvents(entityId: $id, action: "run.export") { after } }', { id: runId }, token)).auditEvents as { after: { rows: number } }[];
    expect(audit.map((e) => e.after.rows)).toEqual([6]);
  });
}
