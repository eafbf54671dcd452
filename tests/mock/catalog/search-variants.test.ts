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

test('variants answer as if each were text of its own with every syllable up to the swapped one sorted', () => {
  const queries = ['a', 'ban', 'anb', 'nanab', 'abab', 'bananab', 'aaa', 'nbab', 'x', 'ana']
  checkVariants(23, ['a', 'an', 'ba', 'ban', 'na', 'nan', 'b', 'ab'], 6, queries)
})

test('ties between a name, its variants and its keywords go where they went with variants as text', () => {
  // Few syllables and short names: many matches of one doc read the same (a tie within a tier).
  const words = ['a', 'b']
  for (let i = 0; i < 14; i++) words.push(`${words[i] ?? ''}a`, `${words[i] ?? ''}b`)
  checkVariants(5, ['a', 'b', 'ab'], 3, words, 300)
})

/**
 * Names of 2 to `longest` + 1 random syllables, each with two variants (one syllable swapped)
 * and sometimes a keyword (a shared field): the `limit` best docs' matches, against brute force
 * over the text as it was.
 */
function checkVariants(
  seed: number,
  syllables: string[],
  longest: number,
  queries: string[],
  limit = 9,
) {
  const rnd = random(seed)
  const docs = 300
  const { rank, order } = ranked(docs)
  const haystack = new Haystack(promoteAtStart)
  // Every match the index had when a variant was text of its own: (doc, tier, text from a
  // syllable start, the name chars it highlights, position in that text).
  interface Match {
    doc: number
    tier: number
    text: string
    /** The field's syllables from the match's on (none for a keyword: it highlights nothing). */
    syllables: string[]
    char: number
    at: number
  }
  const matches: Match[] = []
  let at = 0
  const field = (doc: number, tier: number, readings: string[], lastStart: number) => {
    const text = readings.join('')
    let offset = 0
    readings.forEach((reading, i) => {
      if (i <= lastStart) {
        const tiered = promoteAtStart(tier, i === 0)
        const rest = { text: text.slice(offset), syllables: readings.slice(i), char: i }
        matches.push({ doc, tier: tiered, ...rest, at: at + offset })
      }
      offset += reading.length
    })
    at += offset + 1
  }
  // Keywords: shared fields, after every doc's own fields, read as syllables; some read as one
  // of their doc's variants (a tie). Numbered in order of first sight, as the haystack does.
  const pool = Array.from({ length: 6 }, () =>
    Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(rnd, syllables)),
  )
  const keywords = new Map<string, { readings: string[]; holders: number[] }>()
  const hold = (doc: number, readings: string[]) => {
    haystack.addShared(doc, 4, readings)
    const key = readings.join('|')
    const known = keywords.get(key) ?? { readings, holders: [] }
    keywords.set(key, known)
    if (!known.holders.includes(doc)) known.holders.push(doc)
  }
  for (let doc = 0; doc < docs; doc++) {
    const length = 2 + Math.floor(rnd() * longest)
    const readings = Array.from({ length }, () => pick(rnd, syllables))
    haystack.addSyllables(doc, 3, readings, true)
    field(doc, 3, readings, readings.length)
    const variants: string[][] = []
    for (let v = 0; v < 2; v++) {
      const swapped = Math.floor(rnd() * readings.length)
      const variant = readings.slice()
      variant[swapped] = pick(rnd, syllables)
      haystack.addVariant(doc, 4, swapped, variant[swapped] ?? '')
      field(doc, 4, variant, swapped)
      variants.push(variant)
    }
    if (rnd() < 0.3) hold(doc, pick(rnd, pool))
    if (rnd() < 0.2) hold(doc, pick(rnd, variants))
  }
  let unshared = 0
  for (const { readings, holders } of keywords.values()) {
    for (const doc of holders) {
      const before = matches.length
      field(doc, 4, readings, readings.length)
      for (const m of matches.slice(before)) [m.syllables, m.char] = [[], 0]
      at -= readings.join('').length + 1
    }
    at += readings.join('').length + 1
    unshared += (holders.length - 1) * (readings.join('').length + 1)
  }
  haystack.seal(rank)
  // Ties within a doc went to the smaller (first `width` units packed, position): a, b, n are
  // 2 bits each, positions as many as the text had then.
  const scale = 2 ** Math.ceil(Math.log2(at + unshared + 1))
  const width = Math.floor((53 - Math.log2(scale)) / 2)
  const packed = (text: string) =>
    Array.from({ length: width }, (_, k) => ' abn'.indexOf(text.charAt(k))).reduce(
      (value, unit) => value * 4 + Math.max(0, unit),
      0,
    )
  const open = (doc: number) => doc % 7 !== 0
  for (const q of queries) {
    const best = new Map<number, number>()
    for (const m of matches) {
      if (open(m.doc) && m.text.startsWith(q))
        best.set(m.doc, Math.min(best.get(m.doc) ?? 99, m.tier))
    }
    const top = [...best]
      .sort((a, b) => a[1] - b[1] || (rank[a[0]] ?? 0) - (rank[b[0]] ?? 0))
      .slice(0, limit)
    // Per doc, its matches at its best tier in the order ties are broken by.
    const label = (doc: number, tier: number, from: number, to: number) =>
      `${doc}:${tier}:${from}-${to}`
    // The name chars a match highlights: from its syllable to the one its last unit is in.
    const highlight = (m: Match) => {
      let units = 0
      const reached = m.syllables.findIndex((s) => (units += s.length) >= q.length)
      return m.syllables.length === 0 ? [0, 0] : [m.char, m.char + reached + 1]
    }
    const expected = matches
      .filter((m) => m.text.startsWith(q) && top.some(([d, t]) => d === m.doc && t === m.tier))
      .sort((x, y) => x.doc - y.doc || packed(x.text) - packed(y.text) || x.at - y.at)
      .map((m) => label(m.doc, m.tier, highlight(m)[0] ?? 0, highlight(m)[1] ?? 0))
    const seen: { doc: number; label: string; order: number }[] = []
    haystack.top(q, limit, order, open, (doc, tier, from, to, position) => {
      seen.push({ doc, label: label(doc, tier, from, to), order: haystack.order(position) })
    })
    expect(seen.sort((x, y) => x.doc - y.doc || x.order - y.order).map((s) => s.label)).toEqual(
      expected,
    )
  }
}
