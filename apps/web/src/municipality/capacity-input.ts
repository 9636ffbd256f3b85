/**
 * The capacity form's rules (issue 12), the API's own: whole numbers from 0 to `MAX_CAPACITY`, no figure below what
 * open proposals and placements already hold, and at least the person places the homes need
 * (`checkCapacity`'s `too_few_persons`, matching/vocabulary/capacity-check.ts). Pure; the page turns each problem
 * into a sentence for the reader, before sending and when the API still refuses a field.
 */
import { checkCapacity, MAX_CAPACITY, type CapacityFiguresInput } from '#matching/vocabulary/capacity-check.js';

export type CapacityField = keyof CapacityFiguresInput;
export const CAPACITY_FIELDS: readonly CapacityField[] = ['persons', 'homes1to2', 'homes3to4', 'homes5plus'];

/** Why a figure cannot be saved: out of range, below what is held (`held`), or fewer places than the homes need (`least`). */
export type CapacityProblem = { kind: 'range'; max: number } | { kind: 'belowHeld'; held: number } | { kind: 'tooFew'; least: number };

/** The figures as typed (text per field) read as numbers; blank or non-numeric text gives NaN. */
export function capacityNumbers(typed: Readonly<Record<CapacityField, string>>): Record<CapacityField, number> {
  const read = (text: string) => (text.trim() === '' ? NaN : Number(text.trim()));
  return { persons: read(typed.persons), homes1to2: read(typed.homes1to2), homes3to4: read(typed.homes3to4), homes5plus: read(typed.homes5plus) };
}

/**
 * Every field's problem (none: an empty object). `held` is what open proposals and placements hold per field (zero
 * for a period without figures). The homes check runs only when every figure is in range. When person places are
 * both below what is held and fewer than the homes need, the problem given is the one with the larger least value,
 * so that "fill in N or more" is always enough for both rules.
 */
export function capacityProblems(
  figures: Readonly<Record<CapacityField, number>>,
  held: Readonly<Record<CapacityField, number>>,
): Partial<Record<CapacityField, CapacityProblem>> {
  const out: Partial<Record<CapacityField, CapacityProblem>> = {};
  for (const f of CAPACITY_FIELDS) {
    const value = figures[f];
    if (!Number.isInteger(value) || value < 0 || value > MAX_CAPACITY) out[f] = { kind: 'range', max: MAX_CAPACITY };
    else if (value < held[f]) out[f] = { kind: 'belowHeld', held: held[f] };
  }
  if (CAPACITY_FIELDS.some((f) => out[f]?.kind === 'range')) return out;
  // Below what is held and fewer than the homes need: the sentence names the larger bound, the one that is enough.
  for (const p of checkCapacity(figures).problems) {
    const held = out[p.field];
    if (!held || (held.kind === 'belowHeld' && p.limit > held.held)) out[p.field] = { kind: 'tooFew', least: p.limit };
  }
  return out;
}

/** The field a refusal of the API names (`persons`, `input.persons`), or null when it names none of the figures. */
export function capacityFieldOf(path: string): CapacityField | null {
  const last = path.split('.').pop() ?? '';
  return (CAPACITY_FIELDS as readonly string[]).includes(last) ? (last as CapacityField) : null;
}
