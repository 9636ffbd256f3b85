/**
 * What the browser benchmarks share (bench:web, bench:review-page): the built service (`npm run build`) as a child
 * process on a fresh embedded database in a temporary folder, as `npm start` runs it, and Debian's Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium) loading a page cold (a new browser context each time) until an element
 * shows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { freePort } from './bench-app.js';

/** The demo accounts' password (seed/demo-accounts.ts). */
export const DEMO_PASSWORD = 'demo-password-2026';

export interface BenchService {
  /** e.g. http://127.0.0.1:41234 */
  readonly base: string;
  /** Stops the service and removes its data. */
  stop(): Promise<void>;
}

/**
 * Starts `dist/apps/api/src/main.js` with `households` seeded households on a fresh embedded database (whatever
 * DATABASE_URL says), the sign-in limit per address raised, and waits (up to `startMs`) until it is ready.
 */
export async function startService(households: number, startMs = 600_000): Promise<BenchService> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-browser-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_HOUSEHOLDS: String(households), LOG_LEVEL: 'warn', LOGIN_ATTEMPTS_PER_MINUTE: '10000' };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ['dist/apps/api/src/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + startMs;
    while (!(await fetch(`${base}/health/ready`).then((r) => r.ok, () => false))) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error('the service did not start');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}

/** A GraphQL request to the service; throws with the errors when there are any. */
export async function graphql<T>(base: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * Signs a demo account in through the API and gives the site's session as the web app keeps it in sessionStorage
 * (`matching.session`), so a page can be loaded signed in without the sign-in form.
 */
export async function sessionFor(base: string, email: string): Promise<{ token: string; session: string }> {
  const { login } = await graphql<{ login: { token: string; expiresAt: string; account: { role: string; householdId: string | null; municipalityCode: string | null } } }>(
    base,
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt account { role householdId municipalityCode } } }',
    { email, password: DEMO_PASSWORD },
  );
  const { token, expiresAt, account } = login;
  return { token, session: JSON.stringify({ token, expiresAt, role: account.role.toLowerCase(), householdId: account.householdId, municipalityCode: account.municipalityCode }) };
}

/** Debian's Chromium, headless, without the background traffic a first start makes. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Load {
  /** From navigation to `ready` visible, in milliseconds. */
  readonly ms: number;
  /** The gzip -9 size of the script files the page loaded, in bytes. */
  readonly jsGzipBytes: number;
  readonly files: number;
}

/**
 * Loads `url` in a fresh context (cold cache) at `viewport`, with `session` in sessionStorage when given, until the
 * first element matching `ready` is visible; `then` (optional) runs on the loaded page before the context closes.
 */
export async function load(
  browser: Browser,
  url: string,
  ready: string,
  session: string | null,
  viewport = { width: 390, height: 844 },
  then?: (page: Page) => Promise<void>,
): Promise<Load> {
  const context = await browser.newContext({ viewport });
  if (session) await context.addInitScript({ content: `sessionStorage.setItem('matching.session', ${JSON.stringify(session)});` });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') sizes.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0));
  });
  const start = performance.now();
  await page.goto(url);
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: 120_000 });
  const ms = performance.now() - start;
  if (then) await then(page);
  const bytes = await Promise.all(sizes);
  await context.close();
  return { ms, jsGzipBytes: bytes.reduce((a, b) => a + b, 0), files: bytes.length };
}
