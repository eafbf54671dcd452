/** The one-typo pass: q-gram candidates, then Myers over names (Chinese) or pinyin and initials. */
import type { GramIndex } from './grams'
import { MAX_PATTERN, OneTypo } from './myers'
import type { BuiltIndex } from './types'

/** Shortest queries allowed to go fuzzy: 2-letter ones would match half the catalog. */
const MIN_HAN = 3
const MIN_LATIN = 4

export type FuzzyRecord = (doc: number, from: number, to: number) => void

/**
 * han: `target` is Chinese and matched against normalised names; otherwise it is pinyin, matched
 * from a syllable start, and (when `initials`) against the initials as well. Calls `record` with
 * normalised name chars [from, to) for each doc `open(doc)` lets through, best ranked first, and
 * stops after `limit` of them: all fuzzy hits share one tier, so later ones could not be shown.
 */
export function fuzzyPass(
  index: BuiltIndex,
  target: string,
  mode: { han: boolean; initials: boolean; limit: number },
  open: (doc: number) => boolean,
  record: FuzzyRecord,
): void {
  const { han, initials, limit } = mode
  if (target.length < (han ? MIN_HAN : MIN_LATIN) || target.length > MAX_PATTERN) return
  const grams: GramIndex = han ? index.hanGrams : index.latinGrams
  let found = 0
  const hit = (d: number, from: number, to: number) => {
    record(d, from, to)
    found++
  }
  const matcher = new OneTypo(target)
  const { pinyin } = index
  const anywhere = () => true
  let at = 0
  // A syllable of the contextual reading starts where the name char it reads changes.
  const syllableStart = (start: number) => start === 0 || pinyin.startsChar(at + start)
  try {
    // Candidates best ranked first, so the pass stops after `limit` hits.
    grams.forEachCandidate(target, (position) => {
      const d = index.order[position] ?? 0
      if (!open(d)) return false
      if (han) {
        const span = matcher.find(index.text.fieldAt(index.nameAt[d] ?? 0), anywhere)
        if (span) hit(d, span[0], span[1])
        return found >= limit
      }
      at = index.primaryAt[d] ?? 0
      const span = matcher.find(pinyin.fieldAt(at), syllableStart)
      if (span) {
        const from = Math.max(0, pinyin.charOf(at + span[0]))
        hit(d, from, Math.max(0, pinyin.charOf(at + span[1] - 1)) + 1)
      } else if (initials) {
        const letters = matcher.find(index.initials.fieldAt(index.initialsAt[d] ?? 0), anywhere)
        if (letters) hit(d, letters[0], letters[1])
      }
      return found >= limit
    })
  } finally {
    matcher.release()
  }
}
