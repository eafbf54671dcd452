/**
 * Many short strings joined into one, with the positions where a match may start (syllable starts
 * for pinyin) sorted by the text from there, as in a suffix array: a query is two binary searches
 * over the text and a walk over exactly its matches. Everything is packed in a few typed arrays
 * (no per-field objects), so a catalog a hundred times today's fits in memory.
 *
 * A field many docs hold (a keyword: a hundred times the catalog has a million keyword fields of
 * about a thousand keywords) is shared: its text and starts are there once, after every doc's own
 * fields, with its docs in rank order; a start of it stands for its best doc, and the walk takes
 * its other docs one by one after it.
 *
 * Another reading of a polyphone (还款 read huankuan) is a variant of the name's reading, kept as
 * its swapped syllable and where the name's reading is (`variants.ts`). Only its swapped syllable
 * is a sorted start: a match is found from there, looking back to where it starts (`top`), the
 * variant's start or a syllable between. Sorting every syllable of every variant was two-thirds
 * of the starts, most of the build and a third of the memory; their text, later, most of the rest.
 */
import { int32s, uint8s } from './column'
import { MinQueue, RankedStarts } from './ranked-starts'
import { Variants } from './variants'
import { groupWindows, layOut } from './windows'

const SEPARATOR_CODE = 10
/** Units of text handled between two yields of `sealing` (a few milliseconds). */
const STEP = 20_000
/** Per unit while building: the first unit of a name char, a later one, or one of no name char. */
const CHAR_START = 1
const CHAR_REST = 0
const NO_CHAR = 2
/**
 * Units of text the starts are sorted by; starts sharing these many stay in position order, and a
 * longer query is checked beyond them (sorting repeated names and keywords to their end cost a
 * hundred times the catalog minutes).
 */
const SORTED_UNITS = 16

/**
 * A match: its doc and tier, normalised name chars [from, to) to highlight (from === to when
 * none) and its position (for `order`).
 */
export type Visit = (doc: number, tier: number, from: number, to: number, at: number) => void
/** The tier of a match in a field of `tier`, at the field's start or not. */
export type Promote = (tier: number, atStart: boolean) => number

export class Haystack {
  private readonly parts: string[] = []
  private length = 0
  private text = ''
  /** Per unit of text while building: CHAR_START, CHAR_REST or NO_CHAR. */
  private readonly chars = uint8s()
  /**
   * One bit per unit: the unit starts a name char (a char of a name, a syllable of its reading);
   * the unit is of no name char (keywords, separators). The name char of a unit is counted from
   * its field's start (`charOf`): two bits per unit instead of a byte or two.
   */
  private charStarts = new Uint8Array(0)
  private noChars = new Uint8Array(0)
  /** Allowed starts in text order, while building: position, doc and tier (promoted). */
  private readonly pending = new Pending()
  /** Every allowed start of the text, sorted. */
  private main = EMPTY_STARTS
  /** Other readings of names (see `variants.ts`), and the last field of syllables added. */
  private readonly variants = new Variants()
  private lastField = {
    at: 0,
    length: 0,
    offsets: [] as number[],
    readings: [] as readonly string[],
  }
  /**
   * Variants' swapped syllables sorted by the text from there: `first` those at the variant's
   * start, `later` the others, valued as a match from the swapped syllable (or a syllable between
   * it and the variant's start) and, in `laterFromStart`, as one from the variant's start.
   */
  private first = EMPTY_STARTS
  private later = EMPTY_STARTS
  private laterFromStart = EMPTY_STARTS
  /**
   * The `later` syllables sorted by the text before them, read backwards up to the variant's start
   * (`behind`, up to SORTED_UNITS units each, then a separator), valued both ways: a look-back walks
   * whichever of the two ranges is smaller, so `zxbl` does not visit every variant whose swapped
   * syllable starts with l. `behindAt`: the variant of each.
   */
  private behind = ''
  private behindSorted = EMPTY_STARTS
  private behindFromStart = EMPTY_STARTS
  private behindAt = new Int32Array(0)
  /** Docs in the catalog: a key's value is tier × docs + rank position (smaller is better). */
  private docs = 1
  /** rank[code] = 1 + order of the unit among those in the text; 0 = absent (or past the field). */
  private readonly rank = new Uint16Array(0x10000)
  private bits = 1
  /** Units per packed number in the order ties are broken by (see `order`), and its scale. */
  private width = 1
  private posScale = 1
  /** Shared fields while building: content → field number, and each field's tier, units, docs. */
  private readonly sharedIds = new Map<string, number>()
  private readonly sharedByArray = new Map<readonly string[], number>()
  private readonly sharedFields: { tier: number; units: readonly string[]; docs: number[] }[] = []
  /** Units every doc's copy of a shared field would have taken (the text as it was unshared). */
  private unsharedUnits = 0
  /** Where the shared fields start in the text, each field's start, and its docs' rank positions
   * ascending: members[memberFrom[f] … memberFrom[f + 1]). */
  private sharedFrom = Number.MAX_SAFE_INTEGER
  private fieldStart = new Int32Array(0)
  private memberFrom = new Int32Array(1)
  private members = new Int32Array(0)

  constructor(private readonly promote: Promote = (tier) => tier) {}

  /**
   * A field a match may start anywhere in; `highlights`: its units are the name's chars. Returns
   * where the field starts in the text (`fieldAt`).
   */
  addText(doc: number, tier: number, text: string, highlights: boolean): number {
    const at = this.append(text)
    for (let j = 0; j < text.length; j++) {
      this.chars.push(highlights ? CHAR_START : NO_CHAR)
      this.start(at + j, doc, tier, j === 0)
    }
    this.chars.push(NO_CHAR)
    return at
  }

  /**
   * A field of syllables (pinyin, one reading per name char): a match starts where a syllable
   * starts. Returns where the field starts in the text.
   */
  addSyllables(
    doc: number,
    tier: number,
    readings: readonly string[],
    highlights: boolean,
  ): number {
    const offsets = this.lastField.offsets
    offsets.length = 0
    const first = this.syllables(readings, highlights, (i, at) => {
      this.start(at, doc, tier, i === 0)
    })
    let offset = 0
    for (const reading of readings) {
      offsets.push(offset)
      offset += reading.length
    }
    this.lastField = { at: first, length: offset, offsets, readings }
    return first
  }

  /**
   * Another reading of the last field of syllables added (a name's reading, highlighted), with
   * char `swapped` read `reading`: matches start at a syllable up to `swapped` (those after it are
   * the name's own) and reach it (those before it match the name's reading, in a better tier than
   * a variant's).
   */
  addVariant(doc: number, tier: number, swapped: number, reading: string): void {
    const { at, length, offsets, readings } = this.lastField
    const old = readings[swapped]
    const offset = offsets[swapped]
    if (!reading || old === undefined || offset === undefined) return
    this.variants.add(doc, tier, at, length, offset, old.length, reading)
  }

  /**
   * A field without highlights that many docs hold (keywords): stored once for all of them.
   * `units`: a match may start at each (one per char, or one per syllable); the same units and
   * tier make the same field.
   */
  addShared(doc: number, tier: number, units: readonly string[]): void {
    // Callers pass the same array for the same keyword: found by identity without a key string.
    let field = this.sharedByArray.get(units)
    if (field === undefined || this.sharedFields[field]?.tier !== tier) {
      const key = `${tier}\u0001${units.join('\u0002')}`
      field = this.sharedIds.get(key)
      if (field === undefined) {
        this.sharedIds.set(key, (field = this.sharedFields.length))
        this.sharedFields.push({ tier, units, docs: [] })
      }
      this.sharedByArray.set(units, field)
    }
    this.sharedFields[field]?.docs.push(doc)
  }

  /** The shared fields appended after every doc's own, with their starts and docs in rank order. */
  private appendShared(rank: ArrayLike<number>): void {
    const fields = this.sharedFields
    this.sharedFrom = this.length
    this.fieldStart = new Int32Array(fields.length)
    this.memberFrom = new Int32Array(fields.length + 1)
    let total = 0
    for (const [f, { units, docs }] of fields.entries()) {
      let at = this.append(units.join(''))
      this.fieldStart[f] = at
      let length = 1
      units.forEach((unit, i) => {
        if (unit.length > 0) this.start(at, -1 - f, this.sharedFields[f]?.tier ?? 0, i === 0)
        this.chars.fill(NO_CHAR, unit.length)
        at += unit.length
        length += unit.length
      })
      this.chars.push(NO_CHAR)
      this.unsharedUnits += (docs.length - 1) * length
      total += docs.length
    }
    this.members = new Int32Array(total)
    let to = 0
    for (const [f, { docs }] of fields.entries()) {
      const ranks = Int32Array.from(docs, (d) => rank[d] ?? 0).sort()
      for (let i = 0; i < ranks.length; i++) {
        // A doc holding the keyword twice is one member.
        if (i === 0 || ranks[i] !== ranks[i - 1]) this.members[to++] = ranks[i] ?? 0
      }
      this.memberFrom[f + 1] = to
    }
    this.members = this.members.slice(0, to)
    this.sharedIds.clear()
    this.sharedByArray.clear()
    this.sharedFields.length = 0
  }

  /** The shared field holding text position `at`, or -1. */
  private sharedAt(at: number): number {
    if (at < this.sharedFrom || this.fieldStart.length === 0) return -1
    let lo = 0
    let hi = this.fieldStart.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if ((this.fieldStart[mid] ?? 0) <= at) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** Rank position of the best doc of shared field f. */
  private bestMember(f: number): number {
    return this.members[this.memberFrom[f] ?? 0] ?? 0
  }

  private syllables(
    readings: readonly string[],
    highlights: boolean,
    start: (i: number, at: number) => void,
  ): number {
    const first = this.append(readings.join(''))
    let at = first
    readings.forEach((reading, i) => {
      if (reading.length > 0) start(i, at)
      // Readings are never empty (a char without a syllable reads as itself), so a char's index
      // is the number of char starts before it in its field.
      if (highlights) {
        this.chars.push(CHAR_START)
        this.chars.fill(CHAR_REST, reading.length - 1)
      } else this.chars.fill(NO_CHAR, reading.length)
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
    const { pending } = this
    pending.at.push(at)
    pending.doc.push(doc)
    pending.tier.push(this.promote(tier, fieldStart))
  }

  seal(rank: ArrayLike<number>): this {
    const steps = this.sealing(rank)
    while (!steps.next().done);
    return this
  }

  /** `seal` in steps of about `STEP` units each, for a build that leaves the event loop free. */
  *sealing(rank: ArrayLike<number>): Generator<void, void> {
    this.docs = Math.max(1, rank.length)
    this.appendShared(rank)
    this.text = this.parts.join('\n') + '\n'
    this.parts.length = 0
    const { text, length } = this
    const count = this.chars.length
    const chars = this.chars.values
    this.charStarts = new Uint8Array((count >> 3) + 1)
    this.noChars = new Uint8Array((count >> 3) + 1)
    for (let from = 0; from < count; from += STEP * 50) {
      for (let at = from, to = Math.min(count, from + STEP * 50); at < to; at++) {
        const c = chars[at]
        const bit = 1 << (at & 7)
        if (c === CHAR_START) this.charStarts[at >> 3] = (this.charStarts[at >> 3] ?? 0) | bit
        else if (c === NO_CHAR) this.noChars[at >> 3] = (this.noChars[at >> 3] ?? 0) | bit
      }
      yield
    }
    this.chars.values = new Uint8Array(0)
    // Each unit's code read once from the string; its rank among the units in the text below.
    const ranks = new Uint16Array(text.length)
    for (let from = 0; from < length; from += STEP * 50) {
      for (let at = from, to = Math.min(length, from + STEP * 50); at < to; at++) {
        const code = text.charCodeAt(at)
        ranks[at] = code
        this.rank[code] = 1
      }
      yield
    }
    for (const alt of this.variants.alts) {
      for (let k = 0; k < alt.length; k++) this.rank[alt.charCodeAt(k)] = 1
    }
    this.rank[SEPARATOR_CODE] = 0
    let units = 0
    this.rank.forEach((seen, code) => (this.rank[code] = seen ? ++units : 0))
    this.bits = Math.max(1, Math.ceil(Math.log2(units + 1)))
    // The scale (so the units `order` compares) of the text as it was before fields were shared.
    // and variants had text of their own.
    const was = length + this.variants.units + this.unsharedUnits
    this.posScale = 2 ** Math.max(1, Math.ceil(Math.log2(was + 1)))
    this.width = Math.max(1, Math.floor((53 - Math.log2(this.posScale)) / this.bits))
    // Each unit's rank in a typed array: packing from it, not the string, is what the sort costs.
    for (let from = 0; from < ranks.length; from += STEP * 50) {
      for (let at = from, to = Math.min(ranks.length, from + STEP * 50); at < to; at++) {
        ranks[at] = this.rank[ranks[at] ?? 0] ?? 0
      }
      yield
    }
    this.main = yield* this.ranked(ranks, rank)
    yield* this.sortVariants(ranks, rank)
  }

  /**
   * The variants' swapped syllables sorted by the text from there and by the text before them,
   * each valued as a match from there and as one from the variant's start.
   */
  private *sortVariants(ranks: Uint16Array, rank: ArrayLike<number>): Generator<void, void> {
    const { variants } = this
    variants.seal(this.text)
    const count = variants.count
    if (count === 0) return
    const units = this.sortedUnits(count)
    const windows = variants.windows(ranks, this.rank, units)
    yield
    const windowAt = new Int32Array(count)
    for (let v = 0; v < count; v++) windowAt[v] = v * (units + 1)
    const place = yield* this.sort(windowAt, windows)
    const sorted = new Int32Array(count)
    for (let v = 0; v < count; v++) sorted[place[v] ?? 0] = v
    const valued = (ids: Int32Array, fromStart: boolean) => {
      const values = new Int32Array(ids.length)
      for (let key = 0; key < ids.length; key++) {
        const v = ids[key] ?? 0
        const tier = this.promote(variants.tier[v] ?? 0, fromStart)
        values[key] = tier * this.docs + (rank[variants.doc[v] ?? 0] ?? 0)
      }
      return values
    }
    // Split in sorted order: those swapped at the variant's start, the others.
    const first = new Int32Array(count)
    const later = new Int32Array(count)
    let firsts = 0
    let laters = 0
    for (let key = 0; key < count; key++) {
      const v = sorted[key] ?? 0
      if (variants.offset[v] === 0) first[firsts++] = v
      else later[laters++] = v
    }
    const firstIds = first.slice(0, firsts)
    const laterIds = later.slice(0, laters)
    this.first = yield* new RankedStarts(firstIds, valued(firstIds, true)).indexMinima()
    this.later = yield* new RankedStarts(laterIds, valued(laterIds, false)).indexMinima()
    this.laterFromStart = yield* new RankedStarts(laterIds, valued(laterIds, true)).indexMinima()
    // The text before each later swapped syllable, read backwards, sorted.
    const behind = variants.behind(laterIds, SORTED_UNITS)
    this.behind = behind.text
    const { codes } = behind
    const behindRanks = new Uint16Array(codes.length)
    for (let k = 0; k < codes.length; k++) behindRanks[k] = this.rank[codes[k] ?? 0] ?? 0
    yield
    const order = yield* this.sort(behind.starts, behindRanks)
    const at = new Int32Array(order.length)
    const ids = new Int32Array(order.length)
    for (let key = 0; key < order.length; key++) {
      const i = order[key] ?? 0
      at[i] = behind.starts[key] ?? 0
      ids[i] = laterIds[key] ?? 0
    }
    this.behindAt = ids
    this.behindSorted = yield* new RankedStarts(at, valued(ids, false)).indexMinima()
    this.behindFromStart = yield* new RankedStarts(at, valued(ids, true)).indexMinima()
    variants.dropBuildColumns()
  }

  /** The pending starts sorted, valued and indexed for range minima. */
  private *ranked(ranks: Uint16Array, rank: ArrayLike<number>): Generator<void, RankedStarts> {
    const { pending } = this
    const starts = pending.at.done()
    const docs = pending.doc.done()
    const tiers = pending.tier.done()
    pending.clear()
    const place = yield* this.sort(starts, ranks)
    const at = new Int32Array(place.length)
    const values = new Int32Array(place.length)
    // In start order, each written to its place (reading in order is what is cheap).
    for (let s = 0; s < place.length; s++) {
      if (s > 0 && s % (STEP * 5) === 0) yield
      const i = place[s] ?? 0
      at[i] = starts[s] ?? 0
      const doc = docs[s] ?? 0
      const best = doc < 0 ? this.bestMember(-1 - doc) : (rank[doc] ?? 0)
      values[i] = (tiers[s] ?? 0) * this.docs + best
    }
    return yield* new RankedStarts(at, values).indexMinima()
  }

  /**
   * Each start's place in the order of the text from each start (then position). Starts reading
   * the same as far as the order compares are grouped and each group sorted once (`windows.ts`).
   */
  private *sort(starts: Int32Array, ranks: Uint16Array): Generator<void, Int32Array> {
    const units = this.sortedUnits(starts.length)
    const { group, first } = yield* groupWindows(starts, ranks, units)
    const groupOrder = yield* this.sortRuns(first, ranks, units)
    return yield* layOut(group, groupOrder)
  }

  /** As far as sorting every start compared: SORTED_UNITS, rounded up to whole packed chunks. */
  private sortedUnits(count: number): number {
    const width = this.chunkWidth(count)
    return Math.ceil(SORTED_UNITS / width) * width
  }

  /** Units packed in one sort key with the start number (53 bits in all). */
  private chunkWidth(count: number): number {
    const scale = 2 ** Math.max(1, Math.ceil(Math.log2(count + 1)))
    return Math.max(1, Math.floor((53 - Math.log2(scale)) / this.bits))
  }

  /**
   * Start numbers in the order of the first `sorted` units of text from each start (then
   * position): sorted by the first few units packed in one number, then each run of equal units
   * by the next few, and so on.
   */
  private *sortRuns(
    starts: Int32Array,
    ranks: Uint16Array,
    sorted: number,
  ): Generator<void, Int32Array> {
    const count = starts.length
    const scale = 2 ** Math.max(1, Math.ceil(Math.log2(count + 1)))
    const width = this.chunkWidth(count)
    const keys = new Float64Array(count)
    const order = new Int32Array(count)
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
      if (j - i < 2 || units % 2 ** this.bits === 0 || depth >= sorted) continue
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
    const { variants } = this
    if (at < variants.base) {
      // Shared fields came after every doc's own fields and their variants.
      const was = at < this.sharedFrom ? at : at + variants.units
      return this.pack(this.text, at, this.width) * this.posScale + was
    }
    const v = variants.variantAt(at)
    const k = at - variants.address(v, 0)
    return (
      this.pack(variants.textOf(v), k, this.width) * this.posScale +
      this.sharedFrom +
      at -
      variants.base
    )
  }

  /** Where the field at `at` and its text, for the one-typo pass. */
  fieldAt(at: number): string {
    const end = this.text.indexOf('\n', at)
    return this.text.slice(at, end < 0 ? this.text.length : end)
  }

  /** The name char unit `at` came from, or -1. */
  charOf(at: number): number {
    const { variants } = this
    if (at >= variants.base) {
      const v = variants.variantAt(at)
      return this.charOf(variants.nameUnit(v, at - variants.address(v, 0)))
    }
    if (at < 0 || at >= this.text.length || bit(this.noChars, at)) return -1
    const field = this.text.lastIndexOf('\n', at - 1) + 1
    let char = -1
    for (let k = field; k <= at; k++) if (bit(this.charStarts, k)) char += 1
    return char
  }

  /** Whether unit `at` starts a name char (a syllable, for pinyin). */
  startsChar(at: number): boolean {
    const { variants } = this
    if (at >= variants.base) {
      const v = variants.variantAt(at)
      const k = at - variants.address(v, 0)
      if (variants.inSwapped(v, k)) return k === variants.offset[v]
      return this.startsChar(variants.nameUnit(v, k))
    }
    return bit(this.charStarts, at)
  }

  /**
   * The matches of `q` of the `limit` best docs that `open(doc)` lets through (best: lowest tier,
   * then rank), with every match of each such doc at its best tier; `order` maps rank positions
   * to docs. Matches come best first from the range-minimum index, so a query that matches half
   * the catalog costs no more than one that matches twenty docs. A variant's match is looked up
   * by the part of `q` from its swapped syllable on, for each place that syllable may take in q.
   */
  top(
    q: string,
    limit: number,
    order: Int32Array,
    open: (doc: number) => boolean,
    visit: Visit,
  ): void {
    if (!q || q.includes('\n')) return
    const { text, variants } = this
    const ranges = new MinQueue()
    const enqueue = (
      starts: RankedStarts,
      mode: number,
      back: number,
      from: number,
      to: number,
    ) => {
      if (from < to) {
        const key = starts.minIn(from, to)
        ranges.push({ value: starts.value(key), key, from, to, starts, mode, back, member: 0 })
      }
    }
    const range = (starts: RankedStarts, within: string, head: string) =>
      [starts.bound(within, head, false), starts.bound(within, head, true)] as const
    const swappedRange = (starts: RankedStarts, head: string) => {
      const diff = (v: number) => variants.compareSwapped(v, head)
      return [starts.boundBy(diff, false), starts.boundBy(diff, true)] as const
    }
    enqueue(this.main, TEXT, 0, ...range(this.main, text, q.slice(0, SORTED_UNITS)))
    if (variants.count > 0) {
      const head = q.slice(0, SORTED_UNITS)
      enqueue(this.first, FROM_START, 0, ...swappedRange(this.first, head))
      for (let back = 0; back < q.length; back++) this.lookBack(q, back, enqueue, swappedRange)
    }
    const seen = new Set<number>()
    let last = -1
    while (ranges.size > 0) {
      const popped = ranges.pop()
      const { value, key, from, to, starts, mode, back, member } = popped
      if (member === 0) {
        enqueue(starts, mode, back, from, key)
        enqueue(starts, mode, back, key + 1, to)
      }
      const doc = order[value % this.docs] ?? 0
      let at = starts.at[key] ?? 0
      if (mode === TEXT) {
        if (q.length > SORTED_UNITS && !text.startsWith(q, at)) continue
        const field = this.sharedAt(at)
        if (
          field >= 0 &&
          (this.memberFrom[field] ?? 0) + member + 1 < (this.memberFrom[field + 1] ?? 0)
        ) {
          // The shared field's next doc, at this start's tier.
          const next = this.members[(this.memberFrom[field] ?? 0) + member + 1] ?? 0
          const tier = Math.floor(value / this.docs)
          ranges.push({ ...popped, value: tier * this.docs + next, member: member + 1 })
        }
      } else {
        const behind = mode === BEHIND || mode === BEHIND_FROM_START
        const v = behind ? (this.behindAt[key] ?? 0) : at
        at = this.variantMatch(q, v, back, mode, behind)
        if (at < 0) continue
      }
      if (value !== last) {
        // A doc's first match is its best; later ones of the same value are ties, of a
        // greater value worse.
        if (seen.has(doc) || !open(doc)) continue
        if (seen.size === limit) return
        seen.add(doc)
        last = value
      }
      const first = this.charOf(at)
      const final = first < 0 ? -1 : this.charOf(at + q.length - 1)
      const from0 = first < 0 ? 0 : first
      const to0 = first < 0 || final < 0 ? from0 : final + 1
      visit(doc, Math.floor(value / this.docs), from0, to0, at)
    }
  }

  /**
   * The ranges of variants whose swapped syllable may be q's from unit `back` on: read from the
   * swapped syllable or, when smaller, from the text before it (for a match starting a syllable
   * after the variant's start, and for one starting at the variant's start).
   */
  private lookBack(
    q: string,
    back: number,
    enqueue: (starts: RankedStarts, mode: number, back: number, from: number, to: number) => void,
    swappedRange: (starts: RankedStarts, head: string) => readonly [number, number],
  ): void {
    const [from, to] = swappedRange(this.later, q.slice(back, back + SORTED_UNITS))
    if (from >= to) return
    if (back === 0) return enqueue(this.later, SWAPPED, 0, from, to)
    const before = [...q.slice(Math.max(0, back - SORTED_UNITS), back)].reverse().join('')
    const behind = (starts: RankedStarts, head: string) =>
      [starts.bound(this.behind, head, false), starts.bound(this.behind, head, true)] as const
    const [lo, hi] = behind(this.behindSorted, before)
    if (hi - lo < to - from) enqueue(this.behindSorted, BEHIND, back, lo, hi)
    else enqueue(this.later, SWAPPED, back, from, to)
    // From the variant's start: all of q before the swapped syllable is before it, then its start.
    const [first, end] =
      back <= SORTED_UNITS ? behind(this.behindFromStart, before + '\n') : ([lo, hi] as const)
    if (end - first < to - from) enqueue(this.behindFromStart, BEHIND_FROM_START, back, first, end)
    else enqueue(this.laterFromStart, FROM_START, back, from, to)
  }

  /**
   * Where a match of q with unit `back` at variant v's swapped syllable starts (its address), or
   * -1: from the variant's start (modes *FROM_START) or a syllable after it; the part of q the
   * range was not looked up by is checked here.
   */
  private variantMatch(q: string, v: number, back: number, mode: number, behind: boolean): number {
    const { variants } = this
    const offset = variants.offset[v] ?? 0
    const fromStart = mode === FROM_START || mode === BEHIND_FROM_START
    if (fromStart ? offset !== back : offset <= back) return -1
    const longer = behind || q.length - back > SORTED_UNITS
    if (longer && !variants.swappedStartsWith(v, q.slice(back))) return -1
    if (back > 0) {
      const at = (variants.field[v] ?? 0) + offset - back
      if (!this.startsChar(at) || !this.text.startsWith(q.slice(0, back), at)) return -1
    }
    return variants.address(v, offset - back)
  }
}

const bit = (bits: Uint8Array, at: number) => (((bits[at >> 3] ?? 0) >> (at & 7)) & 1) === 1

/** How a range's keys are read: starts in the text, or variants' swapped syllables (see `top`). */
const TEXT = 0
const SWAPPED = 1
const BEHIND = 2
const FROM_START = 3
const BEHIND_FROM_START = 4
const EMPTY_STARTS = new RankedStarts(new Int32Array(0), new Int32Array(0))

/** Starts in text order while building. */
class Pending {
  readonly at = int32s()
  readonly doc = int32s()
  readonly tier = uint8s()

  clear(): void {
    this.at.values = new Int32Array(0)
    this.doc.values = new Int32Array(0)
    this.tier.values = new Uint8Array(0)
  }
}
