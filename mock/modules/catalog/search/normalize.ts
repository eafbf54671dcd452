/** Text folding shared by documents and queries, keeping a map back to the original string. */

export const HAN = /\p{Script=Han}/u
const KEPT = /[\p{L}\p{N}]/u

export interface Normalized {
  /** Lower-case, half-width, letters/digits/Han only. */
  text: string
  /** origin[i] = index in the input of text[i]. */
  origin: number[]
}

/** Full-width ASCII → half-width, then lower-case; '' for anything not kept (spaces, punctuation, emoji). */
function foldUnit(unit: string): string {
  const code = unit.charCodeAt(0)
  const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : unit
  const lower = half.toLowerCase()
  return lower.length === 1 && KEPT.test(lower) ? lower : ''
}

/** foldUnit per UTF-16 unit, remembered: an index build folds millions of units of a few thousand. */
const folded = new Array<string | undefined>(0x10000).fill(undefined)
function foldCode(input: string, i: number): string {
  const code = input.charCodeAt(i)
  return (folded[code] ??= foldUnit(input.charAt(i)))
}

/** HAN.test of one UTF-16 unit, remembered per unit (2 = Han, 1 = not). */
const han = new Uint8Array(0x10000)
export function isHanUnit(unit: string): boolean {
  const code = unit.charCodeAt(0)
  let known = han[code] ?? 0
  if (known === 0) han[code] = known = HAN.test(unit.charAt(0)) ? 2 : 1
  return unit.length === 1 && known === 2
}

/** Works on UTF-16 units so indices match `String#slice`; lone surrogates (emoji, rare Han) are dropped. */
export function normalize(input: string): Normalized {
  let text = ''
  const origin: number[] = []
  for (let i = 0; i < input.length; i++) {
    const unit = foldCode(input, i)
    if (unit) {
      text += unit
      origin.push(i)
    }
  }
  return { text, origin }
}

/** Normalised [start, end) char range → merged [start, end) ranges of the original string. */
export function toRanges(
  origin: readonly number[],
  start: number,
  end: number,
): [number, number][] {
  const ranges: [number, number][] = []
  for (let i = start; i < end; i++) {
    const at = origin[i]
    if (at === undefined) break
    const last = ranges[ranges.length - 1]
    if (last && last[1] === at) last[1] = at + 1
    else ranges.push([at, at + 1])
  }
  return ranges
}
