// Nest 12, TypeORM 1 and PGlite are ESM-only and Node 20 lacks Jest's require(esm) support, so tests run
// as native ESM (node --experimental-vm-modules) with ts-jest in ESM mode.
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^#(matching|seed)/(.*)\\.js$': '<rootDir>/$1/$2',
    '^#persistence/(.*)\\.js$': '<rootDir>/libs/persistence/src/$1',
    '^#common/(.*)\\.js$': '<rootDir>/libs/common/src/$1',
    '^#api/(.*)\\.js$': '<rootDir>/apps/api/src/$1',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.spec.json' }] },
};
module.exports = {
  // testTimeout is a global option: Jest ignores it inside `projects`, so it is set here. It bounds hooks too: an
  // end-to-end file's start of the app on a fresh database (migrations, seed) took over 60 s on a loaded 2-core
  // machine (test/seed.e2e-spec.ts, 2026-12-02), so 3 minutes; speed is measured by the benchmarks, not here.
  testTimeout: 180_000,
  // One folder per run for images of migrated and seeded test databases (test/support/database-images.ts).
  globalSetup: '<rootDir>/test/support/global-setup.cjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.cjs',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{matching,seed,apps,libs,scripts}/**/*.spec.ts'] },
    // End-to-end suites start the app on a fresh database first, which takes seconds on PGlite.
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
