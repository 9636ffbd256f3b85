import type { Criterion, MatchingModel, ScoringHousehold } from '../model/types.js';
import type { ScoredDetails } from '../scoring/build.js';

/** Where each household ended up (null = not placed), by household id. */
export type Allocation = ReadonlyMap<string, string | null>;

export interface RoundFigures {
  readonly householdsTotal: number;
  readonly householdsPlaced: number;
  readonly personsTotal: number;
  readonly personsPlaced: number;
  /** Mean fit (combined criterion score in [0, 1]) of the placed households; null when nobody was placed. */
  readonly averageFit: number | null;
  /** Of placed households that prefer a setting, the share placed where the setting fits fully. */
  readonly preferredSettingShare: number | null;
  /** Of placed households whose labour criterion applies, the share with a labour-market match (score ≥ 0.6). */
  readonly labourMatchShare: number | null;
}

export interface HouseholdFit {
  readonly household: string;
  readonly municipality: string | null;
  /** Combined fit of this household at its municipality, without any placement value. */
  readonly fit: number | null;
  readonly criteria: Readonly<Partial<Record<Criterion, number | null>>>;
}

/** A labour score of 0.6 or more means a shortage occupation in the member's ISCO minor group or closer, or a fitting study place. */
export const LABOUR_MATCH_THRESHOLD = 0.6;

/** Fit and criterion scores of each household at the municipality it got, from the same scoring functions. */
export function householdFits(model: MatchingModel, details: ScoredDetails, allocation: Allocation): HouseholdFit[] {
  return [...model.households]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((h) => {
      const municipality = allocation.get(h.id) ?? null;
      const unit = details.unitOf.get(h.id);
      const breakdown = municipality && unit ? details.breakdown(unit, municipality) : null;
      const own = breakdown?.households.find((b) => b.household === h.id) ?? null;
      return {
        household: h.id,
        municipality,
        fit: own ? own.score : null,
        criteria: own ? Object.fromEntries(own.criteria.map((c) => [c.criterion, c.score])) : {},
      };
    });
}

export function roundFigures(model: MatchingModel, fits: readonly HouseholdFit[]): RoundFigures {
  const byId = new Map<string, ScoringHousehold>(model.households.map((h) => [h.id, h]));
  const placed = fits.filter((f) => f.municipality !== null);
  const mean = (xs: number[]) => (xs.length ? round4(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
  const share = (xs: boolean[]) => (xs.length ? round4(xs.filter(Boolean).length / xs.length) : null);
  return {
    householdsTotal: fits.length,
    householdsPlaced: placed.length,
    personsTotal: fits.reduce((sum, f) => sum + (byId.get(f.household)?.members.length ?? 0), 0),
    personsPlaced: placed.reduce((sum, f) => sum + (byId.get(f.household)?.members.length ?? 0), 0),
    averageFit: mean(placed.map((f) => f.fit ?? 0)),
    preferredSettingShare: share(
      placed
        .filter((f) => byId.get(f.household)?.preferredSetting !== 'no_preference' && f.criteria.setting != null)
        .map((f) => (f.criteria.setting ?? 0) >= 0.999),
    ),
    labourMatchShare: share(placed.filter((f) => f.criteria.labour != null).map((f) => (f.criteria.labour ?? 0) >= LABOUR_MATCH_THRESHOLD)),
  };
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
