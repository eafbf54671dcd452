/**
 * Other readings of names (还款 read huankuan as well as haikuan), one polyphone swapped at a time.
 * A variant is its name's reading with one syllable swapped, so it is kept as the swapped
 * syllable and where the name's reading is, not as text of its own: at a hundred times the
 * catalog the variants' text was 114 M of the pinyin haystack's 141 M units. A variant's units
 * have addresses past the haystack's text (`address`), read through the name's reading.
 */
import { int32s, uint16s, uint8s } from './column'

const SEPARATOR_CODE = 10
const EMPTY = new Int32Array(0)

export class Variants {
  /** While building: per variant, in the order added. */
  private readonly building = {
    field: int32s(),
    offset: int32s(),
    old: uint8s(),
    alt: uint16s(),
    doc: int32s(),
    tier: uint8s(),
    start: int32s(),
  }
  private readonly altIds = new Map<string, number>()
  /** The swapped syllables, each once. */
  readonly alts: string[] = []
  /** Where the name's reading starts in the text. */
  field = EMPTY
  /** Where the swapped syllable starts, counted from the field's start. */
  offset = EMPTY
  /** Units of the name's own syllable there. */
  old = new Uint8Array(0)
  /** The swapped syllable's number in `alts`. */
  alt = new Uint16Array(0)
  doc = EMPTY
  tier = new Uint8Array(0)
  /** Where its units start among all variants' units; the last entry is their total. */
  start = EMPTY
  /** Units of every variant and a separator after each: what they took as text of their own. */
  units = 0
  /** Addresses from here on are variants' units. */
  base = Number.MAX_SAFE_INTEGER
  private text = ''

  get count(): number {
    return this.field.length
  }

  add(
    doc: number,
    tier: number,
    field: number,
    length: number,
    offset: number,
    old: number,
    alt: string,
  ): void {
    const b = this.building
    let id = this.altIds.get(alt)
    if (id === undefined) {
      this.altIds.set(alt, (id = this.alts.length))
      this.alts.push(alt)
    }
    b.field.push(field)
    b.offset.push(offset)
    b.old.push(old)
    b.alt.push(id)
    b.doc.push(doc)
    b.tier.push(tier)
    b.start.push(this.units)
    this.units += length - old + alt.length + 1
  }

  /** Done building: `text` is the haystack's, whose end is where addresses of variants begin. */
  seal(text: string): void {
    const b = this.building
    b.start.push(this.units)
    this.field = b.field.done()
    this.offset = b.offset.done()
    this.old = b.old.done()
    this.alt = b.alt.done()
    this.doc = b.doc.done()
    this.tier = b.tier.done()
    this.start = b.start.done()
    for (const column of Object.values(b)) column.values = column.values.subarray(0, 0)
    this.altIds.clear()
    this.text = text
    this.base = text.length
  }

  /** The build's per-variant doc and tier are not needed once the starts are valued. */
  dropBuildColumns(): void {
    this.doc = EMPTY
    this.tier = new Uint8Array(0)
  }

  length(v: number): number {
    return (this.start[v + 1] ?? 0) - (this.start[v] ?? 0) - 1
  }

  swappedText(v: number): string {
    return this.alts[this.alt[v] ?? 0] ?? ''
  }

  /** The address of unit k of variant v. */
  address(v: number, k: number): number {
    return this.base + (this.start[v] ?? 0) + k
  }

  /** The variant an address (≥ base) is in. */
  variantAt(address: number): number {
    const unit = address - this.base
    const { start } = this
    let lo = 0
    let hi = start.length - 2
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if ((start[mid] ?? 0) <= unit) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /**
   * Where unit k of variant v is read in the name's reading: the name's unit for one outside the
   * swapped syllable, the swapped syllable's start for one inside it.
   */
  nameUnit(v: number, k: number): number {
    const field = this.field[v] ?? 0
    const offset = this.offset[v] ?? 0
    if (k < offset) return field + k
    const alt = this.swappedText(v).length
    if (k < offset + alt) return field + offset
    return field + k - alt + (this.old[v] ?? 0)
  }

  /** Whether unit k of variant v is in its swapped syllable. */
  inSwapped(v: number, k: number): boolean {
    const offset = this.offset[v] ?? 0
    return k >= offset && k < offset + this.swappedText(v).length
  }

  /** The variant's text. */
  textOf(v: number): string {
    const field = this.field[v] ?? 0
    const offset = this.offset[v] ?? 0
    const end = this.text.indexOf('\n', field)
    const rest = field + offset + (this.old[v] ?? 0)
    return this.text.slice(field, field + offset) + this.swappedText(v) + this.text.slice(rest, end)
  }

  /**
   * The first difference between the text of v from its swapped syllable and `head` over
   * |head| units (negative: the text sorts first; the field's end sorts before any unit).
   */
  compareSwapped(v: number, head: string): number {
    const alt = this.swappedText(v)
    const rest = (this.field[v] ?? 0) + (this.offset[v] ?? 0) + (this.old[v] ?? 0) - alt.length
    for (let k = 0; k < head.length; k++) {
      const unit = k < alt.length ? alt.charCodeAt(k) : this.text.charCodeAt(rest + k)
      const diff = unit - head.charCodeAt(k)
      if (diff !== 0) return diff
    }
    return 0
  }

  /** Whether the text of v from its swapped syllable starts with `s`. */
  swappedStartsWith(v: number, s: string): boolean {
    const alt = this.swappedText(v)
    if (s.length <= alt.length) return alt.startsWith(s)
    if (!s.startsWith(alt)) return false
    const rest = (this.field[v] ?? 0) + (this.offset[v] ?? 0) + (this.old[v] ?? 0)
    return this.text.startsWith(alt.length === 0 ? s : s.slice(alt.length), rest)
  }

  /**
   * Per variant `units` unit ranks from its swapped syllable and a 0 after them (0: the field's
   * end), at v × (units + 1): what the variants' starts are sorted by. `ranks`: the text's units'
   * ranks; `rankOf`: a unit's rank by its code.
   */
  windows(ranks: Uint16Array, rankOf: Uint16Array, units: number): Uint16Array {
    const out = new Uint16Array(this.count * (units + 1))
    for (let v = 0; v < this.count; v++) {
      const alt = this.swappedText(v)
      let to = v * (units + 1)
      const end = to + units
      for (let k = 0; k < alt.length && to < end; k++) out[to++] = rankOf[alt.charCodeAt(k)] ?? 0
      let at = (this.field[v] ?? 0) + (this.offset[v] ?? 0) + (this.old[v] ?? 0)
      while (to < end) {
        const rank = ranks[at++] ?? 0
        if (rank === 0) break
        out[to++] = rank
      }
    }
    return out
  }

  /**
   * Up to `units` units before the swapped syllable of each of `ids`, read backwards, then a
   * separator, joined (as text and as codes); and where each starts.
   */
  behind(ids: Int32Array, units: number): { text: string; codes: Uint16Array; starts: Int32Array } {
    const codes = new Uint16Array(ids.length * (units + 1))
    const starts = new Int32Array(ids.length)
    let length = 0
    for (let key = 0; key < ids.length; key++) {
      const v = ids[key] ?? 0
      const field = this.field[v] ?? 0
      const at = field + (this.offset[v] ?? 0)
      const from = Math.max(field, at - units)
      starts[key] = length
      for (let k = at - 1; k >= from; k--) codes[length++] = this.text.charCodeAt(k)
      codes[length++] = SEPARATOR_CODE
    }
    const used = codes.subarray(0, length)
    return { text: new TextDecoder('utf-16le').decode(used), codes: used, starts }
  }
}
