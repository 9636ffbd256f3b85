/**
 * Home-size bands: the homes municipalities state capacity in, and the one code set for them everywhere —
 * waiting list, capacity, the solver's resource names, proposals, GraphQL (enum `HomeBand`: HOMES_1_2 …).
 * People never see the code: the message catalogues label it (`label.resource.homes_1_2` = "homes for 1 or 2
 * people" in nl/en/ar/uk).
 */

/** Smallest band first. */
export const HOME_BANDS = ['homes_1_2', 'homes_3_4', 'homes_5_plus'] as const;
export type HomeBand = (typeof HOME_BANDS)[number];

/** The band a household of `persons` people needs: 1–2 → homes_1_2, 3–4 → homes_3_4, 5 or more → homes_5_plus. */
export function homeBand(persons: number): HomeBand {
  return persons <= 2 ? 'homes_1_2' : persons <= 4 ? 'homes_3_4' : 'homes_5_plus';
}

/**
 * The field that holds a band's count in capacity records (GraphQL capacity inputs and outputs, the capacity
 * entities, `CapacityRecord` of the projection). These are field names, not codes; the database columns are
 * the band codes themselves (`homes_1_2`, and `used_homes_1_2` for what proposals hold).
 */
export const CAPACITY_FIELD = { homes_1_2: 'homes1to2', homes_3_4: 'homes3to4', homes_5_plus: 'homes5plus' } as const satisfies Record<HomeBand, string>;
export type CapacityField = (typeof CAPACITY_FIELD)[HomeBand];
