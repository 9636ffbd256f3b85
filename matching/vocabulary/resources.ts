/**
 * Resources of the scored instance (the solver's capacities): persons, and one home of the household's band.
 * The resource names of homes are the home-band codes.
 */
import { HOME_BANDS } from './home-bands.js';

export const RESOURCES = ['persons', ...HOME_BANDS] as const;
export type Resource = (typeof RESOURCES)[number];
