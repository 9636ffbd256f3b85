/** Home size bands in which municipalities state capacity. */
export type HomeSizeBand = '1-2' | '3-4' | '5+';

export function homeSizeBand(persons: number): HomeSizeBand {
  if (persons <= 2) return '1-2';
  return persons <= 4 ? '3-4' : '5+';
}

/** Capacity resource name of a band, as used in the solver's scored instance. */
export function homeResource(band: HomeSizeBand): 'homes_1_2' | 'homes_3_4' | 'homes_5_plus' {
  return band === '1-2' ? 'homes_1_2' : band === '3-4' ? 'homes_3_4' : 'homes_5_plus';
}

export const ADULT_AGE = 18;
