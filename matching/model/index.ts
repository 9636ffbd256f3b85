export * from './types.js';
export * from './project.js';
export { haversineKm } from './geo.js';
