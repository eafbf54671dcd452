/**
 * searchCatalog: what a resident means, ranked. Words (BM25 over jieba-segmented names, keywords
 * and aliases, with the lexicon's synonyms) and today's exact/pinyin/initials/one-typo passes
 * both vote; 一件事 bundles are ranked first when the question is the whole life event.
 */
import type { Jieba } from '@node-rs/jieba/index.js'
import type { Lexicon } from './lexicon'
import { runTieredSearch } from './searcher'
import {
  AUDIENCE_BIT,
  type BuiltIndex,
  type BundleDoc,
  type CatalogHit,
  type CatalogResult,
  type CatalogSearchOptions,
  type SearchHitRef,
} from './types'
import { Understanding } from './understand'
import type { Concept, WordIndex, WordScores } from './words'

const DEFAULT_LIMIT = 20
const MAX_LIMIT = 50
/** What an exact/pinyin/typo hit adds, by tier: the whole question found in a name says a lot. */
const TIER_BONUS = [9, 5, 5, 6, 4, 1.5]
/** How much an item's popularity (how often it is handled) breaks near-ties. */
const POPULARITY_WEIGHT = 2
/** A question this much about a life event (its phrase's share of the question) means the bundle. */
const EVENT_SHARE = 0.6
/** …or its words spell this much of the bundle's name. */
const NAME_SHARE = 0.6
const EVENT_BONUS = 30
/** Below this share of the question's concepts a doc is a weak match and is penalised. */
const COVERAGE_FLOOR = 0.35
/** A word in at most this share of the items tells them apart. */
const RARE_SHARE = 0.05
/** Today's passes read questions this short (names, keywords, pinyin); sentences go by words. */
const EXACT_AT_MOST = 16
/** Score of a doc the words matched but the filters left out. */
const FILTERED = -1

export interface Engine {
  search(q: string, options?: CatalogSearchOptions): CatalogResult
}

interface Corpus {
  built: BuiltIndex
  items: WordIndex
  bundles: WordIndex
  bundleDocs: readonly BundleDoc[]
  popularity: Float64Array
  understanding: Understanding
}

export function createEngine(
  built: BuiltIndex,
  items: WordIndex,
  bundles: WordIndex,
  bundleDocs: readonly BundleDoc[],
  lexicon: Lexicon,
  jieba: Jieba,
  phrases: Iterable<string>,
): Engine {
  const vocabulary = { has: (t: string) => items.has(t) || bundles.has(t) }
  const popularity = Float64Array.from(built.docs, (d) =>
    Math.log10(1 + Math.max(0, Number(d.popularity) || 0)),
  )
  const corpus: Corpus = {
    built,
    items,
    bundles,
    bundleDocs,
    popularity,
    understanding: new Understanding(lexicon, jieba, vocabulary, phrases),
  }
  return { search: (q, options) => searchCorpus(corpus, q, options) }
}

function searchCorpus(corpus: Corpus, raw: string, options?: CatalogSearchOptions): CatalogResult {
  const limit = clampLimit(options?.limit)
  const audience = options?.audience
  const understood = corpus.understanding.read(String(raw ?? ''))
  const { concepts } = understood
  const known = concepts.filter((c) => c.terms.length > 0)
  const empty = { items: [], bundles: [], understood: { core: understood.core, terms: [] } }
  if (understood.core === '' && known.length === 0) return empty

  // Only common words known (登记) next to words the catalog lacks (火星移民): no answer from words.
  const unknown = concepts.length > known.length
  const rare = rareConcepts(corpus.items, known, corpus.built.docs.length)
  const words = corpus.items.score(rare === 0 && unknown ? [] : known)
  const { docs, audiences } = corpus.built
  const candidates: number[] = []
  for (const d of words.docs) {
    // Matching only words every twentieth item has (登记, 申请) is no answer to 火星移民登记.
    const common = rare !== 0 && ((words.matched[d] ?? 0) & rare) === 0
    if (common || (audience && ((audiences[d] ?? 0) & AUDIENCE_BIT[audience]) === 0)) {
      words.score[d] = FILTERED
      continue
    }
    words.score[d] = wordScore(words, d, known.length) + popularityOf(corpus, d)
    candidates.push(d)
  }
  // Today's passes over the question as typed and without its fillers; the one-typo pass only
  // when the words found nothing (it scans thousands of near-misses at ten times the catalog).
  const exact = new Map<number, SearchHitRef>()
  const fuzzy = candidates.length === 0
  const asked = [String(raw ?? ''), understood.core].filter(
    (q, i, all) => q !== '' && q.length <= EXACT_AT_MOST && all.indexOf(q) === i,
  )
  // The question without fillers spells a slip's word (企业开班 → 企业开办): its hits are typo hits.
  const slipped = known.some((c) => c.slip)
  const passes = { audience, limit: DEFAULT_LIMIT, fuzzy }
  for (const q of asked) {
    const corrected = slipped && q === understood.core
    for (const { doc, tier, ref } of runTieredSearch(corpus.built, q, passes)) {
      if (exact.has(doc)) continue
      exact.set(doc, corrected ? { ...ref, matchedBy: 'fuzzy' } : ref)
      const candidate = (words.matched[doc] ?? 0) !== 0 && (words.score[doc] ?? 0) !== FILTERED
      if (!candidate) {
        // Scratch entries are reset by the next query through `words.docs`.
        if ((words.matched[doc] ?? 0) === 0) words.docs.push(doc)
        words.score[doc] = popularityOf(corpus, doc)
        candidates.push(doc)
      }
      words.score[doc] = (words.score[doc] ?? 0) + (TIER_BONUS[tier] ?? 0)
    }
  }
  const items = topK(candidates, words.score, limit).map((d): CatalogHit => {
    const terms = matchedTerms(words, d, known)
    const id = docs[d]?.id ?? ''
    const ref = exact.get(d) ?? wordRef(corpus, d, words, known)
    return { kind: 'item', id, score: round(words.score[d] ?? 0), terms, ref }
  })
  return {
    items,
    bundles: rankBundles(corpus, understood.events, known, audience),
    understood: { core: understood.core, terms: known.map((c) => c.said) },
  }
}

const popularityOf = (corpus: Corpus, d: number) => POPULARITY_WEIGHT * (corpus.popularity[d] ?? 0)

/** The `limit` best docs by score, best first (ties by doc order), without sorting them all. */
function topK(candidates: readonly number[], score: Float64Array, limit: number): number[] {
  const better = (a: number, b: number) =>
    (score[a] ?? 0) > (score[b] ?? 0) || ((score[a] ?? 0) === (score[b] ?? 0) && a < b)
  const kept: number[] = []
  for (const d of candidates) {
    if (kept.length === limit && !better(d, kept[kept.length - 1] ?? 0)) continue
    let at = kept.length === limit ? limit - 1 : kept.length
    kept[at] = d
    while (at > 0 && better(d, kept[at - 1] ?? 0)) {
      kept[at] = kept[at - 1] ?? 0
      kept[at - 1] = d
      at -= 1
    }
  }
  return kept
}

/** A words-only match: highlighted where its words stand in the name; a slip counts as a typo. */
function wordRef(corpus: Corpus, d: number, words: WordScores, known: readonly Concept[]) {
  const doc = corpus.built.docs[d]
  const name = String(doc?.name ?? '')
  const mask = words.matched[d] ?? 0
  const ranges: [number, number][] = []
  let slip = false
  known.forEach((concept, c) => {
    if (!(mask & (1 << c))) return
    if (concept.slip) slip = true
    for (const term of [concept.said, ...concept.terms]) {
      const at = term.startsWith('~') ? -1 : name.indexOf(term)
      if (at < 0) continue
      ranges.push([at, at + term.length])
      break
    }
  })
  ranges.sort((a, b) => a[0] - b[0])
  const highlight = ranges.filter((r, i) => i === 0 || r[0] >= (ranges[i - 1]?.[1] ?? 0))
  return { id: doc?.id ?? '', matchedBy: slip ? ('fuzzy' as const) : ('name' as const), highlight }
}

/**
 * Bundles the question is about: its life event (生孩子 → 新生儿出生一件事), or its words cover
 * most of the bundle's name (员工录用 → 员工录用一件事).
 */
function rankBundles(
  corpus: Corpus,
  events: Map<string, number>,
  known: readonly Concept[],
  audience: CatalogSearchOptions['audience'],
): CatalogHit[] {
  const words = corpus.bundles.score(known)
  const hits: CatalogHit[] = []
  corpus.bundleDocs.forEach((bundle, b) => {
    if (audience && bundle.audience !== audience) return
    const share = events.get(bundle.id) ?? 0
    const terms = matchedTerms(words, b, known)
    const asked = known.filter((c) => c.said !== '一件事').length
    const named = terms.length >= asked && nameCoverage(bundle.name, terms, known) >= NAME_SHARE
    if (share < EVENT_SHARE && !named) return
    const score = (words.score[b] ?? 0) + (share >= EVENT_SHARE ? EVENT_BONUS * share : 0)
    const ref = { id: bundle.id, matchedBy: 'name' as const, highlight: [] }
    hits.push({ kind: 'bundle', id: bundle.id, score: round(score), terms, ref })
  })
  return hits.sort(byScore)
}

/** Bitmask of the concepts some item in twenty or fewer holds a word of. */
function rareConcepts(index: WordIndex, known: readonly Concept[], size: number): number {
  let mask = 0
  known.forEach((concept, c) => {
    const frequencies = concept.terms.map((t) => index.frequency(t)).filter((f) => f > 0)
    if (frequencies.length > 0 && Math.min(...frequencies) <= size * RARE_SHARE) mask |= 1 << c
  })
  return mask
}

/** Share of a bundle's name (without 一件事) spelled by the matched concepts' words. */
function nameCoverage(name: string, said: readonly string[], known: readonly Concept[]): number {
  const core = name.replace(/一件事|[“”"]/g, '')
  const mask = new Uint8Array(core.length)
  for (const concept of known) {
    if (!said.includes(concept.said)) continue
    for (const term of [concept.said]) {
      for (let at = core.indexOf(term); at >= 0; at = core.indexOf(term, at + 1))
        mask.fill(1, at, at + term.length)
    }
  }
  return core.length === 0 ? 0 : mask.reduce((n, x) => n + x, 0) / core.length
}

function wordScore(words: WordScores, d: number, concepts: number): number {
  const score = words.score[d] ?? 0
  if (concepts === 0) return score
  const coverage = popcount(words.matched[d] ?? 0) / concepts
  return coverage < COVERAGE_FLOOR ? score * coverage : score * (0.5 + 0.5 * coverage)
}

function matchedTerms(words: WordScores, d: number, concepts: readonly Concept[]): string[] {
  const mask = words.matched[d] ?? 0
  return concepts.filter((_, c) => mask & (1 << c)).map((c) => c.said)
}

function popcount(x: number): number {
  let n = 0
  for (let v = x; v; v &= v - 1) n++
  return n
}

const byScore = (a: CatalogHit, b: CatalogHit) => b.score - a.score || (a.id < b.id ? -1 : 1)
const round = (x: number) => Math.round(x * 1000) / 1000

function clampLimit(limit: unknown): number {
  const n = Math.floor(Number(limit ?? DEFAULT_LIMIT))
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), MAX_LIMIT) : DEFAULT_LIMIT
}
