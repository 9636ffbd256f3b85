import type { MunicipalityRecord } from './reference-data.js';

export interface CapacityFigures {
  readonly persons: number;
  readonly homes1to2: number;
  readonly homes3to4: number;
  readonly homes5plus: number;
}

/**
 * Assumed national quota for one half year. The real taakstelling is set by the Ministry each period;
 * this default only makes the demo realistic in proportion.
 */
export const DEFAULT_NATIONAL_PERSONS = 10_000;

/** Homes per person of quota by band, from the household mix of status holders (mostly single adults). */
const HOMES_PER_PERSON = { homes1to2: 0.42, homes3to4: 0.07, homes5plus: 0.012 } as const;

/**
 * Default capacity per municipality: the national quota shared in proportion to population, as the
 * taakstelling is, with largest-remainder rounding so the shares add up exactly to the national total.
 */
export function defaultCapacities(
  municipalities: readonly MunicipalityRecord[],
  nationalPersons = DEFAULT_NATIONAL_PERSONS,
): Map<string, CapacityFigures> {
  const persons = largestRemainder(municipalities.map((m) => m.population), nationalPersons);
  return new Map(
    municipalities.map((m, i) => [
      m.cbsCode,
      {
        persons: persons[i],
        homes1to2: Math.round(persons[i] * HOMES_PER_PERSON.homes1to2),
        homes3to4: Math.round(persons[i] * HOMES_PER_PERSON.homes3to4),
        homes5plus: Math.round(persons[i] * HOMES_PER_PERSON.homes5plus),
      },
    ]),
  );
}

/** Integer shares of `total` proportional to `weights`, summing exactly to `total`. */
export function largestRemainder(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    shares[i] += 1;
    left -= 1;
  }
  return shares;
}
