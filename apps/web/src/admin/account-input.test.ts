import { describe, expect, it } from 'vitest';
import { accountDraftProblems, accountFieldOf, accountInput, EMPTY_ACCOUNT } from './account-input';

const good = { ...EMPTY_ACCOUNT, email: ' New.Officer@example.org ', password: 'twelve chars!' };

describe('accountDraftProblems', () => {
  it('accepts a complete officer account', () => {
    expect(accountDraftProblems(good)).toEqual({});
  });
  it('names each field that is missing or wrong', () => {
    expect(accountDraftProblems({ ...EMPTY_ACCOUNT, email: 'no-at-sign', password: 'short' })).toEqual({ email: 'admin.accounts.problem.email', password: 'password.problem.tooShort' });
    expect(accountDraftProblems({ ...good, role: 'MUNICIPALITY' })).toEqual({ municipalityCode: 'admin.accounts.problem.municipality' });
    expect(accountDraftProblems({ ...good, role: 'NEWCOMER', householdReference: '  ' })).toEqual({ householdReference: 'admin.accounts.problem.reference' });
  });
  it('counts the password in characters, as the API does (an emoji is one)', () => {
    expect(accountDraftProblems({ ...good, password: '🙂'.repeat(11) }).password).toBe('password.problem.tooShort');
    expect(accountDraftProblems({ ...good, password: 'abababababab' }).password).toBe('password.problem.tooFewDistinct');
    expect(accountDraftProblems({ ...good, password: ' '.repeat(12) }).password).toBe('password.problem.onlySpaces');
    expect(accountDraftProblems({ ...good, password: '🙂🙂🙂🙂🙂🙂abcdef' }).password).toBeUndefined();
  });
});

describe('accountInput', () => {
  it('sends only what the role needs', () => {
    const draft = { ...good, municipalityCode: 'GM0363', householdReference: 'HH-000001' };
    expect(accountInput(draft)).toEqual({ email: 'New.Officer@example.org', password: 'twelve chars!', role: 'OFFICER' });
    expect(accountInput({ ...draft, role: 'MUNICIPALITY' })).toMatchObject({ municipalityCode: 'GM0363' });
    expect(accountInput({ ...draft, role: 'MUNICIPALITY' })).not.toHaveProperty('householdReference');
    expect(accountInput({ ...draft, role: 'NEWCOMER' })).toMatchObject({ householdReference: 'HH-000001' });
  });
});

describe('accountFieldOf', () => {
  it('finds the form field the API names, in both spellings', () => {
    expect(accountFieldOf('input.email')).toBe('email');
    expect(accountFieldOf('password')).toBe('password');
    expect(accountFieldOf('input.householdId')).toBe('householdReference');
    expect(accountFieldOf('input.role')).toBeNull();
  });
});
