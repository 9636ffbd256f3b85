import { describe, expect, it } from 'vitest';
import { isLaterDeadline, MAX_EXTENSION_DAYS } from './ProposalsPage';

describe('isLaterDeadline', () => {
  it('takes a date after the current deadline, from today, at most MAX_EXTENSION_DAYS ahead', () => {
    expect(isLaterDeadline('2026-12-20', '2026-12-15', '2026-12-01')).toBe(true);
    expect(isLaterDeadline('2027-03-01', '2026-12-15', '2026-12-01')).toBe(true); // 90 days on
    expect(MAX_EXTENSION_DAYS).toBe(90);
  });
  it('refuses the same or an earlier date, a past date, one too far away, and no date', () => {
    expect(isLaterDeadline('2026-12-15', '2026-12-15', '2026-12-01')).toBe(false);
    expect(isLaterDeadline('2026-11-30', '2026-11-20', '2026-12-01')).toBe(false);
    expect(isLaterDeadline('2027-03-02', '2026-12-15', '2026-12-01')).toBe(false);
    expect(isLaterDeadline('', '2026-12-15', '2026-12-01')).toBe(false);
  });
});
