// The structures that let today's passes grow with the catalog (issue 19) answer exactly what a
// walk over every match answers: checked against brute force on random catalogs.
import { createSearchIndex, type SearchDoc } from '../../../mock/modules/catalog/search'
import { GramIndex } from '../../../mock/modules/catalog/search/grams'
import { Haystack } from '../../../mock/modules/catalog/search/haystack'
import { random, word, ranked, promoteAtStart } from './search-random'

test('the range-minimum walk yields the best docs by (tier, rank), as a walk over every match', () => {
  const rnd = random(11)
  const docs = 400
  const { rank, order } = ranked(docs)
  const haystack = new Haystack(promoteAtStart)
  const fields: { doc: number; tier: number; text: string }[] = []
  for (let doc = 0; doc < docs; doc++) {
    for (const tier of [1, 2, 2]) {
      const text = word(rnd, 'abc', 2 + Math.floor(rnd() * 10))
      fields.push({ doc, tier, text })
      haystack.addText(doc, tier, text, tier === 1)
    }
  }
  haystack.seal(rank)
  const open = (doc: number) => doc % 5 !== 0
  for (const q of ['a', 'ab', 'bca', 'cc', 'abcab', 'ccc', 'd']) {
    // Brute force: each open doc's best tier over every occurrence, then the best 7 by (tier, rank).
    const best = new Map<number, number>()
    for (const { doc, tier, text } of fields) {
      if (!open(doc)) continue
      for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
        const t = promoteAtStart(tier, at === 0)
        best.set(doc, Math.min(best.get(doc) ?? 99, t))
      }
    }
    const expected = [...best]
      .sort((a, b) => a[1] - b[1] || (rank[a[0]] ?? 0) - (rank[b[0]] ?? 0))
      .slice(0, 7)
    const seen = new Map<number, number>()
    haystack.top(q, 7, order, open, (doc, tier) => {
      seen.set(doc, Math.min(seen.get(doc) ?? 99, tier))
    })
    expect([...seen].sort((a, b) => a[1] - b[1] || (rank[a[0]] ?? 0) - (rank[b[0]] ?? 0))).toEqual(
      expected,
    )
  }
})

test('typo candidates from the rarest grams are every doc holding all but q of the grams, best first', () => {
  const rnd = random(5)
  // Some docs have two texts (a name and its initials), some none; past 1,024 docs the doc starts grow.
  const parts = Array.from({ length: 1500 }, (_, d) =>
    d % 7 === 3
      ? []
      : Array.from({ length: d % 3 === 0 ? 2 : 1 }, () =>
          word(rnd, 'abcdefgh', 3 + Math.floor(rnd() * 12)),
        ),
  )
  const texts = parts.map((p) => p.join(' '))
  const rank = Int32Array.from({ length: texts.length }, (_, d) => (d * 389) % texts.length)
  const index = new GramIndex(2)
  parts.forEach((list, d) => list.forEach((text) => index.add(d, text)))
  index.seal(rank)
  const bigrams = (s: string) =>
    new Set(Array.from({ length: s.length - 1 }, (_, i) => s.substr(i, 2)))
  for (const q of ['abcd', 'abcdef', 'hgfedcba', 'aaaa', 'abzz', 'gagbgc']) {
    const grams = bigrams(q)
    const need = grams.size - 2
    const expected = texts
      .map((text, d) => ({ d, have: [...grams].filter((g) => text.includes(g)).length }))
      .filter(({ have }) => need >= 1 && have >= need)
      .map(({ d }) => rank[d] ?? 0)
      .sort((a, b) => a - b)
    const got: number[] = []
    index.forEachCandidate(q, (position) => {
      got.push(position)
      return false
    })
    expect(got).toEqual(expected)
  }
})

test('a catalog where one word is in every name still answers the best-known items first', () => {
  const docs: SearchDoc[] = Array.from({ length: 600 }, (_, i) => ({
    id: `item-${i}`,
    name: i === 500 ? '登记证明补办' : `第${i}号事项登记`,
    keywords: i % 3 === 0 ? ['登记'] : [],
    audiences: [i % 2 === 0 ? 'personal' : 'enterprise'],
    popularity: i % 100,
  }))
  const index = createSearchIndex(docs)
  // The name that starts with the word comes first, then the best-known by popularity.
  const hits = index.exactSearch('登记', { limit: 5 })
  expect(hits[0]).toEqual({ id: 'item-500', matchedBy: 'name', highlight: [[0, 2]] })
  expect(hits.slice(1).map((h) => docs.find((d) => d.id === h.id)?.popularity)).toEqual([
    99, 99, 99, 99,
  ])
  expect(index.exactSearch('dengji', { limit: 3, audience: 'enterprise' })).toHaveLength(3)
  for (const hit of index.exactSearch('dengji', { limit: 3, audience: 'enterprise' })) {
    expect(Number(hit.id.slice(5)) % 2).toBe(1)
  }
})
