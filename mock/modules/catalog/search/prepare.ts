/** Build-time pinyin work: every string a query is matched against, computed once per document. */
import { pinyin, polyphonic } from 'pinyin-pro'
import { isHanUnit, normalize, type Normalized } from './normalize'

const OPTIONS = { toneType: 'none', type: 'array', v: true } as const
const TONED = { type: 'array' } as const
const TONE_MARKS: Record<string, string> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  v: 'ǖǘǚǜü',
  n: 'ńňǹ',
  m: 'ḿ',
}
const BARE = new Map(
  Object.entries(TONE_MARKS).flatMap(([bare, marks]) => [...marks].map((m) => [m, bare])),
)
const toneless = new Map<string, string>()
/** jiāo → jiao, lǜ → lv: what `toneType: 'none', v: true` gives, at a third of its cost. */
function withoutTone(syllable: string): string {
  let bare = toneless.get(syllable)
  if (bare === undefined) {
    bare = ''
    for (const char of syllable) bare += BARE.get(char) ?? char
    bare = bare.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    if (toneless.size < 10000) toneless.set(syllable, bare)
  }
  return bare
}
/** Contextual readings without tones (pinyin-pro strips tones with a regular expression per vowel). */
const contextual = (text: string) => pinyin(text, TONED).map(withoutTone)
const SYLLABLE = /^[a-z]+$/
/** Polyphone readings kept per character beyond the contextual one (pinyin-pro orders them by use). */
const READINGS_PER_CHAR = 2
const MAX_ALT_FIELDS = 8

/** Ranking tiers: lower is better. */
export const Tier = { prefix: 0, name: 1, keyword: 2, pinyin: 3, secondary: 4, fuzzy: 5 } as const

/** A keyword as indexed: normalised, its initials and one reading per char. */
export interface KeywordReading {
  text: string
  initials: string
  readings: string[]
  /** The UTF-16 units of text and of initials (a match may start at each). */
  textUnits: string[]
  initialUnits: string[]
}

/**
 * Keywords read once per build, not once per item: at a hundred times the catalog a million
 * keyword fields hold about a thousand distinct keywords. The readings are shared, never changed.
 */
export type KeywordCache = Map<string, KeywordReading | null>

/** Everything the build reads of a doc, once (the readings are dropped once indexed). */
export interface DocReadings {
  name: Normalized
  /** Initial letter of each normalised name char. */
  initials: string
  /** Contextual reading of each normalised name char. */
  readings: string[]
  /** Other common readings of polyphones, one swapped at a time: the char's index and reading. */
  alternates: { swapped: number; reading: string }[]
  keywords: KeywordReading[]
}

const altCache = new Map<string, string[]>()
function readingsOfChar(char: string): string[] {
  let cached = altCache.get(char)
  if (!cached) {
    const all = polyphonic(char, OPTIONS)[0] ?? []
    cached = all.map((r) => r.toLowerCase()).filter((r) => SYLLABLE.test(r))
    cached = cached.slice(0, READINGS_PER_CHAR)
    altCache.set(char, cached)
  }
  return cached
}

/** Contextual reading per normalised char; non-Han chars read as themselves. */
export function readingsOf(raw: string, norm: Normalized): string[] {
  const context = contextual(raw)
  const aligned = context.length === raw.length
  const out: string[] = []
  for (let i = 0; i < norm.text.length; i++) {
    const char = norm.text.charAt(i)
    let reading = char
    if (isHanUnit(char)) {
      const at = norm.origin[i] ?? -1
      const r = (aligned ? context[at] : contextual(char)[0])?.toLowerCase() ?? ''
      if (SYLLABLE.test(r)) reading = r
    }
    out.push(reading)
  }
  return out
}

const unitsOf = (text: string) => Array.from({ length: text.length }, (_, i) => text.charAt(i))
const initialsOf = (readings: readonly string[]) => readings.map((r) => r.charAt(0)).join('')

function readKeyword(keyword: string): KeywordReading | null {
  const kn = normalize(keyword)
  if (!kn.text) return null
  const readings = readingsOf(keyword, kn)
  const initials = initialsOf(readings)
  return {
    text: kn.text,
    initials,
    readings,
    textUnits: unitsOf(kn.text),
    initialUnits: unitsOf(initials),
  }
}

export function prepareDoc(
  name: string,
  keywords: readonly string[],
  cache: KeywordCache = new Map(),
): DocReadings {
  const norm = normalize(name)
  const readings = readingsOf(name, norm)
  const alternates: DocReadings['alternates'] = []
  // Other common readings of polyphones, one swapped at a time: 还款 → huankuan as well as haikuan.
  for (let i = 0; i < readings.length; i++) {
    const char = norm.text.charAt(i)
    if (!isHanUnit(char)) continue
    for (const alt of readingsOfChar(char)) {
      if (alt === readings[i] || alternates.length + 1 > MAX_ALT_FIELDS) continue
      alternates.push({ swapped: i, reading: alt })
    }
  }
  const read: KeywordReading[] = []
  for (const keyword of keywords) {
    let known = cache.get(keyword)
    if (known === undefined) cache.set(keyword, (known = readKeyword(keyword)))
    if (known) read.push(known)
  }
  return { name: norm, initials: initialsOf(readings), readings, alternates, keywords: read }
}
