/** Public API of the matching core. */
export * from './model/index.js';
export * from './scoring/index.js';
export * from './solver/types.js';
