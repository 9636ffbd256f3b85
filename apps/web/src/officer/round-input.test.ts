import { describe, expect, it } from 'vitest';
import { createRoundInput, emptyRoundDraft, roundDraftProblems, roundFieldOf, type RoundDraft } from './round-input';

const DEFAULTS = { responseDays: 14, timeLimitSeconds: 60, priorityWeight: 0.1 };
const draft = (patch: Partial<RoundDraft> = {}): RoundDraft => ({ ...emptyRoundDraft('2026-H2', DEFAULTS), name: 'Ronde december', ...patch });

describe('the new-round form against the API rules', () => {
  it('takes every waiting household with the defaults, and sends neither cohort nor policy', () => {
    expect(roundDraftProblems(draft())).toEqual({});
    expect(createRoundInput(draft({ name: '  Ronde december ' }), DEFAULTS)).toEqual({ name: 'Ronde december', period: '2026-H2' });
  });

  it('refuses a blank or too long name', () => {
    expect(roundDraftProblems(draft({ name: '   ' })).name).toBe('officer.new.problem.name');
    expect(roundDraftProblems(draft({ name: 'x'.repeat(121) })).name).toBe('officer.new.problem.name');
    expect(roundDraftProblems(draft({ name: 'x'.repeat(120) })).name).toBeUndefined();
  });

  it('needs at least one real date, in order, for a permit-date cohort', () => {
    expect(roundDraftProblems(draft({ cohort: 'permitDates' })).permitDateFrom).toBe('officer.new.problem.dates');
    expect(roundDraftProblems(draft({ cohort: 'permitDates', permitDateFrom: '2026-02-30' })).permitDateFrom).toBe('officer.new.problem.date');
    expect(roundDraftProblems(draft({ cohort: 'permitDates', permitDateFrom: '2026-06-01', permitDateTo: '2026-01-01' })).permitDateTo).toBe('officer.new.problem.dateOrder');
    const ok = draft({ cohort: 'permitDates', permitDateTo: '2026-01-31', limit: '40' });
    expect(roundDraftProblems(ok)).toEqual({});
    expect(createRoundInput(ok, DEFAULTS).cohort).toEqual({ permitDateTo: '2026-01-31', limit: 40 });
  });

  it('needs a reception location for that cohort, and sends only the chosen kind', () => {
    expect(roundDraftProblems(draft({ cohort: 'reception' })).receptionLocation).toBe('officer.new.problem.reception');
    const ok = draft({ cohort: 'reception', receptionLocation: ' AZC Zwolle ', permitDateFrom: '2026-01-01' });
    expect(createRoundInput(ok, DEFAULTS).cohort).toEqual({ receptionLocation: 'AZC Zwolle' });
  });

  it('refuses a limit that is not a whole number of 1 or more', () => {
    for (const limit of ['0', '-3', '2.5', 'tien']) expect(roundDraftProblems(draft({ limit })).limit).toBe('officer.new.problem.limit');
  });

  it('keeps the policy values in the API ranges and sends only those that changed', () => {
    expect(roundDraftProblems(draft({ responseDays: '0' })).responseDays).toBe('officer.new.problem.responseDays');
    expect(roundDraftProblems(draft({ responseDays: '91' })).responseDays).toBe('officer.new.problem.responseDays');
    expect(roundDraftProblems(draft({ timeLimitSeconds: '601' })).timeLimitSeconds).toBe('officer.new.problem.timeLimit');
    expect(roundDraftProblems(draft({ priorityWeight: '2.5' })).priorityWeight).toBe('officer.new.problem.priorityWeight');
    expect(roundDraftProblems(draft({ priorityWeight: '' })).priorityWeight).toBe('officer.new.problem.priorityWeight');
    expect(createRoundInput(draft({ responseDays: '21', priorityWeight: '0' }), DEFAULTS).policy).toEqual({ responseDays: 21, priorityWeight: 0 });
  });

  it('reads the field a refusal of the API names', () => {
    expect(roundFieldOf('input.cohort.limit')).toBe('limit');
    expect(roundFieldOf('input.policy.responseDays')).toBe('responseDays');
    expect(roundFieldOf('input.period')).toBeNull();
  });
});
