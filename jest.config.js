/** Jest runs in native ESM mode because oidc-provider and the OAuth test clients are ESM-only. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: { isolatedModules: true, verbatimModuleSyntax: false } }],
  },
  setupFiles: ['<rootDir>/test/helpers/env.ts'],
  testTimeout: 20000,
  // Most suites wait on loopback servers, not the CPU: two workers on a two-core machine.
  maxWorkers: 2,
};
