import { toAuditSnapshot } from './audit-event.entity.js';

describe('toAuditSnapshot', () => {
  it('stores an entity state as its JSON object: dates as ISO strings, absent fields left out', () => {
    expect(toAuditSnapshot({ status: 'open', at: new Date('2026-01-02T03:04:05Z'), note: undefined, figures: [1, { a: null }] }))
      .toEqual({ status: 'open', at: '2026-01-02T03:04:05.000Z', figures: [1, { a: null }] });
  });

  it('stores no state as null', () => {
    expect(toAuditSnapshot(null)).toBeNull();
    expect(toAuditSnapshot(undefined)).toBeNull();
  });

  it('refuses a value whose JSON form is not an object', () => {
    expect(() => toAuditSnapshot([1, 2])).toThrow(TypeError);
    expect(() => toAuditSnapshot('open')).toThrow(/audit state must be a JSON object, got "open"/);
  });
});
