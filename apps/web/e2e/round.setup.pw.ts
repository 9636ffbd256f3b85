import { expect, test } from '@playwright/test';
import { ACCOUNTS, DEMO_PASSWORD, gql, tokenFor } from './support';

/**
 * Between the waiting tests and the answers: an officer publishes a round through the API (the officer's console is
 * issue 13), so that the demo newcomers and municipalities have proposals to answer. Households HH-000001…6 are
 * pinned: 1 (newcomer@) to Utrecht, 2 (newcomer2@) to Amsterdam, 3 and 4 to Amsterdam (amsterdam@ accepts one and
 * declines the other), 5 and 6 to Utrecht (utrecht@ does the same in Arabic). An admin then makes an account for
 * HH-000003 (`ACCOUNTS.newcomer3`), whose newcomer accepts.
 */
export const PINS: Record<string, string> = {
  'HH-000001': 'GM0344',
  'HH-000002': 'GM0363',
  'HH-000003': 'GM0363',
  'HH-000004': 'GM0363',
  'HH-000005': 'GM0344',
  'HH-000006': 'GM0344',
};

test('an officer publishes a round with proposals for the demo accounts', async ({ request }) => {
  const token = await tokenFor(request, ACCOUNTS.officer);
  const ids: Record<string, string> = {};
  for (const reference of Object.keys(PINS)) {
    ids[reference] = (await gql(request, 'query($r: String!) { householdByReference(reference: $r) { id } }', { r: reference }, token)).householdByReference.id;
  }
  const now = new Date();
  const period = `${now.getUTCFullYear()}-H${now.getUTCMonth() < 6 ? 1 : 2}`;
  const round = (await gql(request, 'mutation($input: CreateRoundInput!) { createRound(input: $input) { id householdCount } }', { input: { name: 'Browser tests', period, cohort: { householdIds: Object.values(ids) } } }, token)).createRound;
  expect(round.householdCount).toBe(6);
  for (const [reference, code] of Object.entries(PINS)) {
    await gql(request, 'mutation($r: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }', { r: round.id, h: ids[reference], m: code }, token);
  }
  const run = (await gql(request, 'mutation($r: ID!) { runRound(roundId: $r) { id } }', { r: round.id }, token)).runRound;
  await expect
    .poll(async () => (await gql(request, 'query($id: ID!) { run(id: $id) { status } }', { id: run.id }, token)).run.status, { timeout: 60_000 })
    .toBe('SUCCEEDED');
  const placed = (await gql(request, 'query($id: ID!) { run(id: $id) { assignments(limit: 10) { householdId municipalityCode } } }', { id: run.id }, token)).run.assignments;
  expect(Object.fromEntries(placed.map((a: { householdId: string; municipalityCode: string }) => [a.householdId, a.municipalityCode]))).toEqual(
    Object.fromEntries(Object.entries(PINS).map(([reference, code]) => [ids[reference], code])),
  );
  const published = (await gql(request, 'mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id: run.id }, token)).publishRun;
  expect(published.proposals).toBe(6);
  // an account for household HH-000003, whose newcomer accepts (in English) the proposal Amsterdam accepts
  const admin = await tokenFor(request, ACCOUNTS.admin);
  await gql(request, 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { email: ACCOUNTS.newcomer3, password: DEMO_PASSWORD, role: 'NEWCOMER', householdId: ids['HH-000003'] } }, admin);
});
