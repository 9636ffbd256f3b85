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
   * How many households the unit has (1, or the number of linked households placed together). Every fit in the
   * outcome and the verdicts (`fit`, `outcomeFit`) is the unit's: with `linked` > 1 the mean over its households.
   */
  readonly linked: number;
  /** This household's own fit at the outcome, in [0, 1] (its combined criterion score there); null when not placed or not known. */
  readonly ownFit: number | null;
  /**
   * CBS code of the officer's pin when the unit was placed there by that pin, else null: the solver then compared only
   * the pinned place, whatever its rank.
   */
  readonly pinned: string | null;
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
  let ownFit: number | null = null;
  if (explanation.breakdown) {
    const own = explanation.breakdown.households.find((b) => b.household === household);
    if (!own) throw new Error(`the breakdown of unit ${explanation.unit} has no scores for household ${household}`);
    criteria = own.criteria;
    ownFit = own.score;
  }
  const { outcome } = explanation;
  const placedAt = outcome.code === 'explain.placed' ? outcome.params.municipality : null;
  return {
    household,
    outcome,
    rank: outcome.code === 'explain.placed' ? outcome.params.rank : null,
    options: outcome.params.options,
    fitting: outcome.params.fitting,
    linked: explanation.households.length,
    ownFit: placedAt === null ? null : ownFit,
    pinned: placedAt !== null && explanation.pinned === placedAt ? placedAt : null,
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
 * - `fittedBetter`: the alternatives that fitted the household better than its outcome, best first (as stored):
 *   every alternative whose fit is strictly higher than the fit at the outcome, whatever its verdict says about why
 *   it was not chosen (no room, room the answer did not use, an officer's pin elsewhere, or a placement value no
 *   higher: the outcome earned the stability bonus for keeping an earlier placement, `explain.alt_not_higher` and
 *   `explain.preferred_within_reach` with `fitHigher` = yes). Where a fit is not known (explanations made without
 *   scoring details), an alternative is listed when its verdict says it had a higher placement value
 *   (`explain.alt_capacity`, `explain.alt_room_available`). Places with the same or a lower fit are left out. Fits
 *   are the unit's (`HouseholdView.linked`).
 * - `statedPreferences`: the places the household named itself (its family, community, job and study-place ties)
 *   with the verdict on each; not `best_score`, which is the best option by value and, when not chosen, is the first
 *   of `fittedBetter` already.
 */
export function fittedBetter(view: HouseholdView): AlternativeView[] {
  const outcomeFit = view.outcome.code === 'explain.placed' ? view.outcome.params.fit : null;
  return view.alternatives.filter((a) => {
    if (a.fit !== null && outcomeFit !== null) return a.fit > outcomeFit;
    return a.verdict.code === 'explain.alt_capacity' || a.verdict.code === 'explain.alt_room_available';
  });
}

/** See `fittedBetter`. */
export function statedPreferences(view: HouseholdView): PreferredExplanation[] {
  return view.preferred.filter((p) => p.kind !== 'best_score');
}
