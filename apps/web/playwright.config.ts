import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { WEB_TEST_DATA_DIR, WEB_TEST_MAIL_DIR } from './e2e/data-dir';

/** Port of the service under test (not 3000, so a running `npm start` does not collide). */
const port = Number(process.env.WEB_TEST_PORT ?? 3217);

/**
 * Browser tests of the site (issue 12), run by `npm run test:browser` (scripts/test-browser.sh builds the service
 * and makes the data folder). One Chromium, one test at a time: the projects run in the order a case goes
 * (`waiting` before any round, `round` publishes one through the API, then the answers), each against the same
 * service. Screenshots of every page are written to test-results/web/screenshots (looked at before a release).
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: '../../test-results/web/output',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'sign-in', testMatch: 'sign-in.pw.ts' },
    { name: 'waiting', testMatch: ['waiting.pw.ts', 'household.pw.ts', 'officer-waiting.pw.ts', 'invitation.pw.ts', 'password-reset.pw.ts', 'data-export.pw.ts', 'erasure.pw.ts', 'languages.pw.ts'], dependencies: ['sign-in'] },
    { name: 'round', testMatch: 'round.setup.pw.ts', dependencies: ['waiting'] },
    { name: 'answers', testMatch: ['messages.pw.ts', 'newcomer-proposal.pw.ts', 'municipality.pw.ts', 'officer-round.pw.ts', 'officer-new-round.pw.ts'], dependencies: ['round'] },
    // publishes rounds of its own: after the answers, whose municipalities count their proposals
    { name: 'console', testMatch: ['officer-review.pw.ts', 'officer-figures.pw.ts', 'admin-audit.pw.ts', 'officer-exports.pw.ts', 'officer-import.pw.ts'], dependencies: ['answers'] },
    // reviews the contests the answers project made and withdraws an open proposal of the console's rounds
    { name: 'contests', testMatch: ['officer-proposals.pw.ts'], dependencies: ['console'] },
    // publishes a round of its own and changes a household of it: last, after the lists the others count
    { name: 'changes', testMatch: ['household-change.pw.ts'], dependencies: ['contests'] },
  ],
  webServer: {
    command: 'node dist/apps/api/src/main.js',
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    url: `http://127.0.0.1:${port}/health/ready`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATA_DIR: WEB_TEST_DATA_DIR,
      // e-mail as files the tests read (password-reset.pw.ts), links to this service, sent within a second
      MAIL_DIR: WEB_TEST_MAIL_DIR,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      MAIL_DISPATCH_INTERVAL_SECONDS: '1',
      WEB_DIR: fileURLToPath(new URL('../../dist/web', import.meta.url)),
      SEED_HOUSEHOLDS: '300',
      LOG_LEVEL: 'warn',
      // Every test signs in from 127.0.0.1: more sign-ins a minute than one person makes (the limit is tested in test/).
      LOGIN_ATTEMPTS_PER_MINUTE: '600',
      // runs, exports and imports: the tests send them all from one address, faster than a person would
      EXPENSIVE_MUTATIONS_PER_MINUTE: '600',
    },
  },
});
