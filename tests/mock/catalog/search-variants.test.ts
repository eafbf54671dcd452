// Other readings of a polyphone are variants of a name's reading: only their first and swapped
// syllables are sorted, and a match starting between them is found from the swapped syllable
// looking back. These prove it finds what sorting every syllable of every variant found.
import { createSearchIndex } from '../../../mock/modules/catalog/search'
import { Haystack } from '../../../mock/modules/catalog/search/haystack'
import { random, ranked, promoteAtStart } from './search-random'

const pick = <T>(rnd: () => number, list: readonly T[]): T =>
  list[Math.floor(rnd() * list.length)] as T

test('a name read another way matches from its start, the swapped syllable, or any syllable between', () => {
  const docs = [
    { id: 'loan', name: '个人贷款提前还款', popularity: 5 },
    { id: 'bank', name: '银行开户', popularity: 5 },
  ].map((doc) => ({ ...doc, keywords: [], audiences: ['personal' as const] }))
  const index = createSearchIndex(docs)
  const hit = (q: string) => index.exactSearch(q)[0]
  // 提前还款 reads hai in context; huan is its other reading. 贷 … 还 starts between the two.
  expect(hit('daikuantiqianhuankuan')).toEqual({
    id: 'loan',
    matchedBy: 'pinyin',
    highlight: [[2, 8]],
  })
  expect(hit('tiqianhuan')).toEqual({ id: 'loan', matchedBy: 'pinyin', highlight: [[4, 7]] })
  expect(hit('huankuan')).toEqual({ id: 'loan', matchedBy: 'pinyin', highlight: [[6, 8]] })
  expect(hit('gerendaikuantiqianhuan')).toEqual({
    id: 'loan',
    matchedBy: 'pinyin',
    highlight: [[0, 7]],
  })
  // Never from inside a syllable (d|aikuan).
  expect(index.exactSearch('aikuantiqianhuankuan')).toEqual([])
})

test('variants answer as if every syllable up to the swapped one were a sorted start', () => {
  const rnd = random(23)
  const syllables = ['a', 'an', 'ba', 'ban', 'na', 'nan', 'b', 'ab']
  const docs = 300
  const { rank, order } = ranked(docs)
  const haystack = new Haystack(promoteAtStart)
  // Every match the old index had: (doc, tier, text from a syllable start, position).
  const matches: { doc: number; tier: number; text: string; at: number }[] = []
  let at = 0
  const field = (doc: number, tier: number, readings: string[], lastStart: number) => {
    let offset = 0
    readings.forEach((reading, i) => {
      const text = readings.join('').slice(offset)
      if (i <= lastStart)
        matches.push({ doc, tier: promoteAtStart(tier, i === 0), text, at: at + offset })
      offset += reading.length
    })
    at += offset + 1
  }
  for (let doc = 0; doc < docs; doc++) {
    const readings = Array.from({ length: 2 + Math.floor(rnd() * 6) }, () => pick(rnd, syllables))
    haystack.addSyllables(doc, 3, readings, true)
    field(doc, 3, readings, readings.length)
    for (let v = 0; v < 2; v++) {
      const swapped = Math.floor(rnd() * readings.length)
      const variant = readings.slice()
      variant[swapped] = pick(rnd, syllables)
      haystack.addVariant(doc, 4, variant, swapped)
      field(doc, 4, variant, swapped)
    }
  }
  haystack.seal(rank)
  const open = (doc: number) => doc % 7 !== 0
  for (const q of ['a', 'ban', 'anb', 'nanab', 'abab', 'bananab', 'aaa', 'nbab', 'x']) {
    const best = new Map<number, number>()
    for (const m of matches) {
      if (open(m.doc) && m.text.startsWith(q))
        best.set(m.doc, Math.min(best.get(m.doc) ?? 99, m.tier))
    }
    const top = [...best]
      .sort((a, b) => a[1] - b[1] || (rank[a[0]] ?? 0) - (rank[b[0]] ?? 0))
      .slice(0, 9)
    const expected = matches
      .filter((m) => m.text.startsWith(q) && top.some(([d, t]) => d === m.doc && t === m.tier))
      .map((m) => `${m.doc}:${m.tier}@${m.at}`)
      .sort()
    const seen: string[] = []
    haystack.top(q, 9, order, open, (doc, tier, _from, _to, position) => {
      seen.push(`${doc}:${tier}@${position}`)
    })
    expect(seen.sort()).toEqual(expected)
  }
})
