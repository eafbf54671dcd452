/** q-gram prefilter for the one-typo pass (the q-gram lemma: an edit destroys at most q grams). */

export class GramIndex {
  private readonly building = new Map<string, number[]>()
  /** gram → docs holding it, ascending (packed once the build is done). */
  private readonly postings = new Map<string, Int32Array>()

  private readonly counts: Uint8Array

  /** gram = 1 for Han names (an edit loses ≤ 1 char), 2 for pinyin (an edit loses ≤ 2 bigrams). */
  constructor(
    size: number,
    private readonly gram: 1 | 2,
  ) {
    this.counts = new Uint8Array(size)
  }

  private grams(text: string): Set<string> {
    const out = new Set<string>()
    for (let i = 0; i + this.gram <= text.length; i++) out.add(text.substr(i, this.gram))
    return out
  }

  /** Call with non-decreasing doc numbers. */
  add(doc: number, text: string): void {
    for (const g of this.grams(text)) {
      const list = this.building.get(g)
      if (!list) this.building.set(g, [doc])
      else if (list[list.length - 1] !== doc) list.push(doc)
    }
  }

  /** Packs the postings (a JS array per gram costs twice the memory at a hundred times the catalog). */
  seal(): this {
    for (const [g, docs] of this.building) this.postings.set(g, Int32Array.from(docs))
    this.building.clear()
    return this
  }

  /**
   * Docs holding all but `gram` of the query's distinct grams: only those can be one edit away.
   * Such a doc holds one of any `gram + 1` of them, so the rarest few give the candidates and the
   * others are only looked up for those (common grams such as `ng` hold most of the catalog).
   */
  candidates(query: string): number[] {
    const lists: Int32Array[] = []
    let grams = 0
    for (const g of this.grams(query)) {
      grams += 1
      const docs = this.postings.get(g)
      if (docs) lists.push(docs)
    }
    const need = grams - this.gram
    const missing = grams - lists.length
    if (need < 1 || missing > this.gram) return []
    lists.sort((a, b) => a.length - b.length)
    const seeds = lists.slice(0, this.gram + 1 - missing)
    const seeded = seeds.reduce((sum, list) => sum + list.length, 0)
    const all = lists.reduce((sum, list) => sum + list.length, 0)
    if (seeded * lists.length * 8 > all) return this.counted(lists, need)
    const out: number[] = []
    for (const doc of union(seeds)) {
      let count = 0
      for (let g = 0; g < lists.length && count + lists.length - g >= need; g++) {
        if (holds(lists[g] ?? EMPTY, doc)) count += 1
      }
      if (count >= need) out.push(doc)
    }
    return out
  }

  /** Every posting counted: cheaper when even the rarest grams are common. */
  private counted(lists: readonly Int32Array[], need: number): number[] {
    const { counts } = this
    const out: number[] = []
    for (const docs of lists) {
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] ?? 0
        const count = (counts[doc] = (counts[doc] ?? 0) + 1)
        if (count === need) out.push(doc)
      }
    }
    for (const docs of lists) for (let i = 0; i < docs.length; i++) counts[docs[i] ?? 0] = 0
    return out
  }
}

const EMPTY = new Int32Array(0)

/** Distinct docs of a few ascending lists. */
function union(lists: readonly Int32Array[]): Iterable<number> {
  if (lists.length === 1) return lists[0] ?? EMPTY
  const seen = new Set<number>()
  for (const list of lists) for (const doc of list) seen.add(doc)
  return seen
}

/** Binary search in an ascending list. */
function holds(list: Int32Array, doc: number): boolean {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((list[mid] ?? 0) < doc) lo = mid + 1
    else hi = mid
  }
  return list[lo] === doc
}
