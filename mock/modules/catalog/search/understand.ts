/**
 * A resident's question → the concepts to look for: fillers (我想, 要办什么, 手续) dropped,
 * colloquial phrases (丢了, 生孩子, 开饭店) replaced by the catalog's terms, homophone slips
 * (设保卡, 身分证) read as the word they sound like, the rest segmented by jieba. Word order
 * does not matter: concepts are a set.
 */
import type { Jieba } from '@node-rs/jieba/index.js'
import { pinyin } from 'pinyin-pro'
import type { Lexicon } from './lexicon'
import { HAN, normalize } from './normalize'
import { bigrams } from './segment'
import type { Concept } from './words'

export interface Understood {
  /** The question without fillers (社保卡补办). */
  core: string
  concepts: Concept[]
  /** Bundle id → share of the core its life-event phrases cover (1 = the question is the event). */
  events: Map<string, number>
}

export interface Vocabulary {
  has(term: string): boolean
}

/** A sentence has at most this many characters worth reading (the route allows 30). */
const MAX_CHARS = 60
/** 开个饭店, 开一家诊所, 办张卡: the measure word says nothing (个体, 家庭 keep theirs). */
const MEASURE = /(开|办|生|补|换|领|买|租|装)一?(?:个(?![体人税性])|家(?![庭属政具里长])|间|张)/g
const BUNDLE_WORD = /一件事/g
const charReadings = new Map<string, string>()
/**
 * One reading per character, the same for query and phrase (so 设/社 both read she). Per char
 * and cached: pinyin-pro reading a whole phrase in context costs up to a few ms.
 */
function readings(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => {
    const char = text.charAt(i)
    let reading = charReadings.get(char)
    if (reading === undefined) {
      reading = HAN.test(char) ? pinyin(char, { toneType: 'none', v: true }) : char
      charReadings.set(char, reading)
    }
    return reading
  })
}

export class Understanding {
  private readonly fillers: string[]
  private readonly singleFillers: Set<string>
  /** say phrase → the terms it means (the phrase and its known parts first). */
  private readonly synonyms = new Map<string, string[]>()
  /** Reading (shebaoka) → the catalog phrase it spells (社保卡). */
  private readonly homophones = new Map<string, string>()
  private readonly longest: number
  private readonly events: [phrase: string, bundleId: string][]

  constructor(
    lexicon: Lexicon,
    private readonly jieba: Jieba,
    private readonly vocabulary: Vocabulary,
    catalogWords: Iterable<string>,
  ) {
    const multi = lexicon.fillers.filter((f) => f.length > 1)
    this.fillers = multi.sort((a, b) => b.length - a.length)
    this.singleFillers = new Set(lexicon.fillers.filter((f) => f.length === 1))
    for (const { say, means } of lexicon.synonyms) {
      for (const phrase of say) {
        const known = this.synonyms.get(phrase) ?? []
        const terms = [phrase, ...this.knownParts(phrase), ...means].filter((t) =>
          vocabulary.has(t),
        )
        this.synonyms.set(phrase, [...new Set([...known, ...terms])])
      }
    }
    const phrases = [...this.synonyms.keys(), ...catalogWords]
    for (const phrase of phrases) {
      if (phrase.length < 2 || !HAN.test(phrase)) continue
      const key = readings(phrase).join('')
      if (!this.homophones.has(key)) this.homophones.set(key, phrase)
    }
    this.longest = Math.max(2, ...phrases.map((k) => Math.min(k.length, 8)))
    this.events = lexicon.bundles
      .flatMap(({ id, events }) => events.map((e): [string, string] => [e, id]))
      .sort((a, b) => b[0].length - a[0].length)
  }

  read(raw: string): Understood {
    const text = normalize(raw.slice(0, MAX_CHARS * 2))
      .text.slice(0, MAX_CHARS)
      .replace(MEASURE, '$1')
    const concepts: Concept[] = []
    for (const piece of this.withoutFillers(text)) this.readPiece(piece, concepts)
    const core = concepts.map((c) => c.said).join('')
    return { core, concepts: dedupe(concepts), events: this.lifeEvents(core) }
  }

  /** Multi-character fillers cut the text into pieces (so their neighbours do not fuse). */
  private withoutFillers(text: string): string[] {
    let pieces = [text]
    for (const filler of this.fillers) pieces = pieces.flatMap((p) => p.split(filler))
    return pieces.filter((p) => p !== '' && !this.singleFillers.has(p))
  }

  /**
   * Longest synonym phrase or homophone slip at each position; the stretches between go to
   * jieba. A slip is read only over whole jieba words (税务报到 never yields 务报 → 五保).
   */
  private readPiece(piece: string, out: Concept[]): void {
    const spelled = HAN.test(piece) ? readings(piece) : []
    const bounds = new Set<number>([0])
    let end = 0
    for (const token of this.jieba.cut(piece, false)) bounds.add((end += token.length))
    let plain = ''
    let i = 0
    while (i < piece.length) {
      const phrase = this.phraseAt(piece, i)
      const slip = bounds.has(i) ? this.homophoneAt(piece, spelled, bounds, i) : undefined
      const found = slip && slip.length > (phrase?.length ?? 0) ? slip : phrase
      if (!found) {
        plain += piece.charAt(i)
        i += 1
        continue
      }
      this.segment(plain, out)
      plain = ''
      out.push(found.concept)
      i += found.length
    }
    this.segment(plain, out)
  }

  private phraseAt(piece: string, at: number): { concept: Concept; length: number } | undefined {
    for (let length = Math.min(this.longest, piece.length - at); length >= 2; length--) {
      const said = piece.slice(at, at + length)
      const terms = this.synonyms.get(said)
      if (terms) return { concept: { said, terms }, length }
    }
    return undefined
  }

  /** 设保卡 reads shebaoka like 社保卡: taken as it when the written text is no catalog word. */
  private homophoneAt(piece: string, spelled: string[], bounds: Set<number>, at: number) {
    if (spelled.length !== piece.length) return undefined
    for (let length = Math.min(this.longest, piece.length - at); length >= 2; length--) {
      if (!bounds.has(at + length)) continue
      const written = piece.slice(at, at + length)
      if (this.vocabulary.has(written) || this.synonyms.has(written)) return undefined
      const meant = this.homophones.get(spelled.slice(at, at + length).join(''))
      if (!meant || meant === written) continue
      const terms = this.synonyms.get(meant) ?? (this.vocabulary.has(meant) ? [meant] : [])
      if (terms.length > 0) return { concept: { said: meant, terms, slip: true }, length }
    }
    return undefined
  }

  /** Words the index knows stand for themselves; unknown ones by their known parts or bigrams. */
  private segment(text: string, out: Concept[]): void {
    if (text === '') return
    for (const word of this.jieba.cut(text, false)) {
      const synonym = this.synonyms.get(word)
      if (synonym) out.push({ said: word, terms: synonym })
      else if (this.singleFillers.has(word)) continue
      else if (this.vocabulary.has(word)) out.push({ said: word, terms: [word] })
      else this.unknown(word, out)
    }
  }

  private unknown(word: string, out: Concept[]): void {
    const parts = this.knownParts(word)
    if (parts.length > 0) {
      for (const part of parts) out.push({ said: part, terms: [part] })
      return
    }
    const grams = bigrams(word).filter((g) => this.vocabulary.has(g))
    if (grams.length > 0) out.push({ said: word, terms: grams })
    else if (word.length > 1) out.push({ said: word, terms: [] })
  }

  private knownParts(word: string): string[] {
    return this.jieba
      .cutForSearch(word, false)
      .filter((p) => p !== word && p.length > 1 && this.vocabulary.has(p))
  }

  /** Share of the question (without 一件事) covered by each bundle's life-event phrases. */
  private lifeEvents(core: string): Map<string, number> {
    const events = new Map<string, number>()
    const text = core.replace(BUNDLE_WORD, '')
    if (text === '') return events
    const covered = new Map<string, Uint8Array>()
    for (const [phrase, bundleId] of this.events) {
      let at = text.indexOf(phrase)
      if (at < 0) continue
      const mask = covered.get(bundleId) ?? new Uint8Array(text.length)
      covered.set(bundleId, mask)
      for (; at >= 0; at = text.indexOf(phrase, at + 1)) mask.fill(1, at, at + phrase.length)
    }
    for (const [bundleId, mask] of covered) {
      events.set(bundleId, mask.reduce((n, x) => n + x, 0) / text.length)
    }
    return events
  }
}

function dedupe(concepts: Concept[]): Concept[] {
  const seen = new Set<string>()
  return concepts.filter((c) => {
    const key = c.terms.length > 0 ? c.terms.join('|') : c.said
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
