export * from './municipality.repository.js';
export * from './isco.repository.js';
export * from './municipality-profile.repository.js';
export * from './capacity.repository.js';
export * from './household.repository.js';
export * from './seed.repository.js';
export * from './account.repository.js';
