import { expect, test, type APIRequestContext, type Page, type Route } from '@playwright/test';
import type { Locale } from '../src/i18n/languages';
import { ACCOUNTS, escapeRegExp, expectAccessible, gql, say, screenshot, signIn, text, tokenFor } from './support';

const ROUND = `query($id: ID!) {
  round(id: $id) {
    status publishedRunId pins { householdId municipalityCode } forbiddenPairs { householdId municipalityCode }
    runs(limit: 10) { id status }
  }
}`;
const RUN = `query($id: ID!, $placed: Boolean, $override: Boolean, $sort: AssignmentSort!, $locale: String) {
  run(id: $id) {
    total: assignmentCount
    placedCount: assignmentCount(placed: true)
    count: assignmentCount(placed: $placed, override: $override)
    assignments(placed: $placed, override: $override, sort: $sort, limit: 50, locale: $locale) {
      householdId reference municipalityCode municipalityName outcome { text }
      alternatives { municipalityCode municipalityName fit }
    }
  }
}`;

interface Row { householdId: string; reference: string; municipalityCode: string | null; municipalityName: string | null; outcome: { text: string }; alternatives: { municipalityCode: string; municipalityName: string; fit: number | null }[] }

async function runOf(request: APIRequestContext, token: string, id: string, variables: Record<string, unknown> = {}) {
  return (await gql(request, RUN, { id, sort: 'QUEUE', ...variables }, token)).run as { total: number; placedCount: number; count: number; assignments: Row[] };
}

/** Runs the round from its page and waits, on the page, until the run is done; gives the new run's id. */
async function runFromRoundPage(page: Page, request: APIRequestContext, token: string, locale: Locale, roundId: string, button: string): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  const progress = page.getByRole('region', { name: text(locale, 'officer.run.progressTitle'), exact: true });
  await expect(progress.getByRole('status')).toHaveText(text(locale, 'officer.run.succeeded'), { timeout: 90_000 });
  const runs = (await gql(request, ROUND, { id: roundId }, token)).round.runs as { id: string; status: string }[];
  // oldest first: the run just made is the last
  expect(runs[runs.length - 1].status).toBe('SUCCEEDED');
  return runs[runs.length - 1].id;
}

/**
 * A whole round through the officer's console (issue 13), in Dutch and English: create it over a cohort of twelve
 * waiting households on the new-round page, read the check before running, run it with its progress, review the run
 * (the table's count and rows, a filter, a household's explanation and its options on the map), pin one household to
 * an alternative and forbid another's outcome (stored on the round, honoured by the next run), run again, compare the
 * two runs (the pinned household moved because of the pin), publish with the confirmation (one proposal per placed
 * household), see the proposals, and review a contest a newcomer of the round makes. Each step is checked against the
 * API. Runs after the answers project: publishing here gives other households proposals.
 */
for (const locale of ['nl', 'en'] as Locale[]) {
  test(`an officer takes a round from cohort to reviewed contest (${locale})`, async ({ page, request }) => {
    test.setTimeout(240_000);
    const token = await tokenFor(request, ACCOUNTS.officer);
    const name = `Review ${locale} ${Date.now()}`;

    // create the round through the console: twelve waiting households, the default policy
    await signIn(page, locale, ACCOUNTS.officer);
    await page.getByRole('link', { name: text(locale, 'officer.rounds.new') }).click();
    await page.getByLabel(text(locale, 'officer.new.name')).fill(name);
    await page.getByLabel(text(locale, 'officer.new.limit')).fill('12');
    await page.getByRole('button', { name: text(locale, 'officer.new.submit') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(locale, 'officer.round.title', { name }));
    const round = ((await gql(request, '{ roundList(limit: 50) { id name householdCount } }', {}, token)).roundList as { id: string; name: string; householdCount: number }[]).find((r) => r.name === name)!;
    expect(round.householdCount).toBe(12);
    expect(page.url()).toContain(`/officer/rounds/${round.id}`);
    // the check before running, as the API has it
    const check = (await gql(request, 'query($id: ID!) { preRunCheck(roundId: $id) { personPlacesNeeded personPlacesAvailable } }', { id: round.id }, token)).preRunCheck;
    await expect(page.getByText(say(locale, 'officer.check.places', { needed: check.personPlacesNeeded, available: check.personPlacesAvailable }))).toBeVisible();

    const firstRun = await runFromRoundPage(page, request, token, locale, round.id, text(locale, 'officer.run.start'));
    await page.getByRole('link', { name: text(locale, 'officer.run.review') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(locale, 'officer.review.title', { name }));
    expect(page.url()).toContain(`/officer/rounds/${round.id}/runs/${firstRun}`);

    // the table: the count and the rows in queue order, as the API has them
    const api = await runOf(request, token, firstRun, { locale });
    expect(api.total).toBe(12);
    await expect(page.getByText(say(locale, 'officer.review.placedOf', { placed: api.placedCount, total: api.total }))).toBeVisible();
    const table = page.getByRole('table', { name: say(locale, 'officer.review.caption', { from: 1, to: 12, count: 12 }) });
    await expect(table.getByRole('row')).toHaveCount(13);
    for (const [i, row] of api.assignments.entries()) {
      await expect(table.getByRole('row').nth(i + 1).getByRole('rowheader')).toHaveText(row.reference);
      await expect(table.getByRole('row').nth(i + 1).getByRole('cell').nth(1)).toHaveText(row.municipalityName ?? text(locale, 'officer.review.notPlaced'));
    }
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-review`);

    // a filter: only the households placed, counted by the API with the same filter
    await page.getByLabel(text(locale, 'officer.review.filter.placed')).selectOption('yes');
    await expect(page.getByRole('status').filter({ hasText: say(locale, 'officer.review.countFiltered', { count: api.placedCount, total: 12 }) })).toBeVisible();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(api.placedCount + 1);
    await page.getByLabel(text(locale, 'officer.review.filter.placed')).selectOption('any');

    // a household with alternatives: its explanation is the API's text; pin it to its first alternative
    const pinned = api.assignments.find((a) => a.municipalityCode !== null && a.alternatives.length > 0)!;
    const other = pinned.alternatives[0];
    await page.getByRole('button', { name: pinned.reference, exact: true }).click();
    const detail = page.getByRole('region', { name: say(locale, 'officer.review.detailTitle', { reference: pinned.reference }) });
    await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(detail.getByText(pinned.outcome.text, { exact: true })).toBeVisible();
    // its options on the map: the outcome and each alternative, labelled with the fit there
    const options = detail.getByRole('group', { name: say(locale, 'officer.review.map.title', { count: pinned.alternatives.length + 1 }) });
    await expect(options.getByRole('img')).toHaveCount(342);
    const fit = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(other.fit!);
    await expect(options.getByRole('img', { name: say(locale, 'officer.review.map.alternative', { name: other.municipalityName, fit }), exact: true })).toHaveCount(1);
    const outcomeLabel = text(locale, 'officer.review.map.outcome').split('{fit}')[0].replace('{name}', pinned.municipalityName!);
    await expect(options.getByRole('img', { name: new RegExp(`^${escapeRegExp(outcomeLabel)}\\d`) })).toHaveCount(1);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-review-household`);
    await detail.getByRole('button', { name: say(locale, 'officer.review.pinHere', { municipality: other.municipalityName }) }).click();
    await expect(detail.getByRole('status').filter({ hasText: say(locale, 'officer.review.pinned', { reference: pinned.reference, municipality: other.municipalityName }) })).toBeVisible();
    await expect(detail.getByText(say(locale, 'officer.review.pinnedTo', { municipality: other.municipalityName }), { exact: true })).toBeVisible();
    await detail.getByRole('button', { name: text(locale, 'officer.review.close') }).click();

    // another placed household: forbid its municipality
    const forbidden = api.assignments.find((a) => a.municipalityCode !== null && a.householdId !== pinned.householdId)!;
    await page.getByRole('button', { name: forbidden.reference, exact: true }).click();
    const detail2 = page.getByRole('region', { name: say(locale, 'officer.review.detailTitle', { reference: forbidden.reference }) });
    await detail2.getByRole('button', { name: say(locale, 'officer.review.forbid', { municipality: forbidden.municipalityName! }) }).click();
    await expect(detail2.getByText(say(locale, 'officer.review.forbiddenIn', { municipality: forbidden.municipalityName! }), { exact: true })).toBeVisible();
    const stored = (await gql(request, ROUND, { id: round.id }, token)).round;
    expect(stored.pins).toEqual([{ householdId: pinned.householdId, municipalityCode: other.municipalityCode }]);
    expect(stored.forbiddenPairs).toEqual([{ householdId: forbidden.householdId, municipalityCode: forbidden.municipalityCode }]);

    // run again: the round page follows it; the new run honours the pin and the forbidden pair. The page's own reading
    // of the round is held until the run has ended, as when a small run ends before that answer arrives: the page
    // must still follow the run it was sent to (it once showed only "Start a run" then)
    const held = async (route: Route) => {
      if (route.request().postDataJSON()?.operationName !== 'OfficerRound') return route.fallback();
      await expect.poll(async () => {
        const runs = (await gql(request, ROUND, { id: round.id }, token)).round.runs as { id: string; status: string }[];
        return runs.length === 2 && runs[1].status === 'SUCCEEDED';
      }, { timeout: 90_000 }).toBe(true);
      return route.fallback();
    };
    await page.route('**/graphql', held);
    await page.getByRole('button', { name: text(locale, 'officer.review.rerun') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(locale, 'officer.round.title', { name }));
    const progress = page.getByRole('region', { name: text(locale, 'officer.run.progressTitle'), exact: true });
    await expect(progress.getByRole('status')).toHaveText(text(locale, 'officer.run.succeeded'), { timeout: 90_000 });
    await page.unroute('**/graphql', held);
    const runs = (await gql(request, ROUND, { id: round.id }, token)).round.runs as { id: string }[];
    const secondRun = runs[runs.length - 1].id;
    expect(secondRun).not.toBe(firstRun);
    const after = await runOf(request, token, secondRun);
    expect(after.assignments.find((a) => a.householdId === pinned.householdId)?.municipalityCode).toBe(other.municipalityCode);
    expect(after.assignments.find((a) => a.householdId === forbidden.householdId)?.municipalityCode).not.toBe(forbidden.municipalityCode);
    await page.getByRole('link', { name: text(locale, 'officer.run.review') }).click();
    expect(page.url()).toContain(`/runs/${secondRun}`);
    // the overrides filter: the two households the officer changed
    await page.getByLabel(text(locale, 'officer.review.filter.override')).selectOption('yes');
    const overridden = await runOf(request, token, secondRun, { override: true });
    expect(overridden.count).toBe(2);
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(overridden.assignments.map((a) => a.reference));

    // compare with the first run: the API's counts, and the pinned household moved because of the pin
    const comparison = (await gql(request, `query($a: ID!, $b: ID!) { compareRuns(a: $a, b: $b) { movedCount unchanged moved { householdReference cause } } }`, { a: firstRun, b: secondRun }, token)).compareRuns;
    await page.getByRole('link', { name: text(locale, 'officer.review.compare') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(locale, 'officer.compare.title', { name }));
    await expect(page.getByText(say(locale, 'officer.compare.summary', { moved: comparison.movedCount, unchanged: comparison.unchanged }))).toBeVisible();
    const moved = page.getByRole('table', { name: text(locale, 'officer.compare.movedTitle') });
    await expect(moved.getByRole('row')).toHaveCount(comparison.movedCount + 1);
    expect(comparison.moved.find((m: { householdReference: string }) => m.householdReference === pinned.reference)?.cause).toBe('PIN');
    await expect(moved.getByRole('row').filter({ has: page.getByRole('rowheader', { name: pinned.reference }) })).toContainText(text(locale, 'officer.compare.cause.PIN'));
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-compare`);
    await page.getByRole('link', { name: text(locale, 'officer.compare.back') }).click();
    expect(page.url()).toContain(`/runs/${secondRun}`);

    // publish: the confirmation says what is sent to whom; nothing is sent before the second click
    await page.getByRole('button', { name: text(locale, 'officer.publish.start') }).click();
    const municipalities = new Set(after.assignments.filter((a) => a.municipalityCode).map((a) => a.municipalityCode)).size;
    await expect(page.getByText(say(locale, 'officer.publish.confirmProposals', { proposals: after.placedCount, municipalities }))).toBeVisible();
    // focus moves to what will be sent (the button that asked is gone)
    await expect(page.locator(':focus')).toContainText(say(locale, 'officer.publish.confirmProposals', { proposals: after.placedCount, municipalities }));
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-publish-confirm`);
    expect((await gql(request, ROUND, { id: round.id }, token)).round.status).toBe('DRAFT');
    await page.getByRole('button', { name: text(locale, 'officer.publish.confirm') }).click();
    await expect(page.getByText(say(locale, 'officer.publish.done', { proposals: after.placedCount }))).toBeVisible();
    await expect(page.locator(':focus')).toContainText(say(locale, 'officer.publish.done', { proposals: after.placedCount }));
    const published = (await gql(request, ROUND, { id: round.id }, token)).round;
    expect(published).toMatchObject({ status: 'PUBLISHED', publishedRunId: secondRun });
    // a published round has nothing left to run, pin or publish
    await expect(page.getByRole('button', { name: text(locale, 'officer.publish.start') })).toHaveCount(0);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-published`);

    // the proposals of the round, on the proposals page: every one open, as the API lists them
    const proposals = (await gql(request, `{ proposals(filter: { status: OPEN }, limit: 500) { id householdId householdReference } }`, {}, token)).proposals as { id: string; householdId: string; householdReference: string }[];
    const ours = proposals.filter((p) => after.assignments.some((a) => a.householdId === p.householdId));
    expect(ours).toHaveLength(after.placedCount);
    await page.getByRole('navigation', { name: text(locale, 'layout.navigation') }).getByRole('link', { name: text(locale, 'nav.officer.proposals') }).click();
    await page.getByLabel(text(locale, 'officer.proposals.status')).selectOption('OPEN');
    const caption = say(locale, 'officer.proposals.caption', { from: 1, to: Math.min(20, proposals.length), count: proposals.length });
    await expect(page.getByRole('table', { name: new RegExp(`^${escapeRegExp(caption)}`) })).toBeVisible();

    // a newcomer of the round contests (an account made for the household by its case reference), and the officer
    // reviews the contest on the proposals page: rejected, with a note the newcomer reads
    const contested = ours[0];
    const admin = await tokenFor(request, ACCOUNTS.admin);
    const email = `flow-${locale}-${Date.now()}@test.local`;
    await gql(request, 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { email, password: 'a-long-flow-password', role: 'NEWCOMER', householdReference: contested.householdReference } }, admin);
    const newcomer = (await gql(request, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: 'a-long-flow-password' })).login.token as string;
    const reason = 'My brother lives in another town and I want to live near him.';
    await gql(request, 'mutation($id: ID!, $input: ProposalResponseInput!) { respondToProposal(proposalId: $id, input: $input) { id } }', { id: contested.id, input: { accept: false, reason } }, newcomer);
    await page.reload();
    const awaiting = page.getByRole('table', { name: new RegExp(`^${escapeRegExp(text(locale, 'officer.proposals.awaitingTitle').split('{')[0])}`) });
    const row = awaiting.getByRole('row').filter({ has: page.getByRole('rowheader', { name: contested.householdReference }) });
    await expect(row).toContainText(reason);
    await row.getByRole('button', { name: text(locale, 'officer.proposals.reject') }).click();
    const step = page.getByRole('region', { name: say(locale, 'officer.proposals.step.reject', { reference: contested.householdReference }) });
    const note = 'The proposal stands: the home fits and there is work nearby.';
    await step.getByLabel(text(locale, 'officer.proposals.note')).fill(note);
    await step.getByRole('button', { name: text(locale, 'officer.proposals.confirm.reject') }).click();
    await expect(page.getByText(say(locale, 'officer.proposals.done.reject', { reference: contested.householdReference }))).toBeVisible();
    const [reviewed] = (await gql(request, 'query($h: String!) { proposals(filter: { householdId: $h }) { status reviewNote } }', { h: contested.householdId }, token)).proposals;
    expect(reviewed).toEqual({ status: 'CONTEST_REJECTED', reviewNote: note });
    await expectAccessible(page, locale);
  });
}
