import type { PreparedHousehold, PreparedModel, PreparedMunicipality } from '../prepare.js';
import type { Reason } from '../reasons.js';

/**
 * A criterion scores one (household, municipality) pair in [0, 1], or returns null when it does not apply to
 * the household (e.g. no preferred setting). When `sink` is given it pushes the facts behind the number.
 * Criteria are pure: the same inputs always give the same score and reasons.
 */
export type CriterionFn = (
  h: PreparedHousehold, m: PreparedMunicipality, model: PreparedModel, sink: Reason[] | null,
) => number | null;
