import { expect, test } from '@playwright/test';
import type { Locale } from '../src/i18n/languages';
import { ACCOUNTS, expectAccessible, gql, say, screenshot, signIn, text, tokenFor } from './support';

const AWAITING = `{ proposalsAwaitingReview(limit: 50) { total items { reason proposal { id householdReference status newcomerReason } } } }`;
const PROPOSAL = `query($h: String!) { proposals(filter: { householdId: $h }) { id status reviewNote reviewOutcome withdrawnReason } }`;
const OPEN = `{ proposals(filter: { status: OPEN }, limit: 500) { id householdId householdReference municipalityResponse } }`;

/**
 * An officer reviews contests and withdraws a proposal through the console (issue 13). The contests are the ones the
 * answers project made (newcomer@'s HH-000001 in Dutch, newcomer2@'s HH-000002 in Arabic): in Dutch the officer
 * rejects the first, in English upholds the second, each with a note the API then has; then withdraws an open
 * proposal with a reason. Each step is checked against the API. Runs after the console project, whose published
 * rounds leave open proposals to withdraw.
 */
for (const [locale, reference, uphold] of [['nl', 'HH-000001', false], ['en', 'HH-000002', true]] as [Locale, string, boolean][]) {
  test(`an officer reviews a contest and withdraws a proposal (${locale})`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const token = await tokenFor(request, ACCOUNTS.officer);
    const awaiting = (await gql(request, AWAITING, {}, token)).proposalsAwaitingReview;
    const contest = awaiting.items.find((i: { proposal: { householdReference: string } }) => i.proposal.householdReference === reference);
    expect(contest).toMatchObject({ reason: 'CONTESTED', proposal: { status: 'CONTESTED' } });

    await signIn(page, locale, ACCOUNTS.officer);
    await page.getByRole('navigation', { name: text(locale, 'layout.navigation') }).getByRole('link', { name: text(locale, 'nav.officer.proposals') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'officer.proposals.title'));
    // what waits on the officer: as many rows as the API counts, the household's words in its row
    await expect(page.getByRole('heading', { level: 2, name: say(locale, 'officer.proposals.awaitingTitle', { count: awaiting.total }) })).toBeVisible();
    const table = page.getByRole('table', { name: say(locale, 'officer.proposals.awaitingTitle', { count: awaiting.total }) });
    await expect(table.getByRole('row')).toHaveCount(awaiting.items.length + 1);
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: reference }) });
    await expect(row).toContainText(contest.proposal.newcomerReason);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-proposals`);

    // review the contest: a note too short is refused at the field, then the decision is stored with the note
    await row.getByRole('button', { name: text(locale, uphold ? 'officer.proposals.uphold' : 'officer.proposals.reject') }).click();
    const step = page.getByRole('region', { name: say(locale, uphold ? 'officer.proposals.step.uphold' : 'officer.proposals.step.reject', { reference }) });
    await expect(step).toBeVisible();
    const note = step.getByLabel(text(locale, 'officer.proposals.note'));
    await note.fill('ok');
    await step.getByRole('button', { name: text(locale, uphold ? 'officer.proposals.confirm.uphold' : 'officer.proposals.confirm.reject') }).click();
    await expect(note).toBeFocused();
    await expect(note).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-contest-review`);
    const why = uphold ? 'The job contract in Utrecht is verified; a new proposal follows.' : 'Het voorstel past: de woning is groot genoeg en er is werk in de buurt.';
    await note.fill(why);
    await step.getByRole('button', { name: text(locale, uphold ? 'officer.proposals.confirm.uphold' : 'officer.proposals.confirm.reject') }).click();
    await expect(page.getByText(say(locale, uphold ? 'officer.proposals.done.uphold' : 'officer.proposals.done.reject', { reference }))).toBeVisible();
    const householdId = (await gql(request, 'query($r: String!) { householdByReference(reference: $r) { id } }', { r: reference }, token)).householdByReference.id;
    const [reviewed] = (await gql(request, PROPOSAL, { h: householdId }, token)).proposals;
    expect(reviewed).toMatchObject({ status: uphold ? 'CONTEST_UPHELD' : 'CONTEST_REJECTED', reviewOutcome: uphold ? 'UPHELD' : 'REJECTED', reviewNote: why });
    // it no longer waits on the officer
    const left = awaiting.total - 1;
    await expect(page.getByRole('heading', { level: 2, name: say(locale, 'officer.proposals.awaitingTitle', { count: left }) })).toBeVisible();
    if (left === 0) await expect(page.getByText(text(locale, 'officer.proposals.awaitingNone'))).toBeVisible();
    else await expect(page.getByRole('table', { name: say(locale, 'officer.proposals.awaitingTitle', { count: left }) }).getByRole('rowheader', { name: reference })).toHaveCount(0);

    // withdraw an open proposal, found through the status filter
    const open = (await gql(request, OPEN, {}, token)).proposals as { id: string; householdId: string; householdReference: string }[];
    expect(open.length).toBeGreaterThan(0);
    await page.getByLabel(text(locale, 'officer.proposals.status')).selectOption('OPEN');
    const all = page.getByRole('table', { name: new RegExp(say(locale, 'officer.proposals.caption', { from: 1, to: Math.min(20, open.length), count: open.length }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await expect(all.getByRole('row')).toHaveCount(Math.min(20, open.length) + 1);
    const target = open[0];
    await all.getByRole('row').filter({ has: page.getByRole('rowheader', { name: target.householdReference }) }).getByRole('button', { name: text(locale, 'officer.proposals.withdraw') }).click();
    const withdrawStep = page.getByRole('region', { name: say(locale, 'officer.proposals.step.withdraw', { reference: target.householdReference }) });
    await withdrawStep.getByLabel(text(locale, 'officer.proposals.withdrawReason')).fill('The home is no longer available.');
    await withdrawStep.getByRole('button', { name: text(locale, 'officer.proposals.confirm.withdraw') }).click();
    await expect(page.getByText(say(locale, 'officer.proposals.done.withdraw', { reference: target.householdReference }))).toBeVisible();
    const [withdrawn] = (await gql(request, PROPOSAL, { h: target.householdId }, token)).proposals.filter((p: { id: string }) => p.id === target.id);
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', withdrawnReason: 'The home is no longer available.' });
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-proposal-withdrawn`);

    // give another open proposal a later deadline: no date is said at the date field; then it is stored with the reason
    const next = (await gql(request, `{ proposals(filter: { status: OPEN }, limit: 500) { id householdReference respondBy } }`, {}, token)).proposals.find((p: { id: string }) => p.id !== target.id) as { id: string; householdReference: string; respondBy: string };
    await page.getByLabel(text(locale, 'officer.proposals.status')).selectOption('OPEN');
    await page.getByRole('button', { name: say(locale, 'officer.rowAction', { action: text(locale, 'officer.proposals.extend'), subject: next.householdReference }) }).click();
    const extendStep = page.getByRole('region', { name: say(locale, 'officer.proposals.step.extend', { reference: next.householdReference }) });
    const reasonText = 'The municipality needs one more week.';
    await extendStep.getByLabel(text(locale, 'officer.proposals.extendReason')).fill(reasonText);
    await extendStep.getByRole('button', { name: text(locale, 'officer.proposals.confirm.extend') }).click();
    const date = extendStep.getByLabel(text(locale, 'officer.proposals.newDeadline'));
    await expect(date).toBeFocused();
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-proposal-extend`);
    const later = new Date(`${next.respondBy}T12:00:00Z`);
    later.setUTCDate(later.getUTCDate() + 7);
    const respondBy = later.toISOString().slice(0, 10);
    await date.fill(respondBy);
    await extendStep.getByRole('button', { name: text(locale, 'officer.proposals.confirm.extend') }).click();
    await expect(page.getByText(say(locale, 'officer.proposals.done.extend', { reference: next.householdReference }))).toBeVisible();
    const stored = (await gql(request, `{ proposals(filter: { status: OPEN }, limit: 500) { id respondBy } }`, {}, token)).proposals.find((p: { id: string }) => p.id === next.id);
    expect(stored.respondBy).toBe(respondBy);
  });
}
