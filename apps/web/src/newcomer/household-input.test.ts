import { describe, expect, it } from 'vitest';
import {
  correctedMember, draftOf, memberInput, memberProblems, newMemberInput, newMemberProblems, problemsFromApi, refusedFields, tieInput,
  type MemberProblems, type StoredMember, type StoredTie,
} from './household-input';
import { withoutProblems } from '../components/problems';

const STORED: StoredMember = {
  position: 1,
  fullName: 'Amal Haddad',
  birthYear: 1990,
  role: 'APPLICANT',
  gender: 'FEMALE',
  educationLevel: 6,
  workExperienceYears: 7,
  aspirations: ['WORK_IN_PROFESSION'],
  professions: [{ code: '2221', title: 'Verpleegkundige' }],
  languages: [{ language: 'ar', cefr: 'C2' }, { language: 'nl', cefr: 'A2' }],
};

/** A member with nothing but what the permit gives (no name, professions, languages, education or aspirations). */
const BARE: StoredMember = { ...STORED, fullName: null, gender: null, educationLevel: null, workExperienceYears: 0, aspirations: [], professions: [], languages: [] };

describe('the member form against the API rules for a newcomer', () => {
  it('finds nothing wrong in the member as stored, and sends it back unchanged', () => {
    expect(memberProblems(STORED, draftOf(STORED))).toEqual({});
    expect(correctedMember(STORED, draftOf(STORED))).toEqual(memberInput(STORED));
    expect(memberInput(STORED)).toEqual({
      fullName: 'Amal Haddad', birthYear: 1990, role: 'APPLICANT', gender: 'FEMALE', educationLevel: 6, workExperienceYears: 7,
      aspirations: ['WORK_IN_PROFESSION'], professions: ['2221'], languages: [{ language: 'ar', cefr: 'C2' }, { language: 'nl', cefr: 'A2' }],
    });
  });

  it('refuses emptying what is stored, each at its own field', () => {
    const emptied = { ...draftOf(STORED), fullName: '   ', professions: [], languages: [], workExperienceYears: '0', educationLevel: '', aspirations: [] };
    expect(memberProblems(STORED, emptied)).toEqual({
      fullName: 'household.member.problem.fullName',
      professions: 'household.member.problem.professions',
      languages: 'household.member.problem.languages',
      workExperienceYears: 'household.member.problem.yearsRemoved',
      educationLevel: 'household.member.problem.education',
      aspirations: 'household.member.problem.aspirations',
    });
  });

  it('lets a member who had none of these stay without them', () => {
    expect(memberProblems(BARE, draftOf(BARE))).toEqual({});
    expect(correctedMember(BARE, draftOf(BARE))).toEqual(memberInput(BARE));
  });

  it('refuses a language row without a language, a language chosen twice, and years that are not a whole number 0–80', () => {
    expect(memberProblems(STORED, { ...draftOf(STORED), languages: [{ language: 'ar', cefr: 'C2' }, { language: '', cefr: 'A1' }] }).languages).toBe('household.member.problem.languageMissing');
    expect(memberProblems(STORED, { ...draftOf(STORED), languages: [{ language: 'ar', cefr: 'C2' }, { language: 'ar', cefr: 'A1' }] }).languages).toBe('household.member.problem.languageTwice');
    for (const years of ['81', '-1', '2.5', 'seven', '']) {
      expect(memberProblems(STORED, { ...draftOf(STORED), workExperienceYears: years }).workExperienceYears).toBe('household.member.problem.years');
    }
    expect(memberProblems(STORED, { ...draftOf(STORED), workExperienceYears: ' 80 ' })).toEqual({});
    expect(memberProblems(BARE, { ...draftOf(BARE), workExperienceYears: '0' })).toEqual({});
  });

  it('sends the changes and keeps birth year, role and gender as stored', () => {
    const draft = {
      ...draftOf(STORED),
      fullName: ' Amal Haddad-Khalil ',
      professions: [{ code: '2221', title: '' }, { code: '3221', title: '' }],
      languages: [{ language: 'ar', cefr: 'C2' }, { language: 'nl', cefr: 'B1' }, { language: 'en', cefr: 'A2' }],
      workExperienceYears: '9',
      educationLevel: '7',
      aspirations: ['WORK_IN_PROFESSION' as const, 'STUDY' as const],
    };
    expect(correctedMember(STORED, draft)).toEqual({
      fullName: 'Amal Haddad-Khalil', birthYear: 1990, role: 'APPLICANT', gender: 'FEMALE', educationLevel: 7, workExperienceYears: 9,
      aspirations: ['WORK_IN_PROFESSION', 'STUDY'], professions: ['2221', '3221'],
      languages: [{ language: 'ar', cefr: 'C2' }, { language: 'nl', cefr: 'B1' }, { language: 'en', cefr: 'A2' }],
    });
  });
});

describe('adding a person', () => {
  it('needs a name and a four-digit birth year from 1900 to this year', () => {
    expect(newMemberProblems({ fullName: ' ', birthYear: '26', role: 'CHILD' }, 2026)).toEqual({ fullName: 'household.add.problem.fullName', birthYear: 'household.add.problem.birthYear' });
    expect(newMemberProblems({ fullName: 'Sami', birthYear: '2027', role: 'CHILD' }, 2026).birthYear).toBe('household.add.problem.birthYear');
    expect(newMemberProblems({ fullName: 'Sami', birthYear: '1899', role: 'RELATIVE' }, 2026).birthYear).toBe('household.add.problem.birthYear');
    expect(newMemberProblems({ fullName: 'Sami', birthYear: '2026', role: 'CHILD' }, 2026)).toEqual({});
    expect(newMemberInput({ fullName: ' Sami ', birthYear: ' 2026 ', role: 'CHILD' })).toEqual({
      fullName: 'Sami', birthYear: 2026, role: 'CHILD', workExperienceYears: 0, aspirations: [], professions: [], languages: [],
    });
  });
});

describe("the API's refusal shown at the member form's fields", () => {
  it('reads both spellings of a field and only the form’s own member', () => {
    const fields = refusedFields({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'members[1].languages', message: "person 2's languages may be changed, not all removed" },
        { field: 'input.members[1].workExperienceYears', message: 'must not be greater than 80' },
        { field: 'members[0].fullName', message: "person 1's name may be corrected, not removed" },
        { field: 'members[1].birthYear', message: 'comes from the residence permit' },
      ],
    });
    expect(problemsFromApi(fields, 1)).toEqual({ languages: 'household.member.problem.languages', workExperienceYears: 'household.member.problem.years' });
    expect(problemsFromApi(fields, 0)).toEqual({ fullName: 'household.member.problem.fullName' });
    expect(problemsFromApi(fields, 2)).toBeNull();
  });

  it('finds no fields in an answer that is not a refusal of input', () => {
    expect(refusedFields({ code: 'CONFLICT', fields: [{ field: 'members[0].fullName' }] })).toEqual([]);
    expect(refusedFields(undefined)).toEqual([]);
    expect(refusedFields({ code: 'BAD_USER_INPUT', fields: [42, null, { message: 'no field' }] })).toEqual([]);
  });
});

describe('ties are sent back as stored, so they keep their status', () => {
  it('copies every field the API compares', () => {
    const tie: StoredTie = { id: 't1', kind: 'FAMILY', municipalityCode: 'GM0363', status: 'VERIFIED', description: null, firstDegree: true, liveNear: true };
    expect(tieInput(tie)).toEqual({ kind: 'FAMILY', municipalityCode: 'GM0363', description: null, firstDegree: true, liveNear: true });
  });
});

describe('a problem goes when its field changes', () => {
  it('drops the changed fields only', () => {
    const problems: MemberProblems = { fullName: 'household.member.problem.fullName', languages: 'household.member.problem.languages' };
    expect(withoutProblems(problems, ['fullName'])).toEqual({ languages: 'household.member.problem.languages' });
    expect(withoutProblems(problems, ['educationLevel'])).toEqual(problems);
    expect(withoutProblems(problems, ['fullName', 'languages'])).toEqual({});
  });
});
