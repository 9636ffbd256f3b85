/**
 * Times the placement officer's run review page at national size over real GraphQL via HTTP (issue 14: "the
 * officer's run review page p99 ≤ 200 ms"). Prints figures; asserts nothing.
 *
 * Seeds `--households` synthetic households (default 10,000), creates a round over every waiting household, runs it,
 * pins one household elsewhere and runs the round again anchored on the first run (so the `moved` filter has a
 * comparison run, as after any officer's change), then requests review pages as the review table asks for them: the
 * page's rows (`assignments`, 50 by default) with the count the filter keeps (`assignmentCount`), in every filter
 * (none, placed, unplaced, moved, hard tie, override, one municipality) and both orders (queue, fit), at the first,
 * the second and a deep page; and a household's detail (its criteria, alternatives and preferred places with the texts).
 * One officer alone (one request at a time), then `--officers` officers back to back (each sends its next request
 * when its last is answered). Latency counts from sending to the whole answer. The baseline, in the same run: one
 * officer alone with the review cache off (`RoundsService.reviewCacheEnabled = false`: every page reads the run's
 * rows, the round's queue and the comparison run again, as before issue 14's review work), `--baseline-requests`
 * requests (default 60).
 *
 *   npm run bench:review                               # 10,000 households
 *   npm run bench:review -- --households 2000 --officers 4 --requests 300
 *   DATABASE_URL=postgres://… npm run bench:review     # a PostgreSQL server (a fresh schema, dropped afterwards)
 * Without DATABASE_URL: an in-memory embedded database (PGlite).
 */
import os from 'node:os';
import { periodOf } from '#api/common/period.js';
import { RoundsService } from '#api/rounds/rounds.service.js';
import { numberOption as option, percentile, startBenchApp } from './bench-app.js';

interface Options {
  /** Synthetic households seeded (the round takes every waiting one). */
  readonly households: number;
  /** Concurrent officers in the second phase. */
  readonly officers: number;
  /** Requests per phase. */
  readonly requests: number;
  /** Rows per review page. */
  readonly pageSize: number;
  /** Requests of the baseline (cache off, one officer). */
  readonly baselineRequests: number;
}

/** The review table's page: the rows with what the table shows, and the count for the pager. */
const PAGE = `query($id: ID!, $offset: Int!, $limit: Int!, $sort: AssignmentSort!, $placed: Boolean, $moved: Boolean, $hardTie: Boolean, $override: Boolean, $municipalityCode: String) {
  run(id: $id) {
    assignmentCount(placed: $placed, moved: $moved, hardTie: $hardTie, override: $override, municipalityCode: $municipalityCode)
    assignments(offset: $offset, limit: $limit, sort: $sort, placed: $placed, moved: $moved, hardTie: $hardTie, override: $override, municipalityCode: $municipalityCode) {
      householdId reference position municipalityCode municipalityName fit linkedHouseholds rank fitting moved previousMunicipalityCode outcome { text }
    }
  } }`;

/** One household's detail, opened from the table. */
const DETAIL = `query($id: ID!, $householdId: ID!) {
  run(id: $id) {
    assignments(householdId: $householdId, limit: 1) {
      householdId reference position municipalityName fit outcome { code text }
      criteria { criterion score weight reasons { text } }
      alternatives { municipalityCode municipalityName fit verdict { code text } }
      preferred { municipalityCode municipalityName verdict { text } filterReasons { text } }
      unplaced { text } othersFirst { text }
    }
  } }`;

interface Figures {
  readonly requests: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly perSecond: number;
}

function figures(times: number[], wallMs: number): Figures {
  const sorted = [...times].sort((a, b) => a - b);
  return { requests: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN, perSecond: (sorted.length / wallMs) * 1000 };
}

async function main(): Promise<void> {
  const o: Options = { households: option('households', 10_000), officers: option('officers', 4), requests: option('requests', 400), pageSize: option('page', 50), baselineRequests: option('baseline-requests', 60) };
  const t0 = performance.now();
  const bench = await startBenchApp({ seedHouseholds: o.households, limits: { maxQueryComplexity: 1_000_000, maxBodyBytes: 1 << 20 } });
  const { gql } = bench;
  try {
    console.log(`seeded ${o.households} households and started in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const officer = await bench.signIn('officer@demo.local');
    let t = performance.now();
    const round = (await gql('mutation($input: CreateRoundInput!) { createRound(input: $input) { id householdCount } }', { input: { name: 'bench review', period: periodOf(new Date()), policy: { timeLimitSeconds: 120 } } }, officer)).createRound;
    const first = await bench.runToEnd(round.id, officer, 'figures { householdsPlaced householdsTotal }');
    console.log(`round of ${round.householdCount} households, first run in ${((performance.now() - t) / 1000).toFixed(1)} s: ${first.figures.householdsPlaced} placed`);

    // One officer's change and an anchored re-run: the run under review has a comparison run.
    const page = (await gql('query($id: ID!) { run(id: $id) { assignments(limit: 500, placed: true) { householdId alternatives { municipalityCode } } } }', { id: first.id }, officer)).run.assignments;
    let pinned = false;
    for (const a of page.filter((x: any) => x.alternatives.length > 0)) {
      const pin = await bench.post('mutation($r: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }', { r: round.id, h: a.householdId, m: a.alternatives[0].municipalityCode }, officer);
      if (!pin.errors) {
        pinned = true;
        break;
      }
    }
    if (!pinned) throw new Error('no household could be pinned elsewhere');
    t = performance.now();
    const run = await bench.runToEnd(round.id, officer, 'figures { householdsPlaced householdsTotal } comparedWithRunId', `, anchorRunId: "${first.id}"`);
    console.log(`anchored re-run after one pin in ${((performance.now() - t) / 1000).toFixed(1)} s: ${run.figures.householdsPlaced} placed`);

    const municipality: string = (await gql('query($id: ID!) { run(id: $id) { fill { municipalityCode persons } } }', { id: run.id }, officer)).run.fill
      .sort((a: any, b: any) => b.persons - a.persons || a.municipalityCode.localeCompare(b.municipalityCode))[0].municipalityCode;
    const filters: Record<string, unknown>[] = [{}, { placed: true }, { placed: false }, { moved: true }, { hardTie: true }, { override: true }, { municipalityCode: municipality }];
    const sample: string[] = (await gql('query($id: ID!) { run(id: $id) { assignments(limit: 200, sort: FIT) { householdId } } }', { id: run.id }, officer)).run.assignments.map((a: any) => a.householdId);
    /** The i-th request of a phase: mostly table pages through every filter, order and depth; every fifth a household's detail. */
    const request = (i: number): [string, Record<string, unknown>] => {
      if (i % 5 === 4) return [DETAIL, { id: run.id, householdId: sample[i % sample.length] }];
      const filter = filters[i % filters.length];
      const sort = Math.floor(i / filters.length) % 2 === 0 ? 'QUEUE' : 'FIT';
      const offset = [0, o.pageSize, 40 * o.pageSize][Math.floor(i / (2 * filters.length)) % 3];
      return [PAGE, { id: run.id, offset, limit: o.pageSize, sort, ...filter }];
    };
    const one = async (i: number) => {
      const [query, variables] = request(i);
      const start = performance.now();
      await gql(query, variables, officer);
      return performance.now() - start;
    };
    for (let i = 0; i < 20; i++) await one(i); // warm-up: first reads of the run, compiled code paths

    const rows: { setting: string; f: Figures }[] = [];
    const service = bench.app.get(RoundsService);
    const sequential = async (requests: number): Promise<Figures> => {
      const started = performance.now();
      const times: number[] = [];
      for (let i = 0; i < requests; i++) times.push(await one(i));
      return figures(times, performance.now() - started);
    };
    service.reviewCacheEnabled = false;
    const baseline = await sequential(o.baselineRequests);
    rows.push({ setting: 'baseline: review cache off, one officer, one request at a time', f: baseline });
    service.reviewCacheEnabled = true;
    const alone = await sequential(o.requests);
    rows.push({ setting: 'one officer, one request at a time', f: alone });
    let start = performance.now();
    start = performance.now();
    const together: number[] = [];
    let next = 0;
    await Promise.all(Array.from({ length: o.officers }, async () => {
      while (next < o.requests) together.push(await one(next++));
    }));
    rows.push({ setting: `${o.officers} officers back to back`, f: figures(together, performance.now() - start) });

    const ms = (x: number) => x.toFixed(1);
    console.log(`\ndatabase: ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite (in memory)'}; run of ${run.figures.householdsTotal} households, pages of ${o.pageSize} rows, ${filters.length} filters × 2 orders × 3 depths, every fifth request a household's detail`);
    console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log('| review page | requests | p50 ms | p99 ms | max ms | requests/s |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const r of rows) console.log(`| ${r.setting} | ${r.f.requests} | ${ms(r.f.p50)} | ${ms(r.f.p99)} | ${ms(r.f.max)} | ${r.f.perSecond.toFixed(1)} |`);
    console.log(`one officer: p50 ${(baseline.p50 / alone.p50).toFixed(1)}× and p99 ${(baseline.p99 / alone.p99).toFixed(1)}× faster than the baseline`);
    console.log('target (issue 14): p99 ≤ 200 ms');
    console.log(`RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);
  } finally {
    await bench.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
