import { retentionCutoff, RETENTION_MONTHS_AFTER_PLACEMENT } from './retention.js';

describe('the retention cutoff', () => {
  it('is the same day twelve months back by default', () => {
    expect(RETENTION_MONTHS_AFTER_PLACEMENT).toBe(12);
    expect(retentionCutoff('2027-12-02')).toBe('2026-12-02');
  });

  it('counts calendar months, across a year, and takes the month’s last day when it is shorter', () => {
    expect(retentionCutoff('2027-03-31', 1)).toBe('2027-02-28');
    expect(retentionCutoff('2028-03-31', 1)).toBe('2028-02-29');
    expect(retentionCutoff('2027-01-15', 2)).toBe('2026-11-15');
    expect(retentionCutoff('2027-05-31', 18)).toBe('2025-11-30');
    expect(retentionCutoff('2027-06-30', 0)).toBe('2027-06-30');
  });

  it('refuses months that are not a whole number ≥ 0, and a day that is not a date', () => {
    expect(() => retentionCutoff('2027-01-01', -1)).toThrow(RangeError);
    expect(() => retentionCutoff('2027-01-01', 1.5)).toThrow(RangeError);
    expect(() => retentionCutoff('1 January 2027', 1)).toThrow(RangeError);
  });
});
