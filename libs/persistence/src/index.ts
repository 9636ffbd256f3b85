export * from './entities/index.js';
export * from './repositories/index.js';
export * from './data-source.js';
export * from './persistence.module.js';
