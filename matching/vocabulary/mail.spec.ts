import { MAIL_MAX_ATTEMPTS, MAIL_MAX_AGE_HOURS, MAIL_RETRY_MINUTES, mailRetryAt, tooOldToMail } from './mail.js';

describe('mail retries', () => {
  const now = new Date('2026-12-01T12:00:00Z');

  it('waits 1, 5, 30, 120 and 720 minutes after the first five failures, then gives up', () => {
    const waits = MAIL_RETRY_MINUTES.map((_, i) => ((mailRetryAt(i + 1, now)?.getTime() ?? NaN) - now.getTime()) / 60_000);
    expect(waits).toEqual([1, 5, 30, 120, 720]);
    expect(MAIL_MAX_ATTEMPTS).toBe(6);
    expect(mailRetryAt(MAIL_MAX_ATTEMPTS, now)).toBeNull();
  });

  it('refuses a count of attempts that is not 1 or more', () => {
    expect(() => mailRetryAt(0, now)).toThrow(RangeError);
    expect(() => mailRetryAt(1.5, now)).toThrow(RangeError);
  });

  it('does not mail a notification older than the maximum age', () => {
    const edge = new Date(now.getTime() - MAIL_MAX_AGE_HOURS * 3_600_000);
    expect(tooOldToMail(edge, now)).toBe(false);
    expect(tooOldToMail(new Date(edge.getTime() - 1), now)).toBe(true);
  });
});
