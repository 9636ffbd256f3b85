/**
 * bench:review-page — the officer's run review page in a real browser at national size (issue 13: "the review
 * table's time to first rows for a 10,000-household run, target ≤ 1 s on loopback"). Prints figures; asserts nothing.
 *
 * The built service (`npm run build`) starts on a fresh embedded database with `--households` seeded households
 * (default 10,000); an officer creates a round over every waiting household, runs it, pins one household elsewhere
 * and runs again (anchored, so the table has a comparison run and its "moved" column, as after any officer's change).
 * Debian's Chromium then loads the review page of the second run `--runs` times (default 10), each cold (a new
 * browser context), at 1280 × 800, and times it from navigation to the first row of the table; on each loaded page
 * it also times a filter (only households not placed) from choosing it to the first row of the new table; and it
 * loads the round's page and times opening the run from there (a click on the run's link, the site's code already
 * loaded, as an officer works) to the first row. Baseline in the same run: the officer's home loaded cold (the
 * rounds list: the same code and texts, a small query), which says how much of a cold load is the site's code.
 *
 *   npm run bench:review-page -- --households 10000 --runs 10
 */
import type { Browser, Page } from '@playwright/test';
import { periodOf } from '#api/common/period.js';
import { numberOption, percentile } from './bench-app.js';
import { graphql, launchChromium, load, sessionFor, startService } from './bench-browser.js';

const FIRST_ROWS_TARGET_MS = 1000;
const DESK = { width: 1280, height: 800 };
const FIRST_ROW = 'table.matching-table tbody tr th button';

/** Starts a run of the round (anchored on its latest, as the console does) and waits until it has an answer. */
async function runRound(base: string, token: string, roundId: string): Promise<string> {
  const { runRound: run } = await graphql<{ runRound: { id: string } }>(base, 'mutation($r: ID!) { runRound(roundId: $r) { id } }', { r: roundId }, token);
  for (;;) {
    const { run: now } = await graphql<{ run: { status: string; message: string | null } }>(base, 'query($id: ID!) { run(id: $id) { status message } }', { id: run.id }, token);
    if (now.status === 'SUCCEEDED' || now.status === 'TIMED_OUT') return run.id;
    if (now.status === 'FAILED' || now.status === 'CANCELLED') throw new Error(`the run ended ${now.status}: ${now.message}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function report(name: string, times: number[]): number {
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  console.log(`${name.padEnd(40)} p50 ${p50.toFixed(0).padStart(5)} ms, max ${times[times.length - 1].toFixed(0).padStart(5)} ms`);
  return p50;
}

async function main(): Promise<void> {
  const households = numberOption('households', 10_000);
  const runs = numberOption('runs', 10);
  const started = performance.now();
  const service = await startService(households);
  const { base } = service;
  let browser: Browser | null = null;
  try {
    console.log(`service up with ${households} seeded households in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const { token, session } = await sessionFor(base, 'officer@demo.local');
    const period = periodOf(new Date());
    const { createRound: round } = await graphql<{ createRound: { id: string; householdCount: number } }>(
      base,
      'mutation($input: CreateRoundInput!) { createRound(input: $input) { id householdCount } }',
      { input: { name: 'bench:review-page', period } },
      token,
    );
    const solveStart = performance.now();
    const first = await runRound(base, token, round.id);
    const { run } = await graphql<{ run: { assignments: { householdId: string; municipalityCode: string | null; alternatives: { municipalityCode: string }[] }[] } }>(
      base,
      'query($id: ID!) { run(id: $id) { assignments(placed: true, limit: 50) { householdId municipalityCode alternatives { municipalityCode } } } }',
      { id: first },
      token,
    );
    const moving = run.assignments.find((a) => a.alternatives.length > 0);
    if (moving) await graphql(base, 'mutation($r: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }', { r: round.id, h: moving.householdId, m: moving.alternatives[0].municipalityCode }, token);
    const second = await runRound(base, token, round.id);
    const { run: counts } = await graphql<{ run: { total: number; placed: number; unplaced: { reference: string }[] } }>(
      base,
      'query($id: ID!) { run(id: $id) { total: assignmentCount placed: assignmentCount(placed: true) unplaced: assignments(placed: false, limit: 1) { reference } } }',
      { id: second },
      token,
    );
    console.log(`round of ${round.householdCount} households run twice in ${((performance.now() - solveStart) / 1000).toFixed(0)} s; the second run places ${counts.placed} of ${counts.total}`);
    const firstUnplaced = counts.unplaced[0]?.reference ?? null;

    browser = await launchChromium();
    const home = `${base}/officer?lang=nl`;
    const review = `${base}/officer/rounds/${round.id}/runs/${second}?lang=nl`;
    const roundPage = `${base}/officer/rounds/${round.id}?lang=nl`;
    const inApp: number[] = [];
    // from the round page (the site's code and texts already loaded): the officer opens the run
    const measureOpen = async (page: Page) => {
      const t0 = performance.now();
      await page.locator(`a[href="/officer/rounds/${round.id}/runs/${second}"]`).click();
      await page.locator(FIRST_ROW).first().waitFor({ state: 'visible', timeout: 120_000 });
      inApp.push(performance.now() - t0);
    };
    const filtered: number[] = [];
    const measureFilter = async (page: Page) => {
      if (!firstUnplaced) return;
      const t0 = performance.now();
      await page.getByLabel('Geplaatst', { exact: true }).selectOption('no');
      await page.locator(FIRST_ROW).first().filter({ hasText: firstUnplaced }).waitFor({ state: 'visible', timeout: 120_000 });
      filtered.push(performance.now() - t0);
    };
    // one warm-up load each, not counted (the service's first requests fill its caches)
    await load(browser, home, 'table', session, DESK);
    await load(browser, review, FIRST_ROW, session, DESK, measureFilter);
    await load(browser, roundPage, `a[href="/officer/rounds/${round.id}/runs/${second}"]`, session, DESK, measureOpen);
    filtered.length = 0;
    inApp.length = 0;
    const homeTimes: number[] = [];
    const reviewTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      homeTimes.push((await load(browser, home, 'table', session, DESK)).ms);
      reviewTimes.push((await load(browser, review, FIRST_ROW, session, DESK, measureFilter)).ms);
      await load(browser, roundPage, `a[href="/officer/rounds/${round.id}/runs/${second}"]`, session, DESK, measureOpen);
    }
    console.log(`bench:review-page — run of ${counts.total} households, ${runs} cold loads each, 1280 × 800, Chromium on loopback, embedded database`);
    const baseline = report("officer's home, rounds list (baseline)", homeTimes);
    const cold = report('review page cold: address to first rows', reviewTimes);
    const opened = report('review page from the round page: click to first rows', inApp);
    if (filtered.length > 0) report('filter "not placed": choice to first row', filtered);
    console.log(`time to first rows, opened from the round page: p50 ${opened.toFixed(0)} ms of ${FIRST_ROWS_TARGET_MS} ms target (${((opened / FIRST_ROWS_TARGET_MS) * 100).toFixed(0)} %)`);
    console.log(`time to first rows, cold (a new browser loading the site's code first): p50 ${cold.toFixed(0)} ms (${((cold / FIRST_ROWS_TARGET_MS) * 100).toFixed(0)} % of the target); ${(cold / baseline).toFixed(2)}× the officer's home, cold`);
  } finally {
    await browser?.close();
    await service.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
