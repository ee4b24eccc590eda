/** Test projects: `unit` runs pure domain modules in milliseconds; `http` talks to a booted Strapi on PostgreSQL. */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
const ignore = ['/node_modules/', '/dist/', '/.data/'];

module.exports = {
  // A global option (jest ignores it inside a project): HTTP tests wait for a real server on a busy machine.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testPathIgnorePatterns: ignore,
      testMatch: ['<rootDir>/{config,database,plugins}/**/__tests__/**/*.test.ts'],
    },
    {
      displayName: 'http',
      testEnvironment: 'node',
      transform,
      testPathIgnorePatterns: ignore,
      testMatch: ['<rootDir>/cms/tests/**/*.test.ts', '<rootDir>/plugins/*/tests/**/*.test.ts', '<rootDir>/site/tests/**/*.test.ts'],
      globalSetup: '<rootDir>/cms/tests/harness/global-setup.ts',
      globalTeardown: '<rootDir>/cms/tests/harness/global-teardown.ts',
    },
  ],
};
