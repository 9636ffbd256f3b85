import type { FieldProblem } from '#common/domain-error.js';
import type { IscoRepository } from '#persistence/repositories/isco.repository.js';
import type { HouseholdMemberInput } from './dto/register-household.input.js';

/**
 * What class-validator cannot check of one member (a registration's, a correction's, or a member who arrives later),
 * each problem named by its path under `field` (e.g. `members[2]`, `member`): born after `latestYear` (`tooLate` says
 * what that year is: "lies in the future", "lies after the day of the arrival"), a language or a profession listed
 * twice (languages arrive normalised, LanguageCode, so two spellings of one language count as the same).
 */
export function memberProblems(member: Pick<HouseholdMemberInput, 'birthYear' | 'languages' | 'professions'>, field: string, latestYear: number, tooLate: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (member.birthYear > latestYear) problems.push({ field: `${field}.birthYear`, message: tooLate });
  const languages = member.languages.map((l) => l.language);
  if (new Set(languages).size !== languages.length) problems.push({ field: `${field}.languages`, message: 'lists a language twice' });
  if (new Set(member.professions).size !== member.professions.length) problems.push({ field: `${field}.professions`, message: 'lists a profession twice' });
  return problems;
}

/** Each profession of `members` (with the path of each member) that is no ISCO-08 code of the reference data, named `<path>.professions[<j>]`. */
export async function unknownProfessions(isco: IscoRepository, members: readonly { readonly field: string; readonly professions: readonly string[] }[]): Promise<FieldProblem[]> {
  const professions = members.flatMap((m) => m.professions.map((code, j) => ({ code, field: `${m.field}.professions[${j}]` })));
  const unknown = new Set(await isco.unknownCodes(professions.map((p) => p.code)));
  return professions.filter((p) => unknown.has(p.code)).map((p) => ({ field: p.field, message: `unknown ISCO-08 code "${p.code}"` }));
}
