export * from './types.js';
export { explainHousehold, explainResult, rankedOptions, unitFit, verdictFor, type ExplainOptions } from './explain.js';
export { fittedBetter, householdView, statedPreferences, type AlternativeView, type HouseholdView } from './household-view.js';
export { ResultFacts } from './context.js';
export { verifyExplanation } from './verify.js';
export * from './others-first.js';
export { erasedExplanation } from './erased.js';
