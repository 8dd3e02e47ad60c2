/** ESM + ts-jest: see README "Development" for why each setting is here. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Cached bundles of the sources (scripts/bundle.mjs --cached) are not modules of the tests.
  modulePathIgnorePatterns: ['<rootDir>/.tmp/'],
  testTimeout: 30000,
};
