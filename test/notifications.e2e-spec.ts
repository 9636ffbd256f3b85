/**
 * Being told (issue 16): each event on a proposal writes notifications for whoever it concerns, in the event's own
 * transaction — a published round tells the household's newcomers and the municipality's staff, an answer tells the
 * other side, a contest tells the officers, a review, an extension or a withdrawal tells both sides, a refused action
 * tells nobody — and each account lists, counts and marks read only its own.
 */
import { dutchDate } from '#matching/vocabulary/lifecycle.js';
import { MARKED_POSITION_CHANGE, markedPositionChange } from '#matching/vocabulary/notifications.js';
import type { HouseholdDataExport } from '#matching/vocabulary/data-export.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { createAccount, newHouseholds, newPublishedRound, newRound, required, runToEnd } from './support/factories.js';

const MINE = '{ myNotifications(limit: 100) { id kind proposalId outcome respondBy count readAt } }';
interface Note {
  id: string;
  kind: string;
  proposalId: string | null;
  outcome: string | null;
  respondBy: string | null;
  count: number | null;
  readAt: string | null;
}

describe('notifications of a proposal’s events', () => {
  let t: TestApp;
  let officer: string;
  let utrecht: string;

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 10 });
    officer = await t.login('officer@demo.local');
    utrecht = await t.login('utrecht@demo.local');
  }, 120_000);
  afterAll(() => t?.close());

  const mine = async (token: string) => required<Note[]>(await t.gql(MINE, {}, token), 'myNotifications');
  const unread = async (token: string) => required<number>(await t.gql('{ myNotificationCount }', {}, token), 'myNotificationCount');
  /** The notifications `token` got since `before` (ids not seen then), oldest first. */
  const since = async (token: string, before: readonly Note[]) => (await mine(token)).filter((n) => !before.some((b) => b.id === n.id)).reverse();

  it('tells each side what the other did, the officers of a contest, and nobody of a refused action', async () => {
    const [a, b] = await newHouseholds(t, officer, 2);
    const newcomerA = await createAccount(t, { role: 'NEWCOMER', householdId: a.id });
    const newcomerB = await createAccount(t, { role: 'NEWCOMER', householdId: b.id });
    const utrechtBefore = await mine(utrecht);
    const officerBefore = await mine(officer);

    const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: [a.id, b.id] } }, [
      { householdId: a.id, municipalityCode: 'GM0344' },
      { householdId: b.id, municipalityCode: 'GM0344' },
    ]);
    const pa = proposals.find((p) => p.householdId === a.id)!;
    const pb = proposals.find((p) => p.householdId === b.id)!;
    // published: each household's newcomer, and Utrecht's staff once with the count
    expect(await mine(newcomerA)).toEqual([expect.objectContaining({ kind: 'PROPOSAL_RECEIVED', proposalId: pa.id, readAt: null })]);
    expect((await mine(newcomerB)).map((n) => [n.kind, n.proposalId])).toEqual([['PROPOSAL_RECEIVED', pb.id]]);
    expect((await since(utrecht, utrechtBefore)).map((n) => [n.kind, n.count])).toEqual([['PROPOSALS_RECEIVED', 2]]);

    // A contests: Utrecht is told, and the officers (who must review)
    const beforeContest = await mine(utrecht);
    required(await t.gql('mutation($id: ID!) { respondToProposal(proposalId: $id, input: { accept: false, reason: "My work is in Rotterdam." }) { id } }', { id: pa.id }, newcomerA), 'respondToProposal');
    expect((await since(utrecht, beforeContest)).map((n) => [n.kind, n.outcome, n.proposalId])).toEqual([['NEWCOMER_ANSWERED', 'CONTESTED', pa.id]]);
    expect((await since(officer, officerBefore)).map((n) => [n.kind, n.proposalId])).toEqual([['CONTEST_RECEIVED', pa.id]]);

    // the officer rejects the contest: both sides are told
    const [nA, nU] = [await mine(newcomerA), await mine(utrecht)];
    required(await t.gql('mutation($id: ID!) { reviewContest(proposalId: $id, input: { uphold: false, note: "The work is within reach by train." }) { status } }', { id: pa.id }, officer), 'reviewContest');
    expect((await since(newcomerA, nA)).map((n) => [n.kind, n.outcome])).toEqual([['CONTEST_REVIEWED', 'REJECTED']]);
    expect((await since(utrecht, nU)).map((n) => [n.kind, n.outcome])).toEqual([['CONTEST_REVIEWED', 'REJECTED']]);

    // Utrecht declines A: the newcomer is told
    const nA2 = await mine(newcomerA);
    required(await t.gql('mutation($id: ID!) { respondToProposal(proposalId: $id, input: { accept: false, reason: "No home of this size is free." }) { id } }', { id: pa.id }, utrecht), 'respondToProposal');
    expect((await since(newcomerA, nA2)).map((n) => [n.kind, n.outcome])).toEqual([['MUNICIPALITY_ANSWERED', 'DECLINED']]);

    // B's deadline extended, then B withdrawn: both sides told of each, with the new date
    const [nB, nU2] = [await mine(newcomerB), await mine(utrecht)];
    const later = dutchDate(new Date(Date.now() + 40 * 86_400_000));
    const extend = 'mutation($id: ID!, $d: String!) { extendProposalDeadline(proposalId: $id, input: { respondBy: $d, reason: "More time to visit." }) { respondBy } }';
    // a refused extension (a date in the past) tells nobody
    expect(errorCode(await t.gql(extend, { id: pb.id, d: '2020-01-01' }, officer))).toBe('BAD_USER_INPUT');
    required(await t.gql(extend, { id: pb.id, d: later }, officer), 'extendProposalDeadline');
    required(await t.gql('mutation($id: ID!) { withdrawProposal(proposalId: $id, input: { reason: "The home is no longer free." }) { status } }', { id: pb.id }, officer), 'withdrawProposal');
    const told = [['DEADLINE_EXTENDED', later], ['PROPOSAL_WITHDRAWN', null]];
    expect((await since(newcomerB, nB)).map((n) => [n.kind, n.respondBy])).toEqual(told);
    expect((await since(utrecht, nU2)).map((n) => [n.kind, n.respondBy])).toEqual(told);
    // newcomer A heard nothing of B's proposal
    expect((await mine(newcomerA)).every((n) => n.proposalId === pa.id)).toBe(true);
  });

  it('counts the unread, and marks read only the account’s own', async () => {
    const [h] = await newHouseholds(t, officer, 1);
    const newcomer = await createAccount(t, { role: 'NEWCOMER', householdId: h.id });
    await newPublishedRound(t, officer, { cohort: { householdIds: [h.id] } }, [{ householdId: h.id, municipalityCode: 'GM0344' }]);
    const [note] = await mine(newcomer);
    expect(await unread(newcomer)).toBe(1);
    // another account's id changes nothing; a malformed id is refused naming it
    const utrechtNotes = await mine(utrecht);
    const MARK = 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }';
    expect(required<number>(await t.gql(MARK, { ids: [utrechtNotes[0].id] }, newcomer), 'markNotificationsRead')).toBe(0);
    const malformed = await t.gql(MARK, { ids: [note.id, 'not-an-id'] }, newcomer);
    expect(malformed.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toEqual(['ids[1]']);
    expect(await unread(newcomer)).toBe(1);
    expect((await mine(utrecht)).find((n) => n.id === utrechtNotes[0].id)?.readAt).toBe(utrechtNotes[0].readAt);
    expect(required<number>(await t.gql(MARK, { ids: [note.id] }, newcomer), 'markNotificationsRead')).toBe(1);
    expect(await unread(newcomer)).toBe(0);
    expect(required<number>(await t.gql('{ myNotificationCount(unreadOnly: false) }', {}, newcomer), 'myNotificationCount')).toBe(1);
    expect((await mine(newcomer))[0].readAt).toEqual(expect.any(String));
    // all at once
    const before = await unread(utrecht);
    expect(before).toBeGreaterThan(0);
    expect(required<number>(await t.gql('mutation { markNotificationsRead }', {}, utrecht), 'markNotificationsRead')).toBe(before);
    expect(await unread(utrecht)).toBe(0);
  });
});

/**
 * A marked change of a household's place in the queue (issue 16, "a household's position changes markedly";
 * matching/vocabulary/notifications.ts `markedPositionChange`): the first round published while it waits records its
 * place without a notice; a later one that moves it markedly tells its newcomers both places (as their own page showed
 * them); a small step tells nothing.
 */
describe('a notice when a household’s place in the queue changes markedly', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 30 });
    officer = await t.login('officer@demo.local');
  }, 120_000);
  afterAll(() => t?.close());

  it('records the place at the first publication, tells a marked move with both places, and not a small step', async () => {
    // registered last: its permit date is today's, so every seeded household waits ahead of it
    const [h] = await newHouseholds(t, officer, 1);
    const newcomer = await createAccount(t, { role: 'NEWCOMER', householdId: h.id });
    const place = async () => required<{ position: number }>(await t.gql('{ myWaitingStatus { position } }', {}, newcomer), 'myWaitingStatus').position;
    const notes = async () => required<{ kind: string; proposalId: string | null; fromPosition: number | null; toPosition: number | null }[]>(
      await t.gql('{ myNotifications(limit: 100) { kind proposalId fromPosition toPosition } }', {}, newcomer),
      'myNotifications',
    );
    const ahead = required<{ items: { id: string }[] }>(await t.gql('{ households(filter: { status: WAITING }, limit: 100) { items { id } } }', {}, officer), 'households')
      .items.map((x) => x.id).filter((id) => id !== h.id);
    expect(ahead.length).toBeGreaterThanOrEqual(15);

    // the first round: its place is recorded, nobody is told
    await newPublishedRound(t, officer, { cohort: { householdIds: ahead.slice(0, 2) } });
    const told = await place();
    expect(await notes()).toEqual([]);

    // twelve more households ahead of it get a proposal: a marked move forward, told with both places
    const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: ahead.slice(2, 14) } });
    const now = await place();
    expect(told - now).toBe(proposals.length);
    expect(told - now).toBeGreaterThanOrEqual(Math.max(MARKED_POSITION_CHANGE.places, MARKED_POSITION_CHANGE.share * told));
    expect(await notes()).toEqual([{ kind: 'POSITION_CHANGED', proposalId: null, fromPosition: told, toPosition: now }]);

    // one more ahead of it: a step of one place, nothing told
    await newPublishedRound(t, officer, { cohort: { householdIds: ahead.slice(14, 15) } });
    expect(await place()).toBeLessThan(now);
    expect(await notes()).toHaveLength(1);

    // the data export holds the place last told and each notice's places (art. 15: what is stored about them)
    const exported = required<HouseholdDataExport>(await t.gql('{ myHouseholdData(locale: "nl") }', {}, newcomer), 'myHouseholdData');
    expect(exported.household.toldPosition).toBe(now);
    expect(exported.notifications).toEqual([expect.objectContaining({ kind: 'position_changed', proposalId: null, params: { fromPosition: told, toPosition: now } })]);
  });

  it('records the place of a household of the round that got no proposal, without a second message', async () => {
    // thirteen households of its own ahead of it (the same permit date, registered earlier: queue order = creation
    // order), so the rounds below place households whatever the file's other test did with the seeded ones
    const ahead = (await newHouseholds(t, officer, 13)).map((x) => x.id);
    const [h] = await newHouseholds(t, officer, 1);
    const newcomer = await createAccount(t, { role: 'NEWCOMER', householdId: h.id });
    const place = async () => required<{ position: number }>(await t.gql('{ myWaitingStatus { position } }', {}, newcomer), 'myWaitingStatus').position;
    const kinds = async () => required<{ kind: string }[]>(await t.gql('{ myNotifications(limit: 100) { kind } }', {}, newcomer), 'myNotifications').map((n) => n.kind);
    const toldPosition = async () => required<HouseholdDataExport>(await t.gql('{ myHouseholdData(locale: "nl") }', {}, newcomer), 'myHouseholdData').household.toldPosition;

    await newPublishedRound(t, officer, { cohort: { householdIds: ahead.slice(0, 1) } });
    const told = await place();
    expect(await toldPosition()).toBe(told);

    // a round of twelve households ahead of it and of it, where every municipality of the round is ruled out for it
    const municipalityCodes = ['GM0363', 'GM0344', 'GM0599'];
    const roundWithout = async (others: string[]) => {
      const round = await newRound(t, officer, { cohort: { householdIds: [...others, h.id] }, municipalityCodes });
      for (const code of municipalityCodes) {
        required(await t.gql('mutation($r: ID!, $h: ID!, $m: String!) { forbidPair(roundId: $r, householdId: $h, municipalityCode: $m) { householdId } }', { r: round.id, h: h.id, m: code }, officer), 'forbidPair');
      }
      const run = await runToEnd(t, officer, round.id);
      expect(run.status).toBe('SUCCEEDED');
      required(await t.gql('mutation($id: ID!) { publishRun(runId: $id) { proposals } }', { id: run.id }, officer), 'publishRun');
    };
    await roundWithout(ahead.slice(1, 12));
    const now = await place();
    // a marked move, but the round's message ("no proposal this time") already told it: recorded, not told twice
    expect(markedPositionChange(told, now)).not.toBeNull();
    expect(await kinds()).toEqual(['ROUND_PUBLISHED']);
    expect(await toldPosition()).toBe(now);

    // a step of one in a round it was part of: the round's message links to where it stands, so that place is recorded
    await roundWithout(ahead.slice(12, 13));
    const later = await place();
    expect(later).toBe(now - 1);
    expect(await kinds()).toEqual(['ROUND_PUBLISHED', 'ROUND_PUBLISHED']);
    expect(await toldPosition()).toBe(later);
  });
});
