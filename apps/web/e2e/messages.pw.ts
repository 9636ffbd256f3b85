import { expect, test } from '@playwright/test';
import type { Locale } from '../src/i18n/languages';
import { ACCOUNTS, expectAccessible, gql, say, screenshot, signIn, text, tokenFor } from './support';

const MINE = '{ myNotifications(limit: 100) { kind count readAt } myNotificationCount }';

/**
 * Being told (issue 16): after the round the `round` project published, a newcomer (on a phone) and a
 * municipality find their messages from the navigation, which says how many are new; each message is in the
 * reader's words with the figures the API holds; "mark all as read" empties the count, here and in the API.
 */
const CASES: { locale: Locale; email: string; role: 'newcomer' | 'municipality'; phone: boolean }[] = [
  { locale: 'nl', email: ACCOUNTS.newcomer, role: 'newcomer', phone: true },
  { locale: 'ar', email: ACCOUNTS.newcomer2, role: 'newcomer', phone: true },
  { locale: 'nl', email: ACCOUNTS.amsterdam, role: 'municipality', phone: false },
  { locale: 'ar', email: ACCOUNTS.utrecht, role: 'municipality', phone: false },
];

for (const { locale, email, role, phone } of CASES) {
  test(`a ${role} reads the messages of the published round and marks them read (${locale})`, async ({ page, request }) => {
    if (phone) await page.setViewportSize({ width: 390, height: 844 });
    const token = await tokenFor(request, email);
    const before = await gql(request, MINE, {}, token);
    const unread = before.myNotificationCount as number;
    expect(unread).toBeGreaterThan(0);
    const received = before.myNotifications.find((n: { kind: string }) => n.kind === (role === 'newcomer' ? 'PROPOSAL_RECEIVED' : 'PROPOSALS_RECEIVED'));
    expect(received).toBeTruthy();

    await signIn(page, locale, email);
    const link = page.getByRole('link', { name: say(locale, 'nav.messagesUnread', { count: unread }) });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: text(locale, 'messages.title') })).toBeVisible();
    const words = role === 'newcomer' ? text(locale, 'messages.newcomer.proposalReceived') : say(locale, 'messages.municipality.proposalsReceived', { count: received.count });
    await expect(page.getByText(words)).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: text(locale, 'messages.new') })).toHaveCount(unread);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-${role}-messages`);

    await page.getByRole('button', { name: text(locale, 'messages.markAll') }).click();
    await expect(page.getByRole('link', { name: text(locale, 'nav.messages'), exact: true })).toBeVisible();
    await expect(page.getByText(say(locale, 'messages.intro', { unread: 0 }))).toBeVisible();
    expect((await gql(request, MINE, {}, token)).myNotificationCount).toBe(0);

    // "read more" leads to where the proposal is
    await page.getByRole('link', { name: text(locale, 'messages.open') }).first().click();
    await expect(page).toHaveURL(role === 'newcomer' ? /\/newcomer\/proposal$/ : /\/municipality$/);
  });
}
