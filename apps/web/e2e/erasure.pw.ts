import { expect, test } from '@playwright/test';
import { ACCOUNTS, DEMO_PASSWORD, expectAccessible, gql, screenshot, signIn, text, tokenFor } from './support';

const CASE = 'query($id: ID!) { household(id: $id) { status size members { position } ties { id } erasure { kind reason } } }';

/**
 * Erasure on request (issue 16, AVG/GDPR art. 17): an officer opens a case, reads what erasing removes and what
 * stays, gives a reason (a reason that is too short is refused at the field, nothing sent), and erases it for good.
 * The page then says when and why, and shows no people any more; the API agrees, and the newcomer's account is
 * gone. The case is registered here (permit date today: last in the queue, so no other test's round holds it).
 * Then an officer reading Arabic sees the erased case from right to left.
 */
test('an officer erases a case on the household’s request', async ({ browser, request }) => {
  const officer = await tokenFor(request, ACCOUNTS.officer);
  const admin = await tokenFor(request, ACCOUNTS.admin);
  const registered = await gql(
    request,
    'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id reference } }',
    {
      input: {
        permitDate: new Date().toISOString().slice(0, 10),
        receptionLocation: 'AZC Wissen',
        medicalNotes: 'Astma',
        members: [{ fullName: 'Amal Wistest', birthYear: 1990, role: 'APPLICANT', languages: [{ language: 'ar', cefr: 'C2' }] }, { fullName: 'Sami Wistest', birthYear: 2019, role: 'CHILD' }],
      },
    },
    officer,
  );
  const { id, reference } = registered.registerHousehold as { id: string; reference: string };
  const email = `erase-${reference.toLowerCase()}@example.org`;
  await gql(request, 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { email, password: DEMO_PASSWORD, role: 'NEWCOMER', householdId: id } }, admin);

  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(page, 'nl', ACCOUNTS.officer);
  await page.goto(`/officer/households/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: text('nl', 'officer.household.title').replace('{reference}', reference) })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Amal Wistest' })).toBeVisible();
  const section = page.getByRole('region', { name: text('nl', 'officer.erase.title') });
  await expect(section.getByText(text('nl', 'officer.erase.intro'))).toBeVisible();
  await section.getByRole('button', { name: text('nl', 'officer.erase.open') }).click();

  // too short: said at the field, nothing sent
  const field = section.getByLabel(text('nl', 'officer.erase.label'));
  await field.fill('x');
  await section.getByRole('button', { name: text('nl', 'officer.erase.confirm') }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  expect((await gql(request, CASE, { id }, officer)).household.erasure).toBeNull();
  await expectAccessible(page, 'nl');
  await screenshot(page, 'nl-officer-erase-form');

  await field.fill('Verzoek per brief van 3 december 2026');
  await section.getByRole('button', { name: text('nl', 'officer.erase.confirm') }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Verzoek per brief van 3 december 2026' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(text('nl', 'officer.erased.kept'));
  await expect(page.getByRole('rowheader', { name: 'Amal Wistest' })).toHaveCount(0);
  await expect(page.getByText('AZC Wissen')).toHaveCount(0);
  await expect(page.getByRole('region', { name: text('nl', 'officer.erase.title') })).toHaveCount(0);
  // the history lists the erasure
  await expect(page.getByRole('region', { name: text('nl', 'officer.household.historyTitle') }).getByText(text('nl', 'officer.audit.action.household.erase'))).toBeVisible();
  await expectAccessible(page, 'nl');
  await screenshot(page, 'nl-officer-erased');

  expect((await gql(request, CASE, { id }, officer)).household).toEqual({
    status: 'WITHDRAWN',
    size: 0,
    members: [],
    ties: [],
    erasure: { kind: 'REQUEST', reason: 'Verzoek per brief van 3 december 2026' },
  });
  const login = await request.post('/graphql', { data: { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: DEMO_PASSWORD } } });
  expect(JSON.stringify(await login.json())).toContain('UNAUTHENTICATED');

  const arabic = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(arabic, 'ar', ACCOUNTS.officer);
  await arabic.goto(`/officer/households/${id}`);
  await expect(arabic.getByRole('status').filter({ hasText: 'Verzoek per brief van 3 december 2026' })).toBeVisible();
  await expectAccessible(arabic, 'ar');
  await screenshot(arabic, 'ar-officer-erased');
});
