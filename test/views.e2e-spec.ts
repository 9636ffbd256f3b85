import { SUPPORTED_LOCALES } from '#matching/messages/index.js';
import { periodOf } from '#api/common/period.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { waitForRun } from './support/rounds.js';

const LOCALES = SUPPORTED_LOCALES;
const STATEMENT = 'code text locale missing';
const STATUS_QUERY = `query($locale: String) { myWaitingStatus(locale: $locale) {
  reference status locale position ofTotal aheadSameBand
  rule { ${STATEMENT} } positionText { ${STATEMENT} } change { ${STATEMENT} }
  estimate { roundsLow roundsHigh monthsLow monthsHigh similarPlacedPerRound aheadOfYou roundsObserved fittingMunicipalities
    summary { ${STATEMENT} } basis { ${STATEMENT} } notAPromise { ${STATEMENT} } drivers { ${STATEMENT} } }
  othersWentFirst { ${STATEMENT} params } } }`;

/** Every statement in a response, wherever it sits. */
function statements(value: unknown): { code: string; text: string; locale: string; missing: boolean }[] {
  if (Array.isArray(value)) return value.flatMap(statements);
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.code === 'string' && typeof v.text === 'string') return [v as never];
    return Object.values(v).flatMap(statements);
  }
  return [];
}

describe('waiting list and the outside views', () => {
  let t: TestApp;
  let officer: string;
  let waitingNewcomer: string;
  let proposedNewcomer: string;
  let amsterdam: string;
  let proposedHousehold: string;

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 150 });
    officer = await t.login('officer@demo.local');
    waitingNewcomer = await t.login('newcomer@demo.local');
    proposedNewcomer = await t.login('newcomer2@demo.local');
    amsterdam = await t.login('amsterdam@demo.local');
    const gql = (q: string, v?: Record<string, unknown>) => t.gql(q, v, officer);
    const own = (await gql('{ householdByReference(reference: "HH-000001") { id } }')).data.householdByReference.id;
    proposedHousehold = (await gql('{ householdByReference(reference: "HH-000002") { id } }')).data.householdByReference.id;
    const toAccept = (await gql('{ householdByReference(reference: "HH-000003") { id } }')).data.householdByReference.id;
    const waiting = (await gql('{ households(limit: 200) { items { id } } }')).data.households.items.map((h: { id: string }) => h.id);
    // A round of everyone but HH-000001, with HH-000002 and HH-000003 pinned to Amsterdam; then published.
    // HH-000003's proposal is the one Amsterdam accepts in a test; HH-000002's stays unanswered.
    const pinnedToAmsterdam = [proposedHousehold, toAccept];
    const cohort = [...pinnedToAmsterdam, ...waiting.filter((id: string) => id !== own && !pinnedToAmsterdam.includes(id)).slice(0, 98)];
    const round = (await gql('mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }', {
      input: { name: 'views', period: periodOf(new Date()), cohort: { householdIds: cohort } },
    })).data.createRound.id;
    for (const h of pinnedToAmsterdam) {
      const pinned = await gql('mutation($r: ID!, $h: ID!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: "GM0363") { householdId } }', { r: round, h });
      expect(pinned.errors).toBeUndefined();
    }
    const run = await waitForRun(t, officer, (await gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: round })).data.runRound.id);
    const published = await gql('mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id: run.id });
    expect(published.errors).toBeUndefined();
  });
  afterAll(() => t?.close());

  describe('newcomer: place in the queue, wait estimate and why', () => {
    it.each(LOCALES)('answers in %s, every sentence from the catalogue', async (locale) => {
      const { data, errors } = await t.gql(STATUS_QUERY, { locale }, waitingNewcomer);
      expect(errors).toBeUndefined();
      const status = data.myWaitingStatus;
      expect(status).toMatchObject({ reference: 'HH-000001', status: 'WAITING', locale });
      expect(status.position).toBeGreaterThanOrEqual(1);
      expect(status.position).toBeLessThanOrEqual(status.ofTotal);
      const all = statements(status);
      expect(all.length).toBeGreaterThan(4);
      for (const s of all) {
        expect(s).toMatchObject({ locale, missing: false });
        expect(s.text).not.toMatch(/[{}]/);
      }
      expect(status.positionText.text).toContain(String(status.position));
    });

    it('bases the estimate on the rounds held: a range with its basis and drivers, not a promise', async () => {
      const { data } = await t.gql(STATUS_QUERY, { locale: 'en' }, waitingNewcomer);
      const estimate = data.myWaitingStatus.estimate;
      expect(estimate.roundsObserved).toBe(1);
      expect(estimate.aheadOfYou).toBe(data.myWaitingStatus.aheadSameBand);
      expect(estimate.basis.text).toMatch(/round/i);
      expect(estimate.notAPromise.text.length).toBeGreaterThan(10);
      if (estimate.roundsLow !== null) {
        expect(estimate.roundsLow).toBeLessThanOrEqual(estimate.roundsHigh);
        expect(estimate.similarPlacedPerRound).toBeGreaterThan(0);
      } else {
        expect(estimate.drivers[0].code).toMatch(/^wait\.driver\./);
      }
      expect(data.myWaitingStatus.rule.text).toMatch(/urgent/);
      // HH-000001 waited through the round: its position moved because the households ahead were proposed.
      expect(data.myWaitingStatus.change[0].code).toMatch(/^queue\.(moved_up|unchanged)$/);
    });

    it('explains why others went first with counts only', async () => {
      const { data } = await t.gql(STATUS_QUERY, { locale: 'en' }, waitingNewcomer);
      const others = data.myWaitingStatus.othersWentFirst;
      expect(others.length).toBeGreaterThan(0);
      for (const o of others) {
        expect(o.code).toMatch(/^others\./);
        expect(JSON.stringify(o)).not.toMatch(/HH-\d{6}|[0-9a-f]{8}-[0-9a-f]{4}-/);
      }
    });

    it('takes the language from Accept-Language when none is asked for', async () => {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${waitingNewcomer}`, 'accept-language': 'uk-UA,uk;q=0.9,en;q=0.5' },
        body: JSON.stringify({ query: '{ myWaitingStatus { locale rule { text locale } } }' }),
      });
      const { data } = (await response.json()) as { data: any };
      expect(data.myWaitingStatus.locale).toBe('uk');
      expect(data.myWaitingStatus.rule.locale).toBe('uk');
    });

    it('gives each language its own text', async () => {
      const texts = await Promise.all(LOCALES.map(async (locale) => (await t.gql('query($l: String) { myWaitingStatus(locale: $l) { rule { text } } }', { l: locale }, waitingNewcomer)).data.myWaitingStatus.rule.text));
      expect(new Set(texts).size).toBe(LOCALES.length);
    });
  });

  describe('newcomer: my proposal', () => {
    it.each(LOCALES)('shows the municipality, what to expect and the reasons in %s', async (locale) => {
      const { data, errors } = await t.gql(
        `query($l: String) { myProposalView(locale: $l) { proposal { id status municipalityCode } municipality { name } profile { whatToExpect }
          outcome { ${STATEMENT} } criteria { criterion score reasons { ${STATEMENT} } } alternatives { ${STATEMENT} } preferred { ${STATEMENT} } } }`,
        { l: locale },
        proposedNewcomer,
      );
      expect(errors).toBeUndefined();
      const view = data.myProposalView;
      expect(view.proposal).toMatchObject({ status: 'OPEN', municipalityCode: 'GM0363' });
      expect(view.municipality.name).toBe('Amsterdam');
      expect(view.profile.whatToExpect).toContain('Amsterdam');
      expect(view.criteria.length).toBe(6);
      for (const s of statements(view)) expect(s).toMatchObject({ locale, missing: false });
      expect(view.outcome.text).toContain('Amsterdam');
    });

    it('is empty for a household still waiting', async () => {
      const { data } = await t.gql('{ myProposalView { proposal { id } } }', {}, waitingNewcomer);
      expect(data.myProposalView).toBeNull();
    });
  });

  describe('municipality: who comes and what to prepare', () => {
    const VIEW = `{ myMunicipalityView(locale: "nl") { municipality { code } capacities { period persons usedPersons }
      profileVersions { version }
      proposals { proposalId reference persons homeBand adults children4to11 children12to17 careNeeds accessibilityNeeds
        professions { code title } languages { language bestLevel speakers } names whyProposed { ${STATEMENT} } } } }`;

    it('lists proposed households without names, nationality or medical detail before it accepts', async () => {
      const { data, errors } = await t.gql(VIEW, {}, amsterdam);
      expect(errors).toBeUndefined();
      const view = data.myMunicipalityView;
      expect(view.municipality.code).toBe('GM0363');
      expect(view.capacities[0].usedPersons).toBeGreaterThan(0);
      const proposed = view.proposals.find((p: any) => p.reference === 'HH-000002');
      expect(proposed).toBeDefined();
      expect(proposed.names).toBeNull();
      for (const s of proposed.whyProposed) expect(s).toMatchObject({ locale: 'nl', missing: false });
      const probe = await t.gql('{ myMunicipalityView { proposals { medicalNotes } } }', {}, amsterdam);
      expect(errorCode(probe)).toBe('GRAPHQL_VALIDATION_FAILED');
      const probe2 = await t.gql('{ myMunicipalityView { proposals { nationality } } }', {}, amsterdam);
      expect(errorCode(probe2)).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('shows names once it has accepted', async () => {
      const { data } = await t.gql(VIEW, {}, amsterdam);
      const proposed = data.myMunicipalityView.proposals.find((p: any) => p.reference === 'HH-000003');
      expect(proposed.names).toBeNull();
      const accepted = await t.gql('mutation($id: ID!) { respondToProposal(proposalId: $id, input: { accept: true }) { status } }', { id: proposed.proposalId }, amsterdam);
      expect(accepted.errors).toBeUndefined();
      const after = (await t.gql(VIEW, {}, amsterdam)).data.myMunicipalityView.proposals.find((p: any) => p.reference === 'HH-000003');
      expect(after.names.length).toBe(after.persons);
    });

    it('sees only its own municipality', async () => {
      const utrecht = await t.login('utrecht@demo.local');
      const { data } = await t.gql('{ myMunicipalityView { municipality { code } proposals { reference } } }', {}, utrecht);
      expect(data.myMunicipalityView.municipality.code).toBe('GM0344');
      expect(data.myMunicipalityView.proposals.map((p: any) => p.reference)).not.toContain('HH-000002');
    });
  });

  describe('officer: the waiting list as a whole', () => {
    it('counts by band and need, longest waits, households nobody can take', async () => {
      const { data, errors } = await t.gql(
        `{ waitingList(locale: "en") { total period byBand { key count } byUrgency { key count } byNeed { key count }
          longestWaits { reference permitDate daysWaiting } unplaceable { reference reasons { ${STATEMENT} } } } }`,
        {},
        officer,
      );
      expect(errors).toBeUndefined();
      const list = data.waitingList;
      const waiting = (await t.gql('{ households(filter: { status: WAITING }, limit: 1) { total } }', {}, officer)).data.households.total;
      expect(list.total).toBe(waiting);
      expect(list.byBand.reduce((s: number, b: any) => s + b.count, 0)).toBe(waiting);
      expect(list.longestWaits.length).toBeGreaterThan(0);
      const days = list.longestWaits.map((w: any) => w.daysWaiting);
      expect([...days].sort((a, b) => b - a)).toEqual(days);
      for (const u of list.unplaceable) for (const r of u.reasons) expect(r.missing).toBe(false);
    });

    it('sees any household’s waiting status as the household sees it', async () => {
      const id = (await t.gql('{ householdByReference(reference: "HH-000001") { id } }', {}, officer)).data.householdByReference.id;
      const { data } = await t.gql('query($id: ID!) { waitingStatus(householdId: $id, locale: "ar") { reference locale rule { locale missing } } }', { id }, officer);
      expect(data.waitingStatus).toEqual({ reference: 'HH-000001', locale: 'ar', rule: { locale: 'ar', missing: false } });
    });
  });
});
