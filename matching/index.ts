/** Public API of the matching core: scoring model, scoring, explanations, and the solver. */
export * from './model/index.js';
export * from './scoring/index.js';
export * from './explain/index.js';
export * from './solver/index.js';
export * from './waiting/index.js';
export * from './messages/index.js';
export * from './vocabulary/index.js';
