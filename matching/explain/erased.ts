import type { HouseholdExplanation } from './types.js';

/**
 * What a run keeps of a household's explanation once its case is erased (issue 16; matching/vocabulary/retention.ts):
 * the outcome — where the unit was placed or that it was not, with its fit, placement value and rank, which the run's
 * assignment and figures hold anyway — the unit's households (ids), the solve status, the pin and the count of
 * higher options. What was said about the household goes: the criterion scores and their reasons (professions,
 * languages, ties, needs), the alternatives and preferred places (what its needs and ties allowed), the filter
 * counts, why others went first and why it waited. The result is still an explanation every reader can show:
 * the outcome in words, nothing else.
 */
export function erasedExplanation(explanation: HouseholdExplanation): HouseholdExplanation {
  return {
    unit: explanation.unit,
    households: explanation.households,
    status: explanation.status,
    pinned: explanation.pinned,
    outcome: explanation.outcome,
    breakdown: null,
    alternatives: [],
    higher: explanation.higher,
    filtered: null,
    preferred: [],
    unplaced: [],
  };
}
