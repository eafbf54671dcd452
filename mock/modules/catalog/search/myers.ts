/** Myers' bit-parallel approximate substring search with k = 1, then exact verification. */

export const MAX_PATTERN = 32
const peq = new Int32Array(0x10000)

/** Myers (1999) with k = 1; patterns of up to 32 UTF-16 units. One at a time: `release()` it. */
export class OneTypo {
  private readonly high: number

  constructor(private readonly pattern: string) {
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i)
      peq[code] = (peq[code] ?? 0) | (1 << i)
    }
    this.high = 1 << (pattern.length - 1)
  }

  release(): void {
    for (let i = 0; i < this.pattern.length; i++) peq[this.pattern.charCodeAt(i)] = 0
  }

  /**
   * The best [start, end) of `text` within one edit of the pattern whose start `accept`s, from the
   * first run of matching end positions: fewest edits, then ends agreeing, then closest length.
   */
  find(text: string, accept: (start: number) => boolean): [number, number] | null {
    const m = this.pattern.length
    let pv = -1
    let mv = 0
    let score = m
    let best: [number, number] | null = null
    let bestCost = Infinity
    for (let j = 0; j < text.length; j++) {
      const eq = peq[text.charCodeAt(j)] ?? 0
      const xv = eq | mv
      const xh = (((eq & pv) + pv) ^ pv) | eq
      let ph = mv | ~(xh | pv)
      let mh = pv & xh
      if (ph & this.high) score++
      else if (mh & this.high) score--
      ph <<= 1
      mh <<= 1
      pv = mh | ~(xv | ph)
      mv = ph & xv
      if (score > 1) {
        if (best) return best
        continue
      }
      // An alignment ends at j; it starts m - 1, m or m + 1 units earlier.
      for (let option = 0; option < 3; option++) {
        const length = option === 0 ? m : option === 1 ? m - 1 : m + 1
        const start = j + 1 - length
        if (start < 0 || length < 1 || !accept(start)) continue
        const cost = this.cost(text, start, j + 1)
        if (cost < bestCost) [best, bestCost] = [[start, j + 1], cost]
      }
    }
    return best
  }

  private cost(text: string, start: number, end: number): number {
    const edits = editDistance(this.pattern, text, start, end)
    if (edits > 1) return Infinity
    const m = this.pattern.length
    const ends =
      Number(text.charCodeAt(start) !== this.pattern.charCodeAt(0)) +
      Number(text.charCodeAt(end - 1) !== this.pattern.charCodeAt(m - 1))
    return edits * 100 + ends * 10 + Math.abs(end - start - m)
  }
}

/**
 * Edits between `a` and text[from, to), capped at 2, in linear time: strip the common prefix and
 * suffix; one edit remains iff what is left of each side is at most one unit.
 */
function editDistance(a: string, text: string, from: number, to: number): number {
  const m = a.length
  const n = to - from
  if (Math.abs(n - m) > 1) return 2
  const shorter = Math.min(m, n)
  let prefix = 0
  while (prefix < shorter && a.charCodeAt(prefix) === text.charCodeAt(from + prefix)) prefix++
  if (prefix === m && n === m) return 0
  let suffix = 0
  while (
    suffix < shorter - prefix &&
    a.charCodeAt(m - 1 - suffix) === text.charCodeAt(to - 1 - suffix)
  )
    suffix++
  return m - prefix - suffix <= 1 && n - prefix - suffix <= 1 ? 1 : 2
}
