import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ELDER_TASK_PAGES, HOME_ENTRIES } from '../../../src/features/home/entries'
import { routes } from '../../../src/utils/routes'

// app.config.ts is compiled by Taro with `defineAppConfig` as a global.
;(globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = (require('../../../src/app.config') as { default: Taro.AppConfig }).default

const subpackageRoots = (config.subPackages ?? []).map((s) => s.root)
const preloadRule = config.preloadRule ?? {}
const tabs = (config.tabBar?.list ?? []).map((t) => t.pagePath)

/** The subpackage a route opens, or null for a main-package page. */
function rootOf(url: string): string | null {
  return subpackageRoots.find((root) => url.startsWith(`/${root}/`)) ?? null
}

function routeUrl(name: string): string {
  const route = routes[name as keyof typeof routes]
  return typeof route === 'function' ? (route as (id: string) => string)('x') : route
}

/** Where one tap on a tab leads: the routes its page names, and the tiles it lists. */
function firstTaps(tab: string): string[] {
  const source = readFileSync(path.resolve(__dirname, '../../../src', `${tab}.tsx`), 'utf8')
  const named = [...source.matchAll(/routes\.(\w+)/g)].map((m) => routeUrl(m[1]!))
  const tiles =
    tab === 'pages/index/index'
      ? HOME_ENTRIES.map((e) => e.url)
      : tab === 'pages/services/index'
        ? [...ELDER_TASK_PAGES.map((e) => e.url), routes.guide('x')]
        : []
  return [...named, ...tiles]
}

test('every preloadRule is a page of the app and names existing subpackages', () => {
  const pages = [
    ...(config.pages ?? []),
    ...(config.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`)),
  ]
  expect(Object.keys(preloadRule).length).toBeGreaterThan(0)
  for (const [page, rule] of Object.entries(preloadRule)) {
    expect(pages).toContain(page)
    expect(['all', 'wifi']).toContain(rule.network ?? 'wifi')
    expect(rule.packages.length).toBeGreaterThan(0)
    for (const root of rule.packages)
      expect({ page, root, exists: subpackageRoots.includes(root) }).toEqual({
        page,
        root,
        exists: true,
      })
  }
})

test.each(tabs)('the subpackages one tap on %s leads to are preloaded', (tab) => {
  const needed = [...new Set(firstTaps(tab).map(rootOf))].filter((r): r is string => r !== null)
  expect(needed.length).toBeGreaterThan(0)
  const preloaded = preloadRule[tab]?.packages ?? []
  expect(needed.filter((root) => !preloaded.includes(root))).toEqual([])
})
