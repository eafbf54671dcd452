/**
 * Chinese word segmentation (jieba, native, server only) with the catalog's own words added:
 * keywords, material names, 青山区 place names, the lexicon's phrases, short parts of item names.
 */
import { Jieba } from '@node-rs/jieba/index.js'
import { dict } from '@node-rs/jieba/dict.js'

/** Frequency given to catalog words: high enough to win over jieba's own splits (社保卡 is 3 there). */
const CATALOG_WORD_FREQ = 50000
const MAX_WORD = 12

let shared: Jieba | undefined
const loaded = new Set<string>()

/** One jieba per process (its dictionary takes ≈ 0.3 s to load); catalog words are added once each. */
export function segmenter(words: Iterable<string>): Jieba {
  shared ??= Jieba.withDict(dict)
  const fresh: string[] = []
  for (const raw of words) {
    const word = raw.replace(/\s+/g, '').toLowerCase()
    if (word.length < 2 || word.length > MAX_WORD || loaded.has(word)) continue
    loaded.add(word)
    fresh.push(`${word} ${CATALOG_WORD_FREQ} n`)
  }
  if (fresh.length > 0) shared.loadDict(Buffer.from(fresh.join('\n') + '\n'))
  return shared
}

/** Parts of an item name between punctuation and joiners, short enough to be words (诊所备案, 补换). */
export function nameParts(name: string): string[] {
  return name.split(/[（）()、，,。：:；;“”"《》\s与和及或]+/u).filter((part) => part.length <= 6)
}

/** Character bigrams of the Han runs of a text, marked so they never meet a word (~社保). */
export function bigrams(text: string): string[] {
  const out: string[] = []
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.push(`~${run.slice(i, i + 2)}`)
  }
  return out
}
