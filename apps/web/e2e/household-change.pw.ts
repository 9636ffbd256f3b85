import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, gql, say, screenshot, signIn, text, tokenFor } from './support';

const PROPOSALS = 'query($h: String!) { proposals(filter: { householdId: $h }) { id status persons homeBand changeReviewSince } }';

/**
 * When the household changes (issue 16): a household of four has a proposal from Amsterdam; a child is born. The
 * officer records the birth on the household's page (Dutch); the page says the home may no longer fit; the proposal
 * waits under Proposals, where the officer (English) keeps it — it then counts five persons and a home for five or
 * more. Amsterdam's staff read what changed among their messages. Every step is checked against the API. Runs last:
 * it publishes a round of its own.
 */
test('an officer records a birth after a proposal and keeps the proposal', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const officer = await tokenFor(request, ACCOUNTS.officer);
  const year = new Date().getUTCFullYear();
  const household = (
    await gql(
      request,
      'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id reference } }',
      {
        input: {
          permitDate: new Date().toISOString().slice(0, 10),
          receptionLocation: 'AZC Gezin',
          members: [
            { fullName: 'Huda Gezin', birthYear: year - 33, role: 'APPLICANT' },
            { fullName: 'Karim Gezin', birthYear: year - 35, role: 'PARTNER' },
            { fullName: 'Lina Gezin', birthYear: year - 6, role: 'CHILD' },
            { fullName: 'Adam Gezin', birthYear: year - 3, role: 'CHILD' },
          ],
        },
      },
      officer,
    )
  ).registerHousehold as { id: string; reference: string };
  const now = new Date();
  const period = `${now.getUTCFullYear()}-H${now.getUTCMonth() < 6 ? 1 : 2}`;
  const round = (await gql(request, 'mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }', { input: { name: 'Household change', period, cohort: { householdIds: [household.id] } } }, officer)).createRound;
  await gql(request, 'mutation($r: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }', { r: round.id, h: household.id, m: 'GM0363' }, officer);
  const run = (await gql(request, 'mutation($r: ID!) { runRound(roundId: $r) { id } }', { r: round.id }, officer)).runRound;
  await expect.poll(async () => (await gql(request, 'query($id: ID!) { run(id: $id) { status } }', { id: run.id }, officer)).run.status, { timeout: 60_000 }).toBe('SUCCEEDED');
  await gql(request, 'mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id: run.id }, officer);
  const [proposal] = (await gql(request, PROPOSALS, { h: household.id }, officer)).proposals;
  expect(proposal).toMatchObject({ status: 'OPEN', persons: 4, homeBand: 'HOMES_3_4', changeReviewSince: null });

  // the officer records the birth on the household's page
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(page, 'nl', ACCOUNTS.officer);
  await page.goto(`/officer/households/${household.id}`);
  const section = page.getByRole('region', { name: text('nl', 'officer.change.title') });
  await expect(section.getByRole('radio', { name: text('nl', 'officer.change.event.birth') })).toBeChecked();
  await section.getByLabel(text('nl', 'officer.change.name')).fill('Noor Gezin');
  await section.getByRole('button', { name: text('nl', 'officer.change.submit') }).click();
  await expect(section.getByRole('status')).toHaveText(say('nl', 'officer.change.effect.review', { persons: 5 }));
  await expect(page.getByRole('rowheader', { name: 'Noor Gezin' })).toBeVisible();
  // the household's proposals say that this one waits on the officer's decision
  await expect(page.getByRole('link', { name: text('nl', 'officer.household.changeReview') })).toBeVisible();
  await expectAccessible(page, 'nl');
  await screenshot(page, 'nl-officer-household-change');
  expect((await gql(request, PROPOSALS, { h: household.id }, officer)).proposals[0]).toMatchObject({ persons: 4, changeReviewSince: expect.any(String) });

  // a departure needs the member who went: said at the field, nothing sent
  await section.getByRole('radio', { name: text('nl', 'officer.change.event.departure') }).check();
  await expect(section.getByLabel(text('nl', 'officer.change.whoLeft'))).toHaveValue('');
  await section.getByRole('button', { name: text('nl', 'officer.change.submit') }).click();
  await expect(section.getByText(text('nl', 'officer.change.problem.position'))).toBeVisible();
  await expect(section.getByLabel(text('nl', 'officer.change.whoLeft'))).toBeFocused();
  await expectAccessible(page, 'nl');

  // the proposal waits under Proposals; the officer keeps it
  const en = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(en, 'en', ACCOUNTS.officer);
  await en.goto('/officer/proposals');
  // the list of what waits on an officer (the first table), the household's row with why it waits
  const awaiting = en.getByRole('table').first();
  const row = awaiting.getByRole('row').filter({ has: en.getByRole('rowheader', { name: household.reference }) });
  await expect(row).toContainText(text('en', 'officer.proposals.reason.householdChanged').split('{')[0].trim());
  await row.getByRole('button', { name: text('en', 'officer.proposals.keep') }).click();
  const step = en.getByRole('region', { name: say('en', 'officer.proposals.step.keep', { reference: household.reference }) });
  await step.getByLabel(text('en', 'officer.proposals.keepNote')).fill('A home for five is free in Amsterdam.');
  await expectAccessible(en, 'en');
  await screenshot(en, 'en-officer-keep-after-change');
  await step.getByRole('button', { name: text('en', 'officer.proposals.confirm.keep') }).click();
  await expect(en.getByText(say('en', 'officer.proposals.done.keep', { reference: household.reference }))).toBeVisible();
  expect((await gql(request, PROPOSALS, { h: household.id }, officer)).proposals[0]).toMatchObject({ status: 'OPEN', persons: 5, homeBand: 'HOMES_5_PLUS', changeReviewSince: null });

  // Amsterdam's staff read what changed
  const staff = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(staff, 'nl', ACCOUNTS.amsterdam);
  await staff.goto('/municipality/messages');
  await expect(staff.getByText(say('nl', 'messages.municipality.householdChanged', { change: 'birth', persons: 5, review: 'yes' }))).toBeVisible();
  await expectAccessible(staff, 'nl');
});

/**
 * Splitting and merging (issue 16): after a separation the officer (Arabic, right to left) splits the partner and a
 * child off into a case of their own, which keeps the permit date; then (Dutch) merges a case that turns out to be
 * the same family into the household, which takes the earlier permit date; the merged case's page says where it went.
 * Every step is checked against the API.
 */
test('an officer splits a household and merges another case into it', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const officer = await tokenFor(request, ACCOUNTS.officer);
  const year = new Date().getUTCFullYear();
  const register = async (input: Record<string, unknown>) =>
    (await gql(request, 'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id reference } }', { input: { receptionLocation: 'AZC Split', ...input } }, officer))
      .registerHousehold as { id: string; reference: string };
  const family = await register({
    permitDate: '2025-06-02',
    members: [
      { fullName: 'Rania Split', birthYear: year - 34, role: 'APPLICANT' },
      { fullName: 'Omar Split', birthYear: year - 36, role: 'PARTNER' },
      { fullName: 'Yara Split', birthYear: year - 8, role: 'CHILD' },
      { fullName: 'Sami Split', birthYear: year - 4, role: 'CHILD' },
    ],
    ties: [{ kind: 'JOB_CONTRACT', municipalityCode: 'GM0344', verificationNote: 'Contract seen' }],
  });
  const sameFamily = await register({ permitDate: '2025-01-20', members: [{ fullName: 'Mona Split', birthYear: year - 60, role: 'APPLICANT' }] });
  const HOUSEHOLD = 'query($id: ID!) { household(id: $id) { reference status permitDate size members { fullName role } ties { kind } splitFrom { id } mergedInto { id } } }';

  // split, in Arabic: the partner and the youngest child leave with the job tie
  const ar = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(ar, 'ar', ACCOUNTS.officer);
  await ar.goto(`/officer/households/${family.id}`);
  const split = ar.getByRole('region', { name: text('ar', 'officer.split.title') });
  await split.getByRole('checkbox', { name: 'Omar Split' }).check();
  await split.getByRole('checkbox', { name: 'Sami Split' }).check();
  await split.getByRole('checkbox', { name: /GM0344|Utrecht/ }).check();
  // no reason yet: said at the field, nothing sent
  await split.getByRole('button', { name: text('ar', 'officer.split.submit') }).click();
  await expect(split.getByText(say('ar', 'officer.lineage.reasonError', { min: 3, max: 1000 }))).toBeVisible();
  expect((await gql(request, HOUSEHOLD, { id: family.id }, officer)).household.size).toBe(4);
  await split.getByLabel(text('ar', 'officer.lineage.reason')).fill('انفصال؛ يحتاج الطرفان إلى سكن');
  await split.getByRole('button', { name: text('ar', 'officer.split.submit') }).click();
  const done = split.getByRole('status');
  await expect(done).toContainText(text('ar', 'officer.split.done').split('{')[0].trim());
  await expectAccessible(ar, 'ar');
  await screenshot(ar, 'ar-officer-household-split');
  const newId = (await done.getByRole('link').getAttribute('href'))!.split('/').pop()!;
  const parted = (await gql(request, HOUSEHOLD, { id: newId }, officer)).household;
  expect(parted).toMatchObject({ status: 'WAITING', permitDate: '2025-06-02', size: 2, ties: [{ kind: 'JOB_CONTRACT' }], splitFrom: { id: family.id } });
  expect(parted.members).toEqual([{ fullName: 'Omar Split', role: 'APPLICANT' }, { fullName: 'Sami Split', role: 'CHILD' }]);
  expect((await gql(request, HOUSEHOLD, { id: family.id }, officer)).household).toMatchObject({ size: 2, ties: [] });
  await done.getByRole('link').click();
  await expect(ar.getByRole('link', { name: family.reference })).toBeVisible();

  // merge, in Dutch: the other case is the same family; it is looked up by its reference first
  const nl = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(nl, 'nl', ACCOUNTS.officer);
  await nl.goto(`/officer/households/${family.id}`);
  const merge = nl.getByRole('region', { name: text('nl', 'officer.merge.title') });
  await merge.getByLabel(text('nl', 'officer.merge.reference')).fill(family.reference);
  await merge.getByRole('button', { name: text('nl', 'officer.merge.find') }).click();
  await expect(merge.getByText(text('nl', 'officer.merge.problem.same'))).toBeVisible();
  await merge.getByLabel(text('nl', 'officer.merge.reference')).fill(sameFamily.reference.toLowerCase());
  await merge.getByRole('button', { name: text('nl', 'officer.merge.find') }).click();
  await expect(merge.getByText(say('nl', 'officer.merge.candidate', { reference: sameFamily.reference, persons: 1, date: new Date('2025-01-20T12:00:00Z'), into: family.reference }))).toBeVisible();
  await merge.getByLabel(text('nl', 'officer.lineage.reason')).fill('Eén gezin, twee keer ingeschreven');
  await expectAccessible(nl, 'nl');
  await screenshot(nl, 'nl-officer-household-merge');
  await merge.getByRole('button', { name: say('nl', 'officer.merge.submit', { reference: sameFamily.reference }) }).click();
  await expect(merge.getByRole('status')).toHaveText(say('nl', 'officer.merge.done', { persons: 3, date: new Date('2025-01-20T12:00:00Z') }));
  expect((await gql(request, HOUSEHOLD, { id: family.id }, officer)).household).toMatchObject({ permitDate: '2025-01-20', size: 3 });
  expect((await gql(request, HOUSEHOLD, { id: sameFamily.id }, officer)).household).toMatchObject({ status: 'WITHDRAWN', size: 0, mergedInto: { id: family.id } });

  // the merged case says where it went, and offers no changes
  await nl.goto(`/officer/households/${sameFamily.id}`);
  await expect(nl.getByText(say('nl', 'officer.household.mergedInto', { reference: family.reference }))).toBeVisible();
  await expect(nl.getByRole('region', { name: text('nl', 'officer.merge.title') })).toHaveCount(0);
  await expectAccessible(nl, 'nl');
});
