/** Build-time pinyin work: every string a query is matched against, computed once per document. */
import { pinyin, polyphonic } from 'pinyin-pro'
import { HAN, normalize, type Normalized } from './normalize'

const OPTIONS = { toneType: 'none', type: 'array', v: true } as const
const SYLLABLE = /^[a-z]+$/
/** Polyphone readings kept per character beyond the contextual one (pinyin-pro orders them by use). */
const READINGS_PER_CHAR = 2
const MAX_ALT_FIELDS = 8

/** Ranking tiers: lower is better. */
export const Tier = { prefix: 0, name: 1, keyword: 2, pinyin: 3, secondary: 4, fuzzy: 5 } as const

/** A pinyin string with, per letter, the normalised name char it came from. */
export interface PinyinField {
  doc: number
  /** Tier.pinyin for the contextual reading, Tier.secondary for other readings and keywords. */
  tier: number
  py: string
  /** charAt[offset] = normalised char index; null for keywords (nothing to highlight in the name). */
  charAt: Uint16Array | null
  /** start[offset] = 1 where a syllable starts. */
  start: Uint8Array
}

export interface PreparedDoc {
  name: Normalized
  /** Initial letter of each normalised name char. */
  initials: string
  keywords: string[]
  keywordInitials: string[]
  /** Contextual reading of each normalised name char. */
  readings: string[]
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
  const context = pinyin(raw, OPTIONS)
  const aligned = context.length === raw.length
  const out: string[] = []
  for (let i = 0; i < norm.text.length; i++) {
    const char = norm.text.charAt(i)
    let reading = char
    if (HAN.test(char)) {
      const at = norm.origin[i] ?? -1
      const r = (aligned ? context[at] : pinyin(char, OPTIONS)[0])?.toLowerCase() ?? ''
      if (SYLLABLE.test(r)) reading = r
    }
    out.push(reading)
  }
  return out
}

export function makeField(
  doc: number,
  tier: number,
  readings: readonly string[],
  withChars: boolean,
): PinyinField {
  const py = readings.join('')
  const charAt = withChars ? new Uint16Array(py.length) : null
  const start = new Uint8Array(py.length + 1)
  let offset = 0
  readings.forEach((r, i) => {
    start[offset] = 1
    charAt?.fill(i, offset, offset + r.length)
    offset += r.length
  })
  return { doc, tier, py, charAt, start }
}

const initialsOf = (readings: readonly string[]) => readings.map((r) => r.charAt(0)).join('')

export function prepareDoc(
  doc: number,
  name: string,
  keywords: readonly string[],
): { prepared: PreparedDoc; fields: PinyinField[] } {
  const norm = normalize(name)
  const readings = readingsOf(name, norm)
  const fields = [makeField(doc, Tier.pinyin, readings, true)]
  // Other common readings of polyphones, one swapped at a time: 还款 → huankuan as well as haikuan.
  for (let i = 0; i < readings.length; i++) {
    const char = norm.text.charAt(i)
    if (!HAN.test(char)) continue
    for (const alt of readingsOfChar(char)) {
      if (alt === readings[i] || fields.length > MAX_ALT_FIELDS) continue
      const swapped = readings.slice()
      swapped[i] = alt
      const field = makeField(doc, Tier.secondary, swapped, true)
      // Only matches that can reach the swapped char: those starting at or before it.
      field.start.fill(0, swapped.slice(0, i + 1).join('').length)
      fields.push(field)
    }
  }
  const kwTexts: string[] = []
  const kwInitials: string[] = []
  for (const keyword of keywords) {
    const kn = normalize(keyword)
    if (!kn.text) continue
    const kr = readingsOf(keyword, kn)
    kwTexts.push(kn.text)
    kwInitials.push(initialsOf(kr))
    fields.push(makeField(doc, Tier.secondary, kr, false))
  }
  const prepared = {
    name: norm,
    initials: initialsOf(readings),
    keywords: kwTexts,
    keywordInitials: kwInitials,
    readings,
  }
  return { prepared, fields }
}
