/**
 * Is a stated capacity possible? (issue 11; CLARIFICATIONS: "refuse what is impossible; accept unusual but possible
 * combinations with a warning"). Derived from the home bands (home-bands.ts): a household gets a home of its own
 * band (`homeBand(persons)`), so a home for 1–2 people houses 1 or 2, a home for 3–4 houses 3 or 4, a home for 5 or
 * more houses at least 5 (`HOME_BAND_PERSONS`).
 *
 * - Impossible, refused (`too_few_persons`): fewer person places than the homes need when each is filled at the
 *   least: persons < homes1to2 × 1 + homes3to4 × 3 + homes5plus × 5. E.g. 3 person places with 10 homes for 1–2:
 *   at least 7 of the homes could never be given. (Negative figures are refused by the input's own validation.)
 * - Possible but unusual, accepted with a warning:
 *   - `persons_without_homes`: person places but no homes at all: nobody can be placed until homes are stated;
 *   - `persons_beyond_homes`: more person places than the homes can hold when each is full (only when there are no
 *     homes for 5 or more, whose size has no upper bound): persons > homes1to2 × 2 + homes3to4 × 4; the places
 *     beyond that cannot be used.
 * Plain TypeScript, no I/O. Figures are whole numbers ≥ 0 (persons, and homes per band).
 */
import { CAPACITY_FIELD, HOME_BANDS, type HomeBand } from './home-bands.js';

/**
 * Most persons or homes one municipality can state for one period: far above the largest taakstelling (Amsterdam's
 * is in the low thousands per half year) and well inside the solver's amount limit (`AMOUNT_LIMIT`, 1e9). The API's
 * capacity inputs refuse more; the municipality's capacity page says so before sending.
 */
export const MAX_CAPACITY = 100_000;

/** Persons a home of each band houses: at least `min`, at most `max` (null: no upper bound). */
export const HOME_BAND_PERSONS: Readonly<Record<HomeBand, { readonly min: number; readonly max: number | null }>> = {
  homes_1_2: { min: 1, max: 2 },
  homes_3_4: { min: 3, max: 4 },
  homes_5_plus: { min: 5, max: null },
};

/** The capacity figures of one municipality and period (field names as in the capacity inputs, `CAPACITY_FIELD`). */
export interface CapacityFiguresInput {
  readonly persons: number;
  readonly homes1to2: number;
  readonly homes3to4: number;
  readonly homes5plus: number;
}

export const CAPACITY_PROBLEMS = ['too_few_persons'] as const;
export const CAPACITY_WARNINGS = ['persons_without_homes', 'persons_beyond_homes'] as const;
/** Every finding, for the GraphQL enum: a stored capacity from before the check may still show a problem as a warning. */
export const CAPACITY_FINDINGS = [...CAPACITY_PROBLEMS, ...CAPACITY_WARNINGS] as const;
export type CapacityFindingCode = (typeof CAPACITY_FINDINGS)[number];
export type CapacityProblemCode = (typeof CAPACITY_PROBLEMS)[number];
export type CapacityWarningCode = (typeof CAPACITY_WARNINGS)[number];

export interface CapacityFinding<C extends string> {
  readonly code: C;
  /** The input field the finding is about (always `persons`: the homes are the fixed stock it is checked against). */
  readonly field: 'persons';
  /** Person places stated. */
  readonly persons: number;
  /** too_few_persons: the least places the homes need; persons_beyond_homes: the most the homes hold; else 0. */
  readonly limit: number;
}

const BAND_FIELD = CAPACITY_FIELD;

/** The least person places the homes need (each home filled at the least its band allows). */
export function leastPersonsForHomes(f: CapacityFiguresInput): number {
  return HOME_BANDS.reduce((sum, band) => sum + HOME_BAND_PERSONS[band].min * f[BAND_FIELD[band]], 0);
}

/** The most persons the homes hold (each home full); null when there are homes without an upper bound (5 or more). */
export function mostPersonsForHomes(f: CapacityFiguresInput): number | null {
  let sum = 0;
  for (const band of HOME_BANDS) {
    const homes = f[BAND_FIELD[band]];
    if (homes === 0) continue;
    const max = HOME_BAND_PERSONS[band].max;
    if (max === null) return null;
    sum += max * homes;
  }
  return sum;
}

/** What is impossible (refuse) and what is unusual (warn) in a stated capacity; both empty when it is ordinary. */
export function checkCapacity(f: CapacityFiguresInput): { problems: CapacityFinding<CapacityProblemCode>[]; warnings: CapacityFinding<CapacityWarningCode>[] } {
  const least = leastPersonsForHomes(f);
  if (f.persons < least) return { problems: [{ code: 'too_few_persons', field: 'persons', persons: f.persons, limit: least }], warnings: [] };
  const homes = f.homes1to2 + f.homes3to4 + f.homes5plus;
  if (f.persons > 0 && homes === 0) return { problems: [], warnings: [{ code: 'persons_without_homes', field: 'persons', persons: f.persons, limit: 0 }] };
  const most = mostPersonsForHomes(f);
  if (most !== null && f.persons > most) return { problems: [], warnings: [{ code: 'persons_beyond_homes', field: 'persons', persons: f.persons, limit: most }] };
  return { problems: [], warnings: [] };
}
