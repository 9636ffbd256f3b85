export * from './figures.js';
export * from './fairness.js';
export * from './status-quo.js';
export * from './run-matching.js';
export * from './compare.js';
export * from './queue-honour.js';
export * from './anchor-repair.js';
export * from './pre-run-check.js';
