/** q-gram prefilter for the one-typo pass (the q-gram lemma: an edit destroys at most q grams). */

export class GramIndex {
  private readonly building = new Map<string, number[]>()
  /** gram → rank positions (popularity order) of the docs holding it, ascending. */
  private readonly postings = new Map<string, Int32Array>()

  /** gram = 1 for Han names (an edit loses ≤ 1 char), 2 for pinyin (an edit loses ≤ 2 bigrams). */
  constructor(private readonly gram: 1 | 2) {}

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

  /** Packs the postings as rank positions (`rank[doc]`), so candidates come best first. */
  seal(rank: Int32Array): this {
    for (const [g, docs] of this.building) {
      this.postings.set(g, Int32Array.from(docs, (d) => rank[d] ?? 0).sort())
    }
    this.building.clear()
    return this
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
      const docs = this.postings.get(g)
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
