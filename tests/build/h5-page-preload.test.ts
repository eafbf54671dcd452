/**
 * @jest-environment jsdom
 */
// The preload table index.html carries (config/h5-page-preload.ts): a page opened by its address
// starts fetching its own chunks and the request layer beside the app's, and nothing else.
import { preloadScript, routeOfPageModule } from '../../config/h5-page-preload'

test('a page module is named by its route, tabs and subpackages alike; other modules are not pages', () => {
  expect(routeOfPageModule('/w/src/pages/index/index.tsx')).toBe('/pages/index/index')
  expect(routeOfPageModule('/w/src/packages/catalog/pages/guide/index.tsx')).toBe(
    '/packages/catalog/pages/guide/index',
  )
  expect(routeOfPageModule('C:\\w\\src\\packages\\qr\\pages\\scan\\index.tsx')).toBe(
    '/packages/qr/pages/scan/index',
  )
  expect(routeOfPageModule('/w/src/features/catalog/components/guide.tsx')).toBeNull()
  expect(routeOfPageModule('/w/src/pages/index/index.scss')).toBeNull()
})

const table = {
  files: [
    'js/contract.1.js',
    'css/home.2.css',
    'js/home.2.js',
    'js/guide.3.js',
    'js/transport.4.js',
  ],
  routes: {
    '/pages/index/index': [0, 1, 2, 4],
    '/packages/catalog/pages/guide/index': [0, 3, 4],
  },
}

const preloadedAt = (pathname: string): string[] => {
  document.head.innerHTML = ''
  // The script reads location.pathname; here it is given the address to test.
  const script = preloadScript(table, '/pages/index/index', '/').replace(
    'location.pathname',
    JSON.stringify(pathname),
  )
  new Function(script)()
  return Array.from(document.head.querySelectorAll('link')).map(
    (link) => `${link.rel} ${link.getAttribute('as')} ${link.getAttribute('href')}`,
  )
}

test('the opened page preloads its scripts and styles in order; / is the home page', () => {
  const home = [
    'preload script /js/contract.1.js',
    'preload style /css/home.2.css',
    'preload script /js/home.2.js',
    'preload script /js/transport.4.js',
  ]
  expect(preloadedAt('/pages/index/index')).toEqual(home)
  expect(preloadedAt('/')).toEqual(home)
  expect(preloadedAt('/packages/catalog/pages/guide/index')).toEqual([
    'preload script /js/contract.1.js',
    'preload script /js/guide.3.js',
    'preload script /js/transport.4.js',
  ])
})

test('an unknown address preloads nothing (the app shows its not-found page)', () => {
  expect(preloadedAt('/no/such/page')).toEqual([])
})
