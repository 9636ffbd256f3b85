/**
 * An officer gives both sides longer to answer a proposal (issue 16, "Deadlines"): a later response deadline with a
 * reason, while an answer is missing; the audit trail keeps the deadline before and after and the reason; a date not
 * later, in the past, or more than 90 days away is refused naming `respondBy`, and an answered proposal cannot be
 * extended (CONFLICT), with nothing changed.
 */
import { dutchDate } from '#matching/vocabulary/lifecycle.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';
import { createAccount, newHouseholds, newPublishedRound, required } from './support/factories.js';

const EXTEND = 'mutation($id: ID!, $respondBy: String!, $reason: String!) { extendProposalDeadline(proposalId: $id, input: { respondBy: $respondBy, reason: $reason }) { id status respondBy } }';
const day = (offset: number) => dutchDate(new Date(Date.now() + offset * 86_400_000));

describe('extending a proposal’s response deadline', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 10 });
    officer = await t.login('officer@demo.local');
  }, 120_000);
  afterAll(() => t?.close());

  it('moves an open proposal’s deadline later, with the reason in the audit trail', async () => {
    const households = await newHouseholds(t, officer, 2);
    const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: households.map((h) => h.id) } });
    const [open] = proposals;
    const before = required<{ respondBy: string }[]>(await t.gql('query($h: String!) { proposals(filter: { householdId: $h }) { respondBy } }', { h: open.householdId }, officer), 'proposals')[0].respondBy;
    const later = day(40);
    expect(later > before).toBe(true);
    const extended = required<{ status: string; respondBy: string }>(await t.gql(EXTEND, { id: open.id, respondBy: later, reason: 'The municipality needs two more weeks to find a home.' }, officer), 'extendProposalDeadline');
    expect(extended).toMatchObject({ status: 'OPEN', respondBy: later });
    const [event] = required<{ action: string; before: { respondBy: string }; after: { respondBy: string; reason: string } }[]>(
      await t.gql('query($id: String) { auditEvents(entityId: $id, action: "proposal.deadline_extend") { action before after } }', { id: open.id }, officer),
      'auditEvents',
    );
    expect(event.before.respondBy).toBe(before);
    expect(event.after).toMatchObject({ respondBy: later, reason: 'The municipality needs two more weeks to find a home.' });

    // not later than now, in the past, beyond 90 days: refused at respondBy, nothing changed
    for (const respondBy of [later, day(-1), day(91)]) {
      const refused = await t.gql(EXTEND, { id: open.id, respondBy, reason: 'Try another date' }, officer);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions?.fields?.map((f) => f.field)).toEqual(['respondBy']);
    }
    // a reason is required
    expect(errorCode(await t.gql(EXTEND, { id: open.id, respondBy: day(50), reason: '' }, officer))).toBe('BAD_USER_INPUT');
    const now = required<{ respondBy: string }[]>(await t.gql('query($h: String!) { proposals(filter: { householdId: $h }) { respondBy } }', { h: open.householdId }, officer), 'proposals')[0];
    expect(now.respondBy).toBe(later);
  });

  it('refuses a proposal both sides answered (CONFLICT), and keeps its deadline', async () => {
    const households = await newHouseholds(t, officer, 1);
    const { proposals } = await newPublishedRound(t, officer, { cohort: { householdIds: households.map((h) => h.id) } });
    const [proposal] = proposals;
    const municipality = await createAccount(t, { role: 'MUNICIPALITY', municipalityCode: proposal.municipalityCode });
    const newcomer = await createAccount(t, { role: 'NEWCOMER', householdId: proposal.householdId });
    const answer = 'mutation($id: ID!) { respondToProposal(proposalId: $id, input: { accept: true }) { id } }';
    required(await t.gql(answer, { id: proposal.id }, municipality), 'respondToProposal');
    required(await t.gql(answer, { id: proposal.id }, newcomer), 'respondToProposal');
    expect(errorCode(await t.gql(EXTEND, { id: proposal.id, respondBy: day(30), reason: 'Too late for this' }, officer))).toBe('CONFLICT');
  });
});
