/** q-gram prefilter for the one-typo pass (the q-gram lemma: an edit destroys at most q grams). */

export class GramIndex {
  /** A gram as a number (its one or two UTF-16 units) → its id, in order of first sight. */
  private readonly ids = new Map<number, number>()
  /** The same for grams of units below 256 (a Han char, two letters), looked up directly. */
  private readonly direct = new Int32Array(1 << 16).fill(-1)
  /**
   * While building: the id of each distinct gram of a doc, doc after doc (doc d's from
   * `docFrom[d]`), and each id's last doc.
   */
  private pairs = new Int32Array(1024)
  private count = 0
  private docFrom = new Int32Array(1024)
  private docsSeen = 0
  private lastDoc = new Int32Array(256).fill(-1)
  /**
   * Rank positions (popularity order) of the docs holding gram id g, ascending, are
   * positions[offsets[g] … offsets[g + 1]): one buffer for every gram, not an array each.
   */
  private positions = new Int32Array(0)
  private offsets = new Int32Array(1)

  /** gram = 1 for Han names (an edit loses ≤ 1 char), 2 for pinyin (an edit loses ≤ 2 bigrams). */
  constructor(private readonly gram: 1 | 2) {}

  /** The gram at i as a number: its unit, or its two units. */
  private gramAt(text: string, i: number): number {
    const unit = text.charCodeAt(i)
    return this.gram === 1 ? unit : unit * 0x10000 + text.charCodeAt(i + 1)
  }

  /** The distinct grams of a text as numbers, in order of first occurrence. */
  private grams(text: string): number[] {
    const out: number[] = []
    for (let i = 0; i + this.gram <= text.length; i++) {
      const g = this.gramAt(text, i)
      if (!out.includes(g)) out.push(g)
    }
    return out
  }

  /** A gram's slot in `direct`, or -1: a Han char, or two units below 256. */
  private directSlot(g: number): number {
    if (this.gram === 1) return g < 0x10000 ? g : -1
    return g < 0x1000000 && (g & 0xff00) === 0 ? ((g >>> 16) << 8) | (g & 0xff) : -1
  }

  /** Call with non-decreasing doc numbers. */
  add(doc: number, text: string): void {
    if (doc >= this.docsSeen) this.startDoc(doc)
    for (let i = 0; i + this.gram <= text.length; i++) {
      const g = this.gramAt(text, i)
      const slot = this.directSlot(g)
      let id = slot < 0 ? this.ids.get(g) : this.direct[slot]
      if (id === undefined || id < 0) {
        this.ids.set(g, (id = this.ids.size))
        if (slot >= 0) this.direct[slot] = id
        if (id === this.lastDoc.length) {
          const wider = new Int32Array(id * 2).fill(-1)
          wider.set(this.lastDoc)
          this.lastDoc = wider
        }
      }
      if (this.lastDoc[id] === doc) continue
      this.lastDoc[id] = doc
      if (this.count === this.pairs.length) this.pairs = grown(this.pairs, this.count + 1)
      this.pairs[this.count++] = id
    }
  }

  /** Notes where doc `doc`'s grams start (and those of skipped docs: none). */
  private startDoc(doc: number): void {
    if (doc + 2 > this.docFrom.length) this.docFrom = grown(this.docFrom, doc + 2)
    while (this.docsSeen <= doc) this.docFrom[this.docsSeen++] = this.count
  }

  /**
   * Packs the postings as rank positions (`rank[doc]`), so candidates come best first: the docs
   * are visited in rank order, so each gram's positions come out ascending without a sort.
   */
  seal(rank: Int32Array): this {
    const grams = this.ids.size
    const offsets = new Int32Array(grams + 1)
    const docs = rank.length
    for (let p = 0; p < this.count; p++) {
      const next = (this.pairs[p] ?? 0) + 1
      offsets[next] = (offsets[next] ?? 0) + 1
    }
    for (let g = 0; g < grams; g++) offsets[g + 1] = (offsets[g + 1] ?? 0) + (offsets[g] ?? 0)
    // Doc d's grams are pairs[pairFrom[d] … pairFrom[d + 1]).
    this.startDoc(docs)
    const pairFrom = this.docFrom
    const order = new Int32Array(docs)
    for (let d = 0; d < docs; d++) order[rank[d] ?? 0] = d
    const fill = offsets.slice(0, grams)
    const positions = new Int32Array(this.count)
    for (let position = 0; position < docs; position++) {
      const d = order[position] ?? 0
      for (let p = pairFrom[d] ?? 0, end = pairFrom[d + 1] ?? 0; p < end; p++) {
        const g = this.pairs[p] ?? 0
        const at = fill[g] ?? 0
        fill[g] = at + 1
        positions[at] = position
      }
    }
    this.positions = positions
    this.offsets = offsets
    this.pairs = new Int32Array(0)
    this.docFrom = new Int32Array(0)
    this.lastDoc = new Int32Array(0)
    return this
  }

  private postings(gram: number): Int32Array | undefined {
    const id = this.ids.get(gram)
    return id === undefined
      ? undefined
      : this.positions.subarray(this.offsets[id], this.offsets[id + 1])
  }

  /**
   * Rank positions of the docs holding all but `gram` of the query's distinct grams (only those
   * can be one edit away), best first, until `visit` says stop. Such a doc holds one of any
   * `gram + 1` of the grams, so the rarest few give the candidates and the others are only
   * looked up for them (`ng` holds most of the catalog): the cost is that of the candidates
   * visited, not of the catalog.
   */
  forEachCandidate(query: string, visit: (position: number) => boolean): void {
    const lists: Int32Array[] = []
    let grams = 0
    for (const g of this.grams(query)) {
      grams += 1
      const docs = this.postings(g)
      if (docs) lists.push(docs)
    }
    const need = grams - this.gram
    const missing = grams - lists.length
    if (need < 1 || missing > this.gram) return
    lists.sort((a, b) => a.length - b.length)
    const seeds = lists.slice(0, this.gram + 1 - missing)
    const next = new Int32Array(seeds.length)
    // Candidates come in ascending order, so each list is searched on from where it stopped.
    const cursor = new Int32Array(lists.length)
    for (;;) {
      // The smallest position not yet visited among the seeds' lists.
      let position = -1
      for (let s = 0; s < seeds.length; s++) {
        const value = seeds[s]?.[next[s] ?? 0]
        if (value !== undefined && (position < 0 || value < position)) position = value
      }
      if (position < 0) return
      for (let s = 0; s < seeds.length; s++) {
        if (seeds[s]?.[next[s] ?? 0] === position) next[s] = (next[s] ?? 0) + 1
      }
      let count = 0
      for (let g = 0; g < lists.length && count + lists.length - g >= need; g++) {
        const list = lists[g] ?? EMPTY
        const at = seek(list, cursor[g] ?? 0, position)
        cursor[g] = at
        if (list[at] === position) count += 1
      }
      if (count >= need && visit(position)) return
    }
  }
}

const EMPTY = new Int32Array(0)

/** A copy of `values` with room for at least `size`. */
function grown(values: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(size, values.length * 2))
  next.set(values)
  return next
}

/** First index ≥ `from` whose value is ≥ `value` in an ascending list (galloping search). */
function seek(list: Int32Array, from: number, value: number): number {
  if ((list[from] ?? value) >= value) return from
  let step = 1
  let lo = from
  while (lo + step < list.length && (list[lo + step] ?? 0) < value) {
    lo += step
    step *= 2
  }
  let hi = Math.min(list.length, lo + step)
  lo += 1
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((list[mid] ?? 0) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
