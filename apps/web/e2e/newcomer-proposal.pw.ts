import { expect, test } from '@playwright/test';
import type { Locale } from '../src/i18n/languages';
import { ACCOUNTS, expectAccessible, gql, screenshot, signIn, text, tokenFor } from './support';

test.use({ viewport: { width: 390, height: 844 } });

const VIEW = `query($l: String) { myProposalView(locale: $l) { municipality { name } outcome { text } plan { text } criteria { reasons { text } }
  profile { whatToExpectIn(locale: $l) { text locale } } proposal { id status newcomerResponse newcomerReason } } }`;

/**
 * A newcomer opens their proposal and contests it (issue 12), after the round the `round` project published:
 * newcomer@ (Utrecht) in Dutch, newcomer2@ (Amsterdam) in Arabic. The page shows the API's sentences for that
 * newcomer; the contest goes through a confirmation step, refuses a reason that is too short, and ends with a
 * receipt saying what happens next; the API then has the proposal contested with that reason.
 */
for (const [locale, email] of [['nl', ACCOUNTS.newcomer], ['ar', ACCOUNTS.newcomer2]] as [Locale, string][]) {
  test(`a newcomer opens their proposal and contests it (${locale})`, async ({ page, request }) => {
    const token = await tokenFor(request, email);
    const before = (await gql(request, VIEW, { l: locale }, token)).myProposalView;
    expect(before.proposal.status).toBe('OPEN');

    await signIn(page, locale, email);
    // the standing page points to the proposal
    await page.getByRole('link', { name: text(locale, 'standing.toProposal') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(locale, 'proposal.title'));
    await expect(page.getByText(before.outcome.text, { exact: true })).toBeVisible();
    for (const line of before.plan) await expect(page.getByText(line.text, { exact: true })).toBeVisible();
    await expect(page.getByText(before.criteria[0].reasons[0].text, { exact: true }).first()).toBeVisible();
    // the municipality's own words carry their language (a translation, or the Dutch original where there is none)
    const expectText = before.profile.whatToExpectIn;
    await expect(page.getByText(expectText.text, { exact: true })).toHaveAttribute('lang', expectText.locale.toLowerCase());
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-newcomer-proposal`);

    await page.getByRole('button', { name: text(locale, 'proposal.answer.contest') }).click();
    const reason = page.getByLabel(text(locale, 'proposal.answer.reason'));
    await expect(reason).toBeVisible();
    // too short: refused on the page, with the rule, and nothing is sent
    await reason.fill('no');
    await page.getByRole('button', { name: text(locale, 'proposal.answer.confirmContestButton') }).click();
    await expect(reason).toBeFocused();
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect((await gql(request, VIEW, { l: locale }, token)).myProposalView.proposal.newcomerResponse).toBeNull();
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-newcomer-contest-form`);

    const why = locale === 'nl' ? 'Mijn zoon gaat naar school in Zwolle en ik werk daar.' : 'ابني يذهب إلى المدرسة في زفوله وأنا أعمل هناك.';
    await reason.fill(why);
    await page.getByRole('button', { name: text(locale, 'proposal.answer.confirmContestButton') }).click();
    await expect(page.getByRole('heading', { name: text(locale, 'proposal.receipt.title') })).toBeVisible();
    await expect(page.getByText(text(locale, 'proposal.next.waitReview'))).toBeVisible();
    await expect(page.getByRole('button', { name: text(locale, 'proposal.answer.contest') })).toHaveCount(0);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-newcomer-receipt`);

    const after = (await gql(request, VIEW, { l: locale }, token)).myProposalView.proposal;
    expect(after).toMatchObject({ id: before.proposal.id, status: 'CONTESTED', newcomerResponse: 'CONTESTED', newcomerReason: why });
  });
}

/**
 * A newcomer accepts (in English, the other two languages the issue names for newcomers are tested above): the
 * confirmation names the municipality, Back returns without answering, and the receipt says what happens next
 * by where the proposal stands (Amsterdam may have accepted already: then both said yes).
 */
test('a newcomer accepts their proposal after a confirmation step (en)', async ({ page, request }) => {
  const token = await tokenFor(request, ACCOUNTS.newcomer3);
  const before = (await gql(request, VIEW, { l: 'en' }, token)).myProposalView;
  expect(before.proposal.newcomerResponse).toBeNull();
  await signIn(page, 'en', ACCOUNTS.newcomer3);
  await page.getByRole('link', { name: text('en', 'nav.newcomer.proposal') }).click();
  await page.getByRole('button', { name: text('en', 'proposal.answer.accept') }).click();
  await expect(page.getByText(`Do you want to live in ${before.municipality.name}?`)).toBeVisible();
  await page.getByRole('button', { name: text('en', 'proposal.answer.back') }).click();
  expect((await gql(request, VIEW, { l: 'en' }, token)).myProposalView.proposal.newcomerResponse).toBeNull();
  await page.getByRole('button', { name: text('en', 'proposal.answer.accept') }).click();
  await page.getByRole('button', { name: text('en', 'proposal.answer.confirmAcceptButton') }).click();
  await expect(page.getByRole('heading', { name: text('en', 'proposal.receipt.title') })).toBeVisible();
  const after = (await gql(request, VIEW, { l: 'en' }, token)).myProposalView.proposal;
  expect(after.newcomerResponse).toBe('ACCEPTED');
  await expect(page.getByText(text('en', after.status === 'ACCEPTED' ? 'proposal.next.accepted' : 'proposal.next.waitMunicipality'))).toBeVisible();
  await expectAccessible(page, 'en');
  await screenshot(page, 'en-newcomer-accepted');
});
