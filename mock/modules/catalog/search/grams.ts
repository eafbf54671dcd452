/** q-gram prefilter for the one-typo pass (the q-gram lemma: an edit destroys at most q grams). */

export class GramIndex {
  private readonly postings = new Map<string, number[]>()
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
      const list = this.postings.get(g)
      if (!list) this.postings.set(g, [doc])
      else if (list[list.length - 1] !== doc) list.push(doc)
    }
  }

  /** Docs holding all but `gram` of the query's distinct grams: only those can be one edit away. */
  candidates(query: string): number[] {
    const grams = this.grams(query)
    const need = grams.size - this.gram
    if (need < 1) return []
    const { counts } = this
    const out: number[] = []
    const touched: number[] = []
    for (const g of grams) {
      const docs = this.postings.get(g)
      if (!docs) continue
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] ?? 0
        const count = (counts[doc] = (counts[doc] ?? 0) + 1)
        if (count === 1) touched.push(doc)
        if (count === need) out.push(doc)
      }
    }
    for (let i = 0; i < touched.length; i++) counts[touched[i] ?? 0] = 0
    return out
  }
}
