/*
 * STATE MACHINE of proposals and households, driven over GraphQL.
 *
 * Every valid sequence of actions up to length 4 (publish in a round, municipality accepts or declines,
 * newcomer accepts or contests, officer upholds or rejects a contest, officer withdraws, move-in recorded)
 * runs on a household of its own, all sequences in lock step. After each step:
 * - every proposal and household has the status that the model below (written independently of the
 *   implementation) says, and each municipality's used capacity is the sum over its active proposals;
 * - every read model answers: the waiting status of every household (officer's and newcomer's query, all four
 *   languages), the officers' overview, the proposal lists per status, the newcomer's proposal view and the
 *   municipality's view, which shows names only after the municipality accepted and while the proposal lasts;
 * - a waiting household has a position; a proposed, accepted or placed one has none and points to its proposal;
 * - an action that the state does not allow is refused with CONFLICT and changes nothing.
 * A re-proposal in a later round is a new proposal in a new round.
 */
import { SUPPORTED_LOCALES } from '#matching/messages/locales.js';
import { periodOf } from '#api/common/period.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { waitForRun } from './support/rounds.js';
import { createAccount } from './support/factories.js';

const PERIOD = periodOf(new Date());
const LOCALES = SUPPORTED_LOCALES;
const MUNICIPALITIES = ['GM0363', 'GM0599', 'GM0518', 'GM0344'] as const;

type Action = 'publish' | 'municipalityAccept' | 'municipalityDecline' | 'newcomerAccept' | 'newcomerContest' | 'upholdContest' | 'rejectContest' | 'withdraw' | 'recordHousing';
const ACTIONS: readonly Action[] = ['publish', 'municipalityAccept', 'municipalityDecline', 'newcomerAccept', 'newcomerContest', 'upholdContest', 'rejectContest', 'withdraw', 'recordHousing'];

type PStatus = 'open' | 'contested' | 'contest_rejected' | 'accepted' | 'placed' | 'declined' | 'contest_upheld' | 'withdrawn' | 'expired';
interface ModelProposal { status: PStatus; municipality: 'accepted' | 'declined' | null; newcomer: 'accepted' | 'contested' | null; review: 'upheld' | 'rejected' | null }
interface Model { proposal: ModelProposal | null }

const ACTIVE: readonly PStatus[] = ['open', 'contested', 'contest_rejected', 'accepted', 'placed'];
const householdStatusOf = (m: Model): string => {
  const s = m.proposal?.status;
  if (s === 'open' || s === 'contested' || s === 'contest_rejected') return 'PROPOSED';
  if (s === 'accepted') return 'ACCEPTED';
  if (s === 'placed') return 'PLACED';
  return 'WAITING';
};

/** The next model state, or null when the action is not allowed in this state. */
function step(m: Model, action: Action): Model | null {
  const p = m.proposal;
  const waiting = householdStatusOf(m) === 'WAITING';
  const next = (changes: Partial<ModelProposal>): Model => ({ proposal: { ...p!, ...changes } });
  switch (action) {
    case 'publish':
      return waiting ? { proposal: { status: 'open', municipality: null, newcomer: null, review: null } } : null;
    case 'municipalityAccept':
      if (!p || !['open', 'contested', 'contest_rejected'].includes(p.status) || p.municipality) return null;
      if (p.status === 'contested') return next({ municipality: 'accepted' });
      return next({ municipality: 'accepted', status: p.newcomer === 'accepted' || p.review === 'rejected' ? 'accepted' : 'open' });
    case 'municipalityDecline':
      if (!p || !['open', 'contested', 'contest_rejected'].includes(p.status) || p.municipality) return null;
      return next({ municipality: 'declined', status: 'declined' });
    case 'newcomerAccept':
      if (!p || p.status !== 'open' || p.newcomer) return null;
      return next({ newcomer: 'accepted', status: p.municipality === 'accepted' ? 'accepted' : 'open' });
    case 'newcomerContest':
      if (!p || p.status !== 'open' || p.newcomer) return null;
      return next({ newcomer: 'contested', status: 'contested' });
    case 'upholdContest':
      return p?.status === 'contested' ? next({ review: 'upheld', status: 'contest_upheld' }) : null;
    case 'rejectContest':
      return p?.status === 'contested' ? next({ review: 'rejected', status: p.municipality === 'accepted' ? 'accepted' : 'contest_rejected' }) : null;
    case 'withdraw':
      return p && ['open', 'contested', 'contest_rejected', 'accepted'].includes(p.status) ? next({ status: 'withdrawn' }) : null;
    case 'recordHousing':
      return p?.status === 'accepted' ? next({ status: 'placed' }) : null;
  }
}

/** Every valid action sequence of length 4, or shorter when no action is possible any more. */
function sequences(model: Model, prefix: readonly Action[], depth: number): Action[][] {
  if (prefix.length === depth) return [[...prefix]];
  const out = ACTIONS.flatMap((a) => {
    const after = step(model, a);
    return after ? sequences(after, [...prefix, a], depth) : [];
  });
  return out.length ? out : [[...prefix]];
}

const SEQUENCES = sequences({ proposal: null }, [], 4);

interface Subject {
  readonly householdId: string;
  readonly persons: number;
  readonly municipality: (typeof MUNICIPALITIES)[number];
  readonly actions: readonly Action[];
  readonly newcomer: string;
  model: Model;
  proposalId: string | null;
}

describe('proposal and household life cycle: every transition sequence up to length 4', () => {
  let t: TestApp;
  let officer: string;
  const municipalityTokens = new Map<string, string>();
  const subjects: Subject[] = [];
  let allHouseholds: string[] = [];
  const gql = (query: string, variables?: Record<string, unknown>, token = officer) => t.gql(query, variables, token);

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 80 });
    officer = await t.login('officer@demo.local');
    for (const code of MUNICIPALITIES) municipalityTokens.set(code, await createAccount(t, { role: 'MUNICIPALITY', municipalityCode: code }));
    const { data } = await gql('{ households(limit: 200) { items { id status size linkGroup reference } } }');
    const items = data.households.items as { id: string; status: string; size: number; linkGroup: string | null; reference: string }[];
    allHouseholds = items.map((h) => h.id);
    // Households that fit a pinned home of 1–4 persons anywhere; the demo newcomers' households keep their own accounts.
    const candidates = items.filter((h) => h.status === 'WAITING' && h.size <= 4 && !h.linkGroup && !['HH-000001', 'HH-000002'].includes(h.reference));
    expect(candidates.length).toBeGreaterThanOrEqual(SEQUENCES.length);
    for (const [i, actions] of SEQUENCES.entries()) {
      const h = candidates[i];
      subjects.push({
        householdId: h.id,
        persons: h.size,
        municipality: MUNICIPALITIES[i % MUNICIPALITIES.length],
        actions,
        newcomer: await createAccount(t, { role: 'NEWCOMER', householdId: h.id }),
        model: { proposal: null },
        proposalId: null,
      });
    }
  }, 300_000);
  afterAll(() => t?.close());

  it('enumerates the sequences of the model (every action occurs, every status is reached)', () => {
    expect(SEQUENCES.length).toBeGreaterThan(20);
    const used = new Set(SEQUENCES.flat());
    expect([...used].sort()).toEqual([...ACTIONS].sort());
    const reached = new Set<PStatus>();
    for (const seq of SEQUENCES) {
      let m: Model = { proposal: null };
      for (const a of seq) { m = step(m, a)!; reached.add(m.proposal!.status); }
    }
    // 'expired' needs a deadline, which rounds do not have yet (see the notes); every other status is reached.
    expect([...reached].sort()).toEqual(['accepted', 'contest_rejected', 'contest_upheld', 'contested', 'declined', 'open', 'placed', 'withdrawn']);
  });

  /** Applies one action of a subject over GraphQL; returns the response. */
  async function apply(s: Subject, action: Exclude<Action, 'publish'>) {
    const id = s.proposalId;
    const respond = 'mutation($id: ID!, $input: ProposalResponseInput!) { respondToProposal(proposalId: $id, input: $input) { status } }';
    const municipality = municipalityTokens.get(s.municipality)!;
    switch (action) {
      case 'municipalityAccept': return t.gql(respond, { id, input: { accept: true } }, municipality);
      case 'municipalityDecline': return t.gql(respond, { id, input: { accept: false, reason: 'No home of this size after all' } }, municipality);
      case 'newcomerAccept': return t.gql(respond, { id, input: { accept: true } }, s.newcomer);
      case 'newcomerContest': return t.gql(respond, { id, input: { accept: false, reason: 'My job contract is in another town' } }, s.newcomer);
      case 'upholdContest': return gql('mutation($id: ID!) { reviewContest(proposalId: $id, input: { uphold: true, note: "Job tie confirmed" }) { status } }', { id });
      case 'rejectContest': return gql('mutation($id: ID!) { reviewContest(proposalId: $id, input: { uphold: false, note: "The proposal is suitable" }) { status } }', { id });
      case 'withdraw': return gql('mutation($id: ID!) { withdrawProposal(proposalId: $id, input: { reason: "The home is no longer available" }) { status } }', { id });
      case 'recordHousing': return t.gql('mutation($id: ID!) { recordHousing(proposalId: $id, input: { housedOn: "2026-12-01" }) { status } }', { id }, municipality);
    }
  }

  async function publishRound(group: Subject[], stepNumber: number): Promise<void> {
    const created = await gql('mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }', {
      input: { name: `life cycle step ${stepNumber}`, period: PERIOD, cohort: { householdIds: group.map((s) => s.householdId) }, municipalityCodes: [...MUNICIPALITIES] },
    });
    expect(created.errors).toBeUndefined();
    const roundId = created.data.createRound.id;
    for (const s of group) {
      const pinned = await gql('mutation($r: ID!, $h: ID!, $m: String!) { pinHousehold(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }', { r: roundId, h: s.householdId, m: s.municipality });
      expect(pinned.errors).toBeUndefined();
    }
    const run = await waitForRun(t, officer, (await gql('mutation($id: ID!) { runRound(roundId: $id) { id } }', { id: roundId })).data.runRound.id);
    expect(run.status).toBe('SUCCEEDED');
    const published = await gql('mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id: run.id });
    expect(published.data?.publishRun.proposals).toBe(group.length);
    const { data } = await gql('query($r: String!) { proposals(filter: { roundId: $r }, limit: 500) { id householdId municipalityCode status } }', { r: roundId });
    for (const s of group) {
      const p = data.proposals.find((x: { householdId: string }) => x.householdId === s.householdId);
      expect(p).toMatchObject({ municipalityCode: s.municipality, status: 'OPEN' });
      s.proposalId = p.id;
    }
  }

  async function expectStoredStates(): Promise<void> {
    for (const s of subjects) {
      const household = await gql('query($id: ID!) { household(id: $id) { status } }', { id: s.householdId });
      expect({ household: s.householdId, status: household.data.household.status }).toEqual({ household: s.householdId, status: householdStatusOf(s.model) });
      if (!s.proposalId) continue;
      const { data } = await gql('query($h: String!) { proposals(filter: { householdId: $h }, limit: 10) { id status } }', { h: s.householdId });
      const latest = data.proposals.find((p: { id: string }) => p.id === s.proposalId);
      expect({ household: s.householdId, status: latest.status }).toEqual({ household: s.householdId, status: s.model.proposal!.status.toUpperCase() });
    }
    // Capacity is held exactly by the active proposals (given back once when one ends).
    for (const code of MUNICIPALITIES) {
      const { data } = await gql(`query($c: String!) { municipality(code: $c) { capacity(period: "${PERIOD}") { usedPersons } } }`, { c: code });
      const held = subjects.filter((s) => s.municipality === code && s.model.proposal && ACTIVE.includes(s.model.proposal.status)).reduce((sum, s) => sum + s.persons, 0);
      expect({ code, usedPersons: data.municipality.capacity.usedPersons }).toEqual({ code, usedPersons: held });
    }
  }

  async function expectReadModelsAnswer(stepNumber: number): Promise<void> {
    const fields = 'status statusText { text missing } proposal { id status } position positionText { text } estimate { fittingMunicipalities summary { text } } change { text } othersWentFirst { text }';
    for (const [i, id] of allHouseholds.entries()) {
      const locale = LOCALES[(i + stepNumber) % LOCALES.length];
      const r = await gql(`query($id: ID!, $l: String) { waitingStatus(householdId: $id, locale: $l) { ${fields} } }`, { id, l: locale });
      expect({ id, errors: r.errors }).toEqual({ id, errors: undefined });
      expect(r.data.waitingStatus.statusText.missing).toBe(false);
    }
    for (const s of subjects) {
      const r = await t.gql(`{ myWaitingStatus(locale: "${LOCALES[stepNumber % LOCALES.length]}") { ${fields} } }`, {}, s.newcomer);
      expect({ household: s.householdId, errors: r.errors }).toEqual({ household: s.householdId, errors: undefined });
      const status = r.data.myWaitingStatus;
      expect(status.status).toBe(householdStatusOf(s.model));
      if (status.status === 'WAITING') {
        expect(status.position).toBeGreaterThanOrEqual(1);
      } else {
        expect(status.position).toBeNull();
        expect(status.proposal).toEqual({ id: s.proposalId, status: s.model.proposal!.status.toUpperCase() });
      }
      if (s.model.proposal && status.status === 'WAITING') expect(status.proposal).toEqual({ id: s.proposalId, status: s.model.proposal.status.toUpperCase() });
      const view = await t.gql('{ myProposalView(locale: "en") { proposal { id status } outcome { text } } }', {}, s.newcomer);
      expect({ household: s.householdId, errors: view.errors }).toEqual({ household: s.householdId, errors: undefined });
    }
    const overview = await gql('{ waitingList(locale: "nl") { total byBand { key count } unplaceable { reference } longestWaits { reference } } }');
    expect(overview.errors).toBeUndefined();
    expect(overview.data.waitingList.total).toBe(
      (await gql('{ households(filter: { status: WAITING }, limit: 1) { total } }')).data.households.total,
    );
    for (const status of ['OPEN', 'CONTESTED', 'CONTEST_REJECTED', 'ACCEPTED', 'PLACED', 'DECLINED', 'CONTEST_UPHELD', 'WITHDRAWN', 'EXPIRED']) {
      const { data, errors } = await gql(`{ proposals(filter: { status: ${status} }, limit: 500) { id status } }`);
      expect(errors).toBeUndefined();
      const expected = subjects.filter((s) => s.model.proposal?.status.toUpperCase() === status).map((s) => s.proposalId).sort();
      expect(data.proposals.every((p: { status: string }) => p.status === status)).toBe(true);
      expect(data.proposals.map((p: { id: string }) => p.id).filter((id: string) => subjects.some((s) => s.proposalId === id)).sort()).toEqual(expected);
    }
    // Names are shown to a municipality only after it accepted, and only while the proposal lasts; the rest of what
    // it sees of the people (here: the care needs) only while the proposal lasts (issue 14).
    for (const token of municipalityTokens.values()) {
      const view = await t.gql('{ myMunicipalityView(locale: "nl") { proposals { proposalId reference status names careNeeds } } }', {}, token);
      expect(view.errors).toBeUndefined();
      for (const row of view.data.myMunicipalityView.proposals as { proposalId: string; names: string[] | null; careNeeds: string[] | null }[]) {
        const s = subjects.find((x) => x.proposalId === row.proposalId);
        const shown = !!s && s.model.proposal!.municipality === 'accepted' && ACTIVE.includes(s.model.proposal!.status);
        expect({ proposal: row.proposalId, names: row.names !== null }).toEqual({ proposal: row.proposalId, names: shown });
        if (s) expect({ proposal: row.proposalId, people: row.careNeeds !== null }).toEqual({ proposal: row.proposalId, people: ACTIVE.includes(s.model.proposal!.status) });
      }
    }
  }

  /** One action the state does not allow is refused with CONFLICT and changes nothing. */
  async function expectInvalidRefused(s: Subject): Promise<void> {
    if (!s.proposalId) return;
    const invalid = ACTIONS.find((a): a is Exclude<Action, 'publish'> => a !== 'publish' && step(s.model, a) === null);
    if (!invalid) return;
    const r = await apply(s, invalid);
    expect({ household: s.householdId, action: invalid, code: errorCode(r) }).toEqual({ household: s.householdId, action: invalid, code: 'CONFLICT' });
  }

  /** Applies each sequence's action of one step, then checks states, capacity and every read model. */
  async function runStep(stepNumber: number): Promise<void> {
    const active = subjects.filter((s) => s.actions.length >= stepNumber);
    const publishing = active.filter((s) => s.actions[stepNumber - 1] === 'publish');
    if (publishing.length) await publishRound(publishing, stepNumber);
    for (const s of publishing) s.model = step(s.model, 'publish')!;
    for (const s of active) {
      const action = s.actions[stepNumber - 1];
      if (action === 'publish') continue;
      const r = await apply(s, action);
      expect({ household: s.householdId, action, errors: r.errors }).toEqual({ household: s.householdId, action, errors: undefined });
      s.model = step(s.model, action)!;
    }
    await expectStoredStates();
    for (const s of subjects) await expectInvalidRefused(s);
    await expectStoredStates();
    await expectReadModelsAnswer(stepNumber);
  }

  // One test, not one per step: step n acts on the states that steps 1 to n-1 left, so a step cannot run alone.
  it('applies every sequence step by step; after each step states, capacity and every read model agree', async () => {
    for (let stepNumber = 1; stepNumber <= 4; stepNumber++) {
      try {
        await runStep(stepNumber);
      } catch (error) {
        throw new Error(`step ${stepNumber} of 4 failed`, { cause: error });
      }
    }
  }, 1_200_000);
});
