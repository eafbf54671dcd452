/** Builds the word (BM25) indexes of items and bundles, in steps like the rest of the build. */
import type { Jieba } from '@node-rs/jieba/index.js'
import { materialSeeds } from '../data/materials'
import { lexicon as fileLexicon, type Lexicon } from './lexicon'
import { nameParts, segmenter } from './segment'
import type { BundleDoc, SearchDoc } from './types'
import { WordIndex } from './words'

const DOCS_PER_STEP = 200
/** A word of the name counts most, then aliases, keywords, a bundle's scene and description. */
const WEIGHT = { name: 3, alias: 2.5, keyword: 2, bigram: 0.6, event: 3 }

export interface WordIndexes {
  items: WordIndex
  bundles: WordIndex
  lexicon: Lexicon
  jieba: Jieba
  /** Phrases a homophone slip may stand for: keywords, aliases, the lexicon's catalog terms. */
  phrases: Set<string>
}

export function* buildWordIndexes(
  docs: readonly SearchDoc[],
  bundles: readonly BundleDoc[],
  lexicon: Lexicon = fileLexicon,
): Generator<void, WordIndexes> {
  const jieba = segmenter(dictionary(docs, lexicon))
  yield
  const words = wordCutter(jieba)
  const items = new WordIndex()
  const ids = termIds(jieba, items)
  // A keyword's words are kept whole: a hundred times the catalog has 1.5 M keyword fields of
  // 1,316 keywords.
  const keywordIds = new Map<string, readonly number[]>()
  const idsOfKeyword = (keyword: string) => {
    let known = keywordIds.get(keyword)
    if (!known) keywordIds.set(keyword, (known = ids.ofText(keyword)))
    return known
  }
  const aliases = new Map(lexicon.aliases.map((a) => [a.id, a.terms]))
  for (const [d, doc] of docs.entries()) {
    if (d > 0 && d % DOCS_PER_STEP === 0) yield
    const name = String(doc.name ?? '')
    items.count(ids.ofText(name), WEIGHT.name)
    for (const alias of aliases.get(doc.id) ?? []) items.count(ids.ofText(alias), WEIGHT.alias)
    for (const keyword of doc.keywords ?? []) items.count(idsOfKeyword(keyword), WEIGHT.keyword)
    items.count(ids.ofBigrams(name), WEIGHT.bigram)
    items.end(d)
  }
  items.seal()
  yield
  const events = new Map(lexicon.bundles.map((b) => [b.id, b.events]))
  const bundleIndex = new WordIndex()
  bundles.forEach((bundle, b) => {
    bundleIndex.add(b, [
      { terms: words(bundle.name.replace('一件事', '')), weight: WEIGHT.name },
      { terms: (events.get(bundle.id) ?? []).flatMap(words), weight: WEIGHT.event },
    ])
  })
  bundleIndex.seal()
  return { items, bundles: bundleIndex, lexicon, jieba, phrases: phrasesOf(docs, lexicon) }
}

/**
 * A text's distinct words (jieba's cut for search, words only). Each phrase between two chars
 * jieba cuts at anyway is cut once: keywords repeat across thousands of items, and the parts of
 * names (（个人）, 变更) across hundreds.
 */
export function wordCutter(jieba: Jieba): (text: string) => string[] {
  const cache = new Map<string, string[]>()
  const cut = (phrase: string): string[] => {
    let known = cache.get(phrase)
    if (!known) {
      known = jieba.cutForSearch(phrase, false)
      if (cache.size < CACHED_PHRASES) cache.set(phrase, known)
    }
    return known
  }
  return (text) => {
    const tokens = text.toLowerCase().split(OUTSIDE_PHRASES).flatMap(cut)
    return [...new Set(tokens)].filter(isWord)
  }
}

/**
 * The ids in `index` of a text's distinct words (what `wordCutter` gives, in its order) and of its
 * distinct name bigrams, without a string or a look-up per term: a phrase's ids are kept, and a
 * bigram's id is found by its two units.
 */
function termIds(jieba: Jieba, index: WordIndex) {
  const phrases = new Map<string, number[]>()
  const ofPhrase = (phrase: string): readonly number[] => {
    let known = phrases.get(phrase)
    if (!known) {
      const found: number[] = []
      for (const token of jieba.cutForSearch(phrase, false)) {
        if (!isWord(token)) continue
        const id = index.intern(token)
        if (!found.includes(id)) found.push(id)
      }
      known = found
      if (phrases.size < CACHED_PHRASES) phrases.set(phrase, known)
    }
    return known
  }
  const bigramIds = new Map<number, number>()
  return {
    ofText(text: string): readonly number[] {
      const parts = text.toLowerCase().split(OUTSIDE_PHRASES)
      if (parts.length === 1) return ofPhrase(parts[0] ?? '')
      const out: number[] = []
      for (const part of parts) {
        for (const id of ofPhrase(part)) if (!out.includes(id)) out.push(id)
      }
      return out
    },
    ofBigrams(text: string): readonly number[] {
      const out: number[] = []
      for (const run of text.match(HAN_RUNS) ?? []) {
        for (let i = 0; i + 1 < run.length; i++) {
          const key = run.charCodeAt(i) * 0x10000 + run.charCodeAt(i + 1)
          let id = bigramIds.get(key)
          if (id === undefined) bigramIds.set(key, (id = index.intern(`~${run.slice(i, i + 2)}`)))
          if (!out.includes(id)) out.push(id)
        }
      }
      return out
    },
  }
}

const HAN_RUNS = /\p{Script=Han}+/gu

function phrasesOf(docs: readonly SearchDoc[], lexicon: Lexicon): Set<string> {
  const phrases = new Set<string>()
  for (const doc of docs) for (const keyword of doc.keywords ?? []) phrases.add(keyword)
  for (const { means } of lexicon.synonyms) means.forEach((m) => phrases.add(m))
  for (const { terms } of lexicon.aliases) terms.forEach((t) => phrases.add(t))
  return phrases
}

const CACHED_PHRASES = 200_000
/**
 * A char jieba never joins to its neighbours (outside its Han-and-ASCII blocks) and emits alone,
 * as a token of one unit that is never a word: cutting a text apart there cuts it the same.
 */
const OUTSIDE_PHRASES = /[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ud800-\udfffa-z0-9+#&._%\-]/

/** Two or more characters, or a letter/digit run (ktv, 5g): single Han chars match too much. */
const isWord = (token: string) => token.length > 1 && /[\p{L}\p{N}]/u.test(token)

/** The catalog's own words for jieba: keywords, name parts, materials, places, the lexicon. */
function dictionary(docs: readonly SearchDoc[], lexicon: Lexicon): Set<string> {
  const words = new Set<string>()
  const add = (word: string) => words.add(word)
  for (const doc of docs) {
    for (const keyword of doc.keywords ?? []) add(keyword)
    for (const part of nameParts(String(doc.name ?? ''))) add(part)
  }
  for (const material of materialSeeds) for (const part of nameParts(material.name)) add(part)
  lexicon.places.forEach(add)
  for (const { say, means } of lexicon.synonyms) [...say, ...means].forEach(add)
  for (const { terms } of lexicon.aliases) terms.forEach(add)
  for (const { events } of lexicon.bundles) events.forEach(add)
  return words
}
