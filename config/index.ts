import { existsSync } from 'node:fs'
import path from 'node:path'
import { constants as zlib } from 'node:zlib'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import CompressionPlugin from 'compression-webpack-plugin'
import devConfig from './dev'
import { PagePreloadPlugin } from './h5-page-preload'
import prodConfig from './prod'
import { AsyncSubpackagePlugin } from './weapp/async-subpackage'

const isH5 = process.env.TARO_ENV === 'h5'
const axiosAdapters = path.resolve(__dirname, 'weapp', 'axios-adapters.js')
/** The oldest runtimes the weapp main package already requires (ES2020: iOS 14, Chrome 80). */
const WEAPP_TARGETS = { ios: '14', chrome: '80' }
/**
 * The subpackages (no pages) that hold the weapp's async chunks: the request layer (axios), and
 * the contract's endpoint maps and schemas with zod (services/contract/lazy-endpoints.ts).
 */
const WEAPP_ASYNC_ROOTS = ['packages/transport', 'packages/contract']
const nativeComponents = path.resolve(__dirname, '..', 'src', 'components', 'native')

const inNodeModules = (...packages: string[]) =>
  new RegExp(`[\\\\/]node_modules[\\\\/](${packages.join('|')})[\\\\/]`)

/** Where a module lives, for grouping: `features/booking`, `packages/cases`, `node_modules`, … */
const moduleArea = (resource: string): string => {
  const match = /[\\/](node_modules)[\\/]|[\\/]src[\\/](features|packages)[\\/]([^\\/]+)[\\/]/.exec(
    resource,
  )
  if (!match) return 'shared'
  return match[1] ? 'vendors' : `${match[2] === 'features' ? 'feature' : 'pkg'}-${match[3]}`
}

interface SplitModule {
  nameForCondition?: () => string | null
}

/**
 * H5 code splitting. Taro's default splits only the entry's (initial) chunks, so every lazily
 * loaded page carried its own copy of the Taro components, hammer.js, platform.js, dayjs and our
 * shared components. Here async chunks are split too: what every page needs (React, the Taro
 * runtime and components) is one `taro` chunk loaded with the app; other modules used by two or
 * more chunks go to a few shared chunks named by where they live (one per feature, one per
 * subpackage, one for our shared components and one for libraries), so no module ships twice and
 * a page loads about six chunks, not thirty: over HTTP/1.1 a phone fetches six at a time, and each
 * further round trip delayed the first screen (Lighthouse: LCP 3.9 s on home with 33 chunks).
 */
const h5SplitChunks = {
  chunks: 'all',
  minSize: 0,
  maxAsyncRequests: Infinity,
  maxInitialRequests: Infinity,
  cacheGroups: {
    default: false,
    defaultVendors: false,
    taro: {
      name: 'taro',
      test: inNodeModules(
        '@tarojs',
        '@stencil',
        'hammerjs',
        'platform',
        'react',
        'react-dom',
        'scheduler',
      ),
      // Lazily loaded parts of those packages stay lazy.
      chunks: 'all',
      priority: 100,
      enforce: true,
    },
    // zod: every domain's schemas need it and no first screen does, so it is one chunk of its own,
    // fetched with the domain chunk of the first call (services/contract/lazy-endpoints.h5.ts).
    zod: {
      name: 'zod',
      test: inNodeModules('zod'),
      chunks: 'async',
      priority: 60,
      enforce: true,
    },
    // Each domain's endpoint map and schemas are a chunk of their own (`contract-<domain>`); the
    // schema modules several domains use (common fields, catalog, family, the zod helpers) are one
    // more, so a page never downloads the schemas of a domain it does not call. The contract's
    // plain rules (masks, calendar, choices) are ordinary shared code.
    contractSchemas: {
      name: 'contract-shared',
      test: /[\\/]src[\\/]services[\\/]contract[\\/](schemas[\\/]|endpoints[\\/]|zod\.ts$)/,
      chunks: 'async',
      minChunks: 2,
      priority: 50,
    },
    // Large libraries a few pages fetch later (the request layer, QR codes) stay out of `vendors`.
    lazyLibraries: {
      test: inNodeModules('axios', 'jsqr', 'uqr', 'whatwg-fetch', 'abortcontroller-polyfill'),
      priority: 40,
      minChunks: 2,
      reuseExistingChunk: true,
    },
    shared: {
      chunks: 'async',
      minChunks: 2,
      priority: 10,
      name: (module: SplitModule) => moduleArea(module.nameForCondition?.() ?? ''),
    },
  },
} as const

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhihui-zhengwu-guanjia',
    date: '2026-11-26',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // Separate folders so a weapp build never wipes the H5 build and vice versa.
    outputRoot: isH5 ? 'dist-h5' : 'dist',
    plugins: [],
    defineConstants: {},
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    copy: {
      // The privacy consent dialog is a native WeChat component (WXML/JS), and map marker icons
      // must be package files: both copied as-is.
      // (The bare app that the size benchmark builds with this same config has none.)
      patterns:
        isH5 || !existsSync(nativeComponents)
          ? []
          : [
              { from: 'src/components/native/', to: 'dist/components/native/' },
              { from: 'src/assets/map/', to: 'dist/assets/map/' },
            ],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: true },
    mini: {
      webpackChain(chain, webpack) {
        // axios keeps its API; only the adapters the weapp never uses stay out (see the file).
        chain.plugin('weapp-axios-adapters').use(webpack.NormalModuleReplacementPlugin, [
          /adapters[\\/]adapters\.js$/,
          (resource: { context: string; request: string }) => {
            if (/node_modules[\\/]axios[\\/]/.test(resource.context))
              resource.request = axiosAdapters
          },
        ])
        // 分包异步化: code behind `import()` leaves the main package (see the plugin).
        chain.plugin('weapp-async-subpackage').use(AsyncSubpackagePlugin, [WEAPP_ASYNC_ROOTS])
        // Our code is compiled for the runtime the main package already needs: zod and axios
        // ship ES2020 (`??`, object spread) untranspiled, so ES5 output of our own code (Taro's
        // default: iOS 9) would only add regenerator and helper bytes, not reach older phones.
        chain.module
          .rule('script')
          .use('babelLoader')
          .tap((options: object) => ({
            ...options,
            presets: [
              [
                'taro',
                {
                  framework: 'react',
                  ts: true,
                  compiler: 'webpack5',
                  targets: WEAPP_TARGETS,
                  // `import()` stays an async chunk (AsyncSubpackagePlugin), not a require.
                  'dynamic-import-node': false,
                },
              ],
            ],
          }))
      },
      // Components use distinct BEM classes, so the order of their CSS across chunks is irrelevant.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        chain.optimization.splitChunks(h5SplitChunks)
        // `platform` parses the user agent when it loads; Taro needs it only for device info.
        chain.resolve.alias.set('platform$', path.resolve(__dirname, 'h5', 'lazy-platform.js'))
        // Every launch without a session signs in (stores/session.ts): account's schemas too.
        chain
          .plugin('page-preload')
          .use(PagePreloadPlugin, [
            '/pages/index/index',
            ['zod', 'contract-shared', 'contract-account'],
          ])
        // Compressed once here, at the highest levels, next to each file: the server sends
        // `app.js.br` as it is instead of compressing app.js on every request (mock/http/spa.ts).
        if (process.env.NODE_ENV !== 'development') {
          const compressed = { test: /\.(js|css|html|svg|json)$/, threshold: 1024, minRatio: 0.9 }
          chain.plugin('brotli').use(CompressionPlugin, [
            {
              ...compressed,
              algorithm: 'brotliCompress',
              filename: '[path][base].br',
              compressionOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } },
            },
          ])
          chain.plugin('gzip').use(CompressionPlugin, [
            {
              ...compressed,
              algorithm: 'gzip',
              filename: '[path][base].gz',
              compressionOptions: { level: 9 },
            },
          ])
        }
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
