/**
 * Building `RoundStats` from a stored round: the API layer passes the placements (band, needs, urgency and
 * municipality of each placed household) and the homes offered; only counts come out.
 */
import type { RoundStats } from './types.js';
import { isUrgent, type HomeBand, type Urgency } from '../vocabulary/index.js';

export interface RoundPlacement {
  readonly municipality: string;
  readonly band: HomeBand;
  readonly hardNeeds: readonly string[];
}

export function summariseRound(input: {
  readonly roundId: string;
  readonly date: string;
  readonly placements: readonly RoundPlacement[];
  /** Homes offered per band in each municipality in the round. */
  readonly homesByMunicipality?: Readonly<Record<string, Readonly<Partial<Record<HomeBand, number>>>>>;
  /** Households that joined the list since the previous round (band and urgency). */
  readonly joined?: readonly { readonly band: HomeBand; readonly urgency: Urgency }[];
}): RoundStats {
  const placedByBand: Partial<Record<HomeBand, number>> = {};
  const placedByMunicipality: Record<string, Partial<Record<HomeBand, number>>> = {};
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
    const u: Partial<Record<HomeBand, number>> = {};
    for (const j of input.joined) if (isUrgent(j.urgency)) u[j.band] = (u[j.band] ?? 0) + 1;
    extra.newUrgentByBand = u;
  }
  return { ...stats, ...extra };
}
