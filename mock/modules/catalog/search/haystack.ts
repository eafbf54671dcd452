/**
 * Many short strings joined into one, with the positions where a match may start (syllable starts
 * for pinyin) sorted by the first few units from there, packed into one number with the position:
 * a query is a binary search plus a walk over the positions sharing its first units; each hit
 * maps back to its field (doc, tier, local offset) by table lookup.
 */

const SEPARATOR = '\n'
const SEPARATOR_CODE = 10
/** Units of text handled between two yields of `sealing` (a few milliseconds). */
const STEP = 20_000
/** charAt value for fields that highlight nothing in the name (keywords). */
export const NO_CHAR = 0xffff

export interface FieldInput {
  doc: number
  tier: number
  text: string
  /** Per unit of text: the normalised name char it came from; omitted = nothing to highlight. */
  charAt?: ArrayLike<number>
  /** Per unit of text: 1 where a match may start; omitted = anywhere. */
  start?: ArrayLike<number>
}

/** A match: its doc and tier, offset inside its field, and normalised name chars [from, to) to
 * highlight (from === to when none). */
export type Visit = (doc: number, tier: number, local: number, from: number, to: number) => void

export class Haystack {
  private readonly inputs: FieldInput[] = []
  private text = ''
  /** Per unit of text: offset inside its field, name char it came from, may a match start. */
  private localAt = new Uint16Array(0)
  private charAt = new Uint16Array(0)
  private start = new Uint8Array(0)
  /** rank[code] = 1 + order of the unit among those in the text; 0 = absent (or past the field). */
  private readonly rank = new Uint16Array(0x10000)
  private bits = 1
  /** Units per key and 2^bits per position, so that key = prefix * posScale + position. */
  private width = 1
  private posScale = 1
  /** Sorted prefix * posScale + position of every allowed start; then, in the same order, its
   * position, doc and tier (read sequentially by `scan`). */
  private keys = new Float64Array(0)
  private keyAt = new Int32Array(0)
  private keyDoc = new Int32Array(0)
  private keyTier = new Uint8Array(0)

  add(input: FieldInput): void {
    this.inputs.push(input)
  }

  seal(): this {
    const steps = this.sealing()
    while (!steps.next().done);
    return this
  }

  /** `seal` in steps of about `STEP` units each, for a build that leaves the event loop free. */
  *sealing(): Generator<void, void> {
    const length = this.inputs.reduce((sum, f) => sum + f.text.length + 1, 0)
    const docAt = new Int32Array(length)
    const tierAt = new Uint8Array(length)
    this.localAt = new Uint16Array(length)
    this.charAt = new Uint16Array(length).fill(NO_CHAR)
    this.start = new Uint8Array(length)
    let offset = 0
    let done = 0
    for (const { doc, tier, text, charAt, start } of this.inputs) {
      if (offset - done > STEP) {
        done = offset
        yield
      }
      docAt.fill(doc, offset, offset + text.length + 1)
      tierAt.fill(tier, offset, offset + text.length + 1)
      for (let j = 0; j < text.length; j++) {
        this.localAt[offset + j] = j
        if (charAt) this.charAt[offset + j] = charAt[j] ?? NO_CHAR
        this.start[offset + j] = start ? (start[j] ?? 0) : 1
      }
      offset += text.length + 1
    }
    this.text = this.inputs.map((f) => f.text).join(SEPARATOR) + SEPARATOR
    for (let at = 0; at < length; at++) this.rank[this.text.charCodeAt(at)] = 1
    this.rank[SEPARATOR.charCodeAt(0)] = 0
    let units = 0
    this.rank.forEach((seen, code) => (this.rank[code] = seen ? ++units : 0))
    this.bits = Math.max(1, Math.ceil(Math.log2(units + 1)))
    this.posScale = 2 ** Math.max(1, Math.ceil(Math.log2(length + 1)))
    this.width = Math.max(1, Math.floor((53 - Math.log2(this.posScale)) / this.bits))
    yield
    const starts: number[] = []
    for (let at = 0; at < length; at++) {
      if (at > 0 && at % (STEP * 10) === 0) yield
      if (this.start[at] === 1 && this.text.charCodeAt(at) !== SEPARATOR_CODE) starts.push(at)
    }
    const keys = new Float64Array(starts.length)
    for (const [i, at] of starts.entries()) {
      if (i > 0 && i % STEP === 0) yield
      keys[i] = this.pack(this.text, at, 0) * this.posScale + at
    }
    yield
    keys.sort()
    yield
    this.keys = keys
    this.keyAt = new Int32Array(keys.length)
    this.keyDoc = new Int32Array(keys.length)
    this.keyTier = new Uint8Array(keys.length)
    for (let i = 0; i < keys.length; i++) {
      if (i > 0 && i % (STEP * 5) === 0) yield
      const at = (keys[i] ?? 0) % this.posScale
      this.keyAt[i] = at
      this.keyDoc[i] = docAt[at] ?? 0
      this.keyTier[i] = tierAt[at] ?? 0
    }
  }

  /** The first `width` units of s from `at` as one number; `fill` stands for units past the end. */
  private pack(s: string, at: number, fill: number): number {
    const { rank, width } = this
    const base = 2 ** this.bits
    const end = Math.min(s.length, at + width)
    let value = 0
    let k = at
    for (; k < end; k++) {
      const unit = s.charCodeAt(k)
      if (unit === SEPARATOR_CODE) break // past the field
      value = value * base + (rank[unit] ?? 0)
    }
    for (; k < at + width; k++) value = value * base + fill
    return value
  }

  /** First index with keys[i] ≥ bound. */
  private lowerBound(bound: number): number {
    let lo = 0
    let hi = this.keys.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.keys[mid] ?? 0) < bound) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /**
   * Every match of `q` that could improve its doc: tier at most best[doc], and an audience bit of
   * the doc in `mask`. Checked before any other work, as most hits of short queries are repeats.
   */
  scan(q: string, best: Uint8Array, audiences: Uint8Array, mask: number, visit: Visit): void {
    if (!q || q.includes(SEPARATOR)) return
    const head = q.slice(0, this.width)
    for (const unit of head) if (!this.rank[unit.charCodeAt(0)]) return
    // Keys whose first units equal q's (the rest of a short q's slots: anything).
    const low = this.pack(head, 0, 0) * this.posScale
    const high = (this.pack(head, 0, 2 ** this.bits - 1) + 1) * this.posScale
    const { keyAt, keyDoc, keyTier, charAt } = this
    const verify = q.length > this.width
    const end = this.lowerBound(high)
    for (let i = this.lowerBound(low); i < end; i++) {
      const doc = keyDoc[i] ?? 0
      const tier = keyTier[i] ?? 0
      // `>`: a match where a name or keyword starts is promoted one tier by the searcher.
      if (tier > (best[doc] ?? 0) || ((audiences[doc] ?? 0) & mask) === 0) continue
      const at = keyAt[i] ?? 0
      if (verify && !this.text.startsWith(q, at)) continue
      const first = charAt[at] ?? NO_CHAR
      const last = charAt[at + q.length - 1] ?? NO_CHAR
      const from = first === NO_CHAR ? 0 : first
      const to = first === NO_CHAR || last === NO_CHAR ? from : last + 1
      visit(doc, tier, this.localAt[at] ?? 0, from, to)
    }
  }
}
