/**
 * The officer's review of a run (issue 11), over GraphQL: every assignment carries the household's case reference,
 * its queue position and the municipalities' names; every reason, verdict and the outcome has the officer's text in
 * Dutch or English beside its code and parameters; the filters (placed, unplaced, moved since the comparison run,
 * with a hard tie, with an override, one municipality) and the sorts (queue order, fit) work on the server and
 * agree with the unfiltered list; every fit is on 0–1 with the placement value apart; and every officer text reads
 * well (`unreadableAll`) in nl and en.
 */
import { jest } from '@jest/globals';
import { SUPPORTED_LOCALES, type Locale } from '#matching/messages/index.js';
import { RoundsService } from '#api/rounds/rounds.service.js';
import { RunRepository } from '#persistence/repositories/run.repository.js';
import { startTestApp, errorCode, type TestApp } from './support/test-app.js';
import { newHousehold, newNewcomerSession, newRound, required, runToEnd } from './support/factories.js';
import { unreadableAll } from './support/readable.js';

const CODES = ['GM0363', 'GM0344', 'GM0355', 'GM0014', 'GM0935', 'GM0599', 'GM0518', 'GM0034'];
const UTRECHT = 'GM0344';
const REASON = 'code params text locale';
const FIELDS = `householdId reference position municipalityCode municipalityName fit linkedHouseholds placementValue rank options fitting moved previousMunicipalityCode
  outcome { ${REASON} }
  criteria { criterion score weight reasons { ${REASON} } }
  alternatives { municipalityCode municipalityName fit placementValue rank verdict { ${REASON} } }
  preferred { municipalityCode municipalityName kind verdict { ${REASON} } filterReasons { ${REASON} } }
  unplaced { code text locale missing } othersFirst { code text locale missing } explanation`;
const LIST = `query($run: ID!, $locale: String, $placed: Boolean, $moved: Boolean, $hardTie: Boolean, $override: Boolean, $m: String, $sort: AssignmentSort, $offset: Int, $limit: Int) {
  run(id: $run) {
    comparedWithRunId
    assignmentCount(placed: $placed, moved: $moved, hardTie: $hardTie, override: $override, municipalityCode: $m)
    assignments(locale: $locale, placed: $placed, moved: $moved, hardTie: $hardTie, override: $override, municipalityCode: $m, sort: $sort, offset: $offset, limit: $limit) { ${FIELDS} } } }`;

/* eslint-disable @typescript-eslint/no-explicit-any */
type Row = any;

describe('the officer’s review of a run', () => {
  let t: TestApp;
  let officer: string;
  let firstRun: string;
  let secondRun: string;
  let pinned: { householdId: string; municipalityCode: string };
  let forbidden: { householdId: string; municipalityCode: string };
  let tied: string;
  const gql = (query: string, variables: Record<string, unknown>) => t.gql(query, variables, officer);
  /** Every assignment the filter keeps, with every field, paged 60 at a time (a page's cost stays under the query limit). */
  const list = async (runId: string, variables: Record<string, unknown> = {}): Promise<{ rows: Row[]; count: number; comparedWithRunId: string | null }> => {
    const rows: Row[] = [];
    for (let offset = 0; ; offset += 60) {
      const run = required(await gql(LIST, { run: runId, offset, limit: 60, ...variables }), 'run');
      rows.push(...run.assignments);
      if (run.assignments.length < 60 || 'limit' in variables) return { rows, count: run.assignmentCount, comparedWithRunId: run.comparedWithRunId };
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.login('officer@demo.local');
    const year = new Date().getUTCFullYear();
    tied = (await newHousehold(t, officer, {
      input: { members: [{ fullName: 'Tied Developer', birthYear: year - 28, role: 'APPLICANT', professions: ['2512'] }], ties: [{ kind: 'JOB_CONTRACT', municipalityCode: UTRECHT, description: 'Contract', verificationNote: 'Signed contract seen' }] },
    })).id;
    const round = await newRound(t, officer, { municipalityCodes: CODES });
    // Little room: many households wait; no home for 5 or more people anywhere.
    for (const code of CODES) {
      required(await gql('mutation($r: ID!, $m: String!, $input: RoundCapacityInput!) { setRoundCapacity(roundId: $r, municipalityCode: $m, input: $input) { municipalityCode } }',
        { r: round.id, m: code, input: { persons: 14, homes1to2: 3, homes3to4: 2, homes5plus: 0 } }), 'setRoundCapacity');
    }
    const first = await runToEnd(t, officer, round.id);
    expect(first.status).toBe('SUCCEEDED');
    firstRun = first.id;
    const placed = (await list(firstRun, { placed: true })).rows;
    pinned = { householdId: placed[0].householdId, municipalityCode: placed[0].alternatives[0].municipalityCode };
    forbidden = { householdId: placed[1].householdId, municipalityCode: placed[1].municipalityCode };
    required(await gql('mutation($r: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }', { r: round.id, h: pinned.householdId, m: pinned.municipalityCode }), 'pinHousehold');
    required(await gql('mutation($r: ID!, $h: ID!, $m: String!) { forbidPair(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }', { r: round.id, h: forbidden.householdId, m: forbidden.municipalityCode }), 'forbidPair');
    const second = await runToEnd(t, officer, round.id);
    expect(second.status).toBe('SUCCEEDED');
    secondRun = second.id;
  }, 300_000);
  afterAll(() => t?.close());

  it('gives every household with its reference, queue position and names, in queue order, with fits on 0–1 and the placement value apart', async () => {
    const { rows, count, comparedWithRunId } = await list(secondRun);
    expect(comparedWithRunId).toBe(firstRun);
    expect(rows.length).toBe(count);
    expect(count).toBeGreaterThan(100);
    expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i + 1));
    const municipalities = new Map<string, string>((required(await gql('query { municipalities { code name } }', {}), 'municipalities') as { code: string; name: string }[]).map((m) => [m.code, m.name]));
    for (const r of rows) {
      expect(r.reference).toMatch(/^HH-\d+$/);
      expect(r.municipalityName).toBe(r.municipalityCode ? municipalities.get(r.municipalityCode) : null);
      for (const a of r.alternatives) expect(a.municipalityName).toBe(municipalities.get(a.municipalityCode));
      const fits = [r.fit, r.outcome.params.fit, ...r.alternatives.flatMap((a: Row) => [a.fit, a.verdict.params.fit, a.verdict.params.outcomeFit])].filter((f) => f !== null && f !== undefined);
      for (const f of fits) { expect(f).toBeGreaterThanOrEqual(0); expect(f).toBeLessThanOrEqual(1); }
      if (r.municipalityCode) {
        expect(r.placementValue).toBe(r.outcome.params.value);
        expect(r.placementValue).toBeGreaterThanOrEqual(r.fit);
        expect(r.outcome.code).toBe('explain.placed');
        // the rank is among the municipalities that fit, which the solver's options are a part of
        if (r.outcome.params.fits) expect(r.rank).toBeLessThanOrEqual(r.fitting);
      } else {
        expect(r.outcome.code).toBe('explain.unplaced');
        expect(r.placementValue).toBeNull();
      }
      expect(r.fitting).toBe(r.outcome.params.fitting);
      expect(r.fitting).toBeLessThanOrEqual(CODES.length);
      if (r.householdId !== pinned.householdId) expect(r.options).toBeLessThanOrEqual(r.fitting);
    }
  });

  it('filters on the server: each filter and its opposite add up to the whole list, and agree with what the rows say', async () => {
    const all = (await list(secondRun)).rows;
    const ids = (rows: Row[]) => rows.map((r) => r.householdId).sort();
    const check = async (variables: Record<string, unknown>, expected: Row[]) => {
      const { rows, count } = await list(secondRun, variables);
      expect({ variables, ids: ids(rows), count }).toEqual({ variables, ids: ids(expected), count: expected.length });
      // still in queue order
      expect(rows.map((r) => r.position)).toEqual([...rows.map((r) => r.position)].sort((a, b) => a - b));
      return rows;
    };
    const unplaced = await check({ placed: false }, all.filter((r) => r.municipalityCode === null));
    await check({ placed: true }, all.filter((r) => r.municipalityCode !== null));
    // the unplaced households in one request (up to 500 a page), with what an officer needs to find them
    expect(unplaced.length).toBeGreaterThan(20);
    const lean = required(await gql('query($run: ID!) { run(id: $run) { assignmentCount(placed: false) assignments(placed: false, limit: 500) { householdId reference position } } }', { run: secondRun }), 'run');
    expect(lean.assignments.map((r: Row) => r.householdId)).toEqual(unplaced.map((r) => r.householdId));
    expect(lean.assignmentCount).toBe(unplaced.length);
    const moved = await check({ moved: true }, all.filter((r) => r.moved === true));
    await check({ moved: false }, all.filter((r) => r.moved === false));
    expect(moved.map((r) => r.householdId)).toContain(pinned.householdId);
    for (const r of all) expect(r.moved).toBe(r.municipalityCode !== r.previousMunicipalityCode);
    const hard = (r: Row) => r.explanation.preferred.some((p: Row) => p.hard && p.household === r.householdId);
    const withTie = await check({ hardTie: true }, all.filter(hard));
    await check({ hardTie: false }, all.filter((r) => !hard(r)));
    expect(withTie.map((r) => r.householdId)).toContain(tied);
    await check({ override: true }, all.filter((r) => [pinned.householdId, forbidden.householdId].includes(r.householdId)));
    await check({ override: false }, all.filter((r) => ![pinned.householdId, forbidden.householdId].includes(r.householdId)));
    const busiest = all.find((r) => r.municipalityCode)!.municipalityCode;
    await check({ m: busiest }, all.filter((r) => r.municipalityCode === busiest));
    await check({ placed: false, hardTie: true }, all.filter((r) => r.municipalityCode === null && hard(r)));
    // pages are slices of the same order
    const page = (await list(secondRun, { offset: 50, limit: 25 })).rows;
    expect(page.map((r) => r.householdId)).toEqual(all.slice(50, 75).map((r) => r.householdId));
  });

  it('sorts by fit (highest first, unplaced last) on request', async () => {
    const all = (await list(secondRun)).rows;
    const byFit = (await list(secondRun, { sort: 'FIT' })).rows;
    expect(byFit.map((r) => r.householdId).sort()).toEqual(all.map((r) => r.householdId).sort());
    const fits = byFit.map((r) => r.fit ?? -1);
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
    expect(byFit.at(-1).municipalityCode).toBeNull();
  });

  it('keeps what it reads of a finished run for the next pages, and answers them as it would read afresh', async () => {
    const service = t.app.get(RoundsService);
    const reads = jest.spyOn(t.app.get(RunRepository), 'placementsWithFit');
    try {
      const filters = [{}, { placed: true }, { moved: true }, { hardTie: true }, { sort: 'FIT' }, { m: UTRECHT }];
      const kept = [];
      for (const filter of filters) kept.push(await list(secondRun, filter));
      // the first page may read the run (or find it kept by an earlier test); the other pages never do
      const keptReads = reads.mock.calls.length;
      expect(keptReads).toBeLessThanOrEqual(1);
      service.reviewCacheEnabled = false;
      const fresh = [];
      for (const filter of filters) fresh.push(await list(secondRun, filter));
      // read afresh: at least once per list (its count and its rows each read the run)
      expect(reads.mock.calls.length - keptReads).toBeGreaterThanOrEqual(filters.length);
      expect(kept).toEqual(fresh);
    } finally {
      service.reviewCacheEnabled = true;
      reads.mockRestore();
    }
  });

  it('refuses "moved" for a run without an earlier run to compare with, naming the argument', async () => {
    const first = await list(firstRun);
    expect(first.comparedWithRunId).toBeNull();
    expect(first.rows.every((r) => r.moved === null)).toBe(true);
    const response = await gql(LIST, { run: firstRun, moved: true, limit: 10 });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.errors)).toContain('moved');
  });

  it.each(['nl', 'en'] as const)('every officer text reads well in %s: no code, placeholder, bare code or English in Dutch', async (locale: Locale) => {
    const { rows } = await list(secondRun, { locale });
    const statements: Row[] = rows.flatMap((r) => [
      r.outcome, ...r.criteria.flatMap((c: Row) => c.reasons), ...r.alternatives.map((a: Row) => a.verdict), ...r.preferred.flatMap((p: Row) => [p.verdict, ...p.filterReasons]), ...r.unplaced, ...r.othersFirst,
    ]);
    expect(statements.length).toBeGreaterThan(500);
    expect(statements.filter((s) => s.locale !== locale || s.missing)).toEqual([]);
    const codes = new Set(statements.map((s) => s.code.replace(/\.officer$/, '')));
    for (const c of ['explain.placed', 'explain.unplaced', 'explain.alt_capacity', 'explain.alt_not_higher', 'explain.preferred_filtered']) expect(codes).toContain(c);
    expect([...codes].some((c) => c.startsWith('filter.'))).toBe(true);
    // names: municipalities, ISCO titles in the reasons, case references
    const municipalities = (required(await gql('query { municipalities(filter: { includeRetired: true }) { name } }', {}), 'municipalities') as { name: string }[]).map((m) => m.name);
    const isco = [...new Set(statements.flatMap((s) => (s.params && (s.code.startsWith('labour.') || s.code.startsWith('priorities.')) ? [s.params.isco, s.params.listed].filter(Boolean) : [])))];
    const titles = (await Promise.all(isco.map(async (code) => {
      const o = required(await gql('query($c: String!) { occupation(code: $c) { titleNl titleEn } }', { c: code }), 'occupation');
      return [o.titleNl, o.titleEn].filter(Boolean) as string[];
    }))).flat();
    expect(unreadableAll(statements.map((s) => s.text), locale, { names: [...municipalities, ...titles, ...rows.map((r) => r.reference)] })).toEqual([]);
    // the outcome counts the municipalities that fit, and says so in words
    const placed = rows.find((r) => r.municipalityCode && r.outcome.params.fits && r.fitting !== r.options);
    if (placed) expect(placed.outcome.text).toContain(locale === 'nl' ? `van de ${placed.fitting} gemeenten die in deze ronde` : `of the ${placed.fitting} municipalities that fit the household in this round`);
    // capacity verdicts say the homes are not free in this period, not that none exist
    const capacity = statements.find((s) => s.code === 'explain.alt_capacity');
    expect(capacity.text).toContain(locale === 'nl' ? 'in deze ronde' : 'in this round');
  });

  // issue 11, HB: the pinned household, a linked unit, and a place with a higher fit that lost to the stability bonus
  it.each(['nl', 'en'] as const)('%s: the pinned outcome says only the pinned place was compared; a linked unit’s fit is named as the mean, with the household’s own fit beside it', async (locale: Locale) => {
    const { rows } = await list(secondRun, { locale });
    const pin = rows.find((r) => r.householdId === pinned.householdId);
    expect(pin.municipalityCode).toBe(pinned.municipalityCode);
    expect(pin.options).toBe(1);
    expect(pin.outcome.text).toContain(locale === 'nl' ? 'door een vastzetting van een medewerker: de solver vergeleek alleen die plaats.' : 'by an officer’s pin: the solver compared only that place.');
    expect(pin.outcome.text).not.toMatch(locale === 'nl' ? /beste 1 daarvan/ : /best 1 of them/);
    if (pin.fitting !== null && pin.outcome.params.fits) expect(pin.outcome.text).toContain(locale === 'nl' ? `nummer ${pin.rank} van de ${pin.fitting} gemeenten` : `number ${pin.rank} of the ${pin.fitting} municipalities`);
    const linked = rows.filter((r) => r.municipalityCode && r.explanation.households.length > 1);
    expect(linked.length).toBeGreaterThan(0);
    const fmt = (x: number) => x.toFixed(2).replace('.', locale === 'nl' ? ',' : '.');
    for (const r of linked) {
      expect(r.linkedHouseholds).toBe(r.explanation.households.length);
      expect(r.outcome.text).toContain(locale === 'nl'
        ? `Passendheid ${fmt(r.outcome.params.fit)} op de schaal 0 tot 1 (het gemiddelde over de ${r.linkedHouseholds} gekoppelde huishoudens die samen zijn geplaatst; dit huishouden alleen ${fmt(r.fit)})`
        : `Fit ${fmt(r.outcome.params.fit)} on the scale 0 to 1 (the mean over the ${r.linkedHouseholds} linked households placed together; this household alone ${fmt(r.fit)})`);
      for (const a of r.alternatives.filter((x: Row) => x.fit !== null && x.verdict.code !== 'explain.alt_pinned_elsewhere')) {
        expect(a.verdict.text).toContain(locale === 'nl' ? `gemiddelden over de ${r.linkedHouseholds} gekoppelde huishoudens` : `means over the ${r.linkedHouseholds} linked households`);
      }
    }
    for (const r of rows.filter((x) => x.explanation.households.length === 1)) {
      expect(r.linkedHouseholds).toBe(1);
      expect(r.outcome.text).not.toMatch(/gekoppelde huishoudens|linked households/);
    }
    // a place with a higher fit and no higher placement value: the officer text names the stability bonus
    const higher = rows.flatMap((r) => r.alternatives.filter((a: Row) => a.verdict.code === 'explain.alt_not_higher' && a.fit > r.outcome.params.fit));
    for (const a of higher) expect(a.verdict.text).toContain(locale === 'nl' ? 'stabiliteitsbonus' : 'stability bonus');
  });

  it('the newcomer of a published proposal is shown the places that fitted better (with why not) and the places they named, never worse ones', async () => {
    const rows = (await list(secondRun, { placed: true })).rows;
    // every place with a higher fit than the outcome's (the unit's fit scale), whatever the verdict (issue 11, HB)
    const better = (r: Row) => r.alternatives.filter((a: Row) => a.fit > r.outcome.params.fit);
    // a household with both a better place it did not get and a worse one
    const household = rows.find((r) => r.explanation.households.length === 1 && better(r).length > 0 && r.alternatives.some((a: Row) => a.verdict.code === 'explain.alt_not_higher'));
    expect(household).toBeDefined();
    required(await gql('mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id: secondRun }), 'publishRun');
    const newcomer = await newNewcomerSession(t, household.householdId);
    for (const locale of SUPPORTED_LOCALES) {
      const view = required(await t.gql('query($l: String) { myProposalView(locale: $l) { alternatives { code params text locale } preferred { code params text locale } } }', { l: locale }, newcomer), 'myProposalView');
      expect(view.alternatives.map((a: Row) => a.params.municipality)).toEqual(better(household).map((a: Row) => a.municipalityCode));
      // none of them is told it did not fit better
      expect(view.alternatives.filter((a: Row) => /did not fit you better|paste niet beter|لم تكن تناسبك أكثر|не підходив вам краще|ዝያዳ ኣይሰማማዓኩምን|مناسب‌تر نبود|daha uygun değildi|kaagama habboonayn/.test(a.text))).toEqual([]);
      expect(view.preferred.every((p: Row) => p.params.kind !== 'best_score')).toBe(true);
      const names = [...rows.flatMap((r) => [r.municipalityName, ...r.alternatives.map((a: Row) => a.municipalityName), ...r.preferred.map((p: Row) => p.municipalityName)])].filter(Boolean);
      expect(unreadableAll([...view.alternatives, ...view.preferred].map((x: Row) => x.text), locale, { names })).toEqual([]);
    }
  });
});
