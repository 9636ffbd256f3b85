/**
 * Capacity input rules in the API (issue 11): the findings of `checkCapacity` (matching/vocabulary/capacity-check.ts)
 * as refusals and warnings, and the refusal to go below what proposals and placements hold. One place for
 * `setCapacity` and `setRoundCapacity`. Messages are for the person who typed the figures: they name the field, the
 * resource, the amount held or needed and the amount asked.
 */
import { DomainError, type FieldProblem } from '#common/domain-error.js';
import { checkCapacity, HOME_BAND_PERSONS, type CapacityFiguresInput, type CapacityFinding, type CapacityFindingCode } from '#matching/vocabulary/capacity-check.js';
import { CAPACITY_FIELD, HOME_BANDS } from '#matching/vocabulary/home-bands.js';
import { render } from '#matching/messages/index.js';
import type { CapacityWarning } from './models/capacity.model.js';

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** What a resource is called in messages: "person places", or the band's label ("homes for 3 or 4 people"). */
function resourceName(field: keyof CapacityFiguresInput): string {
  if (field === 'persons') return 'person places';
  const band = HOME_BANDS.find((b) => CAPACITY_FIELD[b] === field)!;
  return render(`label.resource.${band}`, {}, 'en').text;
}

/** The sentence for a finding (English, like every input message). */
export function capacityFindingMessage(f: CapacityFinding<CapacityFindingCode>, figures: CapacityFiguresInput): string {
  const homes = figures.homes1to2 + figures.homes3to4 + figures.homes5plus;
  switch (f.code) {
    case 'too_few_persons':
      return `${plural(f.persons, 'person place', 'person places')} cannot fill ${plural(homes, 'home', 'homes')}: a home for 1 or 2 people houses at least ${HOME_BAND_PERSONS.homes_1_2.min}, a home for 3 or 4 at least ${HOME_BAND_PERSONS.homes_3_4.min}, a home for 5 or more at least ${HOME_BAND_PERSONS.homes_5_plus.min}, so these homes need at least ${f.limit} person places`;
    case 'persons_without_homes':
      return `${plural(f.persons, 'person place', 'person places')} but no homes: nobody can be placed until homes are stated`;
    case 'persons_beyond_homes':
      return `${plural(f.persons, 'person place', 'person places')}, but the homes hold at most ${plural(f.limit, 'person', 'people')}: ${f.persons - f.limit} of the places cannot be used`;
  }
}

/** Warnings on stated figures (unusual but possible; a stored figure from before the check may show a problem too). */
export function capacityWarnings(figures: CapacityFiguresInput): CapacityWarning[] {
  const { problems, warnings } = checkCapacity(figures);
  return [...problems, ...warnings].map((f) => ({ code: f.code, field: f.field, message: capacityFindingMessage(f, figures) }));
}

/**
 * Refuses impossible capacity input (BAD_USER_INPUT naming the field): fewer person places than the homes need, and,
 * when `held` is given, any figure below what open proposals and placements already hold (each field named, with the
 * amount held and the amount asked). All problems in one error.
 */
export function requirePossibleCapacity(input: CapacityFiguresInput, held?: CapacityFiguresInput): void {
  const problems: FieldProblem[] = [];
  if (held) {
    for (const field of ['persons', 'homes1to2', 'homes3to4', 'homes5plus'] as const) {
      if (input[field] < held[field]) {
        problems.push({
          field,
          message: `open proposals and placements already hold ${held[field]} ${resourceName(field)}; capacity cannot go below that (you asked for ${input[field]})`,
        });
      }
    }
  }
  for (const f of checkCapacity(input).problems) problems.push({ field: f.field, message: capacityFindingMessage(f, input) });
  if (problems.length > 0) throw DomainError.badInput(problems);
}
