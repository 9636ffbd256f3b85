/**
 * One household's view of a stored run explanation. A run stores one `HouseholdExplanation` per unit (a household,
 * or linked households merged into one unit) with every member household's row; the run review, the newcomer's
 * proposal view and the municipality's view all read a household's part of it through `householdView`, so none of
 * them re-derives a number.
 */
import type { CriterionScore } from '../scoring/combine.js';
import type { OthersFirst } from './others-first.js';
import type { AlternativeExplanation, HouseholdExplanation, Outcome, PreferredExplanation, TieKeptVerdict, UnplacedReason, Verdict } from './types.js';

/** An alternative as a household sees it: the place, its fit (0–1) and placement value, its rank and why not. */
export interface AlternativeView {
  /** CBS code. */
  readonly municipality: string;
  /** `AlternativeExplanation.fit`: the unit's mean household fit there, in [0, 1], no placement value; null when not known. */
  readonly fit: number | null;
  /** `AlternativeExplanation.value`: the unit's placement value there (option score on the solver's scale). Not a fit. */
  readonly value: number;
  /** 1 + the number of the unit's options with a strictly higher placement value. */
  readonly rank: number;
  readonly verdict: Verdict | TieKeptVerdict;
}

export interface HouseholdView {
  /** The household this view is for: one of `explanation.households`. */
  readonly household: string;
  /** Where the unit went (`explain.placed`, with its rank among `options`) or that it was not placed. */
  readonly outcome: Outcome;
  /**
   * Rank of the outcome by placement value among the municipalities that fit the unit this round (1 = best; among its
   * options for explanations stored before `fitting` was counted); null when not placed.
   */
  readonly rank: number | null;
  /** How many options (fitting municipalities kept for the solver: maxOptions, tie places) the unit had. */
  readonly options: number;
  /** How many municipalities fit the unit this round (`Outcome`); null when not recorded. */
  readonly fitting: number | null;
  /**
   * This household's own criterion scores (each in [0, 1] or null when not applicable, with weights and reasons)
   * at the outcome. Empty when the unit was not placed or the explanation was made without scoring details.
   */
  readonly criteria: readonly CriterionScore[];
  /** The best options other than the outcome, best first (as stored). */
  readonly alternatives: readonly AlternativeView[];
  /** Its preferred places (ties, and the best option by score) with the verdict on each (as stored). */
  readonly preferred: readonly PreferredExplanation[];
  /** Why the unit waits because of a hard tie (as stored; [] for explanations stored before hard ties existed). */
  readonly unplaced: readonly UnplacedReason[];
  /**
   * "Why others went first" for this household (as stored: counts per category, hidden below the k-anonymity
   * threshold); null when the unit was placed, or for explanations stored before the priority rule existed.
   */
  readonly othersFirst: OthersFirst | null;
  /** The whole stored explanation of the unit, for callers that show it as data. */
  readonly explanation: HouseholdExplanation;
}

/**
 * The view of `household` on the stored explanation of its unit.
 *
 * Errors: throws an `Error` when `household` is not a member of the explanation's unit, or when the explanation
 * has a breakdown at the outcome without this household in it: both mean the stored explanation does not belong
 * to this household (a caller that finds no stored explanation at all reports that itself).
 */
export function householdView(explanation: HouseholdExplanation, household: string): HouseholdView {
  if (!explanation.households.includes(household)) {
    throw new Error(`household ${household} is not a member of the explained unit ${explanation.unit}`);
  }
  let criteria: readonly CriterionScore[] = [];
  if (explanation.breakdown) {
    const own = explanation.breakdown.households.find((b) => b.household === household);
    if (!own) throw new Error(`the breakdown of unit ${explanation.unit} has no scores for household ${household}`);
    criteria = own.criteria;
  }
  const { outcome } = explanation;
  return {
    household,
    outcome,
    rank: outcome.code === 'explain.placed' ? outcome.params.rank : null,
    options: outcome.params.options,
    fitting: outcome.params.fitting,
    criteria,
    alternatives: explanation.alternatives.map(alternativeView),
    preferred: explanation.preferred,
    unplaced: explanation.unplaced ?? [],
    othersFirst: explanation.othersFirst?.find((o) => o.household === household) ?? null,
    explanation,
  };
}

function alternativeView(a: AlternativeExplanation): AlternativeView {
  return { municipality: a.municipality, fit: a.fit, value: a.value, rank: a.rank, verdict: a.verdict };
}

/**
 * What a newcomer is shown of the places they did not get (issue 11), one definition for the proposal view:
 * - `fittedBetter`: the alternatives that fitted the household better than its outcome and why it did not get them:
 *   a verdict that the place had a higher placement value and no room (`explain.alt_capacity`) or room the answer did
 *   not use (`explain.alt_room_available`), and, where both fits are recorded, a strictly higher fit there than at
 *   the outcome (the placement value also counts the stability bonus, so a higher value alone is not a better fit).
 *   Places that fitted no better (`explain.alt_not_higher`, `explain.preferred_within_reach`) are left out. Best first.
 * - `statedPreferences`: the places the household named itself (its family, community, job and study-place ties)
 *   with the verdict on each; not `best_score`, which is the best option by value and, when not chosen, is the first
 *   of `fittedBetter` already.
 */
export function fittedBetter(view: HouseholdView): AlternativeView[] {
  return view.alternatives.filter((a) => {
    if (a.verdict.code !== 'explain.alt_capacity' && a.verdict.code !== 'explain.alt_room_available') return false;
    const { fit, outcomeFit } = a.verdict.params;
    return fit === null || outcomeFit === null || fit > outcomeFit;
  });
}

/** See `fittedBetter`. */
export function statedPreferences(view: HouseholdView): PreferredExplanation[] {
  return view.preferred.filter((p) => p.kind !== 'best_score');
}
