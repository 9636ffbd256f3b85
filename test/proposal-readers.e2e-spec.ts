/*
 * PROPOSALS, AS EACH READER NEEDS THEM (issue 11, part H2), over GraphQL:
 * - `proposals(filter: { status })` finds every status a proposal can reach through the API (the issue saw
 *   CONTESTED return nothing), and nothing for the others;
 * - `proposalsAwaitingReview` lists what waits on an officer (contested; overdue), oldest first, paged;
 * - each reader has its own type: a municipality or a newcomer selecting every field of its type gets no error,
 *   and a field it may not see is not in its type at all;
 * - bad input answers one message naming the field;
 * - the response deadline, the contact person and the expected move-in date are the same on both sides.
 *
 * One round of nine households of this file, all pinned to Amsterdam (GM0363, the demo municipality account), each
 * driven to its own status in `beforeAll`; the seeded cohort stays waiting.
 */
import { STAFF_LOCALES, SUPPORTED_LOCALES } from '#matching/messages/locales.js';
import { DataSource } from 'typeorm';
import { PROPOSAL_STATUSES } from '#matching/vocabulary/lifecycle.js';
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { unreadableAll } from './support/readable.js';
import { auditOf, newHouseholds, newNewcomerSession, newPublishedRound, required, type NewProposal } from './support/factories.js';

const AMSTERDAM = 'GM0363';
const RESPOND = 'mutation($id: ID!, $input: ProposalResponseInput!) { respondToProposal(proposalId: $id, input: $input) { __typename status } }';
const ARRANGE = 'mutation($id: ID!, $input: ProposalArrangementsInput!) { setProposalArrangements(proposalId: $id, input: $input) { __typename respondBy contact { name email phone } expectedMoveIn } }';

/** Today's date in the Netherlands plus `days`, YYYY-MM-DD (written apart from the implementation's `responseDeadline`). */
function dutchDayPlus(days: number): string {
  const [y, m, d] = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The roles' story per household of the round: the status each ends in. */
const STORY = ['open', 'contested', 'contest_rejected', 'accepted', 'placed', 'declined', 'contest_upheld', 'withdrawn', 'overdue'] as const;
type Story = (typeof STORY)[number];

describe('proposals, as each reader needs them', () => {
  let t: TestApp;
  let officer: string;
  let amsterdam: string;
  let utrecht: string;
  let roundId: string;
  const proposal = new Map<Story, NewProposal>();
  const newcomer = new Map<Story, string>();
  const gql = (query: string, variables?: Record<string, unknown>, token = officer) => t.gql(query, variables, token);
  const ok = (response: GraphQLResponse, field: string) => required(response, field);

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 20 });
    officer = await t.login('officer@demo.local');
    amsterdam = await t.login('amsterdam@demo.local');
    utrecht = await t.login('utrecht@demo.local');
    const households = await newHouseholds(t, officer, STORY.length);
    const published = await newPublishedRound(
      t,
      officer,
      { cohort: { householdIds: households.map((h) => h.id) }, municipalityCodes: [AMSTERDAM, 'GM0344'], policy: { responseDays: 10 } },
      households.map((h) => ({ householdId: h.id, municipalityCode: AMSTERDAM })),
    );
    roundId = published.roundId;
    for (const [i, story] of STORY.entries()) {
      proposal.set(story, published.proposals.find((p) => p.householdId === households[i].id)!);
      newcomer.set(story, await newNewcomerSession(t, households[i].id));
    }
    const id = (s: Story) => proposal.get(s)!.id;
    const review = async (s: Story, uphold: boolean) =>
      ok(await gql('mutation($id: ID!, $u: Boolean!) { reviewContest(proposalId: $id, input: { uphold: $u, note: "Reviewed with the household" }) { status } }', { id: id(s), u: uphold }), 'reviewContest');
    const respond = async (s: Story, token: string, input: Record<string, unknown>) => ok(await t.gql(RESPOND, { id: id(s), input }, token), 'respondToProposal');

    await respond('contested', newcomer.get('contested')!, { accept: false, reason: 'My job contract is in another town' });
    await respond('contest_rejected', newcomer.get('contest_rejected')!, { accept: false, reason: 'I would rather live in a village' });
    await review('contest_rejected', false);
    for (const s of ['accepted', 'placed'] as const) {
      await respond(s, amsterdam, { accept: true });
      await respond(s, newcomer.get(s)!, { accept: true });
    }
    ok(await t.gql('mutation($id: ID!) { recordHousing(proposalId: $id, input: { housedOn: "2026-12-01" }) { status } }', { id: id('placed') }, amsterdam), 'recordHousing');
    await respond('declined', amsterdam, { accept: false, reason: 'No home of this size after all' });
    await respond('contest_upheld', newcomer.get('contest_upheld')!, { accept: false, reason: 'My sister lives in Groningen' });
    await review('contest_upheld', true);
    ok(await gql('mutation($id: ID!) { withdrawProposal(proposalId: $id, input: { reason: "The home is no longer available" }) { status } }', { id: id('withdrawn') }), 'withdrawProposal');
    // Its response deadline passed three days ago without an answer (nothing in the API moves a deadline back).
    await t.app.get(DataSource).query(`UPDATE proposal SET respond_by = $2 WHERE id = $1`, [id('overdue'), dutchDayPlus(-3)]);
  }, 300_000);
  afterAll(() => t?.close());

  describe('the life cycle filter', () => {
    it('finds every status a proposal reaches, CONTESTED among them, and nothing for the others', async () => {
      const expected: Record<string, Story[]> = Object.fromEntries(PROPOSAL_STATUSES.map((s) => [s, []]));
      for (const story of STORY) expected[story === 'overdue' ? 'open' : story].push(story);
      for (const status of PROPOSAL_STATUSES) {
        const found = ok(await gql('query($r: String!, $s: ProposalStatus!) { proposals(filter: { roundId: $r, status: $s }) { id status } }', { r: roundId, s: status.toUpperCase() }), 'proposals') as { id: string; status: string }[];
        expect({ status, ids: found.map((p) => p.id).sort() }).toEqual({ status, ids: expected[status].map((s) => proposal.get(s)!.id).sort() });
        // the count with the same filter is the list's length
        expect(ok(await gql('query($r: String!, $s: ProposalStatus!) { proposalCount(filter: { roundId: $r, status: $s }) }', { r: roundId, s: status.toUpperCase() }), 'proposalCount')).toBe(expected[status].length);
        expect(found.every((p) => p.status === status.toUpperCase())).toBe(true);
      }
      expect(ok(await gql('query($r: String!) { proposalCount(filter: { roundId: $r }) }', { r: roundId }), 'proposalCount')).toBe(STORY.length);
      // Every status but EXPIRED (issue 16 builds expiry) is reached.
      expect(PROPOSAL_STATUSES.filter((s) => expected[s].length === 0)).toEqual(['expired']);
    });

    it('gives the answers and the review as enums', async () => {
      const [p] = ok(await gql('query($r: String!) { proposals(filter: { roundId: $r, status: CONTEST_REJECTED }) { municipalityResponse newcomerResponse reviewOutcome } }', { r: roundId }), 'proposals');
      expect(p).toEqual({ municipalityResponse: null, newcomerResponse: 'CONTESTED', reviewOutcome: 'REJECTED' });
      const [declined] = ok(await gql('query($r: String!) { proposals(filter: { roundId: $r, status: DECLINED }) { municipalityResponse municipalityReason } }', { r: roundId }), 'proposals');
      expect(declined).toEqual({ municipalityResponse: 'DECLINED', municipalityReason: 'No home of this size after all' });
      const schema = ok(await gql('{ __type(name: "ProposalShared") { fields { name type { name kind ofType { name kind } } } } }'), '__type');
      const typeOf = (name: string) => schema.fields.find((f: { name: string }) => f.name === name).type;
      for (const [field, enumName] of [['status', 'ProposalStatus'], ['municipalityResponse', 'MunicipalityResponse'], ['newcomerResponse', 'NewcomerResponse'], ['reviewOutcome', 'ReviewOutcome']]) {
        const type = typeOf(field);
        expect({ field, type: type.kind === 'NON_NULL' ? type.ofType : { name: type.name, kind: type.kind } }).toEqual({ field, type: { name: enumName, kind: 'ENUM' } });
      }
    });
  });

  describe('what awaits an officer’s review', () => {
    const QUEUE = 'query($o: Int, $l: Int) { proposalsAwaitingReview(offset: $o, limit: $l) { total items { reason since proposal { id status newcomerReason respondBy } } } }';

    it('lists the contested and the overdue proposals, oldest first, and nothing else', async () => {
      const page = ok(await gql(QUEUE, { o: 0, l: 50 }), 'proposalsAwaitingReview');
      expect(page.total).toBe(2);
      expect(page.items.map((i: { reason: string; proposal: { id: string } }) => [i.reason, i.proposal.id])).toEqual([
        ['OVERDUE', proposal.get('overdue')!.id],
        ['CONTESTED', proposal.get('contested')!.id],
      ]);
      const [overdue, contested] = page.items;
      expect(overdue.proposal.respondBy).toBe(dutchDayPlus(-3));
      // Overdue since the Dutch midnight after its deadline: two days ago, 22:00 or 23:00 UTC the day before that.
      const since = new Date(overdue.since);
      expect(since.getTime()).toBeLessThan(Date.now() - 86_400_000);
      expect(new Date(since.getTime() + 3 * 3_600_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' })).toBe(dutchDayPlus(-2));
      expect(contested.proposal.newcomerReason).toBe('My job contract is in another town');
      expect(new Date(contested.since).getTime()).toBeGreaterThan(since.getTime());
    });

    it('pages: one at a time gives the same order, the total counts every page', async () => {
      const first = ok(await gql(QUEUE, { o: 0, l: 1 }), 'proposalsAwaitingReview');
      const second = ok(await gql(QUEUE, { o: 1, l: 1 }), 'proposalsAwaitingReview');
      const third = ok(await gql(QUEUE, { o: 2, l: 1 }), 'proposalsAwaitingReview');
      expect([first.total, second.total, third.total]).toEqual([2, 2, 2]);
      expect([first.items[0].proposal.id, second.items[0].proposal.id, third.items]).toEqual([proposal.get('overdue')!.id, proposal.get('contested')!.id, []]);
    });

    it('names each household by its case reference, as the officer finds it', async () => {
      const page = ok(await gql('{ proposalsAwaitingReview(limit: 10) { items { proposal { householdId householdReference } } } }'), 'proposalsAwaitingReview');
      const all = ok(await gql('query($r: String) { proposals(filter: { roundId: $r }) { householdId householdReference } }', { r: roundId }), 'proposals');
      expect(all).toHaveLength(STORY.length);
      for (const { householdId, householdReference } of [...page.items.map((i: { proposal: object }) => i.proposal), ...all]) {
        const household = ok(await gql('query($id: ID!) { household(id: $id) { reference } }', { id: householdId }), 'household');
        expect(householdReference).toBe(household.reference);
        expect(householdReference).toMatch(/^HH-\d{6}$/);
      }
    });

    it('is for officers only', async () => {
      expect(errorCode(await t.gql(QUEUE, { o: 0, l: 5 }, amsterdam))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(QUEUE, { o: 0, l: 5 }, newcomer.get('contested')))).toBe('FORBIDDEN');
    });
  });

  describe('one type per reader', () => {
    /** A selection of every field of a GraphQL object type (object fields with their scalar fields). */
    async function everyField(typeName: string): Promise<{ names: string[]; selection: string }> {
      const TYPE = 'query($n: String!) { __type(name: $n) { fields { name type { kind name ofType { kind name ofType { kind name } } } } } }';
      const type = ok(await gql(TYPE, { n: typeName }), '__type');
      const named = (tp: { kind: string; name: string | null; ofType?: any }): { kind: string; name: string } => (tp.ofType ? named(tp.ofType) : { kind: tp.kind, name: tp.name! });
      const parts: string[] = [];
      for (const f of type.fields as { name: string; type: any }[]) {
        const inner = named(f.type);
        parts.push(inner.kind === 'OBJECT' ? `${f.name} { ${(await everyField(inner.name)).selection} }` : f.name);
      }
      return { names: type.fields.map((f: { name: string }) => f.name), selection: parts.join(' ') };
    }

    it('a municipality that selects every field of MunicipalityProposal gets its proposals and no error', async () => {
      const { names, selection } = await everyField('MunicipalityProposal');
      expect(names).not.toEqual(expect.arrayContaining(['newcomerReason']));
      for (const hidden of ['newcomerReason', 'reviewNote', 'householdId', 'runId', 'roundId']) expect(names).not.toContain(hidden);
      const response = await t.gql(`{ myMunicipalityProposals(limit: 100) { __typename ${selection} } }`, {}, amsterdam);
      expect(response.errors).toBeUndefined();
      const mine = response.data.myMunicipalityProposals as { id: string; __typename: string; municipalityCode: string }[];
      expect(mine.map((p) => p.id)).toEqual(expect.arrayContaining([...proposal.values()].map((p) => p.id)));
      expect(new Set(mine.map((p) => [p.__typename, p.municipalityCode].join(' ')))).toEqual(new Set([`MunicipalityProposal ${AMSTERDAM}`]));
      // Another municipality sees none of them.
      expect(ok(await t.gql('{ myMunicipalityProposals { id } }', {}, utrecht), 'myMunicipalityProposals')).toEqual([]);
    });

    it('a municipality cannot even ask for the newcomer’s reason or the review note: they are not in its type', async () => {
      for (const field of ['newcomerReason', 'reviewNote']) {
        const response = await t.gql(`{ myMunicipalityProposals { id ${field} } }`, {}, amsterdam);
        expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
      }
      const filtered = ok(await t.gql('{ myMunicipalityProposals(filter: { status: CONTESTED }) { id status } }', {}, amsterdam), 'myMunicipalityProposals');
      expect(filtered).toEqual([{ id: proposal.get('contested')!.id, status: 'CONTESTED' }]);
    });

    it('a newcomer that selects every field of NewcomerProposal gets their own proposals, with their own reason', async () => {
      const { names, selection } = await everyField('NewcomerProposal');
      for (const own of ['newcomerReason', 'reviewNote', 'respondBy', 'contact', 'expectedMoveIn']) expect(names).toContain(own);
      const response = await t.gql(`{ myHouseholdProposals { __typename ${selection} } }`, {}, newcomer.get('contest_rejected'));
      expect(response.errors).toBeUndefined();
      expect(response.data.myHouseholdProposals).toHaveLength(1);
      expect(response.data.myHouseholdProposals[0]).toMatchObject({
        __typename: 'NewcomerProposal',
        id: proposal.get('contest_rejected')!.id,
        newcomerReason: 'I would rather live in a village',
        reviewNote: 'Reviewed with the household',
        reviewOutcome: 'REJECTED',
      });
    });

    it('an operation of several roles gives each caller its own type', async () => {
      const fresh = await newHouseholds(t, officer, 1);
      const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: [fresh[0].id] } }, [{ householdId: fresh[0].id, municipalityCode: AMSTERDAM }]);
      const token = await newNewcomerSession(t, fresh[0].id);
      const DETAIL = 'mutation($id: ID!, $input: ProposalResponseInput!) { respondToProposal(proposalId: $id, input: $input) { __typename status ... on NewcomerProposal { newcomerReason } } }';
      const asMunicipality = ok(await t.gql(DETAIL, { id: proposals[0].id, input: { accept: true } }, amsterdam), 'respondToProposal');
      expect(asMunicipality).toEqual({ __typename: 'MunicipalityProposal', status: 'OPEN' });
      const asNewcomer = ok(await t.gql(DETAIL, { id: proposals[0].id, input: { accept: true, reason: 'Close to the school' } }, token), 'respondToProposal');
      expect(asNewcomer).toEqual({ __typename: 'NewcomerProposal', status: 'ACCEPTED', newcomerReason: 'Close to the school' });
      const asOfficer = ok(await gql('mutation($id: ID!) { setProposalArrangements(proposalId: $id, input: { expectedMoveIn: "2030-01-15" }) { __typename ... on Proposal { householdId } } }', { id: proposals[0].id }), 'setProposalArrangements');
      expect(asOfficer).toEqual({ __typename: 'Proposal', householdId: fresh[0].id });
    });
  });

  describe('bad input: one message naming the field', () => {
    it('declining without a reason', async () => {
      const fresh = await newHouseholds(t, officer, 1);
      const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: [fresh[0].id] } }, [{ householdId: fresh[0].id, municipalityCode: AMSTERDAM }]);
      const response = await t.gql(RESPOND, { id: proposals[0].id, input: { accept: false } }, amsterdam);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0].message).toBe('reason: a reason is required when you decline or contest');
      expect(response.errors![0].extensions?.fields).toEqual([{ field: 'reason', message: 'a reason is required when you decline or contest' }]);
    });

    it('another input type: the arrangements (a nested field, a date, a date before publication, nothing given)', async () => {
      const id = proposal.get('open')!.id;
      const badEmail = await t.gql(ARRANGE, { id, input: { contact: { name: 'A. de Vries', email: 'not-an-address' } } }, amsterdam);
      expect(badEmail.errors![0].message).toBe('contact.email: give an e-mail address such as naam@gemeente.nl (or a phone number)');
      expect(badEmail.errors![0].extensions?.fields).toHaveLength(1);
      const badDate = await t.gql(ARRANGE, { id, input: { expectedMoveIn: '2027-02-30' } }, amsterdam);
      expect(badDate.errors![0].message).toBe('expectedMoveIn: must be a date such as 2026-12-01');
      const early = await t.gql(ARRANGE, { id, input: { expectedMoveIn: '2020-01-01' } }, amsterdam);
      expect(early.errors![0].message).toBe(`expectedMoveIn: must not be before the day the proposal was published (${dutchDayPlus(0)})`);
      const nothing = await t.gql(ARRANGE, { id, input: {} }, amsterdam);
      expect(nothing.errors![0].message).toBe('input: give a contact person, an expected move-in date, or both');
      const stored = ok(await gql('query($r: String!) { proposals(filter: { roundId: $r, status: OPEN }) { id contact { name } expectedMoveIn } }', { r: roundId }), 'proposals');
      expect(stored.find((p: { id: string }) => p.id === id)).toEqual({ id, contact: null, expectedMoveIn: null });
    });
  });

  describe('what both sides plan around: deadline, contact person, expected move-in', () => {
    it('the response deadline comes from the round policy (responseDays) and is the same on both sides', async () => {
      const due = dutchDayPlus(10);
      const id = proposal.get('accepted')!.id;
      const forMunicipality = ok(await t.gql('{ myMunicipalityProposals(limit: 500) { id respondBy } }', {}, amsterdam), 'myMunicipalityProposals');
      expect(forMunicipality.find((p: { id: string }) => p.id === id).respondBy).toBe(due);
      const forNewcomer = ok(await t.gql('{ myHouseholdProposals { id respondBy } }', {}, newcomer.get('accepted')), 'myHouseholdProposals');
      expect(forNewcomer).toEqual([{ id, respondBy: due }]);
      const view = ok(await t.gql('{ myMunicipalityView { proposals { proposalId respondBy } } }', {}, amsterdam), 'myMunicipalityView');
      expect(view.proposals.find((p: { proposalId: string }) => p.proposalId === id).respondBy).toBe(due);
      const round = ok(await gql('query($id: ID!) { round(id: $id) { policy { responseDays } } }', { id: roundId }), 'round');
      expect(round.policy.responseDays).toBe(10);
      // A round without responseDays: 14 days, the documented default.
      const fresh = await newHouseholds(t, officer, 1);
      const { proposals, roundId: other } = await newPublishedRound(t, officer, { cohort: { householdIds: [fresh[0].id] } });
      expect(ok(await gql('query($id: ID!) { round(id: $id) { policy { responseDays } } }', { id: other }), 'round').policy.responseDays).toBe(14);
      const [p] = ok(await gql('query($r: String!) { proposals(filter: { roundId: $r }) { respondBy } }', { r: other }), 'proposals');
      expect(proposals).toHaveLength(1);
      expect(p.respondBy).toBe(dutchDayPlus(14));
    });

    it('the municipality sets the contact person and the expected move-in; the newcomer sees the same; a part left out stays', async () => {
      const id = proposal.get('accepted')!.id;
      const contact = { name: 'Anouk de Vries', email: 'a.devries@amsterdam.nl', phone: null };
      const set = ok(await t.gql(ARRANGE, { id, input: { contact: { name: contact.name, email: contact.email } } }, amsterdam), 'setProposalArrangements');
      expect(set).toMatchObject({ __typename: 'MunicipalityProposal', contact, expectedMoveIn: null });
      const moved = ok(await t.gql(ARRANGE, { id, input: { expectedMoveIn: '2030-03-01' } }, amsterdam), 'setProposalArrangements');
      expect(moved).toMatchObject({ contact, expectedMoveIn: '2030-03-01' });
      const phoneOnly = ok(await t.gql(ARRANGE, { id, input: { contact: { name: 'Team Huisvesting', phone: '+31 20 123 4567' } } }, amsterdam), 'setProposalArrangements');
      const latest = { name: 'Team Huisvesting', email: null, phone: '+31 20 123 4567' };
      expect(phoneOnly).toMatchObject({ contact: latest, expectedMoveIn: '2030-03-01' });

      const PLAN = 'respondBy contact { name email phone } expectedMoveIn';
      const newcomerSees = ok(await t.gql(`{ myHouseholdProposals { ${PLAN} } myProposalView { proposal { ${PLAN} } } }`, {}, newcomer.get('accepted')), 'myHouseholdProposals');
      const view = ok(await t.gql(`{ myProposalView { proposal { ${PLAN} } } }`, {}, newcomer.get('accepted')), 'myProposalView');
      const plan = { respondBy: dutchDayPlus(10), contact: latest, expectedMoveIn: '2030-03-01' };
      expect(newcomerSees).toEqual([plan]);
      expect(view.proposal).toEqual(plan);
      const municipalityView = ok(await t.gql(`{ myMunicipalityView { proposals { proposalId ${PLAN} } } }`, {}, amsterdam), 'myMunicipalityView');
      expect(municipalityView.proposals.find((p: { proposalId: string }) => p.proposalId === id)).toEqual({ proposalId: id, ...plan });
      const officerSees = ok(await gql(`query($r: String!) { proposals(filter: { roundId: $r, status: ACCEPTED }) { id ${PLAN} } }`, { r: roundId }), 'proposals');
      expect(officerSees).toEqual([{ id, ...plan }]);
      expect((await auditOf(t, officer, id)).filter((e) => e.action === 'proposal.arrangements')).toEqual([
        { action: 'proposal.arrangements', actorRole: 'MUNICIPALITY' },
        { action: 'proposal.arrangements', actorRole: 'MUNICIPALITY' },
        { action: 'proposal.arrangements', actorRole: 'MUNICIPALITY' },
      ]);
    });

    it('both sides read the plan in words, each in their languages (the newcomer eight, the municipality four), with the dates and the contact as set', async () => {
      const id = proposal.get('contest_rejected')!.id;
      const contact = { name: 'Anouk de Vries', email: 'a.devries@amsterdam.nl', phone: '+31 20 123 4567' };
      ok(await t.gql(ARRANGE, { id, input: { contact, expectedMoveIn: '2030-05-01' } }, amsterdam), 'setProposalArrangements');
      const names = ['Amsterdam', contact.name, contact.email, contact.phone];
      const due = dutchDayPlus(10);
      const [y, m, d] = due.split('-').map(Number);
      const day = String(d);
      const expectedMonth: Record<string, string> = {
        nl: new Date(Date.UTC(y, m - 1, d, 12)).toLocaleDateString('nl-NL', { month: 'long', timeZone: 'UTC' }),
        en: new Date(Date.UTC(y, m - 1, d, 12)).toLocaleDateString('en-US', { month: 'long', timeZone: 'UTC' }),
      };
      for (const locale of SUPPORTED_LOCALES) {
        const view = ok(await t.gql('query($l: String) { myProposalView(locale: $l) { plan { code text locale missing } } }', { l: locale }, newcomer.get('contest_rejected')), 'myProposalView');
        expect(view.plan.map((s: { code: string }) => s.code)).toEqual(['proposal.respond_by', 'proposal.contact', 'proposal.expected_move_in']);
        expect(view.plan.every((s: { locale: string; missing: boolean }) => s.locale === locale && !s.missing)).toBe(true);
        const texts = view.plan.map((s: { text: string }) => s.text) as string[];
        expect(unreadableAll(texts, locale, { names, allowYears: true })).toEqual([]);
        expect(texts[1]).toContain(contact.name);
        expect(texts[1]).toContain(contact.email);
        expect(texts[1]).toContain(contact.phone);
        if (locale === 'nl' || locale === 'en') {
          expect(texts[0]).toContain(locale === 'en' ? `${expectedMonth.en} ${day}, ${y}` : `${day} ${expectedMonth.nl} ${y}`);
          expect(texts[2]).toContain(locale === 'nl' ? '1 mei 2030' : 'May 1, 2030');
        }
        // the municipality reads the staff's languages; asked for another, it reads English
        const municipality = ok(await t.gql('query($l: String) { myMunicipalityView(locale: $l) { proposals { proposalId respondByText { text locale missing } } } }', { l: locale }, amsterdam), 'myMunicipalityView');
        const row = municipality.proposals.find((p: { proposalId: string }) => p.proposalId === id);
        const staffLocale = (STAFF_LOCALES as readonly string[]).includes(locale) ? locale : 'en';
        expect(row.respondByText).toMatchObject({ locale: staffLocale, missing: false });
        expect(unreadableAll([row.respondByText.text], staffLocale, { names, allowYears: true })).toEqual([]);
        if (locale === 'uk') expect(row.respondByText.text).toContain(`${day} `);
      }
    });

    it('only the municipality it is addressed to (or an officer), and only while the proposal lasts', async () => {
      const input = { contact: { name: 'Someone', email: 'someone@utrecht.nl' } };
      expect(errorCode(await t.gql(ARRANGE, { id: proposal.get('open')!.id, input }, utrecht))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(ARRANGE, { id: proposal.get('open')!.id, input }, newcomer.get('open')))).toBe('FORBIDDEN');
      for (const ended of ['declined', 'withdrawn', 'contest_upheld', 'placed'] as const) {
        expect({ ended, code: errorCode(await t.gql(ARRANGE, { id: proposal.get(ended)!.id, input: { expectedMoveIn: '2030-01-01' } }, amsterdam)) }).toEqual({ ended, code: 'CONFLICT' });
      }
      for (const lasting of ['overdue', 'contested', 'contest_rejected'] as const) {
        const set = ok(await t.gql(ARRANGE, { id: proposal.get(lasting)!.id, input: { expectedMoveIn: '2030-01-01' } }, amsterdam), 'setProposalArrangements');
        expect(set.expectedMoveIn).toBe('2030-01-01');
      }
    });
  });

  /*
   * Issue 14 (Medium): a municipality kept seeing a household after its proposal was withdrawn. What it sees of the
   * people lasts as long as it has a case (municipalityHouseholdAccess, matching/vocabulary/lifecycle.ts): names
   * once it accepted, the rest from the start; nothing about the people once the proposal ended without the
   * household coming (withdrawn, declined, contest upheld, expired). Its own round, so this `it` runs alone.
   */
  describe('a municipality’s access to the household ends with the proposal', () => {
    const VIEW = `{ myMunicipalityView(locale: "en") { proposals { proposalId reference status persons homeBand names adults childrenUnder4 children4to11
      children12to17 careNeeds accessibilityNeeds professions { code } languages { language } whyProposed { code text } } } }`;
    const PEOPLE = ['names', 'adults', 'childrenUnder4', 'children4to11', 'children12to17', 'careNeeds', 'accessibilityNeeds', 'professions', 'languages', 'whyProposed'] as const;
    const ENDINGS = ['withdrawn after it accepted', 'withdrawn after both accepted', 'declined', 'contest_upheld', 'expired'] as const;

    it('shows names while the proposal lasts after it accepted, and nothing about the people once it ended', async () => {
      const households = await newHouseholds(t, officer, ENDINGS.length, {
        input: { careNeeds: ['HOSPITAL'], members: [{ fullName: 'Revoked Applicant', birthYear: 1990, role: 'APPLICANT', professions: ['2161'], languages: [{ language: 'ar', cefr: 'B1' }] }] },
      });
      const published = await newPublishedRound(t, officer, { cohort: { householdIds: households.map((h) => h.id) }, municipalityCodes: [AMSTERDAM, 'GM0344'] },
        households.map((h) => ({ householdId: h.id, municipalityCode: AMSTERDAM })));
      const byEnding = new Map(ENDINGS.map((e, i) => [e, published.proposals.find((p) => p.householdId === households[i].id)!.id]));
      const rows = async () => {
        const view = ok(await t.gql(VIEW, {}, amsterdam), 'myMunicipalityView');
        return new Map(ENDINGS.map((e) => [e, view.proposals.find((p: { proposalId: string }) => p.proposalId === byEnding.get(e))]));
      };
      const respond = async (e: (typeof ENDINGS)[number], token: string, input: Record<string, unknown>) =>
        ok(await t.gql(RESPOND, { id: byEnding.get(e), input }, token), 'respondToProposal');
      const sessions = new Map(await Promise.all(ENDINGS.map(async (e, i) => [e, await newNewcomerSession(t, households[i].id)] as const)));

      // while the proposal lasts: what to prepare from the start, the names once the municipality accepted
      await respond('withdrawn after it accepted', amsterdam, { accept: true });
      await respond('withdrawn after both accepted', amsterdam, { accept: true });
      await respond('withdrawn after both accepted', sessions.get('withdrawn after both accepted')!, { accept: true });
      const open = await rows();
      for (const e of ENDINGS) {
        const row = open.get(e);
        expect({ e, careNeeds: row.careNeeds, adults: row.adults, languages: row.languages, professions: row.professions, why: row.whyProposed.length > 0 })
          .toEqual({ e, careNeeds: ['HOSPITAL'], adults: 1, languages: [{ language: 'ar' }], professions: [{ code: '2161' }], why: true });
      }
      expect(open.get('withdrawn after it accepted')).toMatchObject({ status: 'OPEN', names: ['Revoked Applicant'] });
      expect(open.get('withdrawn after both accepted')).toMatchObject({ status: 'ACCEPTED', names: ['Revoked Applicant'] });
      expect(open.get('declined').names).toBeNull();

      // each ends its own way
      for (const e of ['withdrawn after it accepted', 'withdrawn after both accepted'] as const) {
        ok(await gql('mutation($id: ID!) { withdrawProposal(proposalId: $id, input: { reason: "The home is no longer available" }) { status } }', { id: byEnding.get(e) }), 'withdrawProposal');
      }
      await respond('declined', amsterdam, { accept: false, reason: 'No home of this size after all' });
      await respond('contest_upheld', sessions.get('contest_upheld')!, { accept: false, reason: 'My sister lives in Groningen' });
      ok(await gql('mutation($id: ID!) { reviewContest(proposalId: $id, input: { uphold: true, note: "Family ties verified" }) { status } }', { id: byEnding.get('contest_upheld') }), 'reviewContest');
      // nothing in the API expires a proposal yet (lifecycle.ts): record the fact as the deadline job will
      await t.app.get(DataSource).query(`UPDATE proposal SET expired_at = now(), status = 'expired' WHERE id = $1`, [byEnding.get('expired')]);

      const ended = await rows();
      const expectedStatus = { 'withdrawn after it accepted': 'WITHDRAWN', 'withdrawn after both accepted': 'WITHDRAWN', declined: 'DECLINED', contest_upheld: 'CONTEST_UPHELD', expired: 'EXPIRED' };
      for (const e of ENDINGS) {
        const row = ended.get(e);
        // the proposal's own facts and the case reference stay, so the municipality can tell which case ended
        expect({ e, status: row.status, reference: row.reference === open.get(e).reference, persons: row.persons, homeBand: row.homeBand })
          .toEqual({ e, status: expectedStatus[e], reference: true, persons: 1, homeBand: 'HOMES_1_2' });
        // nothing about the people
        expect({ e, people: Object.fromEntries(PEOPLE.map((f) => [f, row[f]])) }).toEqual({ e, people: Object.fromEntries(PEOPLE.map((f) => [f, null])) });
      }
      const text = JSON.stringify((await t.gql(VIEW, {}, amsterdam)).data);
      expect(text).not.toContain('Revoked Applicant');
    }, 120_000);
  });

  describe('the schema describes what it adds', () => {
    const TYPES = [
      'ProposalShared', 'Proposal', 'MunicipalityProposal', 'NewcomerProposal', 'ContactPerson', 'ProposalReviewItem', 'ProposalReviewPage', 'PublishResult',
      'ProposalResponseInput', 'ContestReviewInput', 'ProposalFilterInput', 'MunicipalityProposalFilterInput', 'WithdrawProposalInput', 'RecordHousingInput',
      'ContactPersonInput', 'ProposalArrangementsInput', 'ProposalStatus', 'MunicipalityResponse', 'NewcomerResponse', 'ReviewOutcome', 'ProposalReviewReason',
    ];
    const OPERATIONS = ['proposals', 'proposalsAwaitingReview', 'myMunicipalityProposals', 'myHouseholdProposals', 'publishRun', 'respondToProposal', 'setProposalArrangements', 'reviewContest', 'withdrawProposal', 'recordHousing'];

    it('gives every proposal type, field, input field, operation and argument a description', async () => {
      const undescribed: string[] = [];
      const blank = (d: string | null | undefined) => !d || d.trim() === '';
      for (const name of TYPES) {
        const type = ok(await gql('query($n: String!) { __type(name: $n) { name description fields { name description } inputFields { name description } } }', { n: name }), '__type');
        if (blank(type.description)) undescribed.push(name);
        for (const f of [...(type.fields ?? []), ...(type.inputFields ?? [])]) if (blank(f.description)) undescribed.push(`${name}.${f.name}`);
      }
      const schema = ok(await gql('{ __schema { queryType { fields { name description args { name description } } } mutationType { fields { name description args { name description } } } } }'), '__schema');
      for (const f of [...schema.queryType.fields, ...schema.mutationType.fields].filter((x: { name: string }) => OPERATIONS.includes(x.name))) {
        if (blank(f.description)) undescribed.push(f.name);
        for (const a of f.args) if (blank(a.description)) undescribed.push(`${f.name}(${a.name})`);
      }
      expect(undescribed).toEqual([]);
    });
  });
});
