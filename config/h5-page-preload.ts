// H5 only: the page a link opens starts downloading with the app, not after it.
import HtmlWebpackPlugin from 'html-webpack-plugin'
import type { Chunk, Compilation, Compiler } from 'webpack'

const NAME = 'PagePreloadPlugin'
const TRANSPORT_MODULE = /[\\/]src[\\/]services[\\/]http[\\/]transport\.ts$/
const PAGE_MODULE = /[\\/]src[\\/]((?:packages[\\/][^\\/]+[\\/])?pages[\\/].+)[\\/]index\.tsx$/

/** Pure: `/…/src/packages/catalog/pages/guide/index.tsx` → `/packages/catalog/pages/guide/index`. */
export function routeOfPageModule(resource: string): string | null {
  const match = PAGE_MODULE.exec(resource)
  return match?.[1] ? `/${match[1].replace(/\\/g, '/')}/index` : null
}

export interface PreloadTable {
  files: string[]
  routes: Record<string, number[]>
}

/** Pure: the inline script that preloads the files of the page at `location.pathname`. */
export function preloadScript(table: PreloadTable, homeRoute: string, publicPath: string): string {
  return `!function(t,p){var r=t.routes[p]||(p==="/"?t.routes[${JSON.stringify(homeRoute)}]:null);if(r)for(var i=0;i<r.length;i++){var f=t.files[r[i]],l=document.createElement("link");l.rel="preload";l.setAttribute("as",/\\.css$/.test(f)?"style":"script");l.href=${JSON.stringify(publicPath)}+f;document.head.appendChild(l)}}(${JSON.stringify(table)},location.pathname)`
}

const resources = (compilation: Compilation, chunk: Chunk): string[] =>
  [...compilation.chunkGraph.getChunkModulesIterable(chunk)].map(
    (module) => module.nameForCondition() ?? '',
  )

function pageRoute(compilation: Compilation, chunk: Chunk): string | null {
  for (const resource of resources(compilation, chunk)) {
    const route = routeOfPageModule(resource)
    if (route) return route
  }
  return null
}

/**
 * Taro's H5 app fetches a page's chunks only once its runtime and the app chunk have downloaded
 * and run; on a slow phone that is a second of waiting before the page's own code is even asked
 * for. This writes into index.html, for every page, the chunks (JS and CSS) it needs beyond the
 * app's, and a few lines that preload those of the opened address beside the app's scripts.
 * Every page's first screen asks the server something, so the request layer (fetched on the first
 * call, load-transport.h5.ts) and the chunks every call's schemas need (`callChunks`: zod and the
 * schemas shared by domains) are preloaded last, after the page's own chunks. A domain's own
 * schemas (`contract-<domain>`) are fetched when that domain is first called.
 */
export class PagePreloadPlugin {
  constructor(
    private readonly homeRoute: string,
    private readonly callChunks: readonly string[] = [],
    private readonly publicPath = '/',
  ) {}

  apply(compiler: Compiler): void {
    compiler.hooks.compilation.tap(NAME, (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(NAME, (data) => {
        data.headTags.unshift(
          HtmlWebpackPlugin.createHtmlTagObject(
            'script',
            {},
            preloadScript(this.table(compilation), this.homeRoute, this.publicPath),
          ),
        )
        return data
      })
    })
  }

  private table(compilation: Compilation): PreloadTable {
    const initial = new Set<string>()
    for (const entry of compilation.entrypoints.values())
      for (const file of entry.getFiles()) initial.add(file)
    const files: string[] = []
    const indexes = (names: string[]) =>
      names
        .filter((file) => /\.(js|css)$/.test(file) && !initial.has(file))
        .map((file) => {
          const index = files.indexOf(file)
          return index >= 0 ? index : files.push(file) - 1
        })
    const groups = compilation.chunkGroups.filter((group) => !group.isInitial())
    const transport = groups.find((group) =>
      group.chunks.some((chunk) =>
        resources(compilation, chunk).some((resource) => TRANSPORT_MODULE.test(resource)),
      ),
    )
    const callFiles = [...compilation.chunks]
      .filter((chunk) => this.callChunks.includes(chunk.name ?? ''))
      .flatMap((chunk) => [...chunk.files])
    const transportFiles = [...(transport ? transport.getFiles() : []), ...callFiles]
    const routes: Record<string, number[]> = {}
    for (const group of groups) {
      const route = group.chunks.map((chunk) => pageRoute(compilation, chunk)).find(Boolean)
      if (!route) continue
      const own = group.getFiles()
      routes[route] = indexes([...own, ...transportFiles.filter((file) => !own.includes(file))])
    }
    return { files, routes }
  }
}
