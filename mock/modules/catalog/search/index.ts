/**
 * Catalog search for the reference backend: Chinese substring, full pinyin (polyphones in context),
 * initials and one-typo fuzzy matching. All pinyin work happens here at build time; `search()`
 * only scans pre-computed strings.
 */
import { createEngine } from './catalog'
import { GramIndex } from './grams'
import { Haystack } from './haystack'
import { type KeywordCache, prepareDoc, Tier } from './prepare'
import { promoteFor, runSearch } from './searcher'
import {
  AUDIENCE_BIT,
  type BuiltIndex,
  type BundleDoc,
  type CatalogResult,
  type CatalogSearchOptions,
  type SearchDoc,
  type SearchIndex,
} from './types'
import { buildWordIndexes } from './build-words'
import type { Lexicon } from './lexicon'

export type { Lexicon } from './lexicon'
export type {
  BundleDoc,
  CatalogHit,
  CatalogResult,
  CatalogSearchOptions,
  MatchKind,
  SearchDoc,
  SearchHitRef,
  SearchIndex,
  SearchOptions,
} from './types'

/**
 * Items and 一件事 bundles for a question, ranked, with scores and the words that matched. The
 * call for other server modules (智能导办): `searchCatalog(await search(), '我想开个饭店', { limit: 5 })`.
 */
export function searchCatalog(
  index: SearchIndex,
  q: string,
  options?: CatalogSearchOptions,
): CatalogResult {
  return index.searchCatalog(q, options)
}

/** Docs prepared between two yields of an incremental build (a few milliseconds of work). */
const DOCS_PER_STEP = 20

export function createSearchIndex(
  docs: readonly SearchDoc[],
  bundles: readonly BundleDoc[] = [],
  lexicon?: Lexicon,
): SearchIndex {
  const steps = buildSteps(docs, bundles, lexicon)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * The same build in steps of a few milliseconds with the event loop free in between, so a
 * server answers other requests while it builds (≈ 1.5 s). Rejects once `signal` aborts.
 */
export async function buildSearchIndex(
  docs: readonly SearchDoc[],
  signal?: AbortSignal,
  bundles: readonly BundleDoc[] = [],
  lexicon?: Lexicon,
): Promise<SearchIndex> {
  const steps = buildSteps(docs, bundles, lexicon)
  for (;;) {
    // Not throwIfAborted(): jsdom's AbortSignal (the weapp specs' server) lacks it.
    if (signal?.aborted) throw signal.reason ?? new Error('aborted')
    const step = steps.next()
    if (step.done) return step.value
    await new Promise((resolve) => setImmediate(resolve))
  }
}

function* buildSteps(
  docs: readonly SearchDoc[],
  bundles: readonly BundleDoc[],
  lexicon: Lexicon | undefined,
): Generator<void, SearchIndex> {
  const n = docs.length
  const built: BuiltIndex = {
    docs,
    nameAt: new Int32Array(n),
    initialsAt: new Int32Array(n),
    text: new Haystack(promoteFor.name),
    pinyin: new Haystack(promoteFor.pinyin),
    initials: new Haystack(promoteFor.initials),
    primaryAt: new Int32Array(n),
    audiences: new Uint8Array(n),
    rank: new Int32Array(n),
    order: new Int32Array(n),
    hanGrams: new GramIndex(1),
    latinGrams: new GramIndex(2),
    charReadings: new Map(),
  }
  // Keywords are shared fields: each stored once, after every name (see Haystack.addShared).
  const keywordCache: KeywordCache = new Map()
  for (const [d, doc] of docs.entries()) {
    if (d > 0 && d % DOCS_PER_STEP === 0) yield
    const read = prepareDoc(String(doc.name ?? ''), doc.keywords ?? [], keywordCache)
    const { name, initials, readings } = read
    let bits = 0
    for (const audience of doc.audiences ?? []) bits |= AUDIENCE_BIT[audience] ?? 0
    built.audiences[d] = bits
    built.nameAt[d] = built.text.addText(d, Tier.name, name.text, true)
    built.initialsAt[d] = built.initials.addText(d, Tier.pinyin, initials, true)
    built.primaryAt[d] = built.pinyin.addSyllables(d, Tier.pinyin, readings, true)
    for (const alternate of read.alternates) {
      built.pinyin.addVariant(d, Tier.secondary, alternate.swapped, alternate.reading)
    }
    for (const keyword of read.keywords) {
      built.text.addShared(d, Tier.keyword, keyword.textUnits)
      built.initials.addShared(d, Tier.secondary, keyword.initialUnits)
      built.pinyin.addShared(d, Tier.secondary, keyword.readings)
    }
    built.hanGrams.add(d, name.text)
    built.latinGrams.add(d, readings.join(''))
    built.latinGrams.add(d, initials)
    readings.forEach((reading, i) => {
      const char = name.text.charAt(i)
      const known = built.charReadings.get(char)
      if (!known) built.charReadings.set(char, [reading])
      else if (!known.includes(reading)) known.push(reading)
    })
  }
  const order = docs.map((_, d) => d).sort((a, b) => compareDocs(docs[a], docs[b]))
  order.forEach((d, position) => (built.rank[d] = position))
  built.order.set(order)
  built.hanGrams.seal(built.rank)
  built.latinGrams.seal(built.rank)
  yield
  yield* built.text.sealing(built.rank)
  yield* built.pinyin.sealing(built.rank)
  yield* built.initials.sealing(built.rank)
  yield
  const words = yield* buildWordIndexes(docs, bundles, lexicon)
  const { items, jieba, phrases } = words
  const engine = createEngine(built, items, words.bundles, bundles, words.lexicon, jieba, phrases)
  return {
    size: n,
    search: (q, options) => runSearch(built, q, options),
    searchCatalog: (q, options) => engine.search(q, options),
    exactSearch: (q, options) => runSearch(built, q, options),
  }
}

function compareDocs(a: SearchDoc | undefined, b: SearchDoc | undefined): number {
  if (!a || !b) return 0
  return (
    (Number(b.popularity) || 0) - (Number(a.popularity) || 0) ||
    a.name.length - b.name.length ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}
