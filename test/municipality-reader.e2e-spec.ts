/**
 * What a municipality reads (issue 11, H3), and the profile as a newcomer reads it: `whyProposed` in the third person
 * with only the reasons that argued for the proposal, each fact once; ISCO-08 titles (Dutch for nl; Dutch with English,
 * marked, for ar and uk); a profile's free texts in Dutch with translations; capacity errors that name the resource,
 * the amount held and the amount asked; impossible capacity refused. Every text runs through `unreadableAll`.
 */
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { CURRENT_PERIOD, newHousehold, newNewcomerSession, newPublishedRound, newRound, required } from './support/factories.js';
import { unreadableAll } from './support/readable.js';
import { STAFF_LOCALES, SUPPORTED_LOCALES } from '#matching/messages/locales.js';

const LOCALES = STAFF_LOCALES;
type Locale = (typeof LOCALES)[number];

const PUBLISH = `mutation($code: String!, $input: PublishProfileInput!) { publishMunicipalityProfile(code: $code, input: $input) { version textLocale } }`;
const SET_CAPACITY = `mutation($code: String!, $period: String!, $input: SetCapacityInput!) {
  setCapacity(code: $code, period: $period, input: $input) { persons homes1to2 homes3to4 homes5plus warnings { code field message } } }`;

const WHAT_TO_EXPECT = {
  nl: 'Amsterdam is een grote stad aan het water. U krijgt hulp bij het vinden van werk en een school voor uw kinderen.',
  en: 'Amsterdam is a big city by the water. You get help finding work and a school for your children.',
  ar: 'أمستردام مدينة كبيرة على الماء. ستحصل على مساعدة في إيجاد عمل ومدرسة لأطفالك.',
  uk: 'Амстердам — велике місто біля води. Вам допоможуть знайти роботу та школу для дітей.',
};
const STATEMENT_NL = 'Wij zoeken vooral koks en softwareontwikkelaars.';
const STATEMENT_EN = 'We look most for cooks and software developers.';

const PROFILE = {
  labourMarket: { shortageOccupations: ['5120', '2512'], sectors: ['horeca'], employersOpenToNewcomers: Array.from({ length: 25 }, (_, i) => `Werkgever ${i + 1}`) },
  networks: { communities: [{ language: 'ar', size: 4000 }], selfOrganisations: ['Stichting Nieuw Thuis', 'Samen Verder'], buddySchemes: ['Taalmaatje'] },
  services: { hospital: true, mentalHealthCare: true, primarySchools: true, secondarySchools: true, mbo: true, hbo: true, university: true, dutchLanguageCourses: true, accessibleHomes: true },
  whatToExpect: WHAT_TO_EXPECT.nl,
  whatToExpectTranslations: [{ locale: 'EN', text: WHAT_TO_EXPECT.en }, { locale: 'AR', text: WHAT_TO_EXPECT.ar }, { locale: 'UK', text: WHAT_TO_EXPECT.uk }],
  priorities: { wantedOccupations: ['5120'], statement: STATEMENT_NL, statementTranslations: [{ locale: 'EN', text: STATEMENT_EN }] },
};

/** Second person in each language: the municipality reads about the household, never "you". */
const SECOND_PERSON: Record<Locale, RegExp> = {
  nl: /\b(u|uw|je|jij|jouw)\b/i,
  en: /\b(you|your)\b/i,
  ar: /(أنت|لديك|أسرتك|تريد أن تعيش)/,
  uk: /(\bви\b|\bвам\b|ваш|вашої|вашій)/i,
};

describe('what a municipality reads', () => {
  let t: TestApp;
  let officer: string;
  let amsterdam: string;
  let newcomer: string;
  let reference: string;
  let proposalId: string;
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 30 });
    officer = await t.login('officer@demo.local');
    amsterdam = await t.login('amsterdam@demo.local');
    required(await t.gql(PUBLISH, { code: 'GM0363', input: PROFILE }, amsterdam), 'publishMunicipalityProfile');
    // Two adults who both want work, one any work and one in the profession (the employers open to newcomers are
    // one sentence for both: told once, whatever the aspiration), a cook and a software developer,
    // children of primary and secondary school age, a hospital nearby, a verified job in Amsterdam.
    const household = await newHousehold(t, officer, {
      input: {
        members: [
          { fullName: 'Reader Applicant', birthYear: year - 38, role: 'APPLICANT', aspirations: ['ANY_WORK'], professions: ['5120'], languages: [{ language: 'ar', cefr: 'C2' }, { language: 'nl', cefr: 'A2' }] },
          { fullName: 'Reader Partner', birthYear: year - 35, role: 'PARTNER', aspirations: ['WORK_IN_PROFESSION'], professions: ['2512'], languages: [{ language: 'ar', cefr: 'C2' }] },
          { birthYear: year - 8, role: 'CHILD' },
          { birthYear: year - 14, role: 'CHILD' },
        ],
        preferredSetting: 'URBAN',
        careNeeds: ['HOSPITAL'],
        ties: [{ kind: 'JOB_CONTRACT', municipalityCode: 'GM0363', verificationNote: 'Signed contract seen, valid to 2027-06' }],
      },
    });
    reference = household.reference;
    const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: [household.id] } }, [{ householdId: household.id, municipalityCode: 'GM0363' }]);
    expect(proposals).toHaveLength(1);
    proposalId = proposals[0].id;
    newcomer = await newNewcomerSession(t, household.id);
  }, 300_000);
  afterAll(() => t?.close());

  /** Names a text may carry in `locale`: the municipality, and the ISCO titles that reader gets (nl: Dutch only). */
  const namesFor = (locale: Locale, official: { titleNl: string; titleEn: string }[]) =>
    ['Amsterdam', ...official.flatMap((o) => (locale === 'nl' ? [o.titleNl] : locale === 'en' ? [o.titleEn] : [o.titleNl, o.titleEn]))];

  const titles = async () => {
    const { data } = await t.gql('{ a: occupation(code: "5120") { titleNl titleEn } b: occupation(code: "2512") { titleNl titleEn } }');
    return [data.a, data.b] as { titleNl: string; titleEn: string }[];
  };

  describe('whyProposed', () => {
    it.each(LOCALES)('reads in %s: third person, readable, only reasons for the proposal, each fact once', async (locale) => {
      const { data, errors } = await t.gql(
        `query($l: String) { myMunicipalityView(locale: $l) { proposals { proposalId reference whyProposed { code text locale missing }
           professions { code titleNl titleEn title } } } }`,
        { l: locale },
        amsterdam,
      );
      expect(errors).toBeUndefined();
      const proposed = data.myMunicipalityView.proposals.find((p: { reference: string }) => p.reference === reference);
      expect(proposed.proposalId).toBe(proposalId);
      const why = proposed.whyProposed as { code: string; text: string; locale: string; missing: boolean }[];
      const official = await titles();
      const names = namesFor(locale, official);
      expect(unreadableAll(why.map((s) => s.text), locale, { names })).toEqual([]);
      for (const s of why) {
        expect(s).toMatchObject({ locale, missing: false });
        expect(s.text).not.toMatch(SECOND_PERSON[locale]);
      }
      const codes = why.map((s) => s.code);
      // what the household brings and needs
      expect(codes).toEqual(expect.arrayContaining([
        'labour.shortage_exact', 'labour.open_employers', 'priorities.wanted_exact', 'services.primary_school', 'services.secondary_school',
        'services.care_available', 'ties.distance', 'setting.fit', 'network.community_language', 'unit.pinned',
      ]));
      // only reasons for: never "no special need for the profession", never a missing service
      expect(codes.filter((c) => /none|no_|unavailable|unknown/.test(c))).toEqual([]);
      // each fact once: both adults want work (different aspirations, the same sentence), the employers are told once
      expect(codes.filter((c) => c === 'labour.open_employers')).toHaveLength(1);
      expect(new Set(why.map((s) => s.text)).size).toBe(why.length);
      // the professions are titles, in Dutch for nl; for ar and uk the Dutch and English official titles
      const cook = official[0];
      const shortage = why.filter((s) => s.code === 'labour.shortage_exact').map((s) => s.text).join(' ');
      if (locale === 'nl') { expect(shortage).toContain(cook.titleNl); expect(shortage).not.toContain(cook.titleEn); }
      if (locale === 'en') expect(shortage).toContain(cook.titleEn);
      if (locale === 'ar' || locale === 'uk') { expect(shortage).toContain(`${cook.titleNl} / ${cook.titleEn}`); }
      const professionTitles = proposed.professions.map((p: { title: string }) => p.title);
      expect(unreadableAll(professionTitles, locale, { names })).toEqual([]);
      if (locale === 'nl') expect(professionTitles).toEqual(expect.arrayContaining([cook.titleNl]));
    });
  });

  describe('the newcomer’s criteria (HC)', () => {
    it.each(LOCALES)('in %s say each sentence once: the employers open to newcomers once for two adults', async (locale) => {
      const { data, errors } = await t.gql(
        'query($l: String) { myProposalView(locale: $l) { criteria { criterion reasons { code text locale } } } }',
        { l: locale },
        newcomer,
      );
      expect(errors).toBeUndefined();
      const criteria = data.myProposalView.criteria as { criterion: string; reasons: { code: string; text: string; locale: string }[] }[];
      for (const c of criteria) expect(new Set(c.reasons.map((r) => r.text)).size).toBe(c.reasons.length);
      const labour = criteria.find((c) => c.criterion.toLowerCase() === 'labour')!;
      expect(labour.reasons.filter((r) => r.code === 'labour.open_employers')).toHaveLength(1);
      const names = namesFor(locale, await titles());
      expect(unreadableAll(criteria.flatMap((c) => c.reasons.map((r) => r.text)), locale, { names })).toEqual([]);
    });
  });

  describe('the profile: titles and free texts in the reader’s language', () => {
    const PROFILE_FIELDS = `textLocale whatToExpectTranslations { locale }
      whatToExpectIn { text locale isOriginal originalLocale inRequestedLanguage }
      labourMarket { shortageOccupations shortageOccupationGroups { code title } }
      priorities { wantedOccupationGroups { code title } statementIn { text locale isOriginal inRequestedLanguage } }`;

    it.each(LOCALES)('a newcomer reads it in %s; the statement without a translation is the Dutch original, marked', async (locale) => {
      const { data, errors } = await t.gql(`query($l: String) { myProposalView(locale: $l) { profile { ${PROFILE_FIELDS} } } }`, { l: locale }, newcomer);
      expect(errors).toBeUndefined();
      const profile = data.myProposalView.profile;
      const official = await titles();
      const names = namesFor(locale, official);
      expect(profile.textLocale).toBe('NL');
      expect(profile.whatToExpectIn).toEqual({ text: WHAT_TO_EXPECT[locale], locale: locale.toUpperCase(), isOriginal: locale === 'nl', originalLocale: 'NL', inRequestedLanguage: true });
      expect(unreadableAll([profile.whatToExpectIn.text], locale, { names })).toEqual([]);
      const groups = [...profile.labourMarket.shortageOccupationGroups, ...profile.priorities.wantedOccupationGroups];
      expect(groups.map((g: { code: string }) => g.code)).toEqual(['5120', '2512', '5120']);
      expect(unreadableAll(groups.map((g: { title: string }) => g.title), locale, { names })).toEqual([]);
      if (locale === 'nl') expect(groups[0].title).toBe(official[0].titleNl);
      const statement = profile.priorities.statementIn;
      if (locale === 'nl') expect(statement).toEqual({ text: STATEMENT_NL, locale: 'NL', isOriginal: true, inRequestedLanguage: true });
      else if (locale === 'en') expect(statement).toEqual({ text: STATEMENT_EN, locale: 'EN', isOriginal: false, inRequestedLanguage: true });
      else expect(statement).toEqual({ text: STATEMENT_NL, locale: 'NL', isOriginal: true, inRequestedLanguage: false });
      expect(unreadableAll([statement.text], statement.locale.toLowerCase() as Locale, { names: namesFor(statement.locale.toLowerCase() as Locale, official) })).toEqual([]);
    });

    it.each(LOCALES)('the municipality reads its own profile versions in %s', async (locale) => {
      const { data } = await t.gql(`query($l: String) { myMunicipalityView(locale: $l) { profileVersions { version ${PROFILE_FIELDS} } } }`, { l: locale }, amsterdam);
      const latest = data.myMunicipalityView.profileVersions[0];
      expect(latest.whatToExpectIn.text).toBe(WHAT_TO_EXPECT[locale]);
      expect(latest.whatToExpectTranslations.map((x: { locale: string }) => x.locale)).toEqual(['EN', 'AR', 'UK']);
    });

    // Groningen: no test of this file publishes its profile, so it stays the seed's demo profile in any test order
    // (the PostgreSQL run shuffles the tests; Utrecht's, read here before, is published by a test below).
    it.each(LOCALES)('a demo profile reads in %s (written in Dutch, translated for the demo)', async (locale) => {
      const { data } = await t.gql(
        `query($l: String) { municipality(code: "GM0014") { name province labourMarketRegion profile { isDemo textLocale whatToExpectIn(locale: $l) { text locale isOriginal } } } }`,
        { l: locale },
      );
      const m = data.municipality;
      expect(m.profile).toMatchObject({ isDemo: true, textLocale: 'NL', whatToExpectIn: { locale: locale.toUpperCase(), isOriginal: locale === 'nl' } });
      expect(unreadableAll([m.profile.whatToExpectIn.text], locale, { names: [m.name, m.province, m.labourMarketRegion] })).toEqual([]);
    });

    it('gives a newcomer their profession in Dutch (it read "…uw beroep: Cooks")', async () => {
      const { data } = await t.gql('{ myProposalView(locale: "nl") { criteria { reasons { code text } } } }', {}, newcomer);
      const official = await titles();
      const professions = data.myProposalView.criteria.flatMap((c: { reasons: { code: string; text: string }[] }) => c.reasons).filter((r: { code: string }) => /^(labour|priorities)\.(shortage|wanted)/.test(r.code));
      expect(professions.length).toBeGreaterThan(0);
      const text = professions.map((r: { text: string }) => r.text).join(' ');
      expect(text).toContain(official[0].titleNl);
      expect(text).not.toContain(official[0].titleEn);
      expect(unreadableAll(professions.map((r: { text: string }) => r.text), 'nl', { names: ['Amsterdam', ...official.map((o) => o.titleNl)] })).toEqual([]);
    });

    it('finds occupations by their Dutch title', async () => {
      const { data } = await t.gql('{ occupations(search: "koks", level: 4) { code titleNl title(locale: "uk") } }');
      expect(data.occupations.map((o: { code: string }) => o.code)).toContain('5120');
      const cook = data.occupations.find((o: { code: string }) => o.code === '5120');
      expect(cook.title).toMatch(/^Koks \/ Cooks \(/);
    });

    it('refuses translations into Dutch or twice into one language, and a translated statement without a statement', async () => {
      const dutch = await t.gql(PUBLISH, { code: 'GM0363', input: { ...PROFILE, whatToExpectTranslations: [{ locale: 'NL', text: 'x' }] } }, amsterdam);
      expect(errorCode(dutch)).toBe('BAD_USER_INPUT');
      expect(dutch.errors![0].extensions!.fields).toEqual([{ field: 'whatToExpectTranslations[0].locale', message: expect.stringContaining('Dutch') }]);
      const twice = await t.gql(PUBLISH, { code: 'GM0363', input: { ...PROFILE, whatToExpectTranslations: [{ locale: 'EN', text: 'a' }, { locale: 'EN', text: 'b' }] } }, amsterdam);
      expect(twice.errors![0].extensions!.fields).toEqual([{ field: 'whatToExpectTranslations[1].locale', message: expect.stringContaining('EN') }]);
      const orphan = await t.gql(PUBLISH, { code: 'GM0363', input: { ...PROFILE, priorities: { wantedOccupations: [], statement: null, statementTranslations: [{ locale: 'EN', text: 'x' }] } } }, amsterdam);
      expect(orphan.errors![0].extensions!.fields).toEqual([{ field: 'priorities.statementTranslations', message: expect.any(String) }]);
    });

    it('takes a translation into every other language newcomers read, and gives each newcomer theirs (the original where there is none)', async () => {
      const utrecht = await t.login('utrecht@demo.local');
      const others = SUPPORTED_LOCALES.filter((l) => l !== 'nl');
      const translations = others.map((l) => ({ locale: l.toUpperCase(), text: `${WHAT_TO_EXPECT.en} [${l}]` }));
      const published = await t.gql(PUBLISH, { code: 'GM0344', input: { ...PROFILE, whatToExpectTranslations: translations, priorities: { ...PROFILE.priorities, statementTranslations: translations } } }, utrecht);
      expect(published.errors).toBeUndefined();
      for (const l of others) {
        const { data } = await t.gql(`{ municipality(code: "GM0344") { profile { whatToExpectIn(locale: "${l}") { text locale inRequestedLanguage } } } }`, {}, officer);
        expect(data.municipality.profile.whatToExpectIn).toEqual({ text: `${WHAT_TO_EXPECT.en} [${l}]`, locale: l.toUpperCase(), inRequestedLanguage: true });
      }
      // one more than there are languages is refused, naming the list
      const tooMany = await t.gql(PUBLISH, { code: 'GM0344', input: { ...PROFILE, whatToExpectTranslations: [...translations, { locale: 'EN', text: 'again' }] } }, utrecht);
      expect(tooMany.errors![0].extensions!.fields).toEqual([{ field: 'whatToExpectTranslations', message: expect.any(String) }]);
    });
  });

  describe('capacity', () => {
    it('names the resource, the amount held and the amount asked when going below what is held', async () => {
      const { data } = await t.gql('query($p: String!) { municipality(code: "GM0363") { capacity(period: $p) { persons homes3to4 usedPersons usedHomes3to4 } } }', { p: CURRENT_PERIOD }, amsterdam);
      const held = data.municipality.capacity;
      expect(held.usedPersons).toBeGreaterThanOrEqual(4);
      expect(held.usedHomes3to4).toBeGreaterThanOrEqual(1);
      const lower = await t.gql(SET_CAPACITY, { code: 'GM0363', period: CURRENT_PERIOD, input: { persons: 2, homes1to2: 2, homes3to4: 0, homes5plus: 0 } }, amsterdam);
      expect(errorCode(lower)).toBe('BAD_USER_INPUT');
      const fields = lower.errors![0].extensions!.fields as { field: string; message: string }[];
      expect(fields.map((f) => f.field)).toEqual(['persons', 'homes3to4']);
      expect(fields[0].message).toContain(`hold ${held.usedPersons} person places`);
      expect(fields[0].message).toContain('you asked for 2');
      expect(fields[1].message).toContain(`hold ${held.usedHomes3to4} homes for 3 or 4 people`);
      expect(fields[1].message).toContain('you asked for 0');
    });

    it('refuses impossible capacity (3 person places with 10 homes) and accepts unusual capacity with a warning', async () => {
      const impossible = await t.gql(SET_CAPACITY, { code: 'GM0344', period: '2031-H1', input: { persons: 3, homes1to2: 10, homes3to4: 0, homes5plus: 0 } }, officer);
      expect(errorCode(impossible)).toBe('BAD_USER_INPUT');
      expect(impossible.errors![0].extensions!.fields).toEqual([{ field: 'persons', message: expect.stringContaining('need at least 10 person places') }]);
      const notStored = await t.gql('{ municipality(code: "GM0344") { capacity(period: "2031-H1") { persons } } }', {}, officer);
      expect(notStored.data.municipality.capacity).toBeNull();
      const unusual = required(await t.gql(SET_CAPACITY, { code: 'GM0344', period: '2031-H1', input: { persons: 9, homes1to2: 2, homes3to4: 1, homes5plus: 0 } }, officer), 'setCapacity');
      expect(unusual.warnings).toEqual([{ code: 'PERSONS_BEYOND_HOMES', field: 'persons', message: expect.stringContaining('at most 8 people') }]);
      const ordinary = required(await t.gql(SET_CAPACITY, { code: 'GM0344', period: '2031-H1', input: { persons: 8, homes1to2: 2, homes3to4: 1, homes5plus: 0 } }, officer), 'setCapacity');
      expect(ordinary.warnings).toEqual([]);
    });

    it('refuses impossible round capacity as well', async () => {
      const household = await newHousehold(t, officer);
      const round = await newRound(t, officer, { cohort: { householdIds: [household.id] } });
      const set = (input: Record<string, number>) => t.gql(
        'mutation($r: ID!, $input: RoundCapacityInput!) { setRoundCapacity(roundId: $r, municipalityCode: "GM0344", input: $input) { persons warnings { code } } }',
        { r: round.id, input },
        officer,
      );
      const impossible = await set({ persons: 3, homes1to2: 10, homes3to4: 0, homes5plus: 0 });
      expect(errorCode(impossible)).toBe('BAD_USER_INPUT');
      expect(impossible.errors![0].extensions!.fields).toEqual([{ field: 'persons', message: expect.stringContaining('need at least 10 person places') }]);
      expect(required(await set({ persons: 5, homes1to2: 0, homes3to4: 0, homes5plus: 0 }), 'setRoundCapacity').warnings).toEqual([{ code: 'PERSONS_WITHOUT_HOMES' }]);
    });
  });
});
