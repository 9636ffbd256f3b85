import { defaultLimits, type AppConfig } from '#api/config/app-config.js';
import { errorCode, startTestApp, startTestAppSignedIn, type TestApp } from './support/test-app.js';
import { postRaw } from './support/auth-helpers.js';

/*
 * Issue 14 (tester, medium-high): a signed-in newcomer sent 12 aliases of
 * `municipalities { profile { whatToExpect whatToExpectTranslations { text } } }` (cost ~53,000, under the signed-in
 * budget of 200,000 per operation) and got 7.2 MB in 5.5 s, again and again. Now a signed-in caller's operations are
 * priced by its role (`accountBudgets`: per operation and per account per minute, counted in the shared rate limiters),
 * and a long free text costs by its size bound (TEXT_SIZES). Small budgets here so each rule is reached cheaply.
 */
const SMALL = { perOperation: 20, perMinute: 60 };
const LIMITS: AppConfig['limits'] = {
  ...defaultLimits(),
  accountBudgets: { ...defaultLimits().accountBudgets, newcomer: SMALL, municipality: SMALL },
};

/** municipality 1 + profile 1 + translations (1 + 7 × locale 1) = 10 points: no long text in it. */
const TEN = '{ municipality(code: "GM0363") { profile { whatToExpectTranslations { locale } } } }';

describe('query budget of a signed-in account (by role, per minute, texts by size)', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => ({ t, token: officer } = await startTestAppSignedIn('officer@demo.local', { limits: LIMITS })), 120_000);
  afterAll(() => t?.close());

  it('prices a long free text by its size bound: a translation’s text costs 6 where its language costs 1', async () => {
    const newcomer2 = await t.login('newcomer2@demo.local');
    expect((await t.gql(TEN, {}, newcomer2)).errors).toBeUndefined();
    // 1 + 1 + (1 + 7 × 6) = 45 > 20: refused before anything is resolved (it cost 10 before texts had a size)
    const texts = await t.gql('{ municipality(code: "GM0363") { profile { whatToExpectTranslations { text } } } }', {}, newcomer2);
    expect(errorCode(texts)).toBe('BAD_USER_INPUT');
    expect(texts.errors?.[0].message).toMatch(/^Query too complex: cost 45 exceeds 20;/);
    expect((await t.gql('{ municipality(code: "GM0363") { profile { whatToExpectTranslations { text } } } }', {}, officer)).errors).toBeUndefined();
  });

  it('gives each role its own budget per operation: a newcomer may not list every municipality in one operation, an officer may', async () => {
    const newcomer2 = await t.login('newcomer2@demo.local');
    const list = '{ municipalities { code } }'; // 1 + 400 × 1
    const refused = await t.gql(list, {}, newcomer2);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/^Query too complex: cost 401 exceeds 20;/);
    expect((await t.gql(list, {}, officer)).data?.municipalities.length).toBeGreaterThan(300);
  });

  it('tells a caller whose role may not call an operation FORBIDDEN, however much the operation would cost', async () => {
    const newcomer2 = await t.login('newcomer2@demo.local');
    // officers only, about 1 + 50 × 30: over the newcomer's 20 per operation (it was refused as too complex)
    const officersOnly = '{ households(limit: 50) { items { id reference members { fullName languages { language cefr } } } } }';
    const refused = await t.gql(officersOnly, {}, newcomer2);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
    // what the newcomer may call is still priced: the same with a query of its own beside it is too complex
    const mixed = await t.gql(`{ a: municipalities { code } ${officersOnly.slice(1, -1)} }`, {}, newcomer2);
    expect(errorCode(mixed)).toBe('BAD_USER_INPUT');
    expect(mixed.errors?.[0].message).toMatch(/^Query too complex: cost 401 exceeds 20;/);
    // the officer is priced as before: its budget here is the default, and the list is within it
    expect((await t.gql(officersOnly, {}, officer)).errors).toBeUndefined();
  });

  it('stops an account that spent its budget for the minute (RATE_LIMITED, HTTP 429); other accounts go on', async () => {
    const newcomer = await t.login('newcomer@demo.local');
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 8; i += 1) codes.push(errorCode(await t.gql(TEN, {}, newcomer)));
    // 60 points a minute: six requests (60) pass, the seventh (70) is refused, and so is the next
    expect(codes).toEqual([...Array<undefined>(6).fill(undefined), 'RATE_LIMITED', 'RATE_LIMITED']);
    const raw = await postRaw(t, JSON.stringify({ query: TEN }), newcomer);
    expect(raw.status).toBe(429);
    expect(raw.json.errors[0].message).toMatch(/wait a minute/);
    // by account, not by address: another newcomer and the officer from the same address are served
    expect((await t.gql(TEN, {}, await t.login('newcomer2@demo.local'))).errors).toBeUndefined();
    expect((await t.gql(TEN, {}, officer)).errors).toBeUndefined();
  });

  // Two API processes on one PostgreSQL database spend from the same counters (table rate_limit_points); the embedded
  // database is one process by design, so there is no second process to share with.
  (process.env.DATABASE_URL ? it : it.skip)('counts one account’s budget across two API processes on the same PostgreSQL database', async () => {
    const second = await startTestApp({ limits: LIMITS }, { sharing: t });
    try {
      const municipality = await t.login('amsterdam@demo.local'); // a token of the first is valid on the second (same secret)
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 3; i += 1) codes.push(errorCode(await t.gql(TEN, {}, municipality)));
      for (let i = 0; i < 4; i += 1) codes.push(errorCode(await second.gql(TEN, {}, municipality)));
      // 30 points on the first, then 40, 50, 60 and 70 on the second: counted per process, the second would allow all four
      expect(codes).toEqual([...Array<undefined>(6).fill(undefined), 'RATE_LIMITED']);
      expect(errorCode(await t.gql(TEN, {}, municipality))).toBe('RATE_LIMITED');
    } finally {
      await second.close();
    }
  }, 120_000);
});
