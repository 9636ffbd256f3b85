import { DomainError } from '#common/domain-error.js';
import { planTies, type StoredTie } from './tie-evidence.js';
import type { HouseholdTieInput } from './dto/register-household.input.js';

const officer = { role: 'officer', accountId: 'officer-1' } as const;
const newcomer = { role: 'newcomer', accountId: 'newcomer-1' } as const;
const now = new Date('2026-11-30T10:00:00Z');
const earlier = new Date('2026-10-01T09:00:00Z');

const input = (over: Partial<HouseholdTieInput> = {}): HouseholdTieInput => ({
  kind: 'job_contract',
  municipalityCode: 'GM0344',
  description: 'Traineeship',
  firstDegree: false,
  liveNear: false,
  ...over,
});

const verifiedJob: StoredTie = {
  id: 'tie-job',
  kind: 'job_contract',
  municipalityCode: 'GM0344',
  description: 'Traineeship',
  status: 'verified',
  firstDegree: false,
  liveNear: false,
  verifiedBy: 'officer-0',
  verifiedAt: earlier,
  verificationNote: 'Contract seen',
};

function thrown(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('planTies: who vouches for a tie', () => {
  it('stores a newcomer’s new tie as declared, without evidence', () => {
    const planned = planTies([input({ kind: 'family', firstDegree: true, liveNear: true, description: ' Mother ' })], [], newcomer, now);
    expect(planned.ties).toEqual([
      { kind: 'family', municipalityCode: 'GM0344', description: 'Mother', firstDegree: true, liveNear: true, status: 'declared', verifiedBy: null, verifiedAt: null, verificationNote: null },
    ]);
    expect(planned.verified).toEqual([]);
  });

  it('verifies an officer’s new tie by that officer, now, with the note, and reports it for the audit', () => {
    const planned = planTies([input({ verificationNote: 'Signed contract seen, valid to 2027-06' })], [], officer, now);
    expect(planned.ties).toEqual([
      expect.objectContaining({ kind: 'job_contract', status: 'verified', verifiedBy: 'officer-1', verifiedAt: now, verificationNote: 'Signed contract seen, valid to 2027-06' }),
    ]);
    expect(planned.verified).toEqual([{ before: null, after: planned.ties[0] }]);
    expect(planned.ties[0].id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('requires an officer’s note for every new tie, community ties too, naming each field', () => {
    const error = thrown(() => planTies([input({ verificationNote: 'seen' }), input({ kind: 'community' }), input({ kind: 'family' })], [], officer, now));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields.map((f) => f.field)).toEqual(['ties[1].verificationNote', 'ties[2].verificationNote']);
  });

  it('refuses a note from a newcomer (only officers verify)', () => {
    const error = thrown(() => planTies([input(), input({ verificationNote: 'trust me' })], [], newcomer, now));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain('ties[1].verificationNote');
  });

  it('refuses family fields on a tie that is not a family tie, naming them', () => {
    const error = thrown(() => planTies([input({ kind: 'family', firstDegree: true }), input({ firstDegree: true, liveNear: true })], [], newcomer, now));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields.map((f) => f.field)).toEqual(['ties[1].firstDegree', 'ties[1].liveNear']);
  });

  it('keeps a verified tie verified (same id, note and time) when a newcomer’s correction leaves it as it was', () => {
    const planned = planTies([input({ kind: 'community', municipalityCode: 'GM0363' }), input()], [verifiedJob], newcomer, now);
    expect(planned.ties[1]).toEqual({ ...verifiedJob });
    expect(planned.ties[0].status).toBe('declared');
    expect(planned.verified).toEqual([]);
  });

  it.each([
    ['municipality', { municipalityCode: 'GM0363' }],
    ['description', { description: 'Another employer' }],
    ['kind', { kind: 'study_place' as const }],
  ])('makes a verified tie declared again when a newcomer changes its %s (a new tie, new id)', (_what, change) => {
    const planned = planTies([input(change)], [verifiedJob], newcomer, now);
    expect(planned.ties[0]).toMatchObject({ status: 'declared', verifiedBy: null, verifiedAt: null, verificationNote: null });
    expect(planned.ties[0].id).toBeUndefined();
  });

  it('treats a change of the family fields as a new tie, and a blank description as none', () => {
    const family: StoredTie = { ...verifiedJob, id: 'tie-family', kind: 'family', description: null, firstDegree: true, liveNear: false };
    const same = planTies([input({ kind: 'family', description: '  ', firstDegree: true })], [family], newcomer, now);
    expect(same.ties[0]).toMatchObject({ id: 'tie-family', status: 'verified' });
    const changed = planTies([input({ kind: 'family', description: null, firstDegree: true, liveNear: true })], [family], newcomer, now);
    expect(changed.ties[0]).toMatchObject({ status: 'declared', liveNear: true });
  });

  it('matches stored ties one to one: a duplicate sent twice keeps only one verification', () => {
    const planned = planTies([input(), input()], [verifiedJob], newcomer, now);
    expect(planned.ties.map((t) => t.status)).toEqual(['verified', 'declared']);
  });

  it('lets an officer leave a declared tie as it was without a note, or verify it anew with one', () => {
    const declared: StoredTie = { ...verifiedJob, status: 'declared', verifiedBy: null, verifiedAt: null, verificationNote: null };
    expect(planTies([input()], [declared], officer, now).ties[0]).toMatchObject({ id: 'tie-job', status: 'declared' });
    const planned = planTies([input({ verificationNote: 'Contract seen today' })], [declared], officer, now);
    expect(planned.ties[0]).toMatchObject({ id: 'tie-job', status: 'verified', verifiedBy: 'officer-1', verifiedAt: now, verificationNote: 'Contract seen today' });
    expect(planned.verified).toEqual([{ before: declared, after: planned.ties[0] }]);
  });
});
