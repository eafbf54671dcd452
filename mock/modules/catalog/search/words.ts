/**
 * BM25 over segmented words: an inverted index whose postings carry each doc's precomputed
 * term weight, so a query only adds numbers. Fields weigh differently (a word of the name counts
 * more than one of the description); a query concept scores by its best term in a doc, so a
 * synonym group (挂失 · 补换 · 补领) counts once.
 */

const K1 = 1.2
const B = 0.3

export interface WeightedField {
  terms: readonly string[]
  weight: number
}

/** One thing the resident asked for, as the alternative index terms that express it. */
export interface Concept {
  /** What the resident wrote (社保卡, 丢了). */
  said: string
  terms: string[]
  /** Read from a homophone slip (设保卡 → 社保卡): its matches count as typo matches. */
  slip?: boolean
}

export interface WordScores {
  /** Docs with any matched term, and per doc its BM25 score and matched-concept bitmask (valid until the next query). */
  docs: number[]
  score: Float64Array
  matched: Uint32Array
}

interface Postings {
  docs: Int32Array
  weights: Float32Array
}

export class WordIndex {
  private readonly building = new Map<string, { docs: number[]; tfs: number[] }>()
  private readonly lengths: number[] = []
  private postings = new Map<string, Postings>()
  private size = 0

  add(doc: number, fields: readonly WeightedField[]): void {
    const tf = new Map<string, number>()
    let length = 0
    for (const { terms, weight } of fields) {
      for (const term of terms) {
        tf.set(term, (tf.get(term) ?? 0) + weight)
        length += weight
      }
    }
    this.lengths[doc] = length
    this.size = Math.max(this.size, doc + 1)
    for (const [term, f] of tf) {
      let list = this.building.get(term)
      if (!list) this.building.set(term, (list = { docs: [], tfs: [] }))
      list.docs.push(doc)
      list.tfs.push(f)
    }
  }

  /** Packs the postings with BM25's length-normalised, idf-weighted score per (term, doc). */
  seal(): void {
    const n = Math.max(this.size, 1)
    let total = 0
    for (const length of this.lengths) total += length ?? 0
    const average = total / n || 1
    for (const [term, { docs, tfs }] of this.building) {
      const idf = Math.log(1 + (n - docs.length + 0.5) / (docs.length + 0.5))
      const weights = new Float32Array(docs.length)
      docs.forEach((d, i) => {
        const f = tfs[i] ?? 0
        const norm = 1 - B + (B * (this.lengths[d] ?? 0)) / average
        weights[i] = (idf * f * (K1 + 1)) / (f + K1 * norm)
      })
      this.postings.set(term, { docs: Int32Array.from(docs), weights })
    }
    this.building.clear()
  }

  has(term: string): boolean {
    return this.postings.has(term)
  }

  /** Docs holding `term`, for callers that want to know how common a word is. */
  frequency(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0
  }

  /**
   * Σ over concepts of the concept's best term score in each doc (at most 32 concepts). The
   * arrays are reused by the next call (a query allocates nothing the size of the catalog).
   */
  score(concepts: readonly Concept[]): WordScores {
    const scratch = this.scratch()
    const { score, matched, best, docs } = scratch
    for (const d of docs) {
      score[d] = 0
      matched[d] = 0
    }
    docs.length = 0
    concepts.slice(0, 32).forEach((concept, c) => {
      const bit = 1 << c
      const touched: number[] = []
      for (const term of concept.terms) {
        const list = this.postings.get(term)
        if (!list) continue
        for (let i = 0; i < list.docs.length; i++) {
          const d = list.docs[i] ?? 0
          const w = list.weights[i] ?? 0
          const had = matched[d] ?? 0
          if (had & bit) {
            if (w > (best[d] ?? 0)) best[d] = w
            continue
          }
          if (had === 0) docs.push(d)
          matched[d] = had | bit
          best[d] = w
          touched.push(d)
        }
      }
      for (const d of touched) score[d] = (score[d] ?? 0) + (best[d] ?? 0)
    })
    return { docs, score, matched }
  }

  private scratchArrays?: WordScores & { best: Float64Array }
  private scratch(): WordScores & { best: Float64Array } {
    this.scratchArrays ??= {
      docs: [],
      score: new Float64Array(this.size),
      matched: new Uint32Array(this.size),
      best: new Float64Array(this.size),
    }
    return this.scratchArrays
  }
}
