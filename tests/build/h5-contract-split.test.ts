/**
 * @jest-environment node
 */
// The H5 production build in dist-h5/ (config/index.ts, services/contract/lazy-endpoints.h5.ts):
// each domain's endpoint map and schemas are a chunk of their own, zod ships once, and no page's
// first load carries a domain's schemas — they come with the first call to that domain (zod, the
// schemas several domains share and account's, which every launch's sign-in calls, are preloaded).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { endpointsOf } from '../../src/services/contract/lazy-endpoints'
import { DUPLICATION_TARGET, firstPageScripts, measureH5, pageFirstLoad } from '../bench/h5-chunks'
import { LIGHTHOUSE_PAGES } from '../bench/h5-server'

const dist = path.resolve(__dirname, '..', '..', 'dist-h5')
if (!existsSync(path.join(dist, 'index.html')))
  throw new Error('dist-h5/ is missing: run `npm run build:h5` before the build tests')

const scripts = readdirSync(path.join(dist, 'js')).filter((file) => file.endsWith('.js'))
const textOf = new Map(
  scripts.map((file) => [file, readFileSync(path.join(dist, 'js', file), 'utf8')] as const),
)
const chunkName = (file: string) => file.replace(/\.[0-9a-f]{8}\.js$/, '')
/** The chunks holding an endpoint definition with this summary. */
const filesWithSummary = (summary: string) => {
  // The minifier writes non-ASCII text as \u escapes.
  const escaped = summary.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
  const needles = [summary, escaped].flatMap((text) => [`"summary":"${text}"`, `summary:"${text}"`])
  return scripts.filter((file) => needles.some((needle) => textOf.get(file)?.includes(needle)))
}
const kebab = (domain: string) => domain.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

type Domain = keyof typeof endpointsOf
const domains = Object.keys(endpointsOf) as Domain[]
let summaries: Map<Domain, string[]>
let all: Map<Domain, string[]>

beforeAll(async () => {
  const maps = await Promise.all(domains.map((domain) => endpointsOf[domain]()))
  const lists = maps.map((map) => Object.values(map).map((def: { summary: string }) => def.summary))
  all = new Map(domains.map((domain, i) => [domain, lists[i] ?? []]))
  // A domain's own endpoints: those no other domain's map also holds (cases spreads helperContact).
  summaries = new Map(
    domains.map((domain, i) => [
      domain,
      (lists[i] ?? []).filter((summary) =>
        lists.every((other, j) => j === i || !other.includes(summary)),
      ),
    ]),
  )
})

test('each domain’s endpoint map is in its own chunk, contract-<domain>, with no other domain’s', () => {
  for (const domain of domains) {
    const own = summaries.get(domain) ?? []
    // helperContact's map is all part of cases' too: used by two domains, it is shared.
    const [expected, looked] =
      own.length > 0
        ? [`contract-${kebab(domain)}`, own]
        : ['contract-shared', all.get(domain) ?? []]
    const files = [...new Set(looked.flatMap(filesWithSummary))].map(chunkName)
    expect({ domain, files }).toEqual({ domain, files: [expected] })
  }
})

test('zod ships once, in the zod chunk, and the whole contract is no longer one chunk', () => {
  // zod's objects carry `_zod`.
  expect(scripts.filter((file) => textOf.get(file)?.includes('_zod')).map(chunkName)).toEqual([
    'zod',
  ])
  expect(scripts.map(chunkName)).not.toContain('contract')
  // The largest domain chunk is a small part of what the one contract chunk was (136 KB).
  const domainBytes = scripts
    .filter((file) => /^contract-/.test(file))
    .map((file) => Buffer.byteLength(textOf.get(file) ?? ''))
  expect(Math.max(...domainBytes)).toBeLessThan(20 * 1024)
})

test('a page’s first load carries no domain’s schemas but the sign-in’s; zod is preloaded once for its first call', () => {
  const initial = firstPageScripts(dist).length
  for (const [page, address] of Object.entries(LIGHTHOUSE_PAGES)) {
    const firstLoad = pageFirstLoad(dist, address).map((file) => chunkName(path.basename(file)))
    const preloaded = firstLoad.slice(initial)
    expect({ page, hasPage: preloaded.length > 0 }).toEqual({ page, hasPage: true })
    expect({
      page,
      domainChunks: firstLoad.filter((name) => /^contract-(?!(shared|account)$)/.test(name)),
    }).toEqual({ page, domainChunks: [] })
    expect({ page, zod: firstLoad.filter((name) => name === 'zod').length }).toEqual({
      page,
      zod: 1,
    })
  }
})

test('no module ships in two H5 chunks (duplicated bytes under 10%)', () => {
  expect(measureH5(dist).ratio).toBeLessThan(DUPLICATION_TARGET)
})
