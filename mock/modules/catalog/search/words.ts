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

/** A growable column of numbers while building (one buffer, not an array per term). */
class Growing<T extends Int32Array | Float64Array> {
  length = 0
  constructor(
    public values: T,
    private readonly make: (size: number) => T,
  ) {}

  push(value: number): void {
    if (this.length === this.values.length) {
      const next = this.make(Math.max(1024, this.length * 2))
      next.set(this.values)
      this.values = next
    }
    this.values[this.length++] = value
  }
}

export class WordIndex {
  /** Term → id, in order of first sight. */
  private readonly ids = new Map<string, number>()
  /** While building: one (term id, doc, term frequency) per distinct term of a doc. */
  private readonly pairTerm = new Growing(new Int32Array(0), (n) => new Int32Array(n))
  private readonly pairDoc = new Growing(new Int32Array(0), (n) => new Int32Array(n))
  private readonly pairTf = new Growing(new Float64Array(0), (n) => new Float64Array(n))
  private readonly lengths: number[] = []
  /** Term id t's docs (ascending) and BM25 weights are [offsets[t], offsets[t + 1]) of these. */
  private docs = new Int32Array(0)
  private weights = new Float32Array(0)
  private offsets = new Int32Array(1)
  private size = 0

  /**
   * Per term id while adding one doc: its frequency so far (weights are positive, so 0 = not met
   * yet), and the terms met in order.
   */
  private tf = new Float64Array(256)
  private readonly met: number[] = []
  private length = 0

  add(doc: number, fields: readonly WeightedField[]): void {
    for (const { terms, weight } of fields)
      this.count(
        terms.map((t) => this.intern(t)),
        weight,
      )
    this.end(doc)
  }

  /** A term's id, given on first sight: a builder that cuts a text once keeps its ids. */
  intern(term: string): number {
    let id = this.ids.get(term)
    if (id === undefined) {
      this.ids.set(term, (id = this.ids.size))
      if (id === this.tf.length) {
        const grown = new Float64Array(id * 2)
        grown.set(this.tf)
        this.tf = grown
      }
    }
    return id
  }

  /** Counts terms (ids from `intern`) of one text of the doc being added; a repeat counts again. */
  count(ids: ArrayLike<number>, weight: number): void {
    const { met, tf } = this
    let length = this.length
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0
      const f = tf[id] ?? 0
      if (f === 0) met.push(id)
      tf[id] = f + weight
      length += weight
    }
    this.length = length
  }

  /** Ends doc `doc` (docs in ascending order): the terms counted since the last end are its own. */
  end(doc: number): void {
    const { met, tf } = this
    this.lengths[doc] = this.length
    this.length = 0
    this.size = Math.max(this.size, doc + 1)
    for (const id of met) {
      this.pairTerm.push(id)
      this.pairDoc.push(doc)
      this.pairTf.push(tf[id] ?? 0)
      tf[id] = 0
    }
    met.length = 0
  }

  /** Packs the postings with BM25's length-normalised, idf-weighted score per (term, doc). */
  seal(): void {
    const n = Math.max(this.size, 1)
    let total = 0
    for (const length of this.lengths) total += length ?? 0
    const average = total / n || 1
    const terms = this.ids.size
    const count = this.pairTerm.length
    const termOf = this.pairTerm.values
    const offsets = new Int32Array(terms + 1)
    for (let p = 0; p < count; p++) {
      const next = (termOf[p] ?? 0) + 1
      offsets[next] = (offsets[next] ?? 0) + 1
    }
    for (let t = 0; t < terms; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0)
    const fill = offsets.slice(0, terms)
    const docs = new Int32Array(count)
    const weights = new Float32Array(count)
    for (let p = 0; p < count; p++) {
      const t = termOf[p] ?? 0
      const at = fill[t] ?? 0
      fill[t] = at + 1
      const d = this.pairDoc.values[p] ?? 0
      const f = this.pairTf.values[p] ?? 0
      const frequency = (offsets[t + 1] ?? 0) - (offsets[t] ?? 0)
      const idf = Math.log(1 + (n - frequency + 0.5) / (frequency + 0.5))
      const norm = 1 - B + (B * (this.lengths[d] ?? 0)) / average
      docs[at] = d
      weights[at] = (idf * f * (K1 + 1)) / (f + K1 * norm)
    }
    this.docs = docs
    this.weights = weights
    this.offsets = offsets
    for (const column of [this.pairTerm, this.pairDoc]) column.values = new Int32Array(0)
    this.pairTf.values = new Float64Array(0)
  }

  has(term: string): boolean {
    return this.ids.has(term)
  }

  /** Docs holding `term`, for callers that want to know how common a word is. */
  frequency(term: string): number {
    const id = this.ids.get(term)
    return id === undefined ? 0 : (this.offsets[id + 1] ?? 0) - (this.offsets[id] ?? 0)
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
    const { ids, offsets, docs: postingDocs, weights } = this
    concepts.slice(0, 32).forEach((concept, c) => {
      const bit = 1 << c
      const touched: number[] = []
      for (const term of concept.terms) {
        const id = ids.get(term)
        if (id === undefined) continue
        for (let i = offsets[id] ?? 0, end = offsets[id + 1] ?? 0; i < end; i++) {
          const d = postingDocs[i] ?? 0
          const w = weights[i] ?? 0
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
