/**
 * Many short strings joined into one, with the positions where a match may start (syllable starts
 * for pinyin) sorted by the text from there, as in a suffix array: a query is two binary searches
 * over the text and a walk over exactly its matches. Everything is packed in a few typed arrays
 * (no per-field objects), so a catalog a hundred times today's fits in memory.
 */

const SEPARATOR_CODE = 10
/** Units of text handled between two yields of `sealing` (a few milliseconds). */
const STEP = 20_000
/** charAt value for units that highlight nothing in the name (keywords). */
export const NO_CHAR = 0xffff
/**
 * Units of text the starts are sorted by; starts sharing these many stay in position order, and a
 * longer query is checked beyond them (sorting repeated names and keywords to their end cost a
 * hundred times the catalog minutes).
 */
const SORTED_UNITS = 16
/** Keys per block of the range-minimum index (a block is scanned, blocks are looked up). */
const BLOCK = 128

/**
 * A match: its doc and tier, normalised name chars [from, to) to highlight (from === to when
 * none) and its position (for `order`).
 */
export type Visit = (doc: number, tier: number, from: number, to: number, at: number) => void
/** The tier of a match in a field of `tier`, at the field's start or not. */
export type Promote = (tier: number, atStart: boolean) => number

/** A growable typed array: one buffer for every field instead of one per field. */
class Column<T extends Int32Array | Uint16Array | Uint8Array> {
  length = 0
  constructor(
    public values: T,
    private readonly make: (size: number) => T,
  ) {}

  push(value: number): void {
    if (this.length === this.values.length) this.grow(this.length + 1)
    this.values[this.length++] = value
  }

  fill(value: number, count: number): void {
    this.grow(this.length + count)
    this.values.fill(value, this.length, this.length + count)
    this.length += count
  }

  private grow(size: number): void {
    if (size <= this.values.length) return
    const next = this.make(Math.max(size, this.values.length * 2, 1024))
    next.set(this.values.subarray(0, this.length))
    this.values = next
  }

  /** The filled part, copied into a buffer of its own size. */
  done(): T {
    return this.values.slice(0, this.length) as T
  }
}

export class Haystack {
  private readonly parts: string[] = []
  private length = 0
  private text = ''
  /** Per unit of text: the normalised name char it came from (NO_CHAR: none). */
  private readonly chars = new Column(new Uint16Array(0), (n) => new Uint16Array(n))
  private charAt: Uint8Array | Uint16Array = new Uint16Array(0)
  private noChar = NO_CHAR
  /** Allowed starts in text order, while building: position, doc, tier and field start. */
  private readonly starts = new Column(new Int32Array(0), (n) => new Int32Array(n))
  private readonly startDoc = new Column(new Int32Array(0), (n) => new Int32Array(n))
  private readonly startInfo = new Column(new Uint8Array(0), (n) => new Uint8Array(n))
  /** The starts sorted by the text from there (then position): position, the doc's rank
   * position (popularity order) and the match's tier. */
  private keyAt = new Int32Array(0)
  private keyRank = new Int32Array(0)
  private keyTier = new Uint8Array(0)
  /** Docs in the catalog: a key's value is tier × docs + rank position (smaller is better). */
  private docs = 1
  /** minAt[level][b]: the key of least value among blocks b … b + 2^level − 1. */
  private minAt: Int32Array[] = []
  /** rank[code] = 1 + order of the unit among those in the text; 0 = absent (or past the field). */
  private readonly rank = new Uint16Array(0x10000)
  private bits = 1
  /** Units per packed number in the order ties are broken by (see `order`), and its scale. */
  private width = 1
  private posScale = 1

  constructor(private readonly promote: Promote = (tier) => tier) {}

  /** A field a match may start anywhere in; `highlights`: its units are the name's chars. */
  addText(doc: number, tier: number, text: string, highlights: boolean): void {
    const at = this.append(text)
    for (let j = 0; j < text.length; j++) {
      this.chars.push(highlights ? j : NO_CHAR)
      this.start(at + j, doc, tier, j === 0)
    }
    this.chars.push(NO_CHAR)
  }

  /**
   * A field of syllables (pinyin, one reading per name char): a match starts where a syllable of
   * index ≤ `lastStart` starts. Returns where the field starts in the text.
   */
  addSyllables(
    doc: number,
    tier: number,
    readings: readonly string[],
    highlights: boolean,
    lastStart = readings.length,
  ): number {
    const first = this.append(readings.join(''))
    let at = first
    readings.forEach((reading, i) => {
      if (i <= lastStart && reading.length > 0) this.start(at, doc, tier, i === 0)
      this.chars.fill(highlights ? i : NO_CHAR, reading.length)
      at += reading.length
    })
    this.chars.push(NO_CHAR)
    return first
  }

  private append(text: string): number {
    const at = this.length
    this.parts.push(text)
    this.length += text.length + 1
    return at
  }

  private start(at: number, doc: number, tier: number, fieldStart: boolean): void {
    this.starts.push(at)
    this.startDoc.push(doc)
    this.startInfo.push(this.promote(tier, fieldStart))
  }

  seal(rank: ArrayLike<number>): this {
    const steps = this.sealing(rank)
    while (!steps.next().done);
    return this
  }

  /** `seal` in steps of about `STEP` units each, for a build that leaves the event loop free. */
  *sealing(rank: ArrayLike<number>): Generator<void, void> {
    this.docs = Math.max(1, rank.length)
    this.text = this.parts.join('\n') + '\n'
    this.parts.length = 0
    const { text, length } = this
    const chars = this.chars.done()
    this.chars.values = new Uint16Array(0)
    let widest = 0
    for (let at = 0; at < chars.length; at++) {
      if (at > 0 && at % (STEP * 50) === 0) yield
      const c = chars[at] ?? NO_CHAR
      if (c !== NO_CHAR && c > widest) widest = c
    }
    // Names are short: one byte per unit unless one is longer than 254 chars.
    if (widest < 0xff) {
      // A loop, not Uint8Array.from: that lists every unit in a JS array first.
      const narrow = new Uint8Array(chars.length)
      for (let at = 0; at < chars.length; at++) {
        if (at > 0 && at % (STEP * 50) === 0) yield
        const c = chars[at] ?? NO_CHAR
        narrow[at] = c === NO_CHAR ? 0xff : c
      }
      this.charAt = narrow
      this.noChar = 0xff
    } else this.charAt = chars
    yield
    for (let at = 0; at < length; at++) {
      if (at > 0 && at % (STEP * 50) === 0) yield
      this.rank[text.charCodeAt(at)] = 1
    }
    this.rank[SEPARATOR_CODE] = 0
    let units = 0
    this.rank.forEach((seen, code) => (this.rank[code] = seen ? ++units : 0))
    this.bits = Math.max(1, Math.ceil(Math.log2(units + 1)))
    this.posScale = 2 ** Math.max(1, Math.ceil(Math.log2(length + 1)))
    this.width = Math.max(1, Math.floor((53 - Math.log2(this.posScale)) / this.bits))
    yield
    const order = yield* this.sorted()
    const starts = this.starts.done()
    const docs = this.startDoc.done()
    const info = this.startInfo.done()
    this.starts.values = new Int32Array(0)
    this.startDoc.values = new Int32Array(0)
    this.startInfo.values = new Uint8Array(0)
    this.keyAt = new Int32Array(order.length)
    this.keyRank = new Int32Array(order.length)
    this.keyTier = new Uint8Array(order.length)
    for (let i = 0; i < order.length; i++) {
      if (i > 0 && i % (STEP * 5) === 0) yield
      const s = order[i] ?? 0
      this.keyAt[i] = starts[s] ?? 0
      this.keyRank[i] = rank[docs[s] ?? 0] ?? 0
      this.keyTier[i] = info[s] ?? 0
    }
    yield* this.indexMinima()
  }

  private value(key: number): number {
    return (this.keyTier[key] ?? 0) * this.docs + (this.keyRank[key] ?? 0)
  }

  /** The key of least value in [from, to) of one or two partial blocks, scanned. */
  private scanMin(from: number, to: number): number {
    let best = from
    let least = this.value(from)
    for (let i = from + 1; i < to; i++) {
      const v = this.value(i)
      if (v < least) [best, least] = [i, v]
    }
    return best
  }

  /** Block minima and a sparse table over them (a block of 128 keys costs 4 bytes per level). */
  private *indexMinima(): Generator<void, void> {
    const count = this.keyAt.length
    const blocks = Math.ceil(count / BLOCK)
    const first = new Int32Array(blocks)
    for (let b = 0; b < blocks; b++) {
      if (b > 0 && b % 1000 === 0) yield
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
  }

  private least(a: number, b: number): number {
    return this.value(b) < this.value(a) ? b : a
  }

  /** The key of least value in [from, to), ties to the first. */
  private minIn(from: number, to: number): number {
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

  /**
   * Start numbers in the order of the text from each start (then position): sorted by the first
   * few units packed in one number, then each run of equal units by the next few, and so on.
   */
  private *sorted(): Generator<void, Int32Array> {
    const count = this.starts.length
    const starts = this.starts.values
    const scale = 2 ** Math.max(1, Math.ceil(Math.log2(count + 1)))
    const width = Math.max(1, Math.floor((53 - Math.log2(scale)) / this.bits))
    const keys = new Float64Array(count)
    const order = new Int32Array(count)
    // Each unit's rank read once: packing from a typed array, not the string, is what the sort costs.
    const ranks = new Uint16Array(this.text.length)
    for (let at = 0; at < ranks.length; at++) {
      if (at > 0 && at % (STEP * 50) === 0) yield
      ranks[at] = this.rank[this.text.charCodeAt(at)] ?? 0
    }
    yield
    const base = 2 ** this.bits
    const chunk = (s: number, depth: number) => {
      const from = (starts[s] ?? 0) + depth
      let value = 0
      let ended = false
      for (let k = from; k < from + width; k++) {
        const unit = ended ? 0 : (ranks[k] ?? 0)
        if (unit === 0) ended = true
        value = value * base + unit
      }
      return value
    }
    for (let s = 0; s < count; s++) {
      if (s > 0 && s % (STEP * 5) === 0) yield
      keys[s] = chunk(s, 0) * scale + s
    }
    keys.sort()
    yield
    for (let i = 0; i < count; i++) order[i] = (keys[i] ?? 0) % scale
    // Runs of equal units whose text goes on: sorted again by the units that follow, depth
    // first (one frame per level, so a hundred times the catalog needs no list of runs).
    const frames = [{ from: 0, to: count, depth: 0, at: 0 }]
    let work = 0
    for (let frame = frames[0]; frame; frame = frames[frames.length - 1]) {
      if (frame.at >= frame.to) {
        frames.pop()
        continue
      }
      const i = frame.at
      const units = Math.floor((keys[i] ?? 0) / scale)
      let j = i + 1
      while (j < frame.to && Math.floor((keys[j] ?? 0) / scale) === units) j++
      frame.at = j
      // A packed chunk that ends in 0 reached the end of its field: equal texts, in position order.
      const depth = frame.depth + width
      if (j - i < 2 || units % 2 ** this.bits === 0 || depth >= SORTED_UNITS) continue
      for (let k = i; k < j; k++) keys[k] = chunk(order[k] ?? 0, depth) * scale + (order[k] ?? 0)
      keys.subarray(i, j).sort()
      for (let k = i; k < j; k++) order[k] = (keys[k] ?? 0) % scale
      frames.push({ from: i, to: j, depth, at: i })
      work += j - i
      if (work > STEP * 5) {
        work = 0
        yield
      }
    }
    return order
  }

  /** `width` units of s from `at` as one number (units past the field count as 0). */
  private pack(s: string, at: number, width: number): number {
    const { rank } = this
    const base = 2 ** this.bits
    const end = Math.min(s.length, at + width)
    let value = 0
    let k = at
    for (; k < end; k++) {
      const unit = s.charCodeAt(k)
      if (unit === SEPARATOR_CODE) break // past the field
      value = value * base + (rank[unit] ?? 0)
    }
    for (; k < at + width; k++) value = value * base
    return value
  }

  /**
   * Among matches of one scan with the same tier, the one with the smaller order wins: ordered as
   * the first index of this search did (by the first `width` units, then position), so answers
   * do not change with the index.
   */
  order(at: number): number {
    return this.pack(this.text, at, this.width) * this.posScale + at
  }

  /** Where the field at `at` and its text, for the one-typo pass. */
  fieldAt(at: number): string {
    const end = this.text.indexOf('\n', at)
    return this.text.slice(at, end < 0 ? this.text.length : end)
  }

  /** The name char unit `at` came from, or -1. */
  charOf(at: number): number {
    const c = this.charAt[at] ?? this.noChar
    return c === this.noChar ? -1 : c
  }

  /** First key whose text from its start is ≥ q (or > q when `after`), comparing |q| units. */
  private bound(q: string, after: boolean): number {
    const { text, keyAt } = this
    let lo = 0
    let hi = keyAt.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const at = keyAt[mid] ?? 0
      let diff = 0
      for (let k = 0; k < q.length && diff === 0; k++) {
        // The separator (10) sorts before every unit a query holds.
        diff = text.charCodeAt(at + k) - q.charCodeAt(k)
      }
      if (diff < 0 || (after && diff === 0)) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /**
   * The matches of `q` of the `limit` best docs that `open(doc)` lets through (best: lowest tier,
   * then rank), with every match of each such doc at its best tier; `order` maps rank positions
   * to docs. Matches come best first from the range-minimum index, so a query that matches half
   * the catalog costs no more than one that matches twenty docs.
   */
  top(
    q: string,
    limit: number,
    order: Int32Array,
    open: (doc: number) => boolean,
    visit: Visit,
  ): void {
    if (!q || q.includes('\n')) return
    const head = q.slice(0, SORTED_UNITS)
    const start = this.bound(head, false)
    const end = this.bound(head, true)
    if (start >= end) return
    const verify = q.length > head.length
    const { keyAt, charAt, noChar } = this
    const ranges = new MinQueue()
    const enqueue = (from: number, to: number) => {
      if (from < to) {
        const key = this.minIn(from, to)
        ranges.push(this.value(key), key, from, to)
      }
    }
    enqueue(start, end)
    const seen = new Set<number>()
    let last = -1
    while (ranges.size > 0) {
      const { value, key, from, to } = ranges.pop()
      enqueue(from, key)
      enqueue(key + 1, to)
      const doc = order[value % this.docs] ?? 0
      if (verify && !this.text.startsWith(q, keyAt[key] ?? 0)) continue
      if (value !== last) {
        // A doc's first match is its best; later ones of the same value are ties, of a
        // greater value worse.
        if (seen.has(doc) || !open(doc)) continue
        if (seen.size === limit) return
        seen.add(doc)
        last = value
      }
      const at = keyAt[key] ?? 0
      const first = charAt[at] ?? noChar
      const final = charAt[at + q.length - 1] ?? noChar
      const from0 = first === noChar ? 0 : first
      const to0 = first === noChar || final === noChar ? from0 : final + 1
      visit(doc, Math.floor(value / this.docs), from0, to0, at)
    }
  }
}

const EMPTY = new Int32Array(0)

/** A binary min-heap of key ranges by the value of their least key. */
class MinQueue {
  private readonly items: { value: number; key: number; from: number; to: number }[] = []
  get size(): number {
    return this.items.length
  }

  push(value: number, key: number, from: number, to: number): void {
    const { items } = this
    items.push({ value, key, from, to })
    let i = items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.before(i, parent)) break
      this.swap(i, parent)
      i = parent
    }
  }

  pop(): { value: number; key: number; from: number; to: number } {
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
