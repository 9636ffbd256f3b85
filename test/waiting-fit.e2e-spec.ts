/*
 * The count of fitting municipalities in a wait estimate means what its sentence says: municipalities that could
 * take the household at all (hard needs, a home of its band, enough person places). Case:
 * ../shared/cases/waiting-fitting-large-household.graphql (a household of 12 was told 342; right: 53 with the
 * default capacity, the municipalities with a home for 5 or more and at least 12 person places).
 */
import { SUPPORTED_LOCALES } from '#matching/messages/locales.js';
import { periodOf } from '#api/common/period.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { unreadable } from './support/readable.js';

const PERIOD = periodOf(new Date());

describe('waiting status: fitting municipalities', () => {
  let t: TestApp;
  let officer: string;
  let capacities: { code: string; persons: number; homes1to2: number; homes5plus: number }[];
  const gql = (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, officer);

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 20 });
    officer = await t.login('officer@demo.local');
    const { data } = await gql(`{ municipalities { code capacity(period: "${PERIOD}") { persons homes1to2 homes5plus } } }`);
    capacities = data.municipalities.map((m: { code: string; capacity: { persons: number; homes1to2: number; homes5plus: number } | null }) => ({ code: m.code, ...(m.capacity ?? { persons: 0, homes1to2: 0, homes5plus: 0 }) }));
  }, 120_000);
  afterAll(() => t?.close());

  const register = async (members: number) => {
    const year = new Date().getUTCFullYear();
    const { data, errors } = await gql('mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id size } }', {
      input: {
        permitDate: '2026-03-01',
        receptionLocation: 'AZC Budel-Cranendonck',
        members: [{ fullName: 'Test Parent', birthYear: 1990, role: 'APPLICANT' }, ...Array.from({ length: members - 1 }, (_, i) => ({ birthYear: year - 16 + (i % 14), role: 'CHILD' }))],
      },
    });
    expect(errors).toBeUndefined();
    expect(data.registerHousehold.size).toBe(members);
    return data.registerHousehold.id as string;
  };
  const status = async (id: string, locale = 'en') =>
    (await gql('query($id: ID!, $l: String) { waitingStatus(householdId: $id, locale: $l) { estimate { fittingMunicipalities fittingText { text missing } drivers { code text } } } }', { id, l: locale })).data.waitingStatus.estimate;

  it('counts for a household of 12 only the municipalities with a home for 5 or more and 12 person places', async () => {
    const expected = capacities.filter((c) => c.homes5plus >= 1 && c.persons >= 12).length;
    expect(expected).toBe(53);
    const estimate = await status(await register(12));
    expect(estimate.fittingMunicipalities).toBe(expected);
    expect(estimate.fittingText).toEqual({ text: '53 municipalities can take a household like yours: they meet your needs and have homes for 5 or more people with room for 12 people (free or not).', missing: false });
  });

  it('counts for a single person the municipalities with a home for 1 or 2', async () => {
    const estimate = await status(await register(1), 'nl');
    expect(estimate.fittingMunicipalities).toBe(capacities.filter((c) => c.homes1to2 >= 1 && c.persons >= 1).length);
    expect(estimate.fittingText.text).toContain(`${estimate.fittingMunicipalities} gemeenten kunnen een huishouden zoals het uwe opnemen`);
  });

  // HA (issue 11): family in Utrechtse Heuvelrug (reach 20 km) and a study place in Deventer (reach 30 km), about 63 km
  // apart: the reaches do not overlap. The texts name that cause, never "all your needs: ." and never "no municipality
  // is in that area" of a tie whose own town is in it.
  it('names hard ties whose areas do not overlap, and counts each tie\'s own area', async () => {
    const { data, errors } = await gql('mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id ties { status } } }', {
      input: {
        permitDate: '2026-03-01',
        receptionLocation: 'AZC Budel-Cranendonck',
        members: [{ fullName: 'Test Student', birthYear: 2000, role: 'APPLICANT' }],
        ties: [
          { kind: 'FAMILY', municipalityCode: 'GM1581', firstDegree: true, liveNear: true, verificationNote: 'BRP extract seen' },
          { kind: 'STUDY_PLACE', municipalityCode: 'GM0150', verificationNote: 'Enrolment letter seen' },
        ],
      },
    });
    expect(errors).toBeUndefined();
    expect(data.registerHousehold.ties).toEqual([{ status: 'VERIFIED' }, { status: 'VERIFIED' }]);
    const names = ((await gql('{ municipalities { code name } }')).data.municipalities as { code: string; name: string }[]);
    const query = 'query($id: ID!, $l: String) { waitingStatus(householdId: $id, locale: $l) { estimate { roundsLow basis { params } drivers { code params text missing } } } }';
    for (const locale of SUPPORTED_LOCALES) {
      const estimate = (await gql(query, { id: data.registerHousehold.id, l: locale })).data.waitingStatus.estimate;
      expect(estimate.roundsLow).toBeNull();
      expect(estimate.drivers[0].code).toBe('wait.driver.hard_tie_reaches_apart');
      expect(estimate.drivers[0].params).toEqual({ tiePlaces: ['GM1581', 'GM0150'] });
      expect(estimate.basis.params.reason).toBe('hard_tie_reaches_apart');
      expect(estimate.drivers.map((d: { code: string }) => d.code)).not.toContain('wait.driver.no_municipality_meets_needs');
      const reach = estimate.drivers.filter((d: { code: string }) => d.code === 'wait.driver.hard_tie_reach');
      expect(reach.map((d: { params: { tiePlace: string } }) => d.params.tiePlace)).toEqual(['GM1581', 'GM0150']);
      for (const d of reach) expect(d.params.municipalities).toBeGreaterThanOrEqual(1);
      const nameList = names.map((n) => n.name);
      for (const d of estimate.drivers) {
        expect(d.missing).toBe(false);
        expect(unreadable(d.text, locale, { names: nameList })).toEqual([]);
      }
      expect(estimate.drivers[0].text).toContain('Utrechtse Heuvelrug');
      expect(estimate.drivers[0].text).toContain('Deventer');
      if (locale === 'en') {
        expect(estimate.drivers[0].text).toBe('An officer checked your ties with Utrechtse Heuvelrug and Deventer. You must live close to each of these places. But they are too far apart: no municipality is close enough to all of them. An officer will look for a solution.');
        expect(reach[0].text).not.toContain('No municipality is in that area');
      }
    }
  });
});
