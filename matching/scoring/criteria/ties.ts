import { reason } from '../reasons.js';
import type { CriterionFn } from './types.js';

/** Full credit up to this centroid distance to a job contract or study place… */
export const TIE_FULL_KM = 15;
/** …falling linearly to 0 at this distance. */
export const TIE_ZERO_KM = 90;

export function tieCredit(km: number): number {
  if (km <= TIE_FULL_KM) return 1;
  if (km >= TIE_ZERO_KM) return 0;
  return (TIE_ZERO_KM - km) / (TIE_ZERO_KM - TIE_FULL_KM);
}

/**
 * Ties: for each job contract or study place, credit by centroid distance (haversine) from this municipality to
 * the municipality of the job/study place, so a person with a job keeps it; the mean over ties. Null without ties.
 */
export const ties: CriterionFn = (h, pm, model, sink) => {
  if (h.placeTies.length === 0) return null;
  let sum = 0;
  for (const t of h.placeTies) {
    if (t.index < 0) {
      sink?.push(reason('ties.unknown_location', { kind: t.kind, municipality: t.municipality, status: t.status }));
      continue;
    }
    const km = model.distanceKm(pm.index, t.index);
    sum += tieCredit(km);
    sink?.push(reason('ties.distance', { kind: t.kind, municipality: t.municipality, km: Math.round(km * 10) / 10, status: t.status }));
  }
  return sum / h.placeTies.length;
};
