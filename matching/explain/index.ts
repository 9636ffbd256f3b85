export * from './types.js';
export { explainHousehold, explainResult, rankedOptions, verdictFor, type ExplainOptions } from './explain.js';
export { ResultFacts } from './context.js';
export { verifyExplanation } from './verify.js';
