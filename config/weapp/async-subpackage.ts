import path from 'node:path'
import type { Chunk, Compiler, WebpackPluginInstance } from 'webpack'

/**
 * 分包异步化 for webpack's `import()` on weapp. Taro compiles `import()` to a synchronous require
 * on mini programs; with that turned off (babel-preset-taro `dynamic-import-node: false`),
 * webpack emits real async chunks, but loads them with a <script> tag WeChat does not have.
 * This plugin:
 * - loads each async chunk with WeChat's `require.async` (a literal path per chunk, so the
 *   packaging tool sees the file as used), which downloads the subpackage holding it first;
 * - declares each subpackage holding such a chunk (`root`, no pages) in app.json, as 分包异步化
 *   requires;
 * - fails the build when an async chunk is named outside the roots (the main package would then
 *   try to load a file that is not in any package).
 * Each `import()` names its chunk into a subpackage with a `webpackChunkName: "<root>/…"` comment.
 */
export class AsyncSubpackagePlugin implements WebpackPluginInstance {
  constructor(private readonly roots: readonly string[]) {}

  apply(compiler: Compiler): void {
    const { RuntimeGlobals, RuntimeModule, Compilation, WebpackError } = compiler.webpack
    const roots = this.roots
    const rootOf = (chunk: Chunk) => roots.find((root) => (chunk.name ?? '').startsWith(`${root}/`))
    const NAME = 'AsyncSubpackagePlugin'

    class RequireAsyncLoadScript extends RuntimeModule {
      constructor() {
        super('load script with require.async', RuntimeModule.STAGE_ATTACH)
      }

      override generate(): string {
        const from = path.posix.dirname(`${this.chunk?.name ?? 'runtime'}.js`)
        // Chunks outside the roots are the main package's own (already loaded) or a build error.
        const asyncChunks = [...(this.chunk?.getAllAsyncChunks() ?? [])].filter(
          (chunk) => rootOf(chunk) !== undefined,
        )
        const loaders = asyncChunks.map((chunk) => {
          const file = path.posix.relative(from, `${chunk.name ?? String(chunk.id)}.js`)
          const request = JSON.stringify(file.startsWith('.') ? file : `./${file}`)
          return `${JSON.stringify(chunk.id)}: function () { return require.async(${request}) }`
        })
        // jsonp's chunk loading (webpack's own) waits for the chunk to push itself; `done` then
        // tells it whether the file arrived, as a <script>'s load/error events would.
        // A chunk's wxss comes with the pages that import it; webpack's CSS chunk loader (added
        // when `document` exists, i.e. never on WeChat) would wait for a <link> forever.
        return [
          `delete ${RuntimeGlobals.ensureChunkHandlers}.miniCss;`,
          `var loaders = { ${loaders.join(', ')} };`,
          `${RuntimeGlobals.loadScript} = function (url, done, key, chunkId) {`,
          '  var load = loaders[chunkId];',
          '  var event = function (type) { return { type: type, target: { src: url } } };',
          "  if (!load) return done(event('missing'));",
          "  load().then(function () { done(event('load')) }, function () { done(event('error')) });",
          '};',
        ].join('\n')
      }
    }

    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      // Ahead of webpack's own RuntimePlugin, which would add the <script> loader.
      compilation.hooks.runtimeRequirementInTree
        .for(RuntimeGlobals.loadScript)
        .tap({ name: NAME, stage: -10 }, (chunk) => {
          compilation.addRuntimeModule(chunk, new RequireAsyncLoadScript())
          return true
        })

      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const asyncChunks = [...compilation.chunks].filter((chunk) => !chunk.canBeInitial())
          const used = new Set<string>()
          for (const chunk of asyncChunks) {
            const root = rootOf(chunk)
            if (root === undefined)
              compilation.errors.push(
                new WebpackError(
                  `${NAME}: async chunk ${chunk.name ?? String(chunk.id)} is outside ${roots.join(', ')} — name it with webpackChunkName "<root>/…"`,
                ),
              )
            else used.add(root)
          }
          const appJson = compilation.getAsset('app.json')
          if (used.size === 0 || appJson === undefined) return
          const app = JSON.parse(appJson.source.source().toString()) as {
            subPackages?: { root: string; pages: string[] }[]
          }
          const added = roots.filter((root) => used.has(root)).map((root) => ({ root, pages: [] }))
          app.subPackages = [...(app.subPackages ?? []), ...added]
          compilation.updateAsset(
            'app.json',
            new compiler.webpack.sources.RawSource(JSON.stringify(app)),
          )
        },
      )
    })
  }
}
