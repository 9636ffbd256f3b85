/**
 * The band rule and ADULT_AGE moved to the vocabulary (`#matching/vocabulary/index.js`: `homeBand`, `HomeBand`,
 * `ADULT_AGE`). Only `homeSizeBand` stays here, for apps/api/src/rounds/run-executor.service.ts until its
 * import is switched to `homeBand`; it is the same function and returns the one band code set
 * (homes_1_2, homes_3_4, homes_5_plus).
 * @deprecated import `homeBand` from the vocabulary.
 */
export { homeBand as homeSizeBand } from '#matching/vocabulary/index.js';
