/**
 * Times a newcomer's `myWaitingStatus` at national size over real GraphQL via HTTP (issue 14, "a newcomer's answer at
 * national size"; target: p99 ≤ 50 ms under 20 connections with 25,000 waiting households and one published round).
 * Prints figures; asserts nothing.
 *
 * Seeds the synthetic cohort (`--households` waiting + `--round` more), publishes one round over `--round` of them
 * (every municipality), signs in newcomer accounts of waiting and proposed households, then measures the status
 * alone (one request at a time) and under `--connections` concurrent connections (back to back: each sends its next
 * request when the last is answered, which measures throughput; and paced: each at most one request per `--pace-ms`,
 * default 200, i.e. 100 requests/s offered by 20 connections), with the read models
 * (`WaitingReadModel`) and, for the baseline, with them switched off (`enabled = false`: every call builds the queue,
 * capacities and round summaries from scratch, as before issue 14). The baseline is slow at national size, so it
 * makes fewer requests (`--baseline-requests`); the issue's own figures are printed beside it.
 *
 *   npm run bench:waiting                              # 25,000 waiting households
 *   npm run bench:waiting -- --households 2000         # the seeded cohort's size
 *   npm run bench:waiting -- --no-baseline             # the read models only
 *   DATABASE_URL=postgres://… npm run bench:waiting    # a PostgreSQL server (a fresh schema, dropped afterwards)
 * Without DATABASE_URL: an in-memory embedded database (PGlite: one session, so concurrent requests queue on it).
 */
import os from 'node:os';
import { DataSource } from 'typeorm';
import { periodOf } from '#api/common/period.js';
import { benchmarkAccountBudgets, defaultLimits } from '#api/config/app-config.js';
import { WaitingReadModel } from '#api/waiting-list/waiting-read-model.js';
import { percentile, startBenchApp } from './bench-app.js';

const STATEMENT = 'code text';
/** What a newcomer's page asks for: every field of the status. */
const STATUS = `query { myWaitingStatus(locale: "nl") {
  reference status position ofTotal aheadSameBand moreUrgentAhead
  statusText { ${STATEMENT} } rule { ${STATEMENT} } positionText { ${STATEMENT} } change { ${STATEMENT} }
  estimate { roundsLow roundsHigh monthsLow monthsHigh similarPlacedPerRound aheadOfYou roundsObserved fittingMunicipalities
    summary { ${STATEMENT} } basis { ${STATEMENT} } notAPromise { ${STATEMENT} } fittingText { ${STATEMENT} } drivers { ${STATEMENT} } }
  othersWentFirst { ${STATEMENT} }
  lastRound { roundId municipalityCode unplaced { ${STATEMENT} } othersFirst { ${STATEMENT} } } } }`;

/** The issue's measurements before the read models (this machine, embedded database). */
const ISSUE_FIGURES = 'issue 14, before: alone 158 ms at 2,000 and 1,212 ms at 20,000; 20 connections p50 1.5 s / p99 16.6 s at 2,000, p50 9.4 s at 20,000';

interface Options {
  households: number;
  round: number;
  connections: number;
  requests: number;
  aloneRequests: number;
  baseline: boolean;
  baselineRequests: number;
  accounts: number;
  paceMs: number;
}

function options(argv: readonly string[]): Options {
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  return {
    households: value('households', 25_000),
    round: value('round', 2_000),
    connections: value('connections', 20),
    requests: value('requests', 2_000),
    aloneRequests: value('alone-requests', 200),
    baseline: !argv.includes('--no-baseline'),
    baselineRequests: value('baseline-requests', 40),
    accounts: value('accounts', 20),
    paceMs: value('pace-ms', 200),
  };
}

interface Figures {
  requests: number;
  /** CPU time of this process (user + system) per request: what bounds one process's throughput, however busy the machine. */
  cpuMs: number;
  p50: number;
  p99: number;
  max: number;
  perSecond: number;
}

function figures(times: number[], wallMs: number, cpu: NodeJS.CpuUsage): Figures {
  const sorted = [...times].sort((a, b) => a - b);
  return { requests: times.length, cpuMs: (cpu.user + cpu.system) / 1000 / times.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1)!, perSecond: (times.length / wallMs) * 1000 };
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const t0 = performance.now();
  // A from-scratch status can keep this process busy for seconds: keep idle connections open meanwhile (else the
  // server's 5 s keep-alive may close one just as the client reuses it: ECONNRESET).
  const bench = await startBenchApp({
    seedHouseholds: o.households + o.round,
    auth: { loginAttemptsPerMinute: 100_000 },
    // newcomers with their real budget (what they spend is what is counted, in the shared store on PostgreSQL)
    limits: {
      maxQueryComplexity: 1_000_000,
      maxBodyBytes: 1 << 20,
      expensiveMutationsPerMinute: 1000,
      accountBudgets: { ...benchmarkAccountBudgets(1_000_000), newcomer: defaultLimits().accountBudgets.newcomer },
    },
    keepAliveMs: 600_000,
  });
  const { app, gql } = bench;
  try {
    console.log(`seeded ${o.households + o.round} households and started in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const dataSource = app.get(DataSource);
    const officer = await bench.signIn('officer@demo.local');
    const admin = await bench.signIn('admin@demo.local');

    // One published round over the first `round` households in reference order, every municipality.
    let t = performance.now();
    const cohort: string[] = (await dataSource.query(`SELECT id FROM household WHERE status = 'waiting' ORDER BY reference LIMIT $1`, [o.round])).map((r: { id: string }) => r.id);
    const round = (await gql('mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }', { input: { name: 'bench waiting', period: periodOf(new Date()), cohort: { householdIds: cohort } } }, officer)).createRound;
    const runId = (await bench.runToEnd(round.id, officer)).id;
    const published = (await gql('mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id: runId }, officer)).publishRun.proposals;
    const [{ waiting }] = await dataSource.query(`SELECT count(*)::int AS waiting FROM household WHERE status = 'waiting'`);
    console.log(`one round published in ${((performance.now() - t) / 1000).toFixed(1)} s: ${published} proposals; ${waiting} households waiting`);

    // Newcomer accounts: mostly waiting households spread over the queue, a few proposed ones.
    t = performance.now();
    const spread: string[] = (await dataSource.query(
      `(SELECT id FROM household WHERE status = 'waiting' ORDER BY md5(id::text) LIMIT $1)
       UNION ALL (SELECT id FROM household WHERE status = 'proposed' ORDER BY md5(id::text) LIMIT $2)`,
      [o.accounts - Math.ceil(o.accounts / 8), Math.ceil(o.accounts / 8)],
    )).map((r: { id: string }) => r.id);
    const tokens: string[] = [];
    for (const [i, householdId] of spread.entries()) {
      const email = `bench-newcomer-${i}@bench.local`;
      await gql('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { role: 'NEWCOMER', householdId, email, password: 'bench-password-2026' } }, admin);
      tokens.push(await bench.signIn(email, 'bench-password-2026'));
    }
    console.log(`${tokens.length} newcomer accounts signed in in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const readModel = app.get(WaitingReadModel);
    const one = async (i: number) => {
      const start = performance.now();
      await gql(STATUS, {}, tokens[i % tokens.length]);
      return performance.now() - start;
    };
    const alone = async (requests: number) => {
      const times: number[] = [];
      const start = performance.now();
      const cpu = process.cpuUsage();
      for (let i = 0; i < requests; i++) times.push(await one(i));
      return figures(times, performance.now() - start, process.cpuUsage(cpu));
    };
    /** `connections` clients, each sending its next request when its last is answered (back to back), or at most one every `paceMs`. */
    const concurrent = async (requests: number, paceMs = 0) => {
      const times: number[] = [];
      let next = 0;
      const start = performance.now();
      const cpu = process.cpuUsage();
      await Promise.all(
        Array.from({ length: o.connections }, async (_, c) => {
          if (paceMs) await new Promise((resolve) => setTimeout(resolve, (paceMs * c) / o.connections));
          while (next < requests) {
            const begun = performance.now();
            times.push(await one(next++));
            if (paceMs) await new Promise((resolve) => setTimeout(resolve, Math.max(0, begun + paceMs - performance.now())));
          }
        }),
      );
      return figures(times, performance.now() - start, process.cpuUsage(cpu));
    };

    readModel.enabled = true;
    await one(0); // the first call builds the read model
    const buildsBefore = readModel.builds;
    const writesBefore = await rateLimitWrites(dataSource);
    const rows: { setting: string; f: Figures }[] = [];
    rows.push({ setting: 'read models, alone', f: await alone(o.aloneRequests) });
    rows.push({ setting: `read models, ${o.connections} connections back to back`, f: await concurrent(o.requests) });
    rows.push({ setting: `read models, ${o.connections} connections, each one request per ${o.paceMs} ms`, f: await concurrent(o.requests, o.paceMs) });
    const rebuilds = readModel.builds - buildsBefore;
    const writes = writesBefore === null ? null : (await rateLimitWrites(dataSource))! - writesBefore;
    const signedInRequests = rows.reduce((sum, r) => sum + r.f.requests, 0);
    // One change (a registration) while polling: the next calls share one rebuild.
    t = performance.now();
    await gql(
      'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }',
      { input: { permitDate: new Date().toISOString().slice(0, 10), receptionLocation: 'AZC Bench', members: [{ fullName: 'Bench Applicant', birthYear: 1990, role: 'APPLICANT' }] } },
      officer,
    );
    const afterChange = await concurrent(o.connections);
    const rebuildMs = performance.now() - t;
    if (o.baseline) {
      readModel.enabled = false;
      rows.push({ setting: 'from scratch (read models off), alone', f: await alone(Math.max(3, Math.round(o.baselineRequests / 4))) });
      rows.push({ setting: `from scratch (read models off), ${o.connections} connections back to back`, f: await concurrent(o.baselineRequests) });
      readModel.enabled = true;
    }

    const ms = (x: number) => x.toFixed(1);
    console.log(`\ndatabase: ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite (in memory)'}; ${waiting} waiting households, 1 published round (${published} proposals)`);
    console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (other processes share the cores: latencies grow with the load; CPU per request does not)`);
    console.log('| myWaitingStatus | requests | p50 ms | p99 ms | max ms | requests/s | CPU ms per request (client and server) |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows) console.log(`| ${r.setting} | ${r.f.requests} | ${ms(r.f.p50)} | ${ms(r.f.p99)} | ${ms(r.f.max)} | ${r.f.perSecond.toFixed(0)} | ${ms(r.f.cpuMs)} |`);
    console.log(`\nrebuilds during the read-model measurements (no change): ${rebuilds}`);
    console.log(`after one registration: ${o.connections} concurrent calls answered in ${ms(rebuildMs)} ms (p50 ${ms(afterChange.p50)}, max ${ms(afterChange.max)}), rebuilding once`);
    if (writes !== null) {
      console.log(`writes to rate_limit_points during those ${signedInRequests} signed-in requests: ${writes} (before SHARED_CHUNKS: one per request, ${signedInRequests}; newcomer budget here ${defaultLimits().accountBudgets.newcomer.perMinute.toLocaleString('en')} points a minute)`);
    }
    console.log(`target: p99 ≤ 50 ms under ${o.connections} connections at 25,000 waiting households`);
    console.log(ISSUE_FIGURES);
    console.log(`RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);
  } finally {
    await bench.close();
  }
}

/**
 * Rows inserted and updated in `rate_limit_points` of this schema so far (PostgreSQL's statistics; null on the
 * embedded database, which counts in memory). A backend reports its counts when idle for 10 s at the latest
 * (PostgreSQL 15+), so this waits 11 s first.
 */
async function rateLimitWrites(dataSource: DataSource): Promise<number | null> {
  if (!process.env.DATABASE_URL) return null;
  await new Promise((resolve) => setTimeout(resolve, 11_000));
  const [row] = (await dataSource.query(
    `SELECT (n_tup_ins + n_tup_upd)::int AS writes FROM pg_stat_user_tables WHERE relname = 'rate_limit_points' AND schemaname = current_schema()`,
  )) as { writes: number }[];
  return row?.writes ?? 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
