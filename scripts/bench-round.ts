/**
 * Times a full matching round through the GraphQL API, as an officer would run it: seed, create the round,
 * run it (in the worker thread), read the review, publish. Prints a table; asserts nothing.
 *
 *   npm run bench:round                      # seeded cohort (2,000) and a national-size cohort (10,000)
 *   npm run bench:round -- --sizes 2000      # chosen sizes
 * Uses an in-memory embedded database per size, or DATABASE_URL (a fresh schema per size).
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '#api/app.module.js';
import { configureApp } from '#api/configure-app.js';
import { DEFAULT_RUN_GRACE_SECONDS, defaultLimits, type AppConfig } from '#api/config/app-config.js';
import { periodOf } from '#api/common/period.js';
import { createTestDatabase } from '#persistence/testing/test-database.js';
import { DEMO_PASSWORD } from '#seed/demo-accounts.js';

interface Row {
  households: number;
  seedMs: number;
  createMs: number;
  runMs: number;
  solveMs: number | null;
  reviewMs: number;
  publishMs: number;
  placed: string;
  gap: string;
  rssMb: number;
  pollMaxMs: number;
}

async function benchOne(households: number): Promise<Row> {
  const database = await createTestDatabase();
  const t0 = performance.now();
  // One configuration for the module and the HTTP layer: larger queries and bodies than the defaults (the review page).
  const config: AppConfig = {
    port: 0,
    database: database.config,
    seed: true,
    seedHouseholds: households,
    introspection: false,
    production: false,
    auth: { jwtSecret: 'bench', tokenTtlSeconds: 3600, loginAttemptsPerMinute: 1000 },
    runs: { graceSeconds: DEFAULT_RUN_GRACE_SECONDS },
    limits: { ...defaultLimits(), maxQueryComplexity: 1_000_000, maxBodyBytes: 1 << 20 },
  };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const seedMs = performance.now() - t0;
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return body.data;
  };
  try {
    const token = (await gql('mutation($p: String!) { login(email: "officer@demo.local", password: $p) { token } }', { p: DEMO_PASSWORD })).login.token;
    let t = performance.now();
    const round = (await gql(`mutation { createRound(input: { name: "bench", period: "${periodOf(new Date())}", policy: { timeLimitSeconds: 60 } }) { id householdCount } }`, {}, token)).createRound;
    const createMs = performance.now() - t;
    t = performance.now();
    const runId = (await gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: round.id }, token)).runRound.id;
    // While the run works, the API must keep answering: the slowest poll shows it.
    let pollMaxMs = 0;
    let run: any;
    for (;;) {
      const p = performance.now();
      run = (await gql('query($id: ID!) { run(id: $id) { status message gap timings { solveMs } figures { householdsPlaced householdsTotal } } }', { id: runId }, token)).run;
      pollMaxMs = Math.max(pollMaxMs, performance.now() - p);
      if (run.status === 'succeeded' || run.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const runMs = performance.now() - t;
    if (run.status !== 'succeeded') throw new Error(`run failed: ${run.message}`);
    t = performance.now();
    await gql('query($id: ID!) { run(id: $id) { assignments(limit: 200) { householdId municipalityCode fit criteria { criterion score } alternatives { municipalityCode verdict { code } } } fill { municipalityCode persons } } }', { id: runId }, token);
    const reviewMs = performance.now() - t;
    t = performance.now();
    await gql('mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id: runId }, token);
    const publishMs = performance.now() - t;
    return {
      households,
      seedMs,
      createMs,
      runMs,
      solveMs: run.timings?.solveMs ?? null,
      reviewMs,
      publishMs,
      placed: `${run.figures.householdsPlaced}/${run.figures.householdsTotal}`,
      gap: run.gap === null ? '–' : `${(run.gap * 100).toFixed(2)} %`,
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      pollMaxMs,
    };
  } finally {
    await app.close();
    await database.dispose();
  }
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf('--sizes');
  const sizes = flag > 0 ? process.argv[flag + 1].split(',').map(Number) : [2000, 10000];
  const rows: Row[] = [];
  for (const size of sizes) rows.push(await benchOne(size));
  const s = (ms: number | null) => (ms === null ? '–' : (ms / 1000).toFixed(2));
  console.log(`database: ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite (in memory)'}`);
  console.log('| households | seed+start s | create round s | run s (solve s) | review page s | publish s | placed | gap | slowest poll during run ms | RSS MB |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(`| ${r.households} | ${s(r.seedMs)} | ${s(r.createMs)} | ${s(r.runMs)} (${s(r.solveMs)}) | ${s(r.reviewMs)} | ${s(r.publishMs)} | ${r.placed} | ${r.gap} | ${Math.round(r.pollMaxMs)} | ${r.rssMb} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
