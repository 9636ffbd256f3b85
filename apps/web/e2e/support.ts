import { mkdirSync } from 'node:fs';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES } from '../src/i18n/all-catalogues';
import type { MessageId } from '../src/i18n/catalogues';
import { directionOf, formatLocale, type Locale } from '../src/i18n/languages';

/** The demo accounts the seed creates (seed/demo-accounts.ts), all with this password. */
export const DEMO_PASSWORD = 'demo-password-2026';
export const ACCOUNTS = {
  admin: 'admin@demo.local',
  officer: 'officer@demo.local',
  newcomer: 'newcomer@demo.local',
  newcomer2: 'newcomer2@demo.local',
  /** Made by the `round` project (round.setup.pw.ts) for household HH-000003. */
  newcomer3: 'newcomer3@demo.local',
  amsterdam: 'amsterdam@demo.local',
  utrecht: 'utrecht@demo.local',
} as const;

/** A UI text as the page shows it in `locale` (no ICU arguments); throws for a text the language does not have. */
export function text(locale: Locale, id: MessageId): string {
  const catalogue: Partial<Record<MessageId, string>> = CATALOGUES[locale];
  const message = catalogue[id];
  if (message === undefined) throw new Error(`no text "${id}" in ${locale} (LOCALES_OF_PART)`);
  return message;
}

/** `s` as a regular expression that matches it literally (names such as "Hengelo (O.)" hold special characters). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A half year of the API (2026-H2) in words as the pages write it in a sentence ("the second half of 2026") or as a label. */
export function periodIn(locale: Locale, period: string, use: 'label' | 'sentence' = 'sentence'): string {
  const [year, half] = period.split('-H');
  return say(locale, use === 'label' ? 'period.label' : 'period.inSentence', { year, half: half === '1' ? 'first' : 'second' });
}

/** A UI text with its arguments filled in, as the page shows it. */
export function say(locale: Locale, id: MessageId, values: Record<string, string | number | Date>): string {
  return String(new IntlMessageFormat(text(locale, id), formatLocale(locale)).format(values));
}

/** Opens the site in `locale` and signs in through the form, as a person would. */
export async function signIn(page: Page, locale: Locale, email: string): Promise<void> {
  await page.goto(`/sign-in?lang=${locale}`);
  await page.getByLabel(text(locale, 'signIn.email')).fill(email);
  await page.getByLabel(text(locale, 'signIn.password')).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: text(locale, 'signIn.submit') }).click();
  await expect(page.getByRole('button', { name: text(locale, 'layout.signOut') })).toBeVisible();
}

/** Signs out through the header's button; the sign-in page says so. */
export async function signOut(page: Page, locale: Locale): Promise<void> {
  await page.getByRole('button', { name: text(locale, 'layout.signOut') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(locale, 'signIn.title') })).toBeVisible();
}

/**
 * Axe (WCAG 2.1 A and AA rules) on the page as it is now: zero violations, listed by rule and element when there
 * are some. Also checks that `<html lang>` and `dir` follow the language and that the tab's title is the page's
 * heading and the site's name.
 */
export async function expectAccessible(page: Page, locale: Locale): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('html')).toHaveAttribute('dir', directionOf(locale));
  // the tab's title names the page, then the site (WCAG 2.4.2)
  const h1 = (await page.getByRole('heading', { level: 1 }).first().textContent())?.trim();
  await expect(page).toHaveTitle(`${h1} – ${text(locale, 'site.name')}`);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found).toEqual([]);
}

/** Saves a full-page screenshot as test-results/web/screenshots/<name>.png (an artefact to look at). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/web/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/web/screenshots/${name}.png`, fullPage: true });
}

/** A GraphQL request to the service under test; throws with the errors when there are any. */
export async function gql<T = any>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** A token for a demo account, signed in through the API (to check what the browser did). */
export async function tokenFor(request: APIRequestContext, email: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(request, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: DEMO_PASSWORD });
  return data.login.token;
}
