import { expect, test } from '@playwright/test';
import type { Locale } from '../src/i18n/languages';
import { ACCOUNTS, expectAccessible, screenshot, signIn, signOut, text } from './support';

/**
 * Sign-in and sign-out per role, in Dutch and Arabic (issue 12): each role lands on its own home and sees only its own
 * navigation; another role's pages send it home; a wrong password and an expired session say what happened.
 */
const ROLES = [
  { role: 'newcomer', email: ACCOUNTS.newcomer, home: '/newcomer', own: 'nav.newcomer.standing', other: 'nav.municipality.proposals', otherPath: '/municipality' },
  { role: 'municipality', email: ACCOUNTS.amsterdam, home: '/municipality', own: 'nav.municipality.proposals', other: 'nav.newcomer.proposal', otherPath: '/newcomer' },
  { role: 'officer', email: ACCOUNTS.officer, home: '/officer', own: 'nav.officer.rounds', other: 'nav.municipality.capacity', otherPath: '/newcomer/proposal' },
] as const;

for (const locale of ['nl', 'ar'] as Locale[]) {
  test.describe(`sign-in (${locale})`, () => {
    test('the sign-in page has labelled fields, is accessible, and refuses a wrong password with a message', async ({ page }) => {
      await page.goto(`/?lang=${locale}`);
      await expect(page).toHaveURL(/\/sign-in/);
      await expect(page.getByRole('heading', { level: 1, name: text(locale, 'signIn.title') })).toBeVisible();
      await expectAccessible(page, locale);
      await screenshot(page, `${locale}-sign-in`);
      await page.getByLabel(text(locale, 'signIn.email')).fill(ACCOUNTS.newcomer);
      await page.getByLabel(text(locale, 'signIn.password')).fill('not-the-password');
      await page.getByRole('button', { name: text(locale, 'signIn.submit') }).click();
      await expect(page.getByRole('alert')).toHaveText(text(locale, 'signIn.failure.credentials'));
      await expectAccessible(page, locale);
    });

    for (const r of ROLES) {
      test(`${r.role}: lands on its own home with only its own navigation, and signs out`, async ({ page }) => {
        await signIn(page, locale, r.email);
        await expect(page).toHaveURL(new RegExp(`${r.home}$`));
        const nav = page.getByRole('navigation', { name: text(locale, 'layout.navigation') });
        await expect(nav.getByRole('link', { name: text(locale, r.own) })).toBeVisible();
        await expect(nav.getByRole('link', { name: text(locale, r.other) })).toHaveCount(0);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectAccessible(page, locale);
        await screenshot(page, `${locale}-${r.role}-home`);
        await page.goto(r.otherPath);
        await expect(page).toHaveURL(new RegExp(`${r.home}$`));
        await signOut(page, locale);
        await expect(page.getByRole('status')).toHaveText(text(locale, 'signIn.signedOut'));
        // signed out, a role's page sends the reader to sign in
        await page.goto(r.home);
        await expect(page).toHaveURL(/\/sign-in/);
      });
    }

    test('a token the API no longer accepts returns the reader to sign-in, which says why', async ({ page }) => {
      await signIn(page, locale, ACCOUNTS.newcomer);
      // the stored token is replaced by one the API rejects, as after a revocation
      await page.evaluate(() => {
        const session = JSON.parse(sessionStorage.getItem('matching.session')!);
        sessionStorage.setItem('matching.session', JSON.stringify({ ...session, token: `${session.token}x` }));
      });
      await page.reload();
      await expect(page).toHaveURL(/\/sign-in/);
      await expect(page.getByRole('status')).toHaveText(text(locale, 'signIn.expired'));
    });
  });
}

test('the language menu switches to Arabic, right to left, and the choice is remembered', async ({ page }) => {
  await page.goto('/sign-in?lang=nl');
  await page.getByLabel(text('nl', 'language.label')).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('ar', 'signIn.title'));
  await page.goto('/sign-in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

test('keyboard only: the skip link, the sign-in form and the menu work without a mouse (nl)', async ({ page }) => {
  await page.goto('/sign-in?lang=nl');
  // the page is there (its texts arrive just after the load event) before the first key
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: text('nl', 'layout.skip') });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(text('nl', 'signIn.email'))).toBeFocused();
  await page.keyboard.type(ACCOUNTS.newcomer);
  await page.keyboard.press('Tab');
  await page.keyboard.type('demo-password-2026');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/newcomer$/);
  // Tab from the page's start reaches the menu's "my proposal" link; Enter opens it
  const target = page.getByRole('link', { name: text('nl', 'nav.newcomer.proposal') });
  await page.locator('body').focus();
  for (let i = 0; i < 12 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/newcomer\/proposal$/);
});
