/**
 * bench:web — the newcomer's first view of the site against its budgets (issue 12): the JavaScript a phone
 * downloads for the first page (gzipped, budget 250 kB) and the time to the first meaningful view (the standing
 * page with the queue picture, budget 1.5 s on loopback), with the seeded data (`--households`, default 2,000, as
 * `npm start` seeds). Baseline in the same run: the sign-in page, which loads no role's code and asks no data.
 *
 * The built service (`npm run build`) runs as a child process on a fresh embedded database; Debian's Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium) loads each page `--runs` times (default 10), each in a new browser
 * context (cold cache), at 390 × 844. Sizes are the gzip -9 sizes of the script files the page loaded (the service
 * does not compress; a proxy in front would).
 *
 *   npm run bench:web -- --households 2000 --runs 10
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { freePort, numberOption, percentile } from './bench-app.js';

const JS_BUDGET_KB = 250;
const VIEW_BUDGET_MS = 1500;

interface Load {
  readonly ms: number;
  readonly jsGzipBytes: number;
  readonly files: number;
}

/** Loads `url` in a fresh context (with `session` in sessionStorage when given) until `ready` is visible. */
async function load(browser: Browser, url: string, ready: string, session: string | null): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  if (session) await context.addInitScript({ content: `sessionStorage.setItem('matching.session', ${JSON.stringify(session)});` });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') sizes.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0));
  });
  const start = performance.now();
  await page.goto(url);
  await page.locator(ready).first().waitFor({ state: 'visible' });
  const ms = performance.now() - start;
  const bytes = await Promise.all(sizes);
  await context.close();
  return { ms, jsGzipBytes: bytes.reduce((a, b) => a + b, 0), files: bytes.length };
}

function summary(name: string, loads: readonly Load[]): { p50: number; max: number; kb: number } {
  const times = loads.map((l) => l.ms).sort((a, b) => a - b);
  const kb = loads[0].jsGzipBytes / 1024;
  const p50 = percentile(times, 50);
  console.log(`${name.padEnd(28)} first view p50 ${p50.toFixed(0).padStart(5)} ms, max ${times[times.length - 1].toFixed(0).padStart(5)} ms; JS ${kb.toFixed(1)} kB gzipped in ${loads[0].files} files`);
  return { p50, max: times[times.length - 1], kb };
}

async function main(): Promise<void> {
  const households = numberOption('households', 2000);
  const runs = numberOption('runs', 10);
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-web-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_HOUSEHOLDS: String(households), LOG_LEVEL: 'warn', LOGIN_ATTEMPTS_PER_MINUTE: '10000' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['dist/apps/api/src/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  let browser: Browser | null = null;
  try {
    const deadline = Date.now() + 300_000;
    while (!(await fetch(`${base}/health/ready`).then((r) => r.ok, () => false))) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error('the service did not start');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "newcomer@demo.local", password: "demo-password-2026") { token expiresAt account { householdId } } }' }),
    }).then((r) => r.json() as Promise<{ data: { login: { token: string; expiresAt: string; account: { householdId: string } } } }>);
    const { token, expiresAt, account } = login.data.login;
    const session = JSON.stringify({ token, expiresAt, role: 'newcomer', householdId: account.householdId, municipalityCode: null });
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    // one warm-up load each, not counted (the service's first requests build its caches)
    await load(browser, `${base}/sign-in?lang=nl`, 'h1', null);
    await load(browser, `${base}/newcomer?lang=nl`, 'figcaption', session);
    const signIn: Load[] = [];
    const standing: Load[] = [];
    for (let i = 0; i < runs; i++) {
      signIn.push(await load(browser, `${base}/sign-in?lang=nl`, 'h1', null));
      standing.push(await load(browser, `${base}/newcomer?lang=nl`, 'figcaption', session));
    }
    console.log(`bench:web — ${households} seeded households, ${runs} cold loads each, 390 × 844, Chromium on loopback`);
    const baseline = summary('sign-in page (baseline)', signIn);
    const newcomer = summary('newcomer: where I stand', standing);
    console.log(`newcomer initial JS ${newcomer.kb.toFixed(1)} kB of ${JS_BUDGET_KB} kB budget (${((newcomer.kb / JS_BUDGET_KB) * 100).toFixed(0)} %); ${(newcomer.kb / baseline.kb).toFixed(2)}× the sign-in page's`);
    console.log(`first meaningful view p50 ${newcomer.p50.toFixed(0)} ms of ${VIEW_BUDGET_MS} ms budget (${((newcomer.p50 / VIEW_BUDGET_MS) * 100).toFixed(0)} %), max ${newcomer.max.toFixed(0)} ms (${((newcomer.max / VIEW_BUDGET_MS) * 100).toFixed(0)} %); ${(newcomer.p50 / baseline.p50).toFixed(2)}× the sign-in page's`);
  } finally {
    await browser?.close();
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
