// Browser end-to-end suite: the real H5 build served by the real backend, driven in Debian's Chromium.
module.exports = {
  rootDir: '../..',
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
  globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/tests/e2e/global-teardown.ts',
  testTimeout: 60000,
  // The benchmarks' bare Taro apps carry a package.json of the same name.
  modulePathIgnorePatterns: ['<rootDir>/.bench/'],
}
