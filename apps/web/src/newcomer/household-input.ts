import type { Aspiration, HouseholdMemberInput, HouseholdTieInput, MemberRole, MyHouseholdQuery } from '../gql/graphql';
import type { Occupation } from '../components/OccupationField';
import type { MessageId } from '../i18n/catalogues';

/**
 * What the newcomer's household page sends to `correctHouseholdProfile`, which replaces the household's members and
 * ties as a whole: so every member and tie is sent, the ones not being changed exactly as stored (a tie sent as
 * stored keeps its status, a verified one stays verified). The API's rules for a newcomer (apps/api
 * `newcomerCorrectionProblems`) are checked again here, so the form can name the field before sending; the API stays
 * the judge, and what it refuses is shown at the same fields (`problemsFromApi`).
 */

export type StoredMember = MyHouseholdQuery['household']['members'][number];
export type StoredTie = MyHouseholdQuery['household']['ties'][number];

/** ISCED 2011 levels 0–8 (UNESCO), the scale of `HouseholdMember.educationLevel`. */
export const EDUCATION_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;

/** What a member may want to do, in the order the form shows them (the API's `Aspiration`). */
export const ASPIRATIONS: readonly Aspiration[] = ['WORK_IN_PROFESSION', 'ANY_WORK', 'RETRAIN', 'STUDY', 'START_BUSINESS', 'CARE_FOR_FAMILY'];

/** Highest years of work experience the API takes (`HouseholdMemberInput.workExperienceYears`, 0–80). */
export const MAX_EXPERIENCE_YEARS = 80;

/** The roles a newcomer may give a person they add (the applicant is registered with the permit). */
export const ADDED_ROLES: readonly MemberRole[] = ['CHILD', 'PARTNER', 'RELATIVE'];

/** Each role's word on the page. */
export const ROLE_LABEL: Record<MemberRole, MessageId> = { APPLICANT: 'household.role.applicant', PARTNER: 'household.role.partner', CHILD: 'household.role.child', RELATIVE: 'household.role.relative' };

/** A stored member as the API takes it back, unchanged. */
export function memberInput(m: StoredMember): HouseholdMemberInput {
  return {
    fullName: m.fullName ?? null,
    birthYear: m.birthYear,
    role: m.role,
    gender: m.gender ?? null,
    educationLevel: m.educationLevel ?? null,
    workExperienceYears: m.workExperienceYears,
    aspirations: [...m.aspirations],
    professions: m.professions.map((p) => p.code),
    languages: m.languages.map((l) => ({ language: l.language, cefr: l.cefr })),
  };
}

/** A stored tie as the API takes it back, unchanged (so it keeps its status). */
export function tieInput(tie: StoredTie): HouseholdTieInput {
  return { kind: tie.kind, municipalityCode: tie.municipalityCode, description: tie.description ?? null, firstDegree: tie.firstDegree, liveNear: tie.liveNear };
}

/** A member's details as the form holds them: texts as typed (numbers are checked on saving). */
export interface MemberDraft {
  fullName: string;
  professions: Occupation[];
  /** One row per language; `language` is '' while none is chosen. */
  languages: { language: string; cefr: string }[];
  /** Years as typed. */
  workExperienceYears: string;
  /** An ISCED level as text, or '' for "not known". */
  educationLevel: string;
  aspirations: Aspiration[];
}

/** The fields of the member form, named as the API names them (`members[i].<field>`). */
export const MEMBER_FIELDS = ['fullName', 'professions', 'languages', 'workExperienceYears', 'educationLevel', 'aspirations'] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];

export type MemberProblems = Partial<Record<MemberField, MessageId>>;

/** The form's first state: the member as stored. */
export function draftOf(m: StoredMember): MemberDraft {
  return {
    fullName: m.fullName ?? '',
    professions: m.professions.map((p) => ({ code: p.code, title: p.title })),
    languages: m.languages.map((l) => ({ language: l.language, cefr: l.cefr })),
    workExperienceYears: String(m.workExperienceYears),
    educationLevel: m.educationLevel === null || m.educationLevel === undefined ? '' : String(m.educationLevel),
    aspirations: [...m.aspirations],
  };
}

/** Whole years typed in a field, or null when the text is not a whole number from 0 to `max`. */
function wholeNumber(text: string, max: number): number | null {
  const trimmed = text.trim();
  if (!/^[0-9]{1,3}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= max ? n : null;
}

/**
 * What the form must refuse before sending, per field (the first problem of each), by the API's rules for a newcomer:
 * a stored name, education level, profession list, language list, aspiration list or work experience may be changed
 * but not emptied; a language is chosen once and with a level; years are a whole number 0–80. Empty when all is well.
 */
export function memberProblems(stored: StoredMember, draft: MemberDraft): MemberProblems {
  const problems: MemberProblems = {};
  if (stored.fullName?.trim() && !draft.fullName.trim()) problems.fullName = 'household.member.problem.fullName';
  if (stored.professions.length > 0 && draft.professions.length === 0) problems.professions = 'household.member.problem.professions';
  const chosen = draft.languages.map((l) => l.language);
  if (chosen.some((code) => !code)) problems.languages = 'household.member.problem.languageMissing';
  else if (new Set(chosen).size < chosen.length) problems.languages = 'household.member.problem.languageTwice';
  else if (stored.languages.length > 0 && chosen.length === 0) problems.languages = 'household.member.problem.languages';
  const years = wholeNumber(draft.workExperienceYears, MAX_EXPERIENCE_YEARS);
  if (years === null) problems.workExperienceYears = 'household.member.problem.years';
  else if (stored.workExperienceYears > 0 && years === 0) problems.workExperienceYears = 'household.member.problem.yearsRemoved';
  if (stored.educationLevel !== null && stored.educationLevel !== undefined && draft.educationLevel === '') problems.educationLevel = 'household.member.problem.education';
  if (stored.aspirations.length > 0 && draft.aspirations.length === 0) problems.aspirations = 'household.member.problem.aspirations';
  return problems;
}

/** The member as the API takes it after the form's changes (birth year, role and gender stay as stored). Call after `memberProblems` found none. */
export function correctedMember(stored: StoredMember, draft: MemberDraft): HouseholdMemberInput {
  return {
    ...memberInput(stored),
    fullName: draft.fullName.trim() || null,
    professions: draft.professions.map((p) => p.code),
    languages: draft.languages.map((l) => ({ language: l.language, cefr: l.cefr })),
    workExperienceYears: wholeNumber(draft.workExperienceYears, MAX_EXPERIENCE_YEARS) ?? stored.workExperienceYears,
    educationLevel: draft.educationLevel === '' ? null : Number(draft.educationLevel),
    aspirations: [...draft.aspirations],
  };
}

/** A person the newcomer adds (a baby born, someone who joined), as the form holds them. */
export interface NewMemberDraft {
  fullName: string;
  birthYear: string;
  role: MemberRole;
}

export type NewMemberField = 'fullName' | 'birthYear' | 'role';

/** What the add-a-person form must refuse before sending: a name is needed (so the person can be told apart), and a birth year from 1900 to this year. */
export function newMemberProblems(draft: NewMemberDraft, thisYear: number): Partial<Record<NewMemberField, MessageId>> {
  const problems: Partial<Record<NewMemberField, MessageId>> = {};
  if (!draft.fullName.trim()) problems.fullName = 'household.add.problem.fullName';
  const year = /^[0-9]{4}$/.test(draft.birthYear.trim()) ? Number(draft.birthYear.trim()) : null;
  if (year === null || year < 1900 || year > thisYear) problems.birthYear = 'household.add.problem.birthYear';
  return problems;
}

/** The added person as the API takes it: no professions or languages yet (the person may be a baby; they can be added after). */
export function newMemberInput(draft: NewMemberDraft): HouseholdMemberInput {
  return { fullName: draft.fullName.trim(), birthYear: Number(draft.birthYear.trim()), role: draft.role, workExperienceYears: 0, aspirations: [], professions: [], languages: [] };
}

/**
 * The API's refusal of a correction (BAD_USER_INPUT `fields`, named `members[i].<field>` or `input.members[i].<field>`)
 * as the member form's problems for member `index` (counted from 0): each field the form has gets the same message
 * the form's own check gives; null when the refusal names none of this member's fields (the page then says the change
 * was refused in general).
 */
export function problemsFromApi(fields: readonly { field: string }[], index: number): MemberProblems | null {
  const MESSAGES: Record<MemberField, MessageId> = {
    fullName: 'household.member.problem.fullName',
    professions: 'household.member.problem.professions',
    languages: 'household.member.problem.languages',
    workExperienceYears: 'household.member.problem.years',
    educationLevel: 'household.member.problem.education',
    aspirations: 'household.member.problem.aspirations',
  };
  const problems: MemberProblems = {};
  for (const { field } of fields) {
    const match = /(?:^|\.)members\[(\d+)\]\.([A-Za-z]+)/.exec(field);
    if (!match || Number(match[1]) !== index) continue;
    const name = MEMBER_FIELDS.find((f) => f === match[2]);
    if (name) problems[name] ??= MESSAGES[name];
  }
  return Object.keys(problems).length > 0 ? problems : null;
}

/** The `fields` of a BAD_USER_INPUT answer (the API's one error mapping, apps/api/src/common/graphql-errors.ts); empty for any other answer. */
export function refusedFields(extensions: Record<string, unknown> | undefined): { field: string; message: string }[] {
  if (extensions?.code !== 'BAD_USER_INPUT' || !Array.isArray(extensions.fields)) return [];
  return extensions.fields.flatMap((item: unknown) =>
    typeof item === 'object' && item !== null && 'field' in item && typeof item.field === 'string'
      ? [{ field: item.field, message: 'message' in item && typeof item.message === 'string' ? item.message : '' }]
      : [],
  );
}
