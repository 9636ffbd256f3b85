export * from './home-bands.js';
export * from './languages.js';
export * from './lifecycle.js';
export * from './members.js';
export * from './resources.js';
export * from './ties.js';
export * from './urgency.js';
export * from './review.js';
