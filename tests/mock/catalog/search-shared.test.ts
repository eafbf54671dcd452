// Keywords many items hold are stored once (shared fields), word postings are packed in one
// buffer, starts reading the same are sorted once, and names are segmented phrase by phrase: each
// answers what the simpler structure answered, checked against brute force.
import { buildWordIndexes, wordCutter } from '../../../mock/modules/catalog/search/build-words'
import { lexicon } from '../../../mock/modules/catalog/search/lexicon'
import { bigrams, segmenter } from '../../../mock/modules/catalog/search/segment'
import { Haystack } from '../../../mock/modules/catalog/search/haystack'
import { groupWindows, layOut } from '../../../mock/modules/catalog/search/windows'
import { WordIndex } from '../../../mock/modules/catalog/search/words'
import { catalogDocs } from './search-catalog-support'
import { random, word, ranked, promoteAtStart } from './search-random'

const unitsOf = (text: string) => [...text]

test('a shared field answers for each doc holding it, best docs first, as a copy per doc did', () => {
  const rnd = random(31)
  const docs = 400
  const { rank, order } = ranked(docs)
  const haystack = new Haystack(promoteAtStart)
  const pool = Array.from({ length: 12 }, () => word(rnd, 'abc', 1 + Math.floor(rnd() * 5)))
  const fields: { doc: number; tier: number; text: string }[] = []
  for (let doc = 0; doc < docs; doc++) {
    const name = word(rnd, 'abc', 2 + Math.floor(rnd() * 8))
    haystack.addText(doc, 1, name, true)
    fields.push({ doc, tier: 1, text: name })
    // Up to three keywords from a small pool (sometimes the same one twice).
    for (let k = Math.floor(rnd() * 4); k > 0; k--) {
      const keyword = pool[Math.floor(rnd() * pool.length)] ?? 'a'
      haystack.addShared(doc, 3, unitsOf(keyword))
      fields.push({ doc, tier: 3, text: keyword })
    }
  }
  haystack.seal(rank)
  const open = (doc: number) => doc % 6 !== 0
  for (const q of ['a', 'ab', 'bca', 'cc', 'abcab', 'ccc', 'd', 'b']) {
    for (const limit of [1, 7, 60]) {
      const best = new Map<number, number>()
      for (const { doc, tier, text } of fields) {
        if (!open(doc)) continue
        for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
          best.set(doc, Math.min(best.get(doc) ?? 99, promoteAtStart(tier, at === 0)))
        }
      }
      const byTierRank = (a: [number, number], b: [number, number]) =>
        a[1] - b[1] || (rank[a[0]] ?? 0) - (rank[b[0]] ?? 0)
      const expected = [...best].sort(byTierRank).slice(0, limit)
      const seen = new Map<number, number>()
      const visits: number[] = []
      haystack.top(q, limit, order, open, (doc, tier, from, to) => {
        seen.set(doc, Math.min(seen.get(doc) ?? 99, tier))
        visits.push(doc)
        if (tier >= 2) expect(from).toBe(to) // a keyword highlights nothing
      })
      expect([...seen].sort(byTierRank)).toEqual(expected)
      // Docs come best first: each doc's first visit is in (tier, rank) order.
      const firsts = visits.filter((d, i) => visits.indexOf(d) === i)
      expect(firsts).toEqual(expected.map(([d]) => d))
    }
  }
})

test('packed word postings score BM25 as a per-term list of docs did', () => {
  const rnd = random(7)
  const terms = Array.from({ length: 30 }, (_, i) => `t${i}`)
  const fieldsOf: { terms: string[]; weight: number }[][] = []
  const index = new WordIndex()
  for (let doc = 0; doc < 300; doc++) {
    const fields = [3, 2, 0.6].map((weight) => ({
      terms: Array.from(
        { length: Math.floor(rnd() * 5) },
        () => terms[Math.floor(rnd() ** 2 * 30)] ?? 't0',
      ),
      weight,
    }))
    fieldsOf.push(fields)
    index.add(doc, fields)
  }
  index.seal()
  // Brute force: BM25 (k1 1.2, b 0.3) per (term, doc), a concept scoring its best term.
  const lengths = fieldsOf.map((fields) =>
    fields.reduce((n, f) => n + f.weight * f.terms.length, 0),
  )
  const average = lengths.reduce((a, b) => a + b, 0) / fieldsOf.length
  const tf = (doc: number, term: string) =>
    (fieldsOf[doc] ?? []).reduce(
      (n, f) => n + f.weight * f.terms.filter((t) => t === term).length,
      0,
    )
  const holders = (term: string) => fieldsOf.filter((_, d) => tf(d, term) > 0).length
  const weight = (doc: number, term: string) => {
    const f = tf(doc, term)
    if (f === 0) return 0
    const n = holders(term)
    const idf = Math.log(1 + (fieldsOf.length - n + 0.5) / (n + 0.5))
    const norm = 1 - 0.3 + (0.3 * (lengths[doc] ?? 0)) / average
    return Math.fround((idf * f * 2.2) / (f + 1.2 * norm))
  }
  for (const term of [...terms, 'absent']) {
    expect(index.has(term)).toBe(holders(term) > 0)
    expect(index.frequency(term)).toBe(holders(term))
  }
  const concepts = [
    { said: 'a', terms: ['t0', 't5'] },
    { said: 'b', terms: ['t13'] },
    { said: 'c', terms: ['absent', 't29', 't2'] },
  ]
  const scores = index.score(concepts)
  for (let doc = 0; doc < fieldsOf.length; doc++) {
    let expected = 0
    let mask = 0
    concepts.forEach((concept, c) => {
      const best = Math.max(...concept.terms.map((t) => weight(doc, t)))
      if (concept.terms.some((t) => tf(doc, t) > 0)) mask |= 1 << c
      expected += best
    })
    expect(scores.docs.includes(doc)).toBe(mask !== 0)
    if (mask === 0) continue
    expect(scores.matched[doc]).toBe(mask)
    expect(scores.score[doc]).toBeCloseTo(expected, 9)
  }
})

test('starts grouped by the text they read are laid out as sorting every start put them', () => {
  const rnd = random(41)
  // Fields of a few letters (many repeat, as names repeat their vocabulary) joined by separators;
  // rank 0 is a field's end. Past 1,024 groups the window table grows.
  const pool = Array.from({ length: 40 }, () => word(rnd, 'ab', 2 + Math.floor(rnd() * 9)))
  let text = ''
  for (let f = 0; f < 1500; f++) {
    text +=
      (rnd() < 0.7 ? (pool[Math.floor(rnd() * pool.length)] ?? 'a') : word(rnd, 'abc', 12)) + '\n'
  }
  const ranks = Uint16Array.from(text, (c) => (c === '\n' ? 0 : c.charCodeAt(0) - 96))
  const inOrder = Int32Array.from(
    Array.from({ length: text.length }, (_, at) => at).filter(
      (at) => text[at] !== '\n' && rnd() < 0.8,
    ),
  )
  // Starts come in text order (a field's end is found once per field), or any order.
  const shuffled = inOrder.slice().sort((a, b) => ((a * 7919) % 1013) - ((b * 7919) % 1013))
  for (const [units, starts] of [
    [1, inOrder],
    [4, inOrder],
    [16, inOrder],
    [4, shuffled],
    [16, shuffled],
  ] as const) {
    const windowAt = (at: number) => text.slice(at, at + units).split('\n')[0] ?? ''
    const { group, first } = runSteps(groupWindows(starts, ranks, units))
    // Brute force: starts of one group read the same window, those of two groups do not.
    const windows = Array.from(first, windowAt)
    const read = Array.from(starts, windowAt)
    expect(new Set(windows).size).toBe(first.length)
    expect(Array.from(group, (g) => windows[g])).toEqual(read)
    // The groups in window order (a field's end before any unit), then each start's place.
    const byWindow = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    const groupOrder = Int32Array.from(
      windows.map((w, g) => [w, g] as const).sort((a, b) => byWindow(a[0], b[0])),
      ([, g]) => g,
    )
    const place = runSteps(layOut(group, groupOrder))
    const expected = Array.from(starts.keys()).sort(
      (a, b) => byWindow(read[a] ?? '', read[b] ?? '') || a - b,
    )
    const order = new Array<number>(starts.length)
    place.forEach((i, s) => (order[i] = s))
    expect(order).toEqual(expected)
  }
})

test('a text cut apart where jieba cuts anyway has the words jieba finds in it whole', () => {
  const { items } = catalogDocs()
  const jieba = segmenter(items.flatMap((d) => [d.name, ...d.keywords]))
  const whole = (text: string) =>
    [...new Set(jieba.cutForSearch(text.toLowerCase(), false))].filter(
      (t) => t.length > 1 && /[\p{L}\p{N}]/u.test(t),
    )
  const words = wordCutter(jieba)
  const odd = [
    '社保卡(补办)《证明》',
    'A b  c！ＫＴＶ 5g办理 e-mail',
    '😀登记🏠 𠀀字',
    '个体户（经营者）变更',
  ]
  for (const text of [...items.map((d) => d.name), ...odd]) {
    expect(words(text)).toEqual(whole(text))
  }
})

test('the items word index counted from kept term ids scores as one fed each text as words', () => {
  const { items } = catalogDocs()
  const docs = items.map((d, i) => (i % 3 === 0 ? { ...d, name: `${d.name}（${d.name}）` } : d))
  const built = runSteps(buildWordIndexes(docs, [])).items
  const words = wordCutter(segmenter([]))
  const aliases = new Map(lexicon.aliases.map((a) => [a.id, a.terms]))
  const plain = new WordIndex()
  docs.forEach((doc, d) =>
    plain.add(d, [
      { terms: words(doc.name), weight: 3 },
      { terms: (aliases.get(doc.id) ?? []).flatMap(words), weight: 2.5 },
      { terms: doc.keywords.flatMap(words), weight: 2 },
      { terms: [...new Set(bigrams(doc.name))], weight: 0.6 },
    ]),
  )
  plain.seal()
  const rnd = random(5)
  for (let k = 0; k < 150; k++) {
    const doc = docs[Math.floor(rnd() * docs.length)] ?? docs[0]
    const terms = [...words(doc?.name ?? ''), ...bigrams(doc?.name ?? ''), ...(doc?.keywords ?? [])]
    const concepts = terms.slice(0, 6).map((t) => ({ said: t, terms: [t, ...terms.slice(6, 8)] }))
    for (const t of terms) expect(built.frequency(t)).toBe(plain.frequency(t))
    const a = built.score(concepts)
    const got = a.docs.map((d) => [d, a.score[d], a.matched[d]])
    const b = plain.score(concepts)
    expect(got).toEqual(b.docs.map((d) => [d, b.score[d], b.matched[d]]))
  }
})

function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
