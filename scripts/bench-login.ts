/**
 * Do sign-ins slow everyone else down? Issue 14: at 7 logins/s other requests stalled up to 6.5 s while bcryptjs hashed
 * on the event loop; the target is that logins do not move other requests' p99 by more than 20 ms.
 *
 * Fires a cheap signed-in query (`{ me { role } }`: the access guard's account read and a small answer) at a steady
 * rate, first alone and then while sign-ins arrive at a steady rate (default 7/s, rotating over the demo accounts),
 * and prints p50/p99/max of the query in both phases, the change of its p99, and the sign-ins' own latency.
 * Open loop: each request has a planned start time and its latency counts from then, so time a request spent waiting
 * for a blocked event loop to send it counts too (client and server share one process, as in bench-round.ts).
 * Prints a table; asserts nothing.
 *
 *   npm run bench:login                                          # 30 s per phase, 7 logins/s, 10 queries/s
 *   npm run bench:login -- --seconds 20 --logins 7 --queries 10
 * Uses an in-memory embedded database, or DATABASE_URL (a fresh schema). The thread pool that hashes is libuv's
 * (`UV_THREADPOOL_SIZE`, default 4).
 */
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '#seed/demo-accounts.js';
import { numberOption as option, percentile, startBenchApp } from './bench-app.js';

interface Options {
  /** Length of each measured phase, seconds. */
  readonly seconds: number;
  /** Sign-ins per second in the loaded phase. */
  readonly logins: number;
  /** Cheap queries per second in both phases. */
  readonly queries: number;
}

interface Latencies {
  readonly count: number;
  readonly errors: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

function summarise(latencies: readonly number[], errors: number): Latencies {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { count: sorted.length, errors, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
}

const sleepUntil = (t: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, t - performance.now())));

/**
 * Calls `send` `perSecond` times a second for `seconds`, each at its planned time; resolves with every latency in ms
 * (from the planned time to the answer) and the number of failed calls, once all have answered.
 */
async function openLoop(perSecond: number, seconds: number, send: (i: number) => Promise<boolean>): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  const total = Math.round(perSecond * seconds);
  for (let i = 0; i < total; i += 1) {
    const planned = start + (i * 1000) / perSecond;
    await sleepUntil(planned);
    pending.push(
      send(i).then(
        (ok) => {
          latencies.push(performance.now() - planned);
          if (!ok) errors += 1;
        },
        () => {
          errors += 1;
        },
      ),
    );
  }
  await Promise.all(pending);
  return { latencies, errors };
}

async function main(): Promise<void> {
  const options: Options = { seconds: option('seconds', 30), logins: option('logins', 7), queries: option('queries', 10) };
  // sign-ins are what is measured: no login rate limit
  const bench = await startBenchApp({ seedHouseholds: 200, auth: { loginAttemptsPerMinute: 1_000_000 } });
  const post = bench.post;
  const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
  const login = async (email: string) => (await post(LOGIN, { e: email, p: DEMO_PASSWORD })).data?.login?.token as string | undefined;
  try {
    const emails = DEMO_ACCOUNTS.map((a) => a.email);
    // the first sign-in of each demo account replaces an old hash if there is one; do it before measuring
    for (const email of emails) if (!(await login(email))) throw new Error(`cannot sign in as ${email}`);
    const token = (await login('officer@demo.local'))!;
    const cheap = async () => !(await post('{ me { role } }', {}, token)).errors;
    await openLoop(options.queries, 2, cheap); // warm-up

    const alone = await openLoop(options.queries, options.seconds, cheap);
    const [loaded, logins] = await Promise.all([
      openLoop(options.queries, options.seconds, cheap),
      openLoop(options.logins, options.seconds, async (i) => (await login(emails[i % emails.length])) !== undefined),
    ]);

    // control: as many extra requests as sign-ins, but cheap ones, to tell "more requests" from "hashing"
    const [controlled, extra] = await Promise.all([openLoop(options.queries, options.seconds, cheap), openLoop(options.logins, options.seconds, cheap)]);

    const a = summarise(alone.latencies, alone.errors);
    const b = summarise(loaded.latencies, loaded.errors);
    const l = summarise(logins.latencies, logins.errors);
    const c = summarise(controlled.latencies, controlled.errors);
    const x = summarise(extra.latencies, extra.errors);
    const ms = (x: number) => x.toFixed(1);
    console.log(`database: ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite (in memory)'}; ${options.seconds} s per phase; UV_THREADPOOL_SIZE ${process.env.UV_THREADPOOL_SIZE ?? '4 (default)'}`);
    console.log('| requests | rate /s | count | errors | p50 ms | p99 ms | max ms |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    console.log(`| me, alone | ${options.queries} | ${a.count} | ${a.errors} | ${ms(a.p50)} | ${ms(a.p99)} | ${ms(a.max)} |`);
    console.log(`| me, during sign-ins | ${options.queries} | ${b.count} | ${b.errors} | ${ms(b.p50)} | ${ms(b.p99)} | ${ms(b.max)} |`);
    console.log(`| login | ${options.logins} | ${l.count} | ${l.errors} | ${ms(l.p50)} | ${ms(l.p99)} | ${ms(l.max)} |`);
    console.log(`| me, during as many extra me (control) | ${options.queries} | ${c.count} | ${c.errors} | ${ms(c.p50)} | ${ms(c.p99)} | ${ms(c.max)} |`);
    console.log(`| extra me (control) | ${options.logins} | ${x.count} | ${x.errors} | ${ms(x.p50)} | ${ms(x.p99)} | ${ms(x.max)} |`);
    console.log(`\nsign-ins moved the cheap query's p99 by ${ms(b.p99 - a.p99)} ms (target: at most 20 ms); as many cheap requests moved it by ${ms(c.p99 - a.p99)} ms`);
  } finally {
    await bench.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
