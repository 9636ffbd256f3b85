import {
  deadlinePassed, dutchDate, dutchMidnight, expiresOn, isActiveProposal, municipalityHouseholdAccess, nextDay, proposalReviewReason, PROPOSAL_STATUSES, responseDeadline, type MunicipalityResponse,
} from './lifecycle.js';

describe('response deadline and the officer’s review list (lifecycle.ts)', () => {
  it('counts the deadline from the Dutch day of publication, across month ends and clock changes', () => {
    expect(responseDeadline(new Date('2026-12-01T09:00:00Z'), 14)).toBe('2026-12-15');
    // 23:30 UTC on 28 March is 00:30 on 29 March in Amsterdam (winter time, UTC+1).
    expect(responseDeadline(new Date('2026-03-28T23:30:00Z'), 14)).toBe('2026-04-12');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Amsterdam (summer time, UTC+2).
    expect(responseDeadline(new Date('2026-06-30T22:30:00Z'), 1)).toBe('2026-07-02');
    expect(responseDeadline(new Date('2026-12-31T12:00:00Z'), 1)).toBe('2027-01-01');
    expect(dutchDate(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
  });

  it('a Dutch day begins at 23:00 UTC in winter and 22:00 UTC in summer', () => {
    expect(dutchMidnight('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(dutchMidnight('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
    // The days of the clock changes: they begin before the change.
    expect(dutchMidnight('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(dutchMidnight('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
  });

  it('waits on an officer when contested, or when an answer is missing after the deadline; never once ended or agreed', () => {
    const today = '2026-12-20';
    const reasons = Object.fromEntries(PROPOSAL_STATUSES.map((status) => [status, [proposalReviewReason({ status, respondBy: '2026-12-19' }, today), proposalReviewReason({ status, respondBy: today }, today)]]));
    expect(reasons).toEqual({
      open: ['overdue', null],
      contested: ['contested', 'contested'],
      contest_rejected: ['overdue', null],
      accepted: [null, null],
      placed: [null, null],
      declined: [null, null],
      contest_upheld: [null, null],
      withdrawn: [null, null],
      expired: [null, null],
    });
  });
});

describe('expiry of a proposal past its deadline (issue 16)', () => {
  it('passes the day after the last day to answer, in Dutch dates; never without a deadline', () => {
    expect(deadlinePassed('2026-12-19', '2026-12-20')).toBe(true);
    expect(deadlinePassed('2026-12-20', '2026-12-20')).toBe(false);
    expect(deadlinePassed('2026-12-31', '2027-01-01')).toBe(true);
    expect(deadlinePassed(null, '2027-01-01')).toBe(false);
  });

  it('ends an open proposal or a rejected contest, not a contest awaiting review nor an agreed or ended one', () => {
    const today = '2026-12-20';
    const expiring = PROPOSAL_STATUSES.filter((status) => expiresOn({ status, respondBy: '2026-12-19' }, today));
    expect(expiring).toEqual(['open', 'contest_rejected']);
    expect(PROPOSAL_STATUSES.filter((status) => expiresOn({ status, respondBy: today }, today))).toEqual([]);
    // everything that expires was active: its capacity is given back on the step to expired
    for (const status of expiring) expect(isActiveProposal(status)).toBe(true);
    expect(isActiveProposal('expired')).toBe(false);
  });
});

describe('municipalityHouseholdAccess (issue 14: access ends with the case)', () => {
  it.each(PROPOSAL_STATUSES.map((status) => [status] as const))('%s', (status) => {
    const access = (municipalityResponse: MunicipalityResponse | null) => municipalityHouseholdAccess({ status, municipalityResponse });
    if (isActiveProposal(status)) {
      expect([access(null), access('accepted')]).toEqual(['case', 'names']);
    } else {
      // withdrawn, declined, contest upheld, expired: nothing about the people, whatever was answered before
      expect(['withdrawn', 'declined', 'contest_upheld', 'expired']).toContain(status);
      expect([access(null), access('accepted'), access('declined')]).toEqual(['none', 'none', 'none']);
    }
  });
});
