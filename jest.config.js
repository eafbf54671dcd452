// Unit, backend and component suites; the browser suite has its own config (tests/e2e/jest.config.js).
const taroTransformIgnore = ['/node_modules/(?!(@tarojs|@stencil|swiper|tslib)/)']

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/src/**/*.test.ts', '<rootDir>/tests/mock/**/*.test.ts'],
      // light-my-request (behind fastify.inject) requires cookie 2, which ships only as ESM.
      transformIgnorePatterns: ['/node_modules/(?!(cookie)/)'],
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
    },
    {
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/src/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/support/components-setup.ts'],
      transformIgnorePatterns: taroTransformIgnore,
      moduleNameMapper: {
        '^@tarojs/components$': '<rootDir>/node_modules/@tarojs/components/lib/react',
        '^@/(.*)$': '<rootDir>/src/$1',
        '\\.(scss|css)$': '<rootDir>/tests/support/style-stub.js',
      },
    },
    {
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      // Both need the production weapp build in dist/.
      testMatch: ['<rootDir>/tests/weapp/**/*.test.ts', '<rootDir>/tests/build/**/*.test.ts'],
    },
  ],
}
