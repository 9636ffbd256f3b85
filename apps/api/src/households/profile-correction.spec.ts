import type { HouseholdEntity } from '#persistence/entities/index.js';
import type { NewMember, NewTie } from '#persistence/repositories/household.repository.js';
import { fieldChanges, newcomerCorrectionProblems, profileChanges } from './profile-correction.js';

const member = (over: Partial<NewMember> = {}): NewMember => ({
  fullName: 'Amal', birthYear: 1988, role: 'applicant', gender: null, educationLevel: 6, workExperienceYears: 5, aspirations: [],
  professions: ['2211'], languages: [{ language: 'ar', cefr: 'C2' }], ...over,
});
const tie = (over: Partial<NewTie> = {}): NewTie & { id: string } => ({
  id: 't1', kind: 'family', municipalityCode: 'GM0344', description: null, status: 'verified', firstDegree: true, liveNear: true,
  verifiedBy: null, verifiedAt: new Date('2026-01-01'), verificationNote: 'seen', ...over,
});

/** A stored household with these members (positions from 0, as stored) and ties. */
function stored(members: NewMember[], ties: (NewTie & { id: string })[] = []): HouseholdEntity {
  return {
    id: 'h1',
    members: members.map((m, position) => ({
      ...m, position, aspirations: [...m.aspirations],
      professions: m.professions.map((iscoCode, order) => ({ iscoCode, position: order })),
      languages: m.languages.map((l) => ({ ...l })),
    })),
    ties,
  } as unknown as HouseholdEntity;
}

describe('what a newcomer may correct (newcomerCorrectionProblems)', () => {
  const household = stored([member(), member({ fullName: 'Samir', role: 'partner', professions: ['7115', '7112'] }), member({ fullName: null, birthYear: 2017, role: 'child', professions: [], languages: [] })]);
  const same = () => household.members.map((m) => member({ fullName: m.fullName, birthYear: m.birthYear, role: m.role, professions: m.professions.map((p) => p.iscoCode), languages: m.languages }));

  it('allows corrections: a name spelled anew, professions and languages changed, a nameless child still nameless', () => {
    const corrected = same();
    corrected[0] = { ...corrected[0], fullName: 'Amal Al-Rahimi', professions: ['2212'], languages: [{ language: 'ar', cefr: 'C2' }, { language: 'en', cefr: 'B1' }] };
    corrected[1] = { ...corrected[1], professions: ['7115'], educationLevel: 3, workExperienceYears: 12 };
    corrected[2] = { ...corrected[2], fullName: 'Noor' };
    expect(newcomerCorrectionProblems(household, corrected)).toEqual([]);
  });

  it('refuses removing what a round needs, naming each field (input paths count from 0, texts from 1)', () => {
    const corrected = same();
    corrected[0] = { ...corrected[0], fullName: '  ', professions: [] };
    corrected[1] = { ...corrected[1], birthYear: 1990, role: 'relative', languages: [] };
    expect(newcomerCorrectionProblems(household, corrected)).toEqual([
      { field: 'members[0].fullName', message: "person 1's name may be corrected, not removed" },
      { field: 'members[0].professions', message: "person 1's professions may be changed, not all removed" },
      { field: 'members[1].birthYear', message: "person 2's birth year comes from the residence permit: only an officer changes it" },
      { field: 'members[1].role', message: "person 2's role comes from the residence permit: only an officer changes it" },
      { field: 'members[1].languages', message: "person 2's languages may be changed, not all removed" },
    ]);
  });

  it('lets a newcomer correct gender, education, aspirations and experience but not blank what is stored, one message per field', () => {
    const before = stored([member({ gender: 'female', educationLevel: 1, aspirations: ['work_in_profession'], workExperienceYears: 3 }), member({ fullName: 'Samir', role: 'partner' })]);
    const sent = (over: Partial<NewMember>) => [member({ ...over }), member({ fullName: 'Samir', role: 'partner' })];
    // corrected to other values: allowed
    expect(newcomerCorrectionProblems(before, sent({ gender: 'male', educationLevel: 4, aspirations: ['any_work', 'study'], workExperienceYears: 1 }))).toEqual([]);
    // sent without them (what the tester's mutation did): female → null, 1 → null, [WORK_IN_PROFESSION] → [], 3 → 0
    expect(newcomerCorrectionProblems(before, sent({ gender: null, educationLevel: null, aspirations: [], workExperienceYears: 0 }))).toEqual([
      { field: 'members[0].gender', message: "person 1's gender may be corrected, not removed" },
      { field: 'members[0].educationLevel', message: "person 1's education level may be corrected, not removed" },
      { field: 'members[0].aspirations', message: "person 1's aspirations may be changed, not all removed" },
      { field: 'members[0].workExperienceYears', message: "person 1's years of work experience may be corrected, not removed (0 is what leaving it out gives)" },
    ]);
    // nothing stored to blank (the partner: no gender, no aspirations): leaving them out stays allowed
    expect(newcomerCorrectionProblems(before, sent({ gender: 'female', educationLevel: 1, aspirations: ['work_in_profession'], workExperienceYears: 3 }))).toEqual([]);
    const empty = stored([member({ educationLevel: null, workExperienceYears: 0 })]);
    expect(newcomerCorrectionProblems(empty, [member({ educationLevel: null, workExperienceYears: 0 })])).toEqual([]);
  });

  it('refuses removing a member; adding one after the others is a correction (an officer sees it in the history)', () => {
    expect(newcomerCorrectionProblems(household, same().slice(0, 2)).map((p) => p.field)).toEqual(['members']);
    expect(newcomerCorrectionProblems(household, [...same(), member({ role: 'child', birthYear: 2025 })])).toEqual([]);
    // put in another order, members are matched by number: their birth years and roles would change
    expect(newcomerCorrectionProblems(household, [same()[1], same()[0], same()[2]]).map((p) => p.field)).toEqual(['members[0].role', 'members[1].role']);
  });
});

describe('what a correction changed (profileChanges, fieldChanges)', () => {
  it('records only what differs, members counted from 1, and reads it back field by field', () => {
    const before = stored([member(), member({ fullName: 'Samir', role: 'partner' })], [tie()]);
    const members = [member({ fullName: 'Amal Al-Rahimi' }), member({ fullName: 'Samir', role: 'partner', professions: ['2211', '3221'] }), member({ fullName: null, birthYear: 2025, role: 'child', professions: [], languages: [] })];
    const ties = [tie(), tie({ id: 't3', kind: 'job_contract', status: 'declared', firstDegree: false, liveNear: false })];
    const changes = profileChanges(before, members, ties);
    expect(Object.keys(changes.after).sort()).toEqual(['members.1.fullName', 'members.2.professions', 'members.3', 'ties']);
    const fields = fieldChanges(changes.before, changes.after);
    expect(fields.filter((f) => f.field !== 'member' && f.field !== 'ties')).toEqual([
      { member: 1, field: 'fullName', before: 'Amal', after: 'Amal Al-Rahimi' },
      { member: 2, field: 'professions', before: ['2211'], after: ['2211', '3221'] },
    ]);
    expect(fields.find((f) => f.field === 'member')).toMatchObject({ member: 3, before: null, after: { birthYear: 2025, role: 'child' } });
    expect(fields.find((f) => f.field === 'ties')).toMatchObject({ member: null });
  });

  it('records nothing when nothing changed (a tie kept as stored, languages in another order)', () => {
    const m = member({ languages: [{ language: 'ar', cefr: 'C2' }, { language: 'en', cefr: 'B1' }] });
    const before = stored([m], [tie()]);
    expect(profileChanges(before, [{ ...m, languages: [...m.languages].reverse() }], [tie()])).toEqual({ before: {}, after: {} });
  });
});
