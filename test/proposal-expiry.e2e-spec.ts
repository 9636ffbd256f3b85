/**
 * A proposal's response deadline expires it (issue 16, "Deadlines"): past its deadline with a side's answer
 * missing (open, or a contest the officer rejected), a pass of the expiry makes it EXPIRED, gives its capacity back
 * exactly once and puts the household back in the queue, audited; a contest awaiting review and a deadline of today
 * are left alone; a second pass, or two at the same time, change nothing more.
 */
import { DataSource } from 'typeorm';
import { dutchDate } from '#matching/vocabulary/lifecycle.js';
import { ProposalRepository } from '#persistence/repositories/proposal.repository.js';
import { ProposalExpiryService } from '#api/proposals/proposal-expiry.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createAccount, newHouseholds, newPublishedRound, required, type NewProposal } from './support/factories.js';

const day = (offset: number) => dutchDate(new Date(Date.now() + offset * 86_400_000));
const STATUS = 'query($h: String!) { proposals(filter: { householdId: $h }) { id status expiredAt } }';

describe('expiring proposals past their response deadline', () => {
  let t: TestApp;
  let officer: string;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 10 });
    officer = await t.login('officer@demo.local');
    db = t.app.get(DataSource);
  }, 120_000);
  afterAll(() => t?.close());

  const setDeadline = (id: string, respondBy: string) => db.query('UPDATE proposal SET respond_by = $2 WHERE id = $1', [id, respondBy]);
  const used = async (p: NewProposal) =>
    ((await db.query('SELECT c.used_persons AS used FROM capacity c JOIN proposal p ON p.municipality_code = c.municipality_code AND p.period = c.period WHERE p.id = $1', [p.id])) as { used: number }[])[0].used;
  const status = async (p: NewProposal) => {
    const found = required<{ id: string; status: string; expiredAt: string | null }[]>(await t.gql(STATUS, { h: p.householdId }, officer), 'proposals').find((x) => x.id === p.id);
    return { status: found?.status, expiredAt: found?.expiredAt };
  };
  const householdStatus = async (id: string) => required<{ status: string }>(await t.gql('query($id: ID!) { household(id: $id) { status } }', { id }, officer), 'household').status;

  it('ends an open proposal past its deadline once, gives its capacity back once, and leaves the others', async () => {
    const households = await newHouseholds(t, officer, 4);
    const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: households.map((h) => h.id) } });
    expect(proposals.length).toBeGreaterThanOrEqual(3);
    const [late, dueToday, contested] = proposals;
    await setDeadline(late.id, day(-1));
    await setDeadline(dueToday.id, day(0));
    await setDeadline(contested.id, day(-3));
    const newcomer = await createAccount(t, { role: 'NEWCOMER', householdId: contested.householdId });
    required(await t.gql('mutation($id: ID!) { respondToProposal(proposalId: $id, input: { accept: false, reason: "The home is too far from my work." }) { id } }', { id: contested.id }, newcomer), 'respondToProposal');
    expect((await status(contested)).status).toBe('CONTESTED');
    const usedBefore = await used(late);
    const MINE = '{ myNotifications(limit: 100) { id kind proposalId } }';
    const officerBefore = required<{ id: string }[]>(await t.gql(MINE, {}, officer), 'myNotifications').map((n) => n.id);

    const expiry = t.app.get(ProposalExpiryService);
    const pass = await expiry.expireOverdue();
    expect(pass.expired).toEqual([late.id]);
    expect(await status(late)).toEqual({ status: 'EXPIRED', expiredAt: expect.any(String) });
    expect(await householdStatus(late.householdId)).toBe('WAITING');
    expect(await used(late)).toBe(usedBefore - late.persons);
    expect((await status(dueToday)).status).toBe('OPEN');
    expect((await status(contested)).status).toBe('CONTESTED');

    // the officers are told (and each side's accounts, as notifications.e2e-spec shows for the other events)
    const told = required<{ id: string; kind: string; proposalId: string }[]>(await t.gql(MINE, {}, officer), 'myNotifications').filter((n) => !officerBefore.includes(n.id));
    expect(told.map((n) => [n.kind, n.proposalId])).toEqual([['PROPOSAL_EXPIRED', late.id]]);

    // a second pass ends nothing more; the capacity stays given back once
    expect((await expiry.expireOverdue()).expired).toEqual([]);
    expect(await used(late)).toBe(usedBefore - late.persons);

    // audited, as done by the system, with the proposal before and after
    const events = required<{ actorRole: string; before: { status: string }; after: { status: string; expiredAt: string } }[]>(
      await t.gql('query($id: String) { auditEvents(entityId: $id, action: "proposal.expire") { actorRole before after } }', { id: late.id }, officer),
      'auditEvents',
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorRole: 'SYSTEM', before: { status: 'open' }, after: { status: 'expired' } });

    // the household may be proposed again: it waits in the queue, with no active proposal
    const again = required<{ queuePosition: number | null }>(await t.gql('query($id: ID!) { household(id: $id) { queuePosition } }', { id: late.householdId }, officer), 'household');
    expect(again.queuePosition).toEqual(expect.any(Number));
  });

  it('ends a rejected contest past its deadline when an officer asks for a pass, recorded as the officer', async () => {
    const households = await newHouseholds(t, officer, 1);
    const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: households.map((h) => h.id) } });
    const [proposal] = proposals;
    const newcomer = await createAccount(t, { role: 'NEWCOMER', householdId: proposal.householdId });
    required(await t.gql('mutation($id: ID!) { respondToProposal(proposalId: $id, input: { accept: false, reason: "I would like to live near my sister." }) { id } }', { id: proposal.id }, newcomer), 'respondToProposal');
    required(await t.gql('mutation($id: ID!) { reviewContest(proposalId: $id, input: { uphold: false, note: "The proposal fits the household well." }) { status } }', { id: proposal.id }, officer), 'reviewContest');
    await setDeadline(proposal.id, day(-1));
    const usedBefore = await used(proposal);
    expect(required<number>(await t.gql('mutation { expireOverdueProposals }', {}, officer), 'expireOverdueProposals')).toBe(1);
    expect((await status(proposal)).status).toBe('EXPIRED');
    expect(await used(proposal)).toBe(usedBefore - proposal.persons);
    const [event] = required<{ actorRole: string }[]>(await t.gql('query($id: String) { auditEvents(entityId: $id, action: "proposal.expire") { actorRole } }', { id: proposal.id }, officer), 'auditEvents');
    expect(event.actorRole).toBe('OFFICER');
  });

  it('gives the capacity back once when two processes expire the same proposal at the same time', async () => {
    const households = await newHouseholds(t, officer, 1);
    const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: households.map((h) => h.id) } });
    const [proposal] = proposals;
    await setDeadline(proposal.id, day(-2));
    const usedBefore = await used(proposal);
    const repository = t.app.get(ProposalRepository);
    const audit = { actorAccountId: null, actorRole: 'system' as const, action: 'proposal.expire' as const, entityType: 'proposal' as const, entityId: proposal.id };
    const outcomes = await Promise.all([repository.expire(proposal.id, day(0), audit), repository.expire(proposal.id, day(0), audit)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['not_allowed', 'ok']);
    expect(await used(proposal)).toBe(usedBefore - proposal.persons);
    const events = (await db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'proposal.expire'`, [proposal.id])) as { n: number }[];
    expect(events[0].n).toBe(1);
  });

  it('reminds each side that has not answered, from two days before its deadline, once per deadline', async () => {
    const households = await newHouseholds(t, officer, 2);
    const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: households.map((h) => h.id) } }, households.map((h) => ({ householdId: h.id, municipalityCode: 'GM0344' })));
    const [soon, later] = proposals;
    const newcomerSoon = await createAccount(t, { role: 'NEWCOMER', householdId: soon.householdId });
    const newcomerLater = await createAccount(t, { role: 'NEWCOMER', householdId: later.householdId });
    const staff = await createAccount(t, { role: 'MUNICIPALITY', municipalityCode: 'GM0344' });
    // the newcomer of `soon` has answered; its municipality has not
    required(await t.gql('mutation($id: ID!) { respondToProposal(proposalId: $id, input: { accept: true }) { id } }', { id: soon.id }, newcomerSoon), 'respondToProposal');
    await setDeadline(soon.id, day(2));
    await setDeadline(later.id, day(3));
    const NEAR = '{ myNotifications(limit: 100) { kind proposalId respondBy } }';
    const near = async (token: string) =>
      required<{ kind: string; proposalId: string; respondBy: string | null }[]>(await t.gql(NEAR, {}, token), 'myNotifications').filter((n) => n.kind === 'DEADLINE_NEAR');
    const officerBefore = (await near(officer)).length;

    const expiry = t.app.get(ProposalExpiryService);
    expect((await expiry.expireOverdue()).reminded).toBe(1);
    expect(await near(staff)).toEqual([{ kind: 'DEADLINE_NEAR', proposalId: soon.id, respondBy: day(2) }]);
    expect(await near(newcomerSoon)).toEqual([]); // answered already
    expect(await near(newcomerLater)).toEqual([]); // three days left: not yet
    expect((await near(officer)).length).toBe(officerBefore); // officers are not reminded

    // once per deadline: the next pass writes nothing
    expect((await expiry.expireOverdue()).reminded).toBe(0);
    expect(await near(staff)).toHaveLength(1);

    // the next day `later` is due too (both its sides); `soon` was reminded of its deadline already
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect((await expiry.expireOverdue(tomorrow)).reminded).toBe(1);
    expect(await near(newcomerLater)).toEqual([{ kind: 'DEADLINE_NEAR', proposalId: later.id, respondBy: day(3) }]);
    expect((await near(staff)).map((n) => [n.proposalId, n.respondBy])).toEqual([[later.id, day(3)], [soon.id, day(2)]]);

    // an extension gives the new deadline a reminder of its own, two days before it
    await setDeadline(soon.id, day(4));
    expect((await expiry.expireOverdue(tomorrow)).reminded).toBe(0);
    expect((await expiry.expireOverdue(new Date(Date.now() + 2 * 86_400_000))).reminded).toBe(1);
    expect((await near(staff)).map((n) => [n.proposalId, n.respondBy])).toEqual([[soon.id, day(4)], [later.id, day(3)], [soon.id, day(2)]]);
  });
});
