/** Jest runs the TypeScript sources through ts-jest; e2e suites start real HTTP servers. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: { '^adaptivecards$': '<rootDir>/node_modules/adaptivecards/dist/adaptivecards.js' },
  testTimeout: 60000,
};
