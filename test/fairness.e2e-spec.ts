/**
 * The fairness report of a run (issue 11): it says whose gender and age it counted, in words an officer reads in
 * Dutch and English, and counts what it says: the main applicant of each household (not the member registered
 * first), in the right age band (a child of 5 is not 18-24).
 */
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './support/test-app.js';
import { newHousehold, newRound, required, runToEnd } from './support/factories.js';
import { unreadable } from './support/readable.js';
import { AGE_BANDS, FAIRNESS_DIMENSIONS, NOT_STATED } from '#matching/vocabulary/index.js';
import { K_ANONYMITY_THRESHOLD } from '#matching/waiting/others.js';
import { SCHEMA_VERSIONS } from '#persistence/entities/versioned-json.js';

describe('fairness report', () => {
  let t: TestApp;
  let officer: string;
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 20 });
    officer = await t.login('officer@demo.local');
  }, 120_000);
  afterAll(() => t?.close());

  it('counts the main applicant’s gender and age, not the first member’s, and says so in nl and en', async () => {
    // A child registered first, the applicant second: the old report counted the child (a boy, "18-24").
    const households = [];
    for (let i = 0; i < 3; i++) {
      households.push(await newHousehold(t, officer, {
        input: {
          members: [
            { birthYear: year - 5, role: 'CHILD', gender: 'MALE' },
            { fullName: `Fairness Applicant ${i}`, birthYear: year - 40, role: 'APPLICANT', gender: 'FEMALE' },
            { birthYear: year - 20, role: 'RELATIVE', gender: 'MALE' },
          ],
        },
      }));
    }
    const round = await newRound(t, officer, { name: 'fairness', cohort: { householdIds: households.map((h) => h.id) } });
    const run = await runToEnd(t, officer, round.id);
    expect(run.status).toBe('SUCCEEDED');
    const query = `query($id: ID!, $locale: String) { run(id: $id) { fairness {
      counted minGroupSize maxShortfall rule(locale: $locale) whoIsCounted(locale: $locale) { code text locale missing }
      groups { dimension group households flags label(locale: $locale) { text locale missing } } } } }`;
    const texts: Record<string, string[]> = {};
    for (const locale of ['nl', 'en'] as const) {
      const { fairness } = required(await t.gql(query, { id: run.id, locale }, officer), 'run');
      expect(fairness.counted).toBe('MAIN_APPLICANT');
      expect(fairness.whoIsCounted).toMatchObject({ code: 'fairness.counted.main_applicant', locale, missing: false });
      texts[locale] = [fairness.rule, fairness.whoIsCounted.text];
      for (const text of texts[locale]) expect(unreadable(text, locale)).toEqual([]);
      const groups = (dimension: string) => Object.fromEntries(
        fairness.groups.filter((g: { dimension: string }) => g.dimension === dimension).map((g: { group: string; households: number }) => [g.group, g.households]),
      );
      expect(groups('GENDER')).toEqual({ female: 3 });
      expect(groups('AGE_BAND')).toEqual({ '35-49': 3 });
      expect(groups('SIZE_BAND')).toEqual({ homes_3_4: 3 });
      for (const g of fairness.groups.filter((x: { dimension: string }) => x.dimension === 'AGE_BAND')) {
        expect([...AGE_BANDS.map((b) => b.band), NOT_STATED]).toContain(g.group);
      }
      // each group has its name in words beside the stored value (no code such as homes_3_4)
      const labels = Object.fromEntries(fairness.groups.map((g: { dimension: string; group: string; label: { text: string; locale: string; missing: boolean } }) => {
        expect(g.label).toMatchObject({ locale, missing: false });
        expect(unreadable(g.label.text, locale, { names: ['Gender X'] })).toEqual([]);
        return [`${g.dimension}:${g.group}`, g.label.text];
      }));
      expect({ locale, female: labels['GENDER:female'], age: labels['AGE_BAND:35-49'], size: labels['SIZE_BAND:homes_3_4'] }).toEqual(locale === 'en'
        ? { locale, female: 'Women', age: 'Aged 35-49', size: 'Needing a home for 3 or 4 people' }
        : { locale, female: 'Vrouwen', age: '35-49 jaar', size: 'Met een woning nodig voor 3 of 4 personen' });
    }
    // the cohort's figures the groups are compared with: here one group holds the whole round, so they are its figures
    const overall = required(await t.gql(`query($id: ID!) { run(id: $id) {
      figures { householdsPlaced householdsTotal averageFit preferredSettingShare }
      fairness { overallPlacementRate overallAverageFit overallPreferredSettingShare groups { dimension placementRate averageFit preferredSettingShare } } } }`, { id: run.id }, officer), 'run');
    const women = overall.fairness.groups.find((g: { dimension: string }) => g.dimension === 'GENDER');
    expect([overall.fairness.overallPlacementRate, overall.fairness.overallAverageFit, overall.fairness.overallPreferredSettingShare])
      .toEqual([women.placementRate, women.averageFit, women.preferredSettingShare]);
    expect(overall.fairness.overallPlacementRate).toBe(overall.figures.householdsPlaced / overall.figures.householdsTotal);
    expect(overall.fairness.overallPreferredSettingShare).toBe(overall.figures.preferredSettingShare);
    expect(texts.en[0]).toContain('at least 10 households');
    expect(texts.en[0]).toContain('10 percentage points');
    expect(texts.nl[0]).toContain('minstens 10 huishoudens');
    expect(texts.en[1]).toContain('main applicant');
    expect(texts.nl[1]).toContain('hoofdaanvrager');
  }, 120_000);

  /*
   * Issue 14 (Medium): the report of a one-household round showed that household's origin region, gender and age
   * band. No group below the k-anonymity threshold is shown, nor one that the totals would give away, and the
   * report says so in the officer's language.
   */
  describe('groups a person could be recognised by (k-anonymity)', () => {
    const SUPPRESSED = `query($id: ID!, $locale: String) { run(id: $id) { fairness {
      overallPlacementRate anonymityThreshold groups { dimension group households }
      suppressed { dimension households text(locale: $locale) { code text locale missing } } } } }`;
    const DIMENSIONS = ['GENDER', 'SIZE_BAND', 'AGE_BAND', 'ORIGIN_REGION'];

    const oneHouseholdRound = async () => {
      const household = await newHousehold(t, officer, {
        input: {
          members: [{ fullName: 'Only Household Applicant', birthYear: year - 67, role: 'APPLICANT', gender: 'X' }],
          protectedTraits: { nationality: 'ER', originRegion: 'Horn of Africa (k-test)' },
        },
      });
      const round = await newRound(t, officer, { name: 'fairness k', cohort: { householdIds: [household.id] } });
      const run = await runToEnd(t, officer, round.id);
      expect(run.status).toBe('SUCCEEDED');
      return run.id as string;
    };

    it('shows no group of a one-household round, and says in nl and en what was hidden and why', async () => {
      const runId = await oneHouseholdRound();
      for (const locale of ['nl', 'en'] as const) {
        const { fairness } = required(await t.gql(SUPPRESSED, { id: runId, locale }, officer), 'run');
        // nothing of the household's traits: not its origin, not its gender, not its age band
        expect(fairness.groups).toEqual([]);
        expect(JSON.stringify(fairness)).not.toMatch(/Horn of Africa|"x"|65\+/);
        expect(fairness.anonymityThreshold).toBe(K_ANONYMITY_THRESHOLD);
        expect(fairness.suppressed.map((s: { dimension: string; households: number }) => [s.dimension, s.households])).toEqual(DIMENSIONS.map((d) => [d, 1]));
        for (const s of fairness.suppressed) {
          expect(s.text).toMatchObject({ code: 'fairness.suppressed', locale, missing: false });
          expect(unreadable(s.text.text, locale)).toEqual([]);
        }
        const origin = fairness.suppressed.find((s: { dimension: string }) => s.dimension === 'ORIGIN_REGION').text.text;
        expect(origin).toBe(locale === 'en'
          ? 'By origin region, 1 household is not shown: they are in groups of fewer than 3 households, or in the next smallest group, hidden too so that a small group cannot be worked out from the totals. This way nobody can be recognised.'
          : 'Naar herkomstregio wordt 1 huishouden niet getoond: ze vallen in groepen van minder dan 3 huishoudens, of in de kleinste andere groep, die ook verborgen is zodat een kleine groep niet uit de totalen is terug te rekenen. Zo is niemand te herkennen.');
      }
    }, 120_000);

    it('hides the small groups of a report stored before the rule, when it is read', async () => {
      const runId = await oneHouseholdRound();
      // the report as runs stored it before issue 14: every group, however small
      const group = (dimension: string, name: string) => ({ dimension, group: name, households: 1, placementRate: 1, averageFit: 0.5, preferredSettingShare: null, flagged: false, flags: [] });
      const stored = {
        overall: { households: 1, placementRate: 1, averageFit: 0.5, preferredSettingShare: null },
        groups: [group('gender', 'x'), group('sizeBand', 'homes_1_2'), group('ageBand', '65+'), group('originRegion', 'Horn of Africa (k-test)')],
        rule: { minGroupSize: 10, maxShortfall: 0.1 },
        counted: 'main_applicant',
      };
      const envelope = { schemaVersion: SCHEMA_VERSIONS['run.fairness'], data: stored };
      await t.app.get(DataSource).query('UPDATE run SET fairness = $1 WHERE id = $2', [JSON.stringify(envelope), runId]);
      const { fairness } = required(await t.gql(SUPPRESSED, { id: runId, locale: 'en' }, officer), 'run');
      expect(fairness.groups).toEqual([]);
      expect(fairness.suppressed.map((s: { dimension: string }) => s.dimension)).toEqual(DIMENSIONS);
    }, 120_000);

    it('never leaves a group below k, nor a remainder below k that the totals would give away', async () => {
      // 4 women and 1 man: hiding only the man would leave him as the round minus the 4 women
      const households = [];
      for (let i = 0; i < 5; i++) {
        households.push(await newHousehold(t, officer, { input: { members: [{ fullName: `K Applicant ${i}`, birthYear: year - 30, role: 'APPLICANT', gender: i === 0 ? 'MALE' : 'FEMALE' }] } }));
      }
      const round = await newRound(t, officer, { name: 'fairness k complement', cohort: { householdIds: households.map((h) => h.id) } });
      const run = await runToEnd(t, officer, round.id);
      const { fairness } = required(await t.gql(SUPPRESSED, { id: run.id, locale: 'en' }, officer), 'run');
      for (const dimension of DIMENSIONS) {
        const shown = fairness.groups.filter((g: { dimension: string }) => g.dimension === dimension);
        for (const g of shown) expect(g.households).toBeGreaterThanOrEqual(K_ANONYMITY_THRESHOLD);
        const rest = 5 - shown.reduce((n: number, g: { households: number }) => n + g.households, 0);
        expect({ dimension, restIsSafe: rest === 0 || rest >= K_ANONYMITY_THRESHOLD }).toEqual({ dimension, restIsSafe: true });
      }
      expect(fairness.groups.filter((g: { dimension: string }) => g.dimension === 'GENDER')).toEqual([]);
      expect(fairness.suppressed.find((s: { dimension: string }) => s.dimension === 'GENDER').households).toBe(5);
      expect(FAIRNESS_DIMENSIONS).toHaveLength(DIMENSIONS.length);
    }, 120_000);
  });
});
