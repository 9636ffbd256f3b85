/**
 * Resources of the scored instance (the solver's capacities): persons, and one home of the household's band.
 * The resource names of homes are the home-band codes.
 */
import { HOME_BANDS, homeBand } from './home-bands.js';

export const RESOURCES = ['persons', ...HOME_BANDS] as const;
export type Resource = (typeof RESOURCES)[number];

/** What a household of `persons` members uses: `persons` person places and one home of its band (other resources: none). */
export function usesOf(persons: number): Readonly<Partial<Record<Resource, number>>> {
  return { persons, [homeBand(persons)]: 1 };
}
