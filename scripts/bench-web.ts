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
import type { Browser } from '@playwright/test';
import { launchChromium, load, sessionFor, startService, type Load } from './bench-browser.js';
import { numberOption, percentile } from './bench-app.js';

const JS_BUDGET_KB = 250;
const VIEW_BUDGET_MS = 1500;

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
  const service = await startService(households, 300_000);
  const { base } = service;
  let browser: Browser | null = null;
  try {
    const { session } = await sessionFor(base, 'newcomer@demo.local');
    browser = await launchChromium();
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
    await service.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
