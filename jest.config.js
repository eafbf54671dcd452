// Unit, backend and component suites; the browser suite has its own config (tests/e2e/jest.config.js).
const taroTransformIgnore = [
  '/node_modules/(?!(@tarojs|@stencil|swiper|tslib|query-string|decode-uri-component|split-on-first|filter-obj|lodash-es|nanoid|\\.pnpm|style-inject)/)',
]

// light-my-request (behind fastify.inject) requires cookie 2, and @fastify/static content-disposition 3: both ship only as ESM.
const serverTransformIgnore = [
  '/node_modules/(?!(cookie|content-disposition|@fastify/static/node_modules/content-disposition)/)',
]

// Flags Taro's build defines; @tarojs/runtime reads them at import time.
const taroGlobals = {
  ENABLE_INNER_HTML: true,
  ENABLE_ADJACENT_HTML: true,
  ENABLE_SIZE_APIS: true,
  ENABLE_TEMPLATE_CONTENT: true,
  ENABLE_CLONE_NODE: true,
  ENABLE_CONTAINS: true,
  ENABLE_MUTATION_OBSERVER: true,
  DEPRECATED_ADAPTER_COMPONENT: false,
}

module.exports = {
  // A loaded 2-core CI machine runs a server test for seconds; time limits catch hangs, not slowness.
  testTimeout: 30000,
  modulePathIgnorePatterns: [
    '<rootDir>/.bench/',
    '<rootDir>/dist/',
    '<rootDir>/dist-h5/',
    '<rootDir>/dist-server/',
  ],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/src/**/*.test.ts', '<rootDir>/tests/mock/**/*.test.ts'],
      // The PostgreSQL suites belong to the `postgres` project (it starts their cluster).
      testPathIgnorePatterns: ['/node_modules/', '\\.pg\\.test\\.ts$'],
      globalSetup: '<rootDir>/tests/support/database-template.ts',
      globalTeardown: '<rootDir>/tests/support/database-template-teardown.ts',
      transformIgnorePatterns: serverTransformIgnore,
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
    },
    {
      // The same server on PostgreSQL: a throwaway cluster for the run (Debian's postgresql).
      displayName: 'postgres',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/mock/**/*.pg.test.ts'],
      globalSetup: '<rootDir>/tests/support/postgres-setup.ts',
      globalTeardown: '<rootDir>/tests/support/postgres-teardown.ts',
      transformIgnorePatterns: serverTransformIgnore,
    },
    {
      // The backend suites again, each app on its own copy of a seeded PostgreSQL database.
      displayName: 'backend-postgres',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/mock/**/*.test.ts'],
      // Suites about SQLite itself (its migrations, seeds, files) are named *.sqlite.test.ts.
      testPathIgnorePatterns: ['/node_modules/', '\\.pg\\.test\\.ts$', '\\.sqlite\\.test\\.ts$'],
      globalSetup: '<rootDir>/tests/support/backend-postgres-setup.ts',
      globalTeardown: '<rootDir>/tests/support/backend-postgres-teardown.ts',
      transformIgnorePatterns: serverTransformIgnore,
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
    },
    {
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/src/**/*.test.tsx'],
      globals: taroGlobals,
      transform: { '^.+\\.(mjs|[jt]sx?)$': 'babel-jest' },
      setupFilesAfterEnv: ['<rootDir>/tests/support/components-setup.ts'],
      transformIgnorePatterns: taroTransformIgnore,
      moduleNameMapper: {
        '^@tarojs/components$': '<rootDir>/node_modules/@tarojs/components/lib/react',
        // Components run as on H5: storage is localStorage, requests are XHR.
        '^@tarojs/taro$': '<rootDir>/tests/support/taro-h5.js',
        '^@/(.*)$': '<rootDir>/src/$1',
        '\\.(scss|css)$': '<rootDir>/tests/support/style-stub.js',
      },
    },
    {
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      // Both need the production weapp build in dist/.
      testMatch: ['<rootDir>/tests/weapp/**/*.test.ts', '<rootDir>/tests/build/**/*.test.ts'],
      // The specs' wx.request reaches the real server (app.inject) on a copy of one seeded database.
      setupFiles: ['<rootDir>/tests/weapp/support/node-globals.ts'],
      globalSetup: '<rootDir>/tests/support/database-template.ts',
      globalTeardown: '<rootDir>/tests/support/database-template-teardown.ts',
      transformIgnorePatterns: serverTransformIgnore,
      transform: {
        // The build calls WeChat's require.async to load its async subpackage.
        '/dist/.+\\.js$': '<rootDir>/tests/weapp/support/require-async-transform.js',
        '\\.[jt]sx?$': 'babel-jest',
      },
    },
  ],
}
