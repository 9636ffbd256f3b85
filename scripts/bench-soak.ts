/**
 * Soak test of issue 14: minutes of mixed traffic against the service as `npm start` runs it, then the memory of its
 * process after warm-up against the end, and every error. Prints figures; asserts nothing (exit 0 whatever it finds).
 *
 * Starts the built service (`dist/apps/api/src/main.js`) as a child process with its own data (a temporary embedded
 * database folder, or with DATABASE_URL a fresh schema on that server, dropped afterwards), its own production
 * limits and account budgets (only the sign-in limit per address is raised: every client here shares one address),
 * and the seeded cohort (`--households`, default 5,000). Then, until `--minutes` (default 10) have passed:
 * - **newcomers** (`--newcomers`, default 20 accounts of the first waiting households in queue order, so that rounds
 *   reach them): each every 2 s reads its waiting status and its proposal page in its language (nl, en, ar, uk in
 *   turn); with an open proposal it answers: accepts, or every tenth household contests;
 * - **municipalities** (the `--municipalities`, default 12, with the most person places this period, an account
 *   each): each every 5 s reads its page and the open proposals addressed to it and answers each: accepts, or every
 *   seventh declines with a reason; when fewer than 20 person places or 3 homes of a band are free this period, it
 *   raises its capacity (`raisedCapacity`), so that rounds keep finding places to the end;
 * - **one officer** in a loop: creates a round of the next `--cohort` (default 60) waiting households over those
 *   municipalities, runs it, reads the first review page, publishes, rejects the contests awaiting review (the
 *   proposal stands), and waits 10 s.
 * The child's resident set size (RSS, /proc) is sampled every 5 s. "After warm-up" is the mean of the samples in
 * the minute before `--warmup` minutes (default 2) have passed; "end" the mean of the last minute (RSS swings by a
 * fifth between garbage collections, so single samples say little).
 * An error is an answer with a GraphQL error other than an expected refusal (CONFLICT on an answer that crossed
 * another side's answer, e.g. a newcomer answering a proposal the municipality just declined), a failed HTTP
 * request, or a log line of the service at level error or above.
 *
 *   npm run bench:soak                                   # 10 minutes, 2 of them warm-up
 *   npm run bench:soak -- --minutes 3 --warmup 1         # a short look
 *   DATABASE_URL=postgres://… npm run bench:soak         # on a PostgreSQL server
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { periodOf } from '#api/common/period.js';
import { HOME_BAND_PERSONS } from '#matching/vocabulary/capacity-check.js';
import { createTestDatabase } from '#persistence/testing/test-database.js';
import { DEMO_PASSWORD } from '#seed/demo-accounts.js';
import { freePort, numberOption as option, percentile } from './bench-app.js';

interface Options {
  readonly minutes: number;
  readonly warmup: number;
  readonly households: number;
  readonly newcomers: number;
  readonly municipalities: number;
  readonly cohort: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const LOCALES = ['nl', 'en', 'ar', 'uk'] as const;
const STATEMENT = 'code text';
const STATUS = `query($l: String) { myWaitingStatus(locale: $l) { status position ofTotal statusText { ${STATEMENT} } positionText { ${STATEMENT} }
  estimate { roundsLow roundsHigh summary { ${STATEMENT} } basis { ${STATEMENT} } notAPromise { ${STATEMENT} } } othersWentFirst { ${STATEMENT} } } }`;
const PROPOSAL_VIEW = `query($l: String) { myProposalView(locale: $l) { proposal { id status newcomerResponse respondBy } municipality { code name }
  outcome { ${STATEMENT} } criteria { criterion reasons { ${STATEMENT} } } } }`;
const RESPOND = 'mutation($id: ID!, $input: ProposalResponseInput!) { respondToProposal(proposalId: $id, input: $input) { id status } }';

/** Latencies and outcomes of one kind of operation. */
class Tally {
  requests = 0;
  readonly latencies: number[] = [];
  errors = 0;
  refusals = 0;
  readonly samples: string[] = [];
}

/** A capacity row as a municipality reads it (`myMunicipalityView.capacities`). */
interface CapacityRow {
  readonly persons: number;
  readonly homes1to2: number;
  readonly homes3to4: number;
  readonly homes5plus: number;
}

/**
 * The soak's raise of a municipality's capacity: 6 homes more per band and 40 person places more, or as many as the
 * homes need at least (`HOME_BAND_PERSONS`' minimum per home: `setCapacity` refuses fewer).
 */
function raisedCapacity(c: CapacityRow): CapacityRow {
  const homes = { homes1to2: c.homes1to2 + 6, homes3to4: c.homes3to4 + 6, homes5plus: c.homes5plus + 6 };
  const least = homes.homes1to2 * HOME_BAND_PERSONS.homes_1_2.min + homes.homes3to4 * HOME_BAND_PERSONS.homes_3_4.min + homes.homes5plus * HOME_BAND_PERSONS.homes_5_plus.min;
  return { persons: Math.max(c.persons + 40, least), ...homes };
}

/** Resident set size of a process in MB, from /proc (Linux); NaN when it cannot be read. */
async function rssMb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

async function main(): Promise<void> {
  const o: Options = {
    minutes: option('minutes', 10),
    warmup: option('warmup', 2),
    households: option('households', 5000),
    newcomers: option('newcomers', 20),
    municipalities: option('municipalities', 12),
    cohort: option('cohort', 60),
  };
  const database = await createTestDatabase();
  const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(path.join(os.tmpdir(), 'soak-'));
  const port = await freePort();
  const logFile = path.join(os.tmpdir(), `soak-${port}.log`);
  const log = createWriteStream(logFile);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    SEED_HOUSEHOLDS: String(o.households),
    LOGIN_ATTEMPTS_PER_MINUTE: '100000',
    LOG_LEVEL: 'warn',
    ...(dataDir ? { DATA_DIR: dataDir } : { DATABASE_SCHEMA: database.config.schema }),
  };
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/src/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let logErrors = 0;
  const logSamples: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      log.write(`${line}\n`);
      let level = 0;
      try {
        level = (JSON.parse(line) as { level?: number }).level ?? 0;
      } catch {
        level = /error/i.test(line) ? 50 : 0; // a line that is not JSON: Nest's own before the logger, or a crash
      }
      if (level >= 50) {
        logErrors += 1;
        if (logSamples.length < 3) logSamples.push(line.slice(0, 300));
      }
    });
  }
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;

  const tallies = new Map<string, Tally>();
  const tally = (name: string) => tallies.get(name) ?? tallies.set(name, new Tally()).get(name)!;
  /** Posts one operation, counts it under `name`, and returns its data (null on an error). */
  const call = async (name: string, query: string, variables: Record<string, unknown>, token?: string, refusable = false): Promise<any> => {
    const t = tally(name);
    t.requests += 1;
    const start = performance.now();
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
      t.latencies.push(performance.now() - start);
      if (body.errors) {
        if (refusable && body.errors.every((e) => e.extensions?.code === 'CONFLICT')) t.refusals += 1;
        else {
          t.errors += 1;
          if (t.samples.length < 3) t.samples.push(JSON.stringify(body.errors).slice(0, 300));
        }
        return null;
      }
      return body.data;
    } catch (error) {
      t.errors += 1;
      if (t.samples.length < 3) t.samples.push(String(error).slice(0, 300));
      return null;
    }
  };
  /** Like `call`, for the set-up: throws on an error. */
  const must = async (query: string, variables: Record<string, unknown>, token?: string): Promise<any> => {
    const data = await call('set-up', query, variables, token);
    if (!data) throw new Error(`set-up failed: ${tally('set-up').samples.at(-1)}`);
    return data;
  };
  const signIn = async (email: string, password = DEMO_PASSWORD): Promise<string> =>
    (await must('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password })).login.token;

  const samples: { at: number; rss: number }[] = [];
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the service stopped while starting (exit ${child.exitCode}); see ${logFile}`);
      const ready = await fetch(`${url}/health/ready`).then((r) => r.ok, () => false);
      if (ready) break;
      await sleep(500);
    }
    console.log(`service started with ${o.households} seeded households in ${((performance.now() - t0) / 1000).toFixed(1)} s (pid ${child.pid}, log ${logFile})`);
    const admin = await signIn('admin@demo.local');
    const officer = await signIn('officer@demo.local');
    const period = periodOf(new Date());

    // Municipalities with the most person places this period, an account each.
    const all: { code: string; capacity: { persons: number } | null }[] = (await must('query($p: String!) { municipalities { code capacity(period: $p) { persons } } }', { p: period }, officer)).municipalities;
    const codes = all
      .filter((m) => (m.capacity?.persons ?? 0) > 0)
      .sort((a, b) => b.capacity!.persons - a.capacity!.persons || a.code.localeCompare(b.code))
      .slice(0, o.municipalities)
      .map((m) => m.code);
    const municipalityTokens: string[] = [];
    for (const code of codes) {
      const email = `soak-${code.toLowerCase()}@soak.local`;
      await must('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { role: 'MUNICIPALITY', municipalityCode: code, email, password: 'soak-password-2026' } }, admin);
      municipalityTokens.push(await signIn(email, 'soak-password-2026'));
    }
    // Newcomers of the first waiting households in queue order: rounds reach them.
    const first: { id: string }[] = (await must('query($n: Int!) { households(filter: { status: WAITING }, limit: $n) { items { id } } }', { n: o.newcomers }, officer)).households.items;
    const newcomerTokens: string[] = [];
    for (const [i, household] of first.entries()) {
      const email = `soak-newcomer-${i}@soak.local`;
      await must('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { role: 'NEWCOMER', householdId: household.id, email, password: 'soak-password-2026' } }, admin);
      newcomerTokens.push(await signIn(email, 'soak-password-2026'));
    }
    console.log(`${codes.length} municipality and ${newcomerTokens.length} newcomer accounts; traffic for ${o.minutes} min, warm-up ${o.warmup} min`);

    const start = performance.now();
    const end = start + o.minutes * 60_000;
    const running = () => performance.now() < end;
    const rounds = { published: 0, proposals: 0, runs: 0, contestsReviewed: 0 };
    let capacityRaised = 0;

    const sampler = (async () => {
      while (running()) {
        samples.push({ at: performance.now() - start, rss: await rssMb(child.pid!) });
        await sleep(5000);
      }
    })();

    const newcomer = async (token: string, i: number) => {
      await sleep((2000 * i) / newcomerTokens.length);
      for (let tick = 0; running(); tick++) {
        const started = performance.now();
        const l = LOCALES[(i + tick) % LOCALES.length];
        await call('newcomer: myWaitingStatus', STATUS, { l }, token);
        const view = await call('newcomer: myProposalView', PROPOSAL_VIEW, { l }, token);
        const proposal = view?.myProposalView?.proposal;
        if (proposal && proposal.status === 'OPEN' && !proposal.newcomerResponse) {
          const input = i % 10 === 9 ? { accept: false, reason: 'We need to live near the hospital where my son is treated.' } : { accept: true };
          await call('newcomer: respondToProposal', RESPOND, { id: proposal.id, input }, token, true);
        }
        await sleep(Math.max(0, started + 2000 - performance.now()));
      }
    };

    const municipality = async (token: string, i: number) => {
      await sleep((5000 * i) / municipalityTokens.length);
      for (let answered = 0; running(); ) {
        const started = performance.now();
        const view = (await call('municipality: myMunicipalityView', `query { myMunicipalityView { municipality { code name } proposalCount proposals(limit: 20) { reference persons status }
          capacities { period persons homes1to2 homes3to4 homes5plus usedPersons usedHomes1to2 usedHomes3to4 usedHomes5plus } } }`, {}, token))?.myMunicipalityView;
        const capacity = view?.capacities.find((c: { period: string }) => c.period === period);
        if (capacity) {
          const free = [capacity.homes1to2 - capacity.usedHomes1to2, capacity.homes3to4 - capacity.usedHomes3to4, capacity.homes5plus - capacity.usedHomes5plus];
          if (capacity.persons - capacity.usedPersons < 20 || free.some((homes) => homes < 3)) {
            const raised = await call('municipality: setCapacity', 'mutation($code: String!, $period: String!, $input: SetCapacityInput!) { setCapacity(code: $code, period: $period, input: $input) { persons } }', {
              code: view.municipality.code,
              period,
              input: raisedCapacity(capacity),
            }, token, true);
            if (raised) capacityRaised += 1;
          }
        }
        const open = await call('municipality: myMunicipalityProposals', 'query { myMunicipalityProposals(filter: { status: OPEN }, limit: 50) { id municipalityResponse } }', {}, token);
        for (const p of (open?.myMunicipalityProposals ?? []).filter((x: { municipalityResponse: string | null }) => !x.municipalityResponse)) {
          answered += 1;
          const input = answered % 7 === 0 ? { accept: false, reason: 'No home of this size is free before the deadline.' } : { accept: true };
          await call('municipality: respondToProposal', RESPOND, { id: p.id, input }, token, true);
        }
        await sleep(Math.max(0, started + 5000 - performance.now()));
      }
    };

    const placementOfficer = async () => {
      for (let n = 1; running(); n++) {
        const round = await call('officer: createRound', 'mutation($input: CreateRoundInput!) { createRound(input: $input) { id householdCount } }', {
          input: { name: `soak ${n}`, period, municipalityCodes: codes, cohort: { limit: o.cohort } },
        }, officer);
        const roundId: string | undefined = round?.createRound?.id;
        if (roundId) {
          await call('officer: preRunCheck', 'query($id: ID!) { preRunCheck(roundId: $id) { personPlacesAvailable personPlacesNeeded withoutFit { unit { reference } } } }', { id: roundId }, officer);
          const started = await call('officer: runRound', 'mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: roundId }, officer);
          const runId: string | undefined = started?.runRound?.id;
          let status = 'QUEUED';
          while (runId && (status === 'QUEUED' || status === 'RUNNING')) {
            await sleep(500);
            status = (await call('officer: run (progress)', 'query($id: ID!) { run(id: $id) { status progress } }', { id: runId }, officer))?.run?.status ?? 'FAILED';
          }
          if (runId && (status === 'SUCCEEDED' || status === 'TIMED_OUT')) {
            rounds.runs += 1;
            await call('officer: review page', 'query($id: ID!) { run(id: $id) { assignmentCount assignments(limit: 50) { reference position municipalityName fit moved outcome { text } } fill { municipalityCode persons } } }', { id: runId }, officer);
            const published = await call('officer: publishRun', 'mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id: runId }, officer);
            if (published) {
              rounds.published += 1;
              rounds.proposals += published.publishRun.proposals;
            }
          }
        }
        const review = await call('officer: proposalsAwaitingReview', 'query { proposalsAwaitingReview(limit: 20) { total items { reason proposal { id status } } } }', {}, officer);
        for (const item of (review?.proposalsAwaitingReview?.items ?? []).filter((x: { proposal: { status: string } }) => x.proposal.status === 'CONTESTED')) {
          const reviewed = await call('officer: reviewContest', 'mutation($id: ID!, $input: ContestReviewInput!) { reviewContest(proposalId: $id, input: $input) { id } }', {
            id: item.proposal.id,
            input: { uphold: false, note: 'The hospital can be reached from this municipality by train within an hour.' },
          }, officer, true);
          if (reviewed) rounds.contestsReviewed += 1;
        }
        await sleep(10_000);
      }
    };

    await Promise.all([
      sampler,
      placementOfficer(),
      ...newcomerTokens.map((token, i) => newcomer(token, i)),
      ...municipalityTokens.map((token, i) => municipality(token, i)),
    ]);

    const warmupMs = o.warmup * 60_000;
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const window = (fromMs: number, toMs: number) => samples.filter((s) => s.at >= fromMs && s.at <= toMs).map((s) => s.rss);
    const afterWarmup = mean(window(warmupMs - 60_000, warmupMs));
    const atEnd = mean(window(o.minutes * 60_000 - 60_000, o.minutes * 60_000));
    const later = samples.filter((s) => s.at >= warmupMs).map((s) => s.rss);

    const ms = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(1));
    console.log(`\ndatabase: ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite (a data folder)'}; ${o.minutes} min of traffic; machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log('| operation | requests | errors | expected refusals | p50 ms | p99 ms | max ms |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const [name, t] of [...tallies].filter(([name]) => name !== 'set-up')) {
      const sorted = [...t.latencies].sort((a, b) => a - b);
      console.log(`| ${name} | ${t.requests} | ${t.errors} | ${t.refusals} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 99))} | ${ms(sorted.at(-1) ?? NaN)} |`);
    }
    console.log(`\nofficer: ${rounds.runs} runs, ${rounds.published} rounds published with ${rounds.proposals} proposals, ${rounds.contestsReviewed} contests reviewed; municipalities raised their capacity ${capacityRaised} times`);
    console.log(`service RSS: ${ms(afterWarmup)} MB after warm-up (mean of the minute before minute ${o.warmup}), ${ms(atEnd)} MB at the end (mean of the last minute): ${ms(((atEnd - afterWarmup) / afterWarmup) * 100)} % (target: within 10 %); after warm-up min ${ms(Math.min(...later))}, max ${ms(Math.max(...later))} MB`);
    const minutes = Array.from({ length: Math.ceil(o.minutes) }, (_, m) => Math.round(mean(window(m * 60_000, (m + 1) * 60_000))));
    console.log(`RSS, mean of each minute (MB): ${minutes.join(', ')}`);
    const requestErrors = [...tallies.values()].reduce((sum, t) => sum + t.errors, 0);
    console.log(`errors: ${requestErrors} in answers, ${logErrors} log lines at level error or above (target: none)`);
    for (const [name, t] of tallies) for (const sample of t.samples) console.log(`  ${name}: ${sample}`);
    for (const sample of logSamples) console.log(`  log: ${sample}`);
  } finally {
    child.kill('SIGTERM');
    const code = await exited;
    log.end();
    console.log(`service stopped (exit ${code})`);
    await database.dispose();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
