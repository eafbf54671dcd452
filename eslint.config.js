const fs = require('node:fs')
const path = require('node:path')
const tseslint = require('typescript-eslint')
const reactHooks = require('eslint-plugin-react-hooks')
const importPlugin = require('eslint-plugin-import')
const globals = require('globals')

const features = fs.readdirSync(path.join(__dirname, 'src/features'))
const shared = ['components', 'hooks', 'platform', 'services', 'stores', 'utils']

/** Imports flow one way: shared → features → pages; a feature never imports another; mock sees only the contract. */
const zones = [
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message:
      'A feature never imports another feature: move the shared part down into components/, services/ or utils/.',
  })),
  ...shared.map((dir) => ({
    target: `./src/${dir}`,
    from: ['./src/features', './src/pages', './src/packages'],
    message: 'Shared code must not depend on features or pages.',
  })),
  {
    target: './src/features',
    from: ['./src/pages', './src/packages'],
    message: 'Features must not import pages.',
  },
  {
    target: './mock',
    from: './src',
    except: ['./services/contract'],
    message: 'The reference backend imports only the contract from src/.',
  },
  {
    target: './admin',
    from: './src',
    except: ['./services/contract'],
    message: 'The 管理后台 imports only the contract from src/ (never Taro code).',
  },
  {
    target: './src',
    from: './admin',
    message: 'The mini program never imports the 管理后台.',
  },
  {
    target: './src/services/contract',
    from: [
      './src/platform',
      './src/stores',
      './src/features',
      './src/components',
      './src/services/http',
    ],
    message: 'The contract is pure: the server imports it too.',
  },
]

module.exports = tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-h5/**',
      'dist-server/**',
      'dist-admin/**',
      'node_modules/**',
      'tests/artifacts/**',
      'src/components/native/**',
      '.data/**',
      '.bench/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, import: importPlugin },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import/no-restricted-paths': ['error', { zones }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // A feature calls through `lazyCallerFor(endpointsOf.<domain>)`: the client knows only the
    // endpoint maps registered that way, so a bare `call` of another domain fails at run time, and
    // an eager `callerFor` would put zod and the domain's schemas in the page's package.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/services/http/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/services/http'],
              importNames: ['call', 'callerFor'],
              message: 'Use lazyCallerFor(endpointsOf.<domain>) from services/http instead.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['mock/main.ts', 'mock/start.ts', 'admin/build.ts', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
