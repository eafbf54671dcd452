import { buildSearchIndex, type SearchDoc } from '../../../mock/modules/catalog/search'
import { sharedSearchIndex } from '../../../mock/modules/catalog/search-index'

const docs: SearchDoc[] = Array.from({ length: 300 }, (_, i) => ({
  id: `item-${i}`,
  name: i === 7 ? '个体工商户设立登记' : `事项${i}号办理`,
  keywords: [],
  audiences: ['personal'],
  popularity: i,
}))

test('every caller that comes while the index builds shares the one build', async () => {
  let loads = 0
  const search = sharedSearchIndex(async () => {
    loads += 1
    return docs
  }, new AbortController().signal)
  const [a, b, c] = await Promise.all([search(), search(), search()])
  expect(loads).toBe(1)
  expect(a).toBe(b)
  expect(b).toBe(c)
  expect(a.search('个体')[0]?.id).toBe('item-7')
  expect(await search()).toBe(a)
})

test('a failed build is tried again by the next caller', async () => {
  let loads = 0
  const search = sharedSearchIndex(async () => {
    loads += 1
    if (loads === 1) throw new Error('database closed')
    return docs
  }, new AbortController().signal)
  await expect(search()).rejects.toThrow('database closed')
  expect((await search()).size).toBe(docs.length)
  expect(loads).toBe(2)
})

test('the build leaves the event loop free in between, so other requests are answered', async () => {
  let turns = 0
  const other = setInterval(() => (turns += 1), 0)
  try {
    let turnsWhenBuilt = -1
    await buildSearchIndex(docs).then(() => (turnsWhenBuilt = turns))
    expect(turnsWhenBuilt).toBeGreaterThan(0)
  } finally {
    clearInterval(other)
  }
})

test('a build stops when the server closes', async () => {
  const closing = new AbortController()
  const built = buildSearchIndex(docs, closing.signal)
  closing.abort()
  await expect(built).rejects.toThrow()
})
