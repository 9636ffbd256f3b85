/**
 * Signed-in amplification (issue 14, tester): a newcomer sent 12 aliases of
 * `municipalities { profile { whatToExpect whatToExpectTranslations { text } } }` and got 7.2 MB in 5.5 s; four at once
 * pushed another request to 22.9 s.
 *
 * Signs in as the demo newcomer and measures, on one API process:
 * 1. the attack once: time, bytes of the answer, its error code if refused;
 * 2. a probe (`{ me { role } }` as the officer) alone, 20 times: p50 and max;
 * 3. four attacks at once and the probe sent while they run: the probe's latency and the attacks' total time and bytes.
 * `--budgets off` gives every role a budget nothing reaches (what the query costs to execute: the profile reads and
 * the answer); `--budgets default` (the default) uses the shipped budgets (what a newcomer gets today).
 * The profiles are the seeded ones; `--text N` replaces every profile's Dutch original and its three translations by
 * texts of N characters first (longer real profiles). Prints a table; asserts nothing.
 *
 *   npm run bench:amplification                         # shipped budgets
 *   npm run bench:amplification -- --budgets off        # execution cost only
 *   npm run bench:amplification -- --aliases 4          # the most a newcomer's budget per operation lets through
 * Uses an in-memory embedded database, or DATABASE_URL (a fresh schema).
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from '#api/app.module.js';
import { configureApp } from '#api/configure-app.js';
import { benchmarkAccountBudgets, DEFAULT_RUN_GRACE_SECONDS, defaultLimits, type AppConfig } from '#api/config/app-config.js';
import { createTestDatabase } from '#persistence/testing/test-database.js';
import { DEMO_PASSWORD } from '#seed/demo-accounts.js';

function option(name: string, fallback: string): string {
  const flag = process.argv.indexOf(`--${name}`);
  return flag > 0 ? process.argv[flag + 1] : fallback;
}

const ALIASES = Number(option('aliases', '12'));
const ATTACK = `{ ${Array.from({ length: ALIASES }, (_, i) => `m${i}: municipalities { profile { whatToExpect whatToExpectTranslations { text } } }`).join(' ')} }`;

interface Answer {
  readonly ms: number;
  readonly bytes: number;
  readonly status: number;
  readonly code?: string;
  readonly message?: string;
}

async function main(): Promise<void> {
  const budgets = option('budgets', 'default');
  const textLength = Number(option('text', '0'));
  const database = await createTestDatabase();
  const limits = defaultLimits();
  const config: AppConfig = {
    port: 0,
    database: database.config,
    seed: true,
    seedHouseholds: 200,
    introspection: false,
    production: false,
    auth: { jwtSecret: 'bench', tokenTtlSeconds: 3600, loginAttemptsPerMinute: 1000 },
    runs: { graceSeconds: DEFAULT_RUN_GRACE_SECONDS },
    limits: budgets === 'off' ? { ...limits, maxQueryComplexity: 10_000_000, accountBudgets: benchmarkAccountBudgets(10_000_000) } : limits,
  };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  configureApp(app, config);
  // answers can take seconds: keep idle connections open meanwhile (else a reused one is closed under the client)
  app.getHttpServer().keepAliveTimeout = 600_000;
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
  const post = async (query: string, token?: string): Promise<Answer> => {
    const start = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    const ms = performance.now() - start;
    let error: { message?: string; extensions?: { code?: string } } | undefined;
    try {
      error = (JSON.parse(text) as { errors?: { message?: string; extensions?: { code?: string } }[] }).errors?.[0];
    } catch {
      error = { message: 'not JSON', extensions: { code: 'NOT_JSON' } };
    }
    return { ms, bytes: Buffer.byteLength(text), status: response.status, code: error?.extensions?.code, message: error?.message };
  };
  const login = async (email: string): Promise<string> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: DEMO_PASSWORD } }),
    });
    const token = ((await response.json()) as { data?: { login?: { token?: string } } }).data?.login?.token;
    if (!token) throw new Error(`cannot sign in as ${email}`);
    return token;
  };
  try {
    if (textLength > 0) {
      const text = 'Wat u kunt verwachten. '.repeat(Math.ceil(textLength / 23)).slice(0, textLength);
      const translations = JSON.stringify({ en: text, ar: text, uk: text });
      await app.get(DataSource).query(`UPDATE municipality_profile SET what_to_expect = $1, translations = jsonb_set(translations, '{data,whatToExpect}', $2::jsonb)`, [text, translations]);
    }
    const profiles = (await app.get(DataSource).query(`SELECT count(DISTINCT municipality_code)::int AS n FROM municipality_profile`)) as { n: number }[];
    const newcomer = await login('newcomer@demo.local');
    const officer = await login('officer@demo.local');
    const probe = () => post('{ me { role } }', officer);
    for (let i = 0; i < 5; i += 1) await probe(); // warm-up

    const once = await post(ATTACK, newcomer);
    const alone: number[] = [];
    for (let i = 0; i < 20; i += 1) alone.push((await probe()).ms);
    alone.sort((a, b) => a - b);

    // four at once (a second newcomer account too, so a per-account budget alone does not decide it), and a probe
    const newcomer2 = await login('newcomer2@demo.local');
    const started = performance.now();
    const attacks = [newcomer, newcomer2, newcomer, newcomer2].map((token) => post(ATTACK, token));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const probed = await probe();
    const answers = await Promise.all(attacks);
    const parallelMs = performance.now() - started;

    const f = (n: number) => n.toFixed(0);
    console.log(`budgets: ${budgets}; database: ${config.database.url ? 'PostgreSQL' : 'embedded'}; ${ALIASES} aliases; ${profiles[0].n} municipalities with a profile; texts ${textLength > 0 ? `${textLength} characters × 4 languages` : 'as seeded'}`);
    console.log(`attack once:      ${f(once.ms)} ms, ${(once.bytes / 1e6).toFixed(2)} MB, HTTP ${once.status}${once.code ? ` ${once.code}: ${once.message}` : ''}`);
    console.log(`probe alone:      p50 ${alone[10].toFixed(1)} ms, max ${alone[19].toFixed(1)} ms`);
    console.log(`4 attacks + probe: probe ${f(probed.ms)} ms; attacks done after ${f(parallelMs)} ms, ${(answers.reduce((s, a) => s + a.bytes, 0) / 1e6).toFixed(2)} MB, codes ${answers.map((a) => a.code ?? 'ok').join(' ')}`);
  } finally {
    await app.close();
    await database.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
