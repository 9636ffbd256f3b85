/**
 * The fairness report of a run (issue 11): it says whose gender and age it counted, in words an officer reads in
 * Dutch and English, and counts what it says: the main applicant of each household (not the member registered
 * first), in the right age band (a child of 5 is not 18-24).
 */
import { startTestApp, type TestApp } from './support/test-app.js';
import { newHousehold, newRound, required, runToEnd } from './support/factories.js';
import { unreadable } from './support/readable.js';
import { AGE_BANDS, NOT_STATED } from '#matching/vocabulary/index.js';

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
    expect(texts.en[0]).toContain('at least 10 households');
    expect(texts.en[0]).toContain('10 percentage points');
    expect(texts.nl[0]).toContain('minstens 10 huishoudens');
    expect(texts.en[1]).toContain('main applicant');
    expect(texts.nl[1]).toContain('hoofdaanvrager');
  }, 120_000);
});
