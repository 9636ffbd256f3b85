import type { FieldProblem } from '#common/domain-error.js';
import type { HouseholdEntity } from '#persistence/entities/index.js';
import type { NewMember, NewTie } from '#persistence/repositories/household.repository.js';

/** Audit action of a correction of a household's members and ties (`correctHouseholdProfile`). */
export const PROFILE_CORRECT_ACTION = 'household.profile_correct';
/** Audit action of a change of a household's preferred setting or weights (`updateHouseholdPreferences`). */
export const PREFERENCES_UPDATE_ACTION = 'household.preferences_update';

/**
 * What a newcomer may correct in their own profile (`correctHouseholdProfile`), and what only an officer may change.
 * A round needs who the household is (its members, their names and birth years: its size and home band, its adults
 * and children) and what each member can do (professions and languages, which the labour and language criteria
 * score). So a newcomer:
 *
 * - keeps every member, in the same order (members are matched by their number); they may add a member after the
 *   others (a birth, a partner who joined), which an officer sees in the household's history, but not remove one:
 *   someone who left the household is taken off by an officer;
 * - may correct a member's name, but not remove it (blank or null) once one is stored;
 * - may not change a member's birth year or role (they come from the residence permit; an officer corrects them);
 * - may change a member's professions and languages, but not remove all of them from a member who has some
 *   (a member who had none may still have none);
 * - may correct a member's gender, education level, aspirations and work experience, but not blank what is stored
 *   (aspirations and education feed the labour score, gender the fairness audit): a stored gender or education
 *   level may not become null (left out), stored aspirations may be changed but not all removed, and stored years of
 *   work experience may not become 0 (what leaving the field out gives, so the input cannot tell "none" from "not
 *   sent"); an officer clears them when they are wrong;
 * - may add, change or remove ties; a new or changed tie is DECLARED (`planTies`), never verified, so a job contract a
 *   newcomer adds is a wish until an officer checks its evidence, and a verified tie they change (a job that moved)
 *   becomes a declared one. A verified tie sent as stored stays verified. Removing a tie is their statement that it
 *   no longer holds; it is in the history like every change.
 *
 * An officer may change everything (registration's rules still apply: an adult, known ISCO-08 codes…).
 * Every problem is returned at once, each naming the input field. Field names are input paths, so they count list
 * items from 0 (`members[1].fullName` is the second member); the API's `HouseholdMember.position` and every text
 * count members from 1 ("person 2").
 */
export function newcomerCorrectionProblems(stored: HouseholdEntity, members: readonly NewMember[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (members.length < stored.members.length) {
    problems.push({
      field: 'members',
      message: `must list the household's ${stored.members.length} members, in their order (found ${members.length}): only an officer removes a member`,
    });
  }
  stored.members.forEach((before, i) => {
    const after = members[i];
    if (!after) return;
    const person = `person ${i + 1}`;
    if (before.fullName?.trim() && !after.fullName?.trim()) problems.push({ field: `members[${i}].fullName`, message: `${person}'s name may be corrected, not removed` });
    if (after.birthYear !== before.birthYear) problems.push({ field: `members[${i}].birthYear`, message: `${person}'s birth year comes from the residence permit: only an officer changes it` });
    if (after.role !== before.role) problems.push({ field: `members[${i}].role`, message: `${person}'s role comes from the residence permit: only an officer changes it` });
    if (before.professions.length > 0 && after.professions.length === 0) {
      problems.push({ field: `members[${i}].professions`, message: `${person}'s professions may be changed, not all removed` });
    }
    if (before.languages.length > 0 && after.languages.length === 0) {
      problems.push({ field: `members[${i}].languages`, message: `${person}'s languages may be changed, not all removed` });
    }
    if (before.gender !== null && after.gender === null) {
      problems.push({ field: `members[${i}].gender`, message: `${person}'s gender may be corrected, not removed` });
    }
    if (before.educationLevel !== null && after.educationLevel === null) {
      problems.push({ field: `members[${i}].educationLevel`, message: `${person}'s education level may be corrected, not removed` });
    }
    if (before.aspirations.length > 0 && after.aspirations.length === 0) {
      problems.push({ field: `members[${i}].aspirations`, message: `${person}'s aspirations may be changed, not all removed` });
    }
    if (before.workExperienceYears > 0 && after.workExperienceYears === 0) {
      problems.push({ field: `members[${i}].workExperienceYears`, message: `${person}'s years of work experience may be corrected, not removed (0 is what leaving it out gives)` });
    }
  });
  return problems;
}

/** A member's corrected fields, as the audit trail records them. */
const MEMBER_FIELDS = ['fullName', 'birthYear', 'role', 'gender', 'educationLevel', 'workExperienceYears', 'aspirations', 'professions', 'languages'] as const;
type MemberField = (typeof MEMBER_FIELDS)[number];

function storedMember(m: HouseholdEntity['members'][number]): Record<MemberField, unknown> {
  return {
    fullName: m.fullName, birthYear: m.birthYear, role: m.role, gender: m.gender, educationLevel: m.educationLevel,
    workExperienceYears: m.workExperienceYears, aspirations: [...m.aspirations],
    professions: m.professions.map((p) => p.iscoCode), languages: m.languages.map((l) => ({ language: l.language, cefr: l.cefr })),
  };
}

function newMember(m: NewMember): Record<MemberField, unknown> {
  return {
    fullName: m.fullName, birthYear: m.birthYear, role: m.role, gender: m.gender, educationLevel: m.educationLevel,
    workExperienceYears: m.workExperienceYears, aspirations: [...m.aspirations],
    professions: [...m.professions], languages: [...m.languages].sort((a, b) => a.language.localeCompare(b.language)).map((l) => ({ language: l.language, cefr: l.cefr })),
  };
}

const tieSummary = (t: Pick<NewTie, 'kind' | 'municipalityCode' | 'description' | 'status' | 'firstDegree' | 'liveNear'>) =>
  ({ kind: t.kind, municipalityCode: t.municipalityCode, description: t.description, status: t.status, firstDegree: t.firstDegree, liveNear: t.liveNear });
const tieKey = (t: ReturnType<typeof tieSummary>) => JSON.stringify(t);

/**
 * What a correction changed, as the audit trail's `before` and `after`: keyed by change key, only what differs.
 * Keys: `members.<n>.<field>` for a member's field (n counts from 1, as `HouseholdMember.position` does),
 * `members.<n>` for a member added or removed (the whole member, or null), and `ties` for the ties (each as kind,
 * municipality, description, status and family fields) when any was added, changed or removed. Empty when nothing
 * changed. `HouseholdsService.changes` reads the keys back for the officer's history.
 */
export function profileChanges(stored: HouseholdEntity, members: readonly NewMember[], ties: readonly NewTie[]): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const count = Math.max(stored.members.length, members.length);
  for (let i = 0; i < count; i++) {
    const was = stored.members[i] ? storedMember(stored.members[i]) : null;
    const is = members[i] ? newMember(members[i]) : null;
    if (!was || !is) {
      before[`members.${i + 1}`] = was;
      after[`members.${i + 1}`] = is;
      continue;
    }
    for (const field of MEMBER_FIELDS) {
      if (JSON.stringify(was[field]) !== JSON.stringify(is[field])) {
        before[`members.${i + 1}.${field}`] = was[field];
        after[`members.${i + 1}.${field}`] = is[field];
      }
    }
  }
  const tiesBefore = stored.ties.map(tieSummary);
  const tiesAfter = ties.map(tieSummary);
  const sorted = (xs: ReturnType<typeof tieSummary>[]) => xs.map(tieKey).sort().join('\n');
  if (sorted(tiesBefore) !== sorted(tiesAfter)) {
    before.ties = tiesBefore;
    after.ties = tiesAfter;
  }
  return { before, after };
}

/** One change of a household field, read back from an audit event's `before` and `after` (see `profileChanges`). */
export interface FieldChange {
  /** The member the change is about, counted from 1; null for the household itself (ties, preferences). */
  readonly member: number | null;
  /** The field: a member field (`fullName`, `professions`…), `member` for a member added or removed, `ties`, `preferredSetting` or `preferenceWeights.<criterion>`. */
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** The field changes of an audit event's `before` and `after`, in key order. */
export function fieldChanges(before: Readonly<Record<string, unknown>> | null, after: Readonly<Record<string, unknown>> | null): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return keys.map((key) => {
    const member = /^members\.(\d+)(?:\.(.+))?$/.exec(key);
    return {
      member: member ? Number(member[1]) : null,
      field: member ? member[2] ?? 'member' : key,
      before: before?.[key] ?? null,
      after: after?.[key] ?? null,
    };
  });
}
