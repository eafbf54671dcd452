/**
 * Starts of matches sorted by the text from there (a suffix array over allowed starts), each with
 * its value — tier × docs + the doc's rank position, smaller is better — and a range-minimum
 * index over the values, so the best matches of a range come out one at a time.
 */

/** Keys per block of the range-minimum index (a block is scanned, blocks are looked up). */
const BLOCK = 128
/** Keys handled between two yields of a build in steps. */
const STEP = 100_000
const EMPTY = new Int32Array(0)

export class RankedStarts {
  /** minAt[level][b]: the key of least value among blocks b … b + 2^level − 1. */
  private minAt: Int32Array[] = []

  constructor(
    /** Text position of each key, in text order. */
    readonly at: Int32Array,
    /** Value of each key: tier × docs + rank position. */
    readonly values: Int32Array,
  ) {}

  get length(): number {
    return this.at.length
  }

  value(key: number): number {
    return this.values[key] ?? 0
  }

  /** The key of least value in [from, to) of one or two partial blocks, scanned. */
  private scanMin(from: number, to: number): number {
    const { values } = this
    let best = from
    let least = values[from] ?? 0
    for (let i = from + 1; i < to; i++) {
      const v = values[i] ?? 0
      if (v < least) [best, least] = [i, v]
    }
    return best
  }

  /** Block minima and a sparse table over them (a block of 128 keys costs 4 bytes per level). */
  *indexMinima(): Generator<void, this> {
    const count = this.at.length
    const blocks = Math.ceil(count / BLOCK)
    const first = new Int32Array(blocks)
    for (let b = 0; b < blocks; b++) {
      if (b > 0 && b % (STEP / BLOCK) === 0) yield
      first[b] = this.scanMin(b * BLOCK, Math.min(count, (b + 1) * BLOCK))
    }
    this.minAt = [first]
    for (let span = 1; span * 2 <= blocks; span *= 2) {
      const below = this.minAt[this.minAt.length - 1] ?? first
      const level = new Int32Array(blocks - span * 2 + 1)
      for (let b = 0; b < level.length; b++)
        level[b] = this.least(below[b] ?? 0, below[b + span] ?? 0)
      this.minAt.push(level)
      yield
    }
    return this
  }

  private least(a: number, b: number): number {
    return this.value(b) < this.value(a) ? b : a
  }

  /** The key of least value in [from, to), ties to the first. */
  minIn(from: number, to: number): number {
    const firstBlock = Math.ceil(from / BLOCK)
    const lastBlock = Math.floor(to / BLOCK)
    if (firstBlock >= lastBlock) return this.scanMin(from, to)
    let best = -1
    if (from < firstBlock * BLOCK) best = this.scanMin(from, firstBlock * BLOCK)
    const level = Math.floor(Math.log2(lastBlock - firstBlock))
    const table = this.minAt[level] ?? EMPTY
    const whole = this.least(table[firstBlock] ?? 0, table[lastBlock - 2 ** level] ?? 0)
    best = best < 0 ? whole : this.least(best, whole)
    if (lastBlock * BLOCK < to) best = this.least(best, this.scanMin(lastBlock * BLOCK, to))
    return best
  }

  /** First key whose text from its start is ≥ q (or > q when `after`), comparing |q| units. */
  bound(text: string, q: string, after: boolean): number {
    const { at } = this
    let lo = 0
    let hi = at.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const from = at[mid] ?? 0
      let diff = 0
      for (let k = 0; k < q.length && diff === 0; k++) {
        // The separator (10) sorts before every unit a query holds.
        diff = text.charCodeAt(from + k) - q.charCodeAt(k)
      }
      if (diff < 0 || (after && diff === 0)) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** The same over keys whose text is read elsewhere: `diff(at)` compares a key's with q. */
  boundBy(diff: (at: number) => number, after: boolean): number {
    const { at } = this
    let lo = 0
    let hi = at.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const d = diff(at[mid] ?? 0)
      if (d < 0 || (after && d === 0)) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

/** A range of keys of one set, queued by the value of its least key. */
export interface Range {
  value: number
  key: number
  from: number
  to: number
  starts: RankedStarts
  /** How its keys are read (the haystack's). */
  mode: number
  /** Units of the query before the key's position (a match starts `back` units earlier). */
  back: number
  /**
   * For a key of a shared field (a keyword many docs hold): which of its docs, best first. The
   * first (0) stands for the range; a later one for that key alone.
   */
  member: number
}

/** A binary min-heap of key ranges by the value of their least key. */
export class MinQueue {
  private readonly items: Range[] = []
  get size(): number {
    return this.items.length
  }

  push(range: Range): void {
    const { items } = this
    items.push(range)
    let i = items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.before(i, parent)) break
      this.swap(i, parent)
      i = parent
    }
  }

  pop(): Range {
    const { items } = this
    const top = items[0]
    const tail = items.pop()
    if (!top || !tail) throw new Error('empty queue')
    if (items.length > 0) {
      items[0] = tail
      let i = 0
      for (;;) {
        const left = i * 2 + 1
        const right = left + 1
        let best = i
        if (left < items.length && this.before(left, best)) best = left
        if (right < items.length && this.before(right, best)) best = right
        if (best === i) break
        this.swap(i, best)
        i = best
      }
    }
    return top
  }

  /** By value, then key: equal values (one doc's ties) come out in key order. */
  private before(a: number, b: number): boolean {
    const x = this.items[a]
    const y = this.items[b]
    if (!x || !y) return false
    return x.value < y.value || (x.value === y.value && x.key < y.key)
  }

  private swap(a: number, b: number): void {
    const { items } = this
    const x = items[a]
    const y = items[b]
    if (!x || !y) return
    items[a] = y
    items[b] = x
  }
}
