export * from './reasons.js';
export { DEFAULT_POLICY_WEIGHTS, effectiveWeights, roundScore, type CriterionScore, type PairScore } from './combine.js';
export {
  buildScoredInstance, DEFAULT_MAX_OPTIONS, type FilteredMunicipality, type HouseholdBreakdown, type MatchingPolicy,
  type PairRef, type PreferredPlace, type ScoredDetails, type ScoredInstance, type UnitBreakdown, type UnitDetail,
} from './build.js';
export { DEFAULT_PRIORITY_WEIGHT, PRIORITY_RULE, priorityValue, queuePriorities } from './priority.js';
export { DEFAULT_STABILITY_BONUS } from './build.js';
export { ISCO_CREDIT, matchIsco, iscoIndex, type IscoMatch } from './prepare.js';
export { SETTING_FIT } from './criteria/setting.js';
export { TIE_FULL_KM, TIE_ZERO_KM, tieCredit } from './criteria/ties.js';
export { CARE_SERVICE } from '../fits.js';
