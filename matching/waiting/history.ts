/**
 * Building `RoundStats` from a stored round: the API layer passes the placements (band, needs, urgency and
 * municipality of each placed household) and the homes offered; only counts come out.
 */
import type { Band, RoundStats, Urgency } from './types.js';

export interface RoundPlacement {
  readonly municipality: string;
  readonly band: Band;
  readonly hardNeeds: readonly string[];
}

export function summariseRound(input: {
  readonly roundId: string;
  readonly date: string;
  readonly placements: readonly RoundPlacement[];
  /** Homes offered per band in each municipality in the round. */
  readonly homesByMunicipality?: Readonly<Record<string, Readonly<Partial<Record<Band, number>>>>>;
  /** Households that joined the list since the previous round (band and urgency). */
  readonly joined?: readonly { readonly band: Band; readonly urgency: Urgency }[];
}): RoundStats {
  const placedByBand: Partial<Record<Band, number>> = {};
  const placedByMunicipality: Record<string, Partial<Record<Band, number>>> = {};
  const placedByNeed: Record<string, number> = {};
  for (const p of input.placements) {
    placedByBand[p.band] = (placedByBand[p.band] ?? 0) + 1;
    const m = (placedByMunicipality[p.municipality] ??= {});
    m[p.band] = (m[p.band] ?? 0) + 1;
    for (const n of new Set(p.hardNeeds)) placedByNeed[n] = (placedByNeed[n] ?? 0) + 1;
  }
  const stats: RoundStats = { roundId: input.roundId, date: input.date, placedByBand, placedByMunicipality, placedByNeed };
  const extra: { homesByMunicipality?: RoundStats['homesByMunicipality']; newUrgentByBand?: RoundStats['newUrgentByBand'] } = {};
  if (input.homesByMunicipality) extra.homesByMunicipality = input.homesByMunicipality;
  if (input.joined) {
    const u: Partial<Record<Band, number>> = {};
    for (const j of input.joined) if (j.urgency !== 'none') u[j.band] = (u[j.band] ?? 0) + 1;
    extra.newUrgentByBand = u;
  }
  return { ...stats, ...extra };
}
