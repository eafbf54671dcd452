/** One query against a BuiltIndex: exact passes, a one-typo pass when they find little, ranking. */
import { fuzzyPass } from './fuzzy'
import type { Haystack } from './haystack'
import { HAN, normalize, toRanges } from './normalize'
import { Tier } from './prepare'
import { AUDIENCE_BIT, type BuiltIndex, type SearchHitRef, type SearchOptions } from './types'

const KINDS = ['name', 'pinyin', 'initials', 'fuzzy'] as const
const [NAME, PINYIN, INITIALS, FUZZY] = [0, 1, 2, 3]
const NONE = 255
const DEFAULT_LIMIT = 20
const MAX_LIMIT = 50
/** The one-typo pass runs only when exact matching found nothing (a top-up scanned thousands of near-misses for a few ms). */
const FUZZY_BELOW = 1
const MAX_INPUT = 100
const MAX_MIXED_VARIANTS = 4
/** More hits than this are ranked by keeping the best few instead of sorting them all. */
const SORT_AT_MOST = 256

/**
 * A match where a name or keyword begins says more than one in the middle: `ybjf` is the
 * abbreviation of the keyword 医保缴费, not a slice of 母婴保健服务….
 */
export const promoteFor = {
  name: (tier: number, atStart: boolean) => promoted(NAME, tier, atStart),
  pinyin: (tier: number, atStart: boolean) => promoted(PINYIN, tier, atStart),
  initials: (tier: number, atStart: boolean) => promoted(INITIALS, tier, atStart),
}

function promoted(kind: number, tier: number, atStart: boolean): number {
  if (!atStart) return tier
  if (kind === NAME && tier === Tier.name) return Tier.prefix
  // Spelled from the start of the name: as good as a keyword. From the start of a keyword (or
  // another reading): as good as spelled inside the name; popularity then decides.
  if (kind !== NAME && tier === Tier.pinyin) return Tier.keyword
  if (kind !== NAME && tier === Tier.secondary) return Tier.pinyin
  return tier
}

export function runSearch(
  index: BuiltIndex,
  raw: unknown,
  options?: SearchOptions,
): SearchHitRef[] {
  return runTieredSearch(index, raw, options).map(({ ref }) => ref)
}

/** A hit of the exact/pinyin/initials/one-typo passes with its doc number and tier (Tier.*). */
export interface TieredHit {
  doc: number
  tier: number
  ref: SearchHitRef
}

/** The same passes, keeping each hit's doc number and tier for the word ranking to weigh. */
export function runTieredSearch(
  index: BuiltIndex,
  raw: unknown,
  options?: SearchOptions & { fuzzy?: boolean },
): TieredHit[] {
  try {
    const query = new Query(index, options, options?.fuzzy ?? true)
    try {
      return query.run(normalize(String(raw ?? '').slice(0, MAX_INPUT)).text)
    } finally {
      query.release()
    }
  } catch {
    return []
  }
}

class Query {
  private readonly mask: number
  private readonly limit: number
  /** Per doc: best tier so far (NONE = no match), its kind and highlight [from, to). */
  private readonly tier: Uint8Array
  private readonly kind: Uint8Array
  private readonly from: Int32Array
  private readonly to: Int32Array
  private readonly scanOf: Uint8Array
  private readonly atOf: Int32Array
  private readonly hits: number[] = []
  private scans = 0

  constructor(
    private readonly index: BuiltIndex,
    options?: SearchOptions,
    private readonly fuzzy = true,
  ) {
    const audience = options?.audience
    this.mask = audience === 'personal' || audience === 'enterprise' ? AUDIENCE_BIT[audience] : 3
    const limit = Math.floor(Number(options?.limit ?? DEFAULT_LIMIT))
    this.limit = Number.isFinite(limit) ? Math.min(Math.max(limit, 1), MAX_LIMIT) : DEFAULT_LIMIT
    // Per-doc arrays are the index's, reset after each query: allocating them per query cost
    // milliseconds at ten times the catalog.
    const n = index.docs.length
    index.scratch ??= {
      tier: new Uint8Array(n).fill(NONE),
      kind: new Uint8Array(n),
      from: new Int32Array(n),
      to: new Int32Array(n),
      scan: new Uint8Array(n),
      at: new Int32Array(n),
    }
    const { scratch } = index
    ;({ tier: this.tier, kind: this.kind, from: this.from, to: this.to } = scratch)
    ;({ scan: this.scanOf, at: this.atOf } = scratch)
  }

  /** Gives the per-doc arrays back clean (only the docs this query touched). */
  release(): void {
    for (const d of this.hits) this.tier[d] = NONE
    this.hits.length = 0
  }

  private record(doc: number, tier: number, kind: number, from: number, to: number): void {
    if (tier >= (this.tier[doc] ?? NONE)) return
    if (this.tier[doc] === NONE) this.hits.push(doc)
    this.scanOf[doc] = 0
    this.tier[doc] = tier
    this.kind[doc] = kind
    this.from[doc] = from
    this.to[doc] = to
  }

  /**
   * One haystack's matches. A tie within the scan goes to the match the first index of this
   * search met first (`Haystack.order`); one with an earlier scan keeps its place.
   */
  private scan(haystack: Haystack, q: string, kind: number): void {
    const { audiences, order } = this.index
    const scan = ++this.scans
    const open = (doc: number) => ((audiences[doc] ?? 0) & this.mask) !== 0
    haystack.top(q, this.limit, order, open, (doc, tier, from, to, at) => {
      const held = this.tier[doc] ?? NONE
      if (tier > held) return
      if (tier === held) {
        if (this.scanOf[doc] !== scan) return
        if (haystack.order(at) >= haystack.order(this.atOf[doc] ?? 0)) return
      } else if (held === NONE) this.hits.push(doc)
      this.tier[doc] = tier
      this.kind[doc] = kind
      this.from[doc] = from
      this.to[doc] = to
      this.scanOf[doc] = scan
      this.atOf[doc] = at
    })
  }

  run(q: string): TieredHit[] {
    if (!q) return []
    const han = HAN.test(q)
    const latin = /[a-z0-9]/.test(q)
    this.scan(this.index.text, q, NAME)
    const spelled = !han ? [q] : latin ? this.spell(q) : []
    for (const pq of spelled) this.scan(this.index.pinyin, pq, PINYIN)
    // For one letter, initials equal syllable starts (keywords are in the pinyin haystack too).
    if (!han && q.length > 1) this.scan(this.index.initials, q, INITIALS)
    const target = han && !latin ? q : spelled[0]
    if (this.fuzzy && this.hits.length < FUZZY_BELOW && target) {
      const open = (d: number) =>
        this.tier[d] === NONE && ((this.index.audiences[d] ?? 0) & this.mask) !== 0
      const mode = { han: han && !latin, initials: !han, limit: this.limit }
      fuzzyPass(this.index, target, mode, open, (d, from, to) => {
        this.record(d, Tier.fuzzy, FUZZY, from, to)
      })
    }
    return this.ranked()
  }

  /** `qiye开办` → ['qiyekaiban'] using the readings the catalog itself uses. */
  private spell(q: string): string[] {
    let variants = ['']
    for (const char of q) {
      const readings = HAN.test(char) ? this.index.charReadings.get(char) : [char]
      if (!readings) return []
      variants = variants.flatMap((v) => readings.map((r) => v + r)).slice(0, MAX_MIXED_VARIANTS)
    }
    return variants
  }

  /** Hits by (tier, rank): the best `limit` picked in one pass over the hits (no walk of the catalog). */
  private ranked(): TieredHit[] {
    const { docs, rank, order } = this.index
    const n = docs.length
    const keys = Int32Array.from(this.hits, (d) => (this.tier[d] ?? 0) * n + (rank[d] ?? 0))
    const picked = Array.from(smallest(keys, this.limit), (key) => order[key % n] ?? 0)
    return picked.map((d) => {
      // The map back to the name is read again for the few hits shown, not kept per doc.
      const { origin } = normalize(String(docs[d]?.name ?? ''))
      return {
        doc: d,
        tier: this.tier[d] ?? Tier.fuzzy,
        ref: {
          id: docs[d]?.id ?? '',
          matchedBy: KINDS[this.kind[d] ?? 0] ?? 'name',
          highlight: toRanges(origin, this.from[d] ?? 0, this.to[d] ?? 0),
        },
      }
    })
  }
}

/** The `limit` smallest keys, ascending (keys are distinct: tier × size + rank). */
function smallest(keys: Int32Array, limit: number): Int32Array {
  if (keys.length <= SORT_AT_MOST) return keys.sort().subarray(0, limit)
  const kept = new Int32Array(limit)
  let size = 0
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? 0
    if (size === limit && key >= (kept[size - 1] ?? 0)) continue
    let at = size === limit ? limit - 1 : size++
    while (at > 0 && (kept[at - 1] ?? 0) > key) {
      kept[at] = kept[at - 1] ?? 0
      at -= 1
    }
    kept[at] = key
  }
  return kept.subarray(0, size)
}
