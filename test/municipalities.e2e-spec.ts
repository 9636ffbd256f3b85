import { errorCode, startTestAppSignedIn, type TestApp } from './support/test-app.js';
import { newMunicipalitySession } from './support/factories.js';

const PROFILE = {
  labourMarket: { shortageOccupations: ['2161', '2512'], sectors: ['ICT'], employersOpenToNewcomers: ['Acme BV'] },
  networks: { communities: [{ language: 'ti', originRegion: 'Horn of Africa', size: 300 }], selfOrganisations: ['Eritrean Council'], buddySchemes: ['Buddy NL'] },
  services: { hospital: true, mentalHealthCare: true, primarySchools: true, secondarySchools: true, mbo: true, hbo: false, university: false, dutchLanguageCourses: true, accessibleHomes: true },
  whatToExpect: 'A small town with a big heart.',
  priorities: { wantedOccupations: ['2512'], statement: 'We need software developers.' },
};

const PUBLISH = `mutation($code: String!, $input: PublishProfileInput!) {
  publishMunicipalityProfile(code: $code, input: $input) { version isDemo labourMarket { shortageOccupations } priorities { statement } }
}`;

describe('municipalities over GraphQL', () => {
  let t: TestApp;
  let officer: string;
  beforeAll(async () => ({ t, token: officer } = await startTestAppSignedIn('officer@demo.local')));
  afterAll(() => t?.close());

  it('lists the 342 municipalities with reference data, demo profile and current capacity', async () => {
    const all = await t.gql('{ municipalities { code } }');
    expect(all.data.municipalities).toHaveLength(342);
    const { data } = await t.gql(`{ municipality(code: "GM0363") { name province urbanisation labourMarketRegion population
      profile { version isDemo whatToExpect textLocale english: whatToExpectIn(locale: "en") { text locale isOriginal } } capacities { period persons homes1to2 homes3to4 homes5plus isDefault } } }`, {}, officer);
    expect(data.municipality).toMatchObject({ name: 'Amsterdam', province: 'Noord-Holland', urbanisation: 1, labourMarketRegion: 'Groot Amsterdam' });
    expect(data.municipality.profile).toMatchObject({ version: 1, isDemo: true });
    // written in Dutch (the original), with an English translation
    expect(data.municipality.profile.whatToExpect).toMatch(/^Demoprofiel/);
    expect(data.municipality.profile.textLocale).toBe('NL');
    expect(data.municipality.profile.english).toEqual({ text: expect.stringMatching(/^Demo profile/), locale: 'EN', isOriginal: false });
    expect(data.municipality.capacities[0].persons).toBeGreaterThan(400);
    expect(data.municipality.capacities[0].isDefault).toBe(true);
  });

  it('filters municipalities', async () => {
    const { data } = await t.gql('{ municipalities(filter: { province: "Utrecht", urbanisation: 1 }) { name } }');
    expect(data.municipalities.map((m: { name: string }) => m.name)).toEqual(['Utrecht']);
  });

  it('finds names as people type them: any apostrophe, accents composed or not, any case, hyphen or space', async () => {
    const names = async (text: string) =>
      (await t.gql('query($text: String!) { municipalities(filter: { nameContains: $text }) { name } }', { text })).data.municipalities.map((m: { name: string }) => m.name);
    for (const typed of ['’s-Hertogenbosch', "'s-hertogenbosch", '‘S-HERTOGENBOSCH', 'ʼs-Hertogenbosch', 's-Hertogenbosch', 's hertogenbosch', 'hertogenbosch']) {
      expect({ typed, found: await names(typed) }).toEqual({ typed, found: ["'s-Hertogenbosch"] });
    }
    for (const typed of ['Súdwest-Fryslân'.normalize('NFD'), 'Súdwest-Fryslân'.normalize('NFC'), 'sudwest fryslan', 'SUDWEST-FRYSLAN', 'súdwest–fryslân']) {
      expect({ typed, found: await names(typed) }).toEqual({ typed, found: ['Súdwest-Fryslân'] });
    }
    expect(await names('Fryslân'.normalize('NFD'))).toEqual(['Súdwest-Fryslân', 'Noardeast-Fryslân']);
    expect(await names('100%')).toEqual([]);
  });

  it('finds occupation titles whatever apostrophe is typed', async () => {
    for (const typed of ["ships' engineers", 'Ships’ engineers', 'ships engineers']) {
      const { data } = await t.gql('query($text: String!) { occupations(search: $text) { code } }', { text: typed });
      expect({ typed, codes: data.occupations.map((o: { code: string }) => o.code) }).toEqual({ typed, codes: ['3151'] });
    }
  });

  // Each test that publishes works on a municipality of its own, so the version numbers it expects are its own.
  it('publishes a new profile version without overwriting the old one', async () => {
    const enschede = await newMunicipalitySession(t, 'GM0153');
    const first = await t.gql(PUBLISH, { code: 'GM0153', input: PROFILE }, enschede);
    expect(first.errors).toBeUndefined();
    expect(first.data.publishMunicipalityProfile).toMatchObject({ version: 2, isDemo: false });
    const second = await t.gql(PUBLISH, { code: 'GM0153', input: { ...PROFILE, whatToExpect: 'Updated.' } }, enschede);
    expect(second.data.publishMunicipalityProfile.version).toBe(3);
    // the profile history is the municipality's own (and officers'); the published profile is anyone's
    const { data } = await t.gql('{ municipality(code: "GM0153") { profile { version whatToExpect } profileVersions { version isDemo } } }', {}, enschede);
    const anyone = await t.gql('{ municipality(code: "GM0153") { profile { version whatToExpect } } }');
    expect(anyone.data.municipality.profile).toEqual({ version: 3, whatToExpect: 'Updated.' });
    expect(data.municipality.profile).toEqual({ version: 3, whatToExpect: 'Updated.' });
    expect(data.municipality.profileVersions).toEqual([
      { version: 3, isDemo: false },
      { version: 2, isDemo: false },
      { version: 1, isDemo: true },
    ]);
  });

  it('gives concurrent publications distinct versions', async () => {
    const groningen = await newMunicipalitySession(t, 'GM0014');
    const results = await Promise.all([1, 2, 3, 4].map(() => t.gql(PUBLISH, { code: 'GM0014', input: PROFILE }, groningen)));
    const versions = results.map((r) => r.data.publishMunicipalityProfile.version).sort();
    expect(versions).toEqual([2, 3, 4, 5]);
  });

  it('rejects an unknown ISCO code, naming the field, and stores nothing', async () => {
    const utrecht = await t.login('utrecht@demo.local');
    const input = { ...PROFILE, labourMarket: { ...PROFILE.labourMarket, shortageOccupations: ['2161', '9999'] } };
    const response = await t.gql(PUBLISH, { code: 'GM0344', input }, utrecht);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toContain('labourMarket.shortageOccupations[1]: unknown ISCO-08 code "9999"');
    const { data } = await t.gql('{ municipality(code: "GM0344") { profileVersions { version } } }', {}, utrecht);
    expect(data.municipality.profileVersions).toHaveLength(1);
  });

  it('sets capacity per period and rejects capacity below zero', async () => {
    const SET = `mutation($code: String!, $period: String!, $input: SetCapacityInput!) {
      setCapacity(code: $code, period: $period, input: $input) { period persons homes1to2 homes3to4 homes5plus isDefault } }`;
    const ok = await t.gql(SET, { code: 'GM0344', period: '2027-H1', input: { persons: 120, homes1to2: 50, homes3to4: 10, homes5plus: 2 } }, officer);
    expect(ok.data.setCapacity).toEqual({ period: '2027-H1', persons: 120, homes1to2: 50, homes3to4: 10, homes5plus: 2, isDefault: false });
    const negative = await t.gql(SET, { code: 'GM0344', period: '2027-H1', input: { persons: 120, homes1to2: -1, homes3to4: 10, homes5plus: 2 } }, officer);
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    expect(negative.errors![0].message).toContain('homes1to2');
    const badPeriod = await t.gql(SET, { code: 'GM0344', period: '2027-Q1', input: { persons: 1, homes1to2: 1, homes3to4: 0, homes5plus: 0 } }, officer);
    expect(errorCode(badPeriod)).toBe('BAD_USER_INPUT');
    const unknown = await t.gql(SET, { code: 'GM9999', period: '2027-H1', input: { persons: 1, homes1to2: 1, homes3to4: 0, homes5plus: 0 } }, officer);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const { data } = await t.gql('{ municipality(code: "GM0344") { capacity(period: "2027-H1") { persons homes1to2 } } }', {}, officer);
    expect(data.municipality.capacity).toEqual({ persons: 120, homes1to2: 50 });
  });

  it('answers NOT_FOUND for an unknown municipality', async () => {
    expect(errorCode(await t.gql('{ municipality(code: "GM9999") { name } }'))).toBe('NOT_FOUND');
  });

  it('searches ISCO-08 occupations and lists CEFR and ISCED levels', async () => {
    const { data } = await t.gql('{ occupations(search: "2161") { code title } cefrLevels { code } iscedLevels { level } }');
    expect(data.occupations[0]).toEqual({ code: '2161', title: expect.stringMatching(/architect/i) });
    expect(data.cefrLevels.map((l: { code: string }) => l.code)).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
    expect(data.iscedLevels).toHaveLength(9);
  });
});
